import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Welcome } from '@/app/_components/area-shell';
import { ButtonLink } from '@/app/_components/ui/button';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { ambassadorProfile, ambassadorStart } from '@/lib/field/queries';
import { getStepNames } from '@/lib/leads/settings/queries';
import { publicUrl } from '@/lib/security/origin';
import { ClaimsCard, ContactsCard, ShiftsCard } from './_sections/lists';
import { CorpsCard, TrainingCard } from './_sections/programme';
import { ReferralCard } from './_sections/referral';
import { TargetCard } from './_sections/target';
import { NotActiveNotice } from './not-active-notice';
import { AgreementNotice } from './corps-notices';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ambassadorHome');
  return { title: t('metaTitle') };
}

/**
 * The ambassador's start page, phone first: register a contact; their target next to the group's;
 * their training (modules, next session, certificate); pass, clothing and agreement; own contacts
 * (first name and step only); next shifts with the partner; open expense claims; the referral
 * link with its QR code and the flyer. One data-layer call (`ambassadorStart`) reads it all,
 * filtered by their own id; the detail pages (/ambassador/training, /ambassador/corps) show each in full.
 */
export default async function AmbassadorHome() {
  const user = await requireArea('ambassador');
  const t = await getTranslations('ambassadorHome');
  const db = getDb();
  const now = new Date();
  const ambassadorId = user.ambassadorId;
  const ts = await getTranslations('steps');
  const [profile, start, steps] = await Promise.all([
    ambassadorId ? ambassadorProfile(db, ambassadorId) : null,
    ambassadorId ? ambassadorStart(db, ambassadorId, now) : null,
    getStepNames(db, await getLocale(), (s) => ts(s)),
  ]);
  // A stopped ambassador's link no longer attributes sign-ups: don't hand it out.
  const link = profile?.active ? publicUrl(`/?ref=${encodeURIComponent(profile.referralCode)}`) : null;

  return (
    <>
      <Welcome user={user} intro={t('intro')} />
      <AgreementNotice pending={start?.corps?.agreementPending ?? false} />

      {profile && !profile.active ? (
        <NotActiveNotice status={profile.status} />
      ) : (
        <p className="mb-6">
          <ButtonLink size="large" block href="/ambassador/contact">
            {t('registerContact')}
          </ButtonLink>
        </p>
      )}

      {start ? (
        <div className="grid gap-6 md:grid-cols-2">
          <TargetCard target={start.target} />
          <TrainingCard training={start.training} next={start.nextSession} />
          <div className="grid content-start gap-2">
            <ShiftsCard shifts={start.shifts} />
            <p>
              <a href="/ambassador/availability" className="font-semibold text-brand-700 underline" data-testid="availability-link">
                {(await getTranslations('availability'))('home.link')}
              </a>
            </p>
          </div>
          <ContactsCard contacts={start.contacts} steps={steps} />
          {start.corps ? <CorpsCard corps={start.corps} today={todayLocal(now)} /> : null}
          <ClaimsCard claims={start.openClaims} />
          {link && profile ? <ReferralCard link={link} code={profile.referralCode} /> : null}
        </div>
      ) : (
        <p>{(await getTranslations('fieldContact'))('errors.notAmbassador')}</p>
      )}
    </>
  );
}
