import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { updateProfileAction } from '@/lib/ambassadors/actions';
import type { AmbassadorDetail } from '@/lib/ambassadors/queries';
import { Section } from '@/app/_components/ui/card';
import { profileFields } from '../../_components/profile-fields';
import { dayFormat } from './shared';

/** The profile: what is known, and the form to change it. Background shows only here (special-category data). */
export async function ProfileSection({ a }: { a: AmbassadorDetail }) {
  const t = await getTranslations('corps');
  const tl = await getTranslations('languages');
  const day = await dayFormat();
  const none = t('detail.none');
  const rows: [string, string][] = [
    [t('form.languages'), a.languages.map((c) => (tl.has(c as never) ? tl(c as never) : c)).join(', ') || none],
    [t('form.background'), a.countryOfOrigin ?? none],
    [t('form.wijk'), a.wijkName ?? none],
    [t('form.nt2Level'), a.nt2Level ? `${a.nt2Level}${a.nt2Evidence ? ` (${t(`nt2Evidence.${a.nt2Evidence}`)}, ${day(a.nt2EvidenceOn)})` : ''}` : t('form.nt2Unknown')],
    [t('form.hasChildren'), a.hasChildren ? `${t('detail.yes')}${a.childrenSchools ? `: ${a.childrenSchools}` : ''}` : t('detail.no')],
    [t('form.phone'), a.phone ?? none],
    [t('form.email'), a.email ?? none],
    [t('form.source'), `${t(`source.${a.source}`)}${a.providerName ? ` — ${t('detail.nominatedBy', { provider: a.providerName })}` : ''}`],
  ];
  return (
    <Section id="profile" title={t('detail.profileTitle')} card>
      <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-semibold">{k}</dt>
            <dd className="[overflow-wrap:anywhere]">{v}</dd>
          </div>
        ))}
        {a.nominationMotivation ? (
          <div className="contents">
            <dt className="font-semibold">{t('form.motivation')}</dt>
            <dd className="whitespace-pre-line">{a.nominationMotivation}</dd>
          </div>
        ) : null}
      </dl>
      <details className="mt-3">
        <summary className="cursor-pointer text-brand-700 underline">{t('detail.editProfile')}</summary>
        <ActionForm idPrefix="profile" action={updateProfileAction} fields={await profileFields(a)} submitLabel={t('form.save')} className="mt-3 max-w-2xl" />
      </details>
    </Section>
  );
}
