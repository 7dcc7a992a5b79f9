import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { ambassadorProfile } from '@/lib/field/queries';
import { listNeighbourhoods } from '@/lib/neighbourhoods/queries';
import { listOwnFieldSignals, signalThemes } from '@/lib/signals/queries';
import { MAX_FIELD_SIGNAL_TEXT } from '@/lib/signals/schema';
import { createFieldSignalAction } from '@/lib/signals/actions';
import { ActionForm } from '@/app/_components/action-form';
import { DataBadge } from '@/app/_components/ui/badge';
import { cardClass } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { NotActiveNotice } from '../not-active-notice';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('fieldSignal');
  return { title: t('metaTitle') };
}

/**
 * An ambassador passes on a signal from the field (phone first, works without JavaScript): theme,
 * wijk, a short text, whether a resident is involved, urgent. No resident's details: with consent
 * a contact or a referral is the way, linked from here.
 */
export default async function FieldSignalPage() {
  const user = await requireArea('ambassador');
  const t = await getTranslations('fieldSignal');
  const format = await getFormatter();
  const db = getDb();
  const [profile, themes, wijken, own] = await Promise.all([
    user.ambassadorId ? ambassadorProfile(db, user.ambassadorId) : null,
    signalThemes(db),
    listNeighbourhoods(db),
    user.ambassadorId ? listOwnFieldSignals(db, user.ambassadorId) : [],
  ]);

  return (
    <div className="max-w-xl">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-2 mt-1">{t('intro')}</p>
      <div className="mb-4 rounded-lg border border-slate-300 bg-slate-50 p-3">
        <h2 className="font-bold">{t('consentTitle')}</h2>
        <p className="mt-1">{t('consentText')}</p>
        <ul className="mt-1 list-disc ps-5">
          <li><a className="text-brand-700 underline" href="/ambassador/contact">{t('consentContact')}</a></li>
          <li><a className="text-brand-700 underline" href="/ambassador/social-map">{t('consentReferral')}</a></li>
        </ul>
      </div>
      {profile && !profile.active ? (
        <NotActiveNotice status={profile.status} />
      ) : (
        <div className={cardClass} data-testid="signal-form">
          <p className="mb-3 font-semibold">{t('noNames')}</p>
          <ActionForm
            idPrefix="signal"
            action={createFieldSignalAction}
            messages={{ 'fieldSignal.saved': t('saved') }}
            submitLabel={t('submit')}
            submitSize="large"
            fields={[
              { kind: 'select', name: 'themeId', label: t('theme'), placeholder: t('themePlaceholder'), required: true, options: themes.map((x) => ({ value: x.id, label: x.name })) },
              { kind: 'select', name: 'neighbourhood', label: t('neighbourhood'), placeholder: t('neighbourhoodPlaceholder'), required: true, options: wijken.map((w) => ({ value: w.code, label: w.name })) },
              { kind: 'textarea', name: 'text', label: t('text'), required: true, maxLength: MAX_FIELD_SIGNAL_TEXT },
              { kind: 'radio', name: 'residentInvolved', label: t('residentInvolved'), required: true, defaultValue: 'no', options: [{ value: 'no', label: t('residentNo') }, { value: 'yes', label: t('residentYes') }] },
              { kind: 'checkbox', name: 'urgent', label: t('urgent') },
            ]}
          />
        </div>
      )}
      <section aria-labelledby="own-signals" className="mt-6">
        <h2 id="own-signals" className="text-xl font-bold">{t('ownTitle')}</h2>
        {own.length === 0 ? (
          <p className="mt-2">{t('ownEmpty')}</p>
        ) : (
          <ul className="mt-2 space-y-3" data-testid="own-signals">
            {own.map((s) => (
              <li key={s.id} className={cardClass}>
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <DataBadge tone={s.status === 'new' ? 'warning' : 'success'}>{s.status === 'new' ? t('statusNew') : t('statusHandled')}</DataBadge>
                  {s.urgent ? <DataBadge tone="danger">{t('urgentBadge')}</DataBadge> : null}
                  <span className="font-semibold">{s.themeName}</span>
                  {s.wijkName ? <span>· {s.wijkName}</span> : null}
                  <span>· {t('sentOn', { date: format.dateTime(s.createdAt, { dateStyle: 'medium' }) })}</span>
                </p>
                <p className="mt-2 whitespace-pre-line">{s.text}</p>
                {s.replies.map((r) => (
                  <div key={r.id} className="mt-2 border-s-4 border-brand-700 ps-3">
                    <p className="text-sm font-semibold">{t('reply')}</p>
                    <p className="whitespace-pre-line">{r.text}</p>
                  </div>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
