import { getTranslations } from 'next-intl/server';
import { dayFormatter } from '@/app/(app)/staff/events/_components/shared';
import { DAGDEEL_TIMES, type Dagdeel } from '@/lib/dagdelen';
import type { MeetingKind } from '@/lib/coaching/meetings/schema';

export { DoneBanner, dayFormatter } from '@/app/(app)/staff/events/_components/shared';

const DONE_KEYS = ['meetingCreated', 'obstacleAdded'] as const;

/** The confirmation text for `?done=<key>`, only for known keys. */
export async function doneText(done: string | string[] | undefined): Promise<string | null> {
  const t = await getTranslations('meetings.done');
  return typeof done === 'string' && (DONE_KEYS as readonly string[]).includes(done) ? t(done as (typeof DONE_KEYS)[number]) : null;
}

/** "30 nov. 2026, ochtend (09:00–12:30)" and the kind of meeting, in the page's language. */
export async function meetingFormat() {
  const t = await getTranslations('meetings');
  const tdg = await getTranslations('shifts.dagdeel');
  const day = await dayFormatter();
  return {
    day,
    kind: (k: MeetingKind) => t(`kinds.${k}`),
    when: (m: { date: string; dagdeel: Dagdeel }) =>
      t('when', { date: day(m.date), dagdeel: tdg(m.dagdeel), from: DAGDEEL_TIMES[m.dagdeel].start, to: DAGDEEL_TIMES[m.dagdeel].end }),
  };
}
