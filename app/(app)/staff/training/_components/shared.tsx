import { getLocale, getTranslations } from 'next-intl/server';
import { dayFormatter } from '@/app/(app)/staff/events/_components/shared';
import type { SessionItem } from '@/lib/training/queries';
import { moduleName } from '@/lib/training/queries';
import { DAGDEEL_TIMES } from '@/lib/dagdelen';

export { DoneBanner, dayFormatter } from '@/app/(app)/staff/events/_components/shared';

export const DONE_KEYS = ['sessionCreated', 'attendanceSaved', 'attendanceSavedIssued', 'moduleSaved', 'moduleAdded', 'defaultsAdded', 'issued', 'revoked'] as const;

/** The confirmation text for `?done=<key>`, only for known keys. */
export async function doneText(done: string | string[] | undefined): Promise<string | null> {
  const t = await getTranslations('training.done');
  return typeof done === 'string' && (DONE_KEYS as readonly string[]).includes(done) ? t(done as (typeof DONE_KEYS)[number]) : null;
}

/** "30 nov. 2026, ochtend (09:00–12:30)" and the module's name in the page's language. */
export async function sessionFormat() {
  const t = await getTranslations('training');
  const tdg = await getTranslations('shifts.dagdeel');
  const locale = await getLocale();
  const day = await dayFormatter();
  return {
    day,
    name: (s: Pick<SessionItem, 'nameNl' | 'nameEn'>) => moduleName(s, locale),
    when: (s: Pick<SessionItem, 'date' | 'dagdeel'>) =>
      t('when', { date: day(s.date), dagdeel: tdg(s.dagdeel), from: DAGDEEL_TIMES[s.dagdeel].start, to: DAGDEEL_TIMES[s.dagdeel].end }),
  };
}
