import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { dayFormatter, sessionFormat } from '@/app/(app)/staff/training/_components/shared';
import { DataBadge, type BadgeTone } from '@/app/_components/ui/badge';
import { ButtonLink } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { DescriptionList } from '@/app/_components/ui/description-list';
import { progressBarClass } from '@/app/_components/ui/target-progress';
import { CLOTHING_ITEMS } from '@/lib/ambassadors/lifecycle';
import { amsterdamClock } from '@/lib/dates';
import type { AmbassadorStart } from '@/lib/field/queries';
import { formatCode } from '@/lib/training/code';

const moreClass = 'text-brand-700 underline';

/**
 * My training at a glance: required modules done, the next session, the certificate (download
 * it here, or how many modules are still to go). The whole of it is on /ambassador/training.
 */
export async function TrainingCard({ training, next }: { training: AmbassadorStart['training']; next: AmbassadorStart['nextSession'] }) {
  const t = await getTranslations('ambassadorOverview');
  const tm = await getTranslations('training.mine');
  const f = await sessionFormat();
  const { requiredDone: done, requiredTotal: total, certificate: cert } = training;
  const toGo = total - done;
  let certificate: ReactNode;
  if (cert && !cert.revokedAt) {
    certificate = (
      <>
        <span className="block">{tm('certificateReady', { code: formatCode(cert.code) })}</span>
        <ButtonLink href={`/api/certificates/${cert.id}`} className="mt-2" download>
          {tm('download')}
        </ButtonLink>
      </>
    );
  } else if (cert) certificate = tm('certificateRevoked');
  else certificate = toGo > 0 ? t('certificateToGo', { count: toGo }) : tm('certificateNotYet');

  return (
    <Section id="training" title={t('trainingTitle')} card data-testid="home-training">
      <p className="mt-1 font-semibold" data-testid="home-training-summary">
        {tm('summary', { done, total })}
      </p>
      <label htmlFor="training-progress" className="sr-only">
        {t('trainingLabel')}
      </label>
      <progress id="training-progress" max={Math.max(total, 1)} value={Math.min(done, Math.max(total, 1))} className={progressBarClass}>
        {tm('summary', { done, total })}
      </progress>
      <DescriptionList
        className="mt-3"
        items={[
          { key: 'next', term: t('nextTerm'), testId: 'home-next-session', description: next ? tm('next', { module: f.name(next), when: f.when(next), room: next.room, trainer: next.trainer }) : tm('nextNone') },
          { key: 'certificate', term: t('certificateTerm'), testId: 'home-certificate', description: certificate },
        ]}
      />
      <p className="mt-3">
        <a href="/ambassador/training" className={moreClass}>
          {t('trainingMore')}
        </a>
      </p>
    </Section>
  );
}

type Status = 'done' | 'open' | 'returned' | 'expired' | 'accepted';
const tones: Record<Status, BadgeTone> = { done: 'success', accepted: 'success', open: 'warning', expired: 'danger', returned: 'neutral' };

/**
 * The checklist of what I received and agreed to: municipal pass, clothing, the volunteer
 * agreement (accepting it is on /ambassador/corps; the start page's notice links there).
 */
export async function CorpsCard({ corps, today }: { corps: NonNullable<AmbassadorStart['corps']>; today: string }) {
  const t = await getTranslations('ambassadorOverview');
  const tc = await getTranslations('corps');
  const day = await dayFormatter('long');
  const line = (status: Status, text: string) => (
    <span className="flex flex-wrap items-baseline gap-x-2">
      <DataBadge tone={tones[status]}>{t(`status.${status}`)}</DataBadge>
      <span>{text}</span>
    </span>
  );

  let pass: ReactNode;
  if (corps.passReturnedOn) pass = line('returned', tc('own.passReturned', { date: day(corps.passReturnedOn) }));
  else if (corps.passNumber && corps.passExpiresOn && corps.passExpiresOn < today) pass = line('expired', t('passExpired', { number: corps.passNumber, date: day(corps.passExpiresOn) }));
  else if (corps.passNumber) pass = line('done', tc('own.passInfo', { number: corps.passNumber, date: corps.passExpiresOn ? day(corps.passExpiresOn) : '—' }));
  else pass = line('open', tc('own.notYet'));

  const clothing = new Map(corps.clothing.map((c) => [c.item, c]));
  const items = CLOTHING_ITEMS.map((item) => {
    const c = clothing.get(item);
    const size = c?.size ? ` (${tc('own.size', { size: c.size })})` : '';
    const description = c?.returnedOn
      ? line('returned', tc('own.returned', { date: day(c.returnedOn) }))
      : c?.issuedOn
        ? line('done', tc('own.issued', { date: day(c.issuedOn) }) + size)
        : line('open', tc('own.notYet'));
    return { key: item, term: tc(`item.${item}`), description, testId: `home-${item}` };
  });
  const agreement = corps.agreement
    ? line('accepted', tc('own.accepted', { date: day(amsterdamClock(corps.agreement.acceptedAt).date), version: corps.agreement.version }))
    : line('open', t('agreementOpen'));

  return (
    <Section id="corps" title={t('corpsTitle')} card data-testid="home-corps">
      <p className="mt-1 text-sm text-slate-700">{t('corpsIntro')}</p>
      <DescriptionList
        className="mt-3"
        items={[
          { key: 'pass', term: tc('item.pass'), description: pass, testId: 'home-pass' },
          ...items,
          { key: 'agreement', term: tc('own.agreementTitle'), description: agreement, testId: 'home-agreement' },
        ]}
      />
      <p className="mt-3">
        <a href="/ambassador/corps" className={moreClass}>
          {t('corpsMore')}
        </a>
      </p>
    </Section>
  );
}
