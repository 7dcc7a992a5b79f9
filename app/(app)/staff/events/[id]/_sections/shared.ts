import { getFormatter, getTranslations } from 'next-intl/server';
import type { EventShift } from '@/lib/shifts/queries';
import { DAGDEEL_TIMES } from '@/lib/dagdelen';

/** The event page's words: the detail texts, dagdeel names, language names and a shift's full name. */
export async function eventPageText() {
  const td = await getTranslations('events.detail');
  const tdg = await getTranslations('shifts.dagdeel');
  const tl = await getTranslations('languages');
  const format = await getFormatter();
  const longDay = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return {
    td,
    tdg,
    language: (code: string) => (tl.has(code as never) ? tl(code as never) : code),
    shiftName: (s: Pick<EventShift, 'date' | 'dagdeel'>) =>
      td('shiftTitle', { date: longDay(s.date), dagdeel: tdg(s.dagdeel), from: DAGDEEL_TIMES[s.dagdeel].start, to: DAGDEEL_TIMES[s.dagdeel].end }),
  };
}
