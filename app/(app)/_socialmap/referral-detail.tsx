import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionForm, type FieldSpec } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import type { CurrentUser } from '@/lib/auth/gate';
import { updateReferralAction } from '@/lib/socialmap/referrals/actions';
import { viewReferral } from '@/lib/socialmap/referrals/mutations';
import { seesAllReferrals } from '@/lib/socialmap/referrals/queries';
import { REFERRAL_TRANSITIONS } from '@/lib/socialmap/referrals/schema';
import { displayPhone, linkClass } from './format';
import { StatusBadge } from './status-badge';
import { PageHeading } from '@/app/_components/ui/heading';
import { Card, Section } from '@/app/_components/ui/card';
import { DescriptionList, optionalItem } from '@/app/_components/ui/description-list';
import { type ReferralsArea, referralsBase, socialMapBase } from './routes';

/** One referral: details, its history (who, when, from → to) and the form to pass on news. */
export async function ReferralDetail({ area, user, id, searchParams }: { area: ReferralsArea; user: CurrentUser; id: string; searchParams: Record<string, string | string[] | undefined> }) {
  const db = getDb();
  const all = area === 'staff' && seesAllReferrals(user.role);
  // Audited (referral.viewed, the id only): the page can show a resident's phone number.
  const r = await viewReferral(db, user.id, id, all ? 'all' : { userId: user.id, ambassadorId: user.ambassadorId });
  if (!r) notFound();
  const t = await getTranslations('referrals');
  const ts = await getTranslations('socialMap');
  const format = await getFormatter();
  const next = REFERRAL_TRANSITIONS[r.status];
  const messages: Record<string, string> = {};
  for (const key of ['notFound', 'conflict', 'invalidTransition', 'reasonRequired'] as const) messages[key] = ts(`errors.${key}`);
  const fields: FieldSpec[] = [
    { kind: 'hidden', name: 'referralId', value: r.id },
    { kind: 'hidden', name: 'from', value: r.status },
    { kind: 'select', name: 'to', label: t('updateTo'), required: true, placeholder: '—', options: next.map((s) => ({ value: s, label: t(`status_${s}`) })) },
    { kind: 'textarea', name: 'note', label: t('updateNote'), maxLength: 500 },
  ];
  const flash = searchParams.sent ? t('sent') : searchParams.updated ? t('updated') : null;
  return (
    <>
      <p className="mb-3">
        <a href={referralsBase(area)} className={linkClass}>
          ← {t('backToList')}
        </a>
      </p>
      <PageHeading>{t('detailTitle', { person: r.person || t('unknown') })}</PageHeading>
      {flash ? (
        <p role="status" className="mt-3 rounded border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
          {flash}
        </p>
      ) : null}
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <Card as="section" aria-label={t('detailTitle', { person: r.person || t('unknown') })}>
          <DescriptionList
            items={[
              optionalItem('status', t('statusLabel'), <StatusBadge status={r.status} label={t(`status_${r.status}`)} />),
              optionalItem('reason', t('reason'), r.statusReason),
              optionalItem(
                'service',
                t('service'),
                <>
                  <a href={`${socialMapBase(area)}/${r.serviceId}`} className="text-brand-700 underline">
                    {r.serviceName}
                  </a>
                  <span className="block text-sm text-slate-700">{r.organizationName}</span>
                </>,
              ),
              optionalItem('theme', t('themeLabel'), r.theme),
              optionalItem('wijk', t('wijkLabel'), r.wijk),
              optionalItem('contactPreference', t('contactPreference'), ts(`contactPreference.${r.contactPreference}` as never)),
              optionalItem('phone', t('phone'), r.phone ? <a href={`tel:${r.phone}`} className="text-brand-700 underline">{displayPhone(r.phone)}</a> : null),
              optionalItem('referrer', t('referrer'), r.referrerName),
              optionalItem('createdAt', t('createdAt'), format.dateTime(r.createdAt, { dateStyle: 'medium', timeStyle: 'short' })),
            ]}
          />
        </Card>
        <Section id="history" title={t('history')} card>
          <ol className="mt-2 grid gap-2">
            {r.events.map((e) => (
              <li key={e.id} className="border-s-4 border-brand-700 ps-3">
                <span className="font-semibold">{t('historyEvent', { at: format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'short' }), to: t(`status_${e.to}`) })}</span>{' '}
                <span className="text-slate-700">{e.actorName ? t('by', { name: e.actorName }) : t('bySystem')}</span>
                {e.note ? <span className="block">{e.note}</span> : null}
              </li>
            ))}
          </ol>
        </Section>
      </div>
      <Section id="update" title={t('updateTitle')} card className="mt-6 max-w-xl">
        {next.length ? (
          <ActionForm action={updateReferralAction} fields={fields} submitLabel={t('updateSubmit')} messages={messages} idPrefix="update" className="mt-2" />
        ) : (
          <p className="mt-2">{t('final')}</p>
        )}
      </Section>
    </>
  );
}
