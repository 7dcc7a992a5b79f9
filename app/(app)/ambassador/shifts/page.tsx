import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { ambassadorProfile } from '@/lib/field/queries';
import { publicUrl } from '@/lib/security/origin';
import { FEED_PAST_DAYS, calendarTokenOf, myShifts, openShiftsFor } from '@/lib/shifts/queries';
import { addDays, isUpcoming, todayLocal } from '@/lib/dagdelen';
import { NotActiveNotice } from '../not-active-notice';
import { NotEligibleNotice } from '../corps-notices';
import { whyNotEligible } from '@/lib/ambassadors/eligibility';
import { CalendarSection } from './_sections/calendar';
import { OpenShifts } from './_sections/open';
import { PastShifts } from './_sections/past';
import { UpcomingShifts } from './_sections/upcoming';

const DONE_KEYS = ['signedUp', 'cancelled', 'attendanceSaved', 'calendarRenewed'] as const;

/** The ambassador's shifts: mine, open ones to sign up for, past ones to confirm, and the calendar link. */
export default async function MyShiftsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireArea('ambassador');
  const t = await getTranslations('shifts');
  const db = getDb();
  const now = new Date();
  const today = todayLocal(now);
  const done = (await searchParams).done;

  const ambassadorId = user.ambassadorId;
  const [mine, openAll, tokenAll, profile] = ambassadorId
    ? await Promise.all([
        myShifts(db, ambassadorId, addDays(today, -FEED_PAST_DAYS)),
        openShiftsFor(db, ambassadorId, now),
        calendarTokenOf(db, ambassadorId),
        ambassadorProfile(db, ambassadorId),
      ])
    : [[], [], null, null];
  // Not active (stopped): no new sign-ups and no calendar feed; the server refuses both as well.
  const inactive = profile !== null && !profile.active;
  // Active but not eligible (no VOG, …): no open shifts to sign up for; the notice says why.
  const blocked = !inactive && ambassadorId !== null && ((await whyNotEligible(db, ambassadorId)) ?? []).length > 0;
  const token = inactive ? null : tokenAll;
  const doneText = typeof done === 'string' && (DONE_KEYS as readonly string[]).includes(done) ? t(`done.${done as (typeof DONE_KEYS)[number]}`) : null;

  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-1">{t('intro')}</p>
      {inactive && profile ? (
        <div className="mt-4">
          <NotActiveNotice status={profile.status} />
        </div>
      ) : null}
      {blocked && ambassadorId ? <NotEligibleNotice ambassadorId={ambassadorId} /> : null}
      {doneText ? (
        <p role="status" className="mt-3 rounded-md border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
          {doneText}
        </p>
      ) : null}

      <UpcomingShifts shifts={mine.filter((s) => isUpcoming(s.date, s.dagdeel, now))} now={now} />
      <OpenShifts shifts={inactive || blocked ? [] : openAll} />
      <PastShifts shifts={mine.filter((s) => !isUpcoming(s.date, s.dagdeel, now)).reverse()} today={today} />
      {token ? <CalendarSection feedUrl={publicUrl(`/api/calendar/${token}`)} /> : null}
    </div>
  );
}
