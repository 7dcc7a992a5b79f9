import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { whyNotEligible } from '@/lib/ambassadors/eligibility';
import { openAmbassadorRecord } from '@/lib/ambassadors/queries';
import { isUuid } from '@/lib/actions/validation';
import { requireAreaPermission } from '@/lib/auth/gate';
import { Alert } from '@/app/_components/ui/alert';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { AccountSection } from './_sections/account';
import { EquipmentSection } from './_sections/equipment';
import { InterviewSection } from './_sections/interview';
import { LifecycleSection } from './_sections/lifecycle';
import { ProfileSection } from './_sections/profile';
import { VogSection } from './_sections/vog';
import { translateReason } from './_sections/shared';
import { AvailabilitySection } from './_sections/availability';
import { availabilityFor } from '@/lib/availability/queries';
import { todayLocal } from '@/lib/dates';

const DONE = ['created', 'profileSaved', 'moved', 'stopped', 'interviewSaved', 'vogSaved', 'passSaved', 'clothingSaved'] as const;

/** One ambassador, in sections: profile, step and history, interview, VOG, pass and clothing, account and agreement. */
export default async function AmbassadorPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireAreaPermission('staff', 'corps.manage');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const db = getDb();
  // Opening the record is audited (ambassador.viewed) in the same transaction as the read.
  const a = await openAmbassadorRecord(db, user.id, id);
  if (!a) notFound();
  const reasons = (await whyNotEligible(db, id)) ?? [];
  const today = todayLocal();
  const availability = await availabilityFor(db, id, today);
  const t = await getTranslations('corps');
  const sp = await searchParams;
  const done = typeof sp.done === 'string' && (DONE as readonly string[]).includes(sp.done) ? (sp.done as (typeof DONE)[number]) : null;
  const released = typeof sp.released === 'string' && /^\d{1,4}$/.test(sp.released) ? Number(sp.released) : 0;

  return (
    <>
      <p className="mb-2">
        <a href="/staff/ambassadors" className="text-brand-700 underline">
          {t('detail.back')}
        </a>
      </p>
      <PageHeading>{a.displayName}</PageHeading>
      <p className="mt-1">
        {t('lifecycle.current', { status: t(`status.${a.status}`) })} · {t('detail.code', { code: a.referralCode })}
      </p>
      {done ? (
        <Alert type="ok" className="mt-3" data-testid="done">
          {t(`detail.done.${done}`)}
          {released ? <> {t('detail.released', { count: released })}</> : null}
        </Alert>
      ) : null}
      {a.status !== 'stopped' ? (
        <Section id="eligible" title={t('detail.eligibleTitle')} card className="mt-4" data-testid="eligibility">
          {reasons.length === 0 ? (
            <p className="mt-1">{t('detail.eligible')}</p>
          ) : (
            <>
              <p className="mt-1">{t('detail.notEligible')}</p>
              <ul className="mt-1 list-disc ps-6">
                {await Promise.all(reasons.map(async (r) => <li key={r}>{await translateReason(r)}</li>))}
              </ul>
            </>
          )}
        </Section>
      ) : null}
      <div className="mt-4 grid gap-4">
        <ProfileSection a={a} />
        <LifecycleSection a={a} />
        <InterviewSection a={a} />
        <VogSection a={a} />
        {a.status !== 'stopped' ? <AvailabilitySection name={a.displayName} availability={availability} today={today} /> : null}
        <EquipmentSection a={a} />
        <AccountSection a={a} />
      </div>
    </>
  );
}
