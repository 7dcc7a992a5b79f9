import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { cardClass, Section } from '@/app/_components/ui/card';
import { Heading } from '@/app/_components/ui/heading';
import type { MyShift } from '@/lib/shifts/queries';
import { DAGDEEL_TIMES } from '@/lib/dagdelen';

/** A tappable button (44 px high), full width on phones. */
export const touchButton = 'min-h-11';

/** The shifts page's words: the long day, and a button's name for one shift. */
export async function shiftsText() {
  const t = await getTranslations('shifts');
  const format = await getFormatter();
  const longDay = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'long' });
  return {
    t,
    format,
    longDay,
    /** "Sign up: Market day on Tuesday 3 December" */
    forShift: (label: string, s: Pick<MyShift, 'eventTitle' | 'date'>) => `${label}: ${t('forShift', { title: s.eventTitle, date: longDay(s.date) })}`,
  };
}

/** One shift as a card: the event, an optional line above the time, the day and dagdeel, the place, then what can be done. */
export async function ShiftCard({ shift: s, testId, meta, children }: { shift: Pick<MyShift, 'eventTitle' | 'date' | 'dagdeel' | 'place'>; testId: string; meta?: ReactNode; children: ReactNode }) {
  const { t, longDay } = await shiftsText();
  return (
    <li className={cardClass} data-testid={testId}>
      <Heading level={3}>{s.eventTitle}</Heading>
      {meta}
      <p className="mt-1">
        <span className="font-semibold">{longDay(s.date)}</span>
        <br />
        {t('dagdeelLong', { dagdeel: t(`dagdeel.${s.dagdeel}`), from: DAGDEEL_TIMES[s.dagdeel].start, to: DAGDEEL_TIMES[s.dagdeel].end })}
      </p>
      <p className="mt-1">{t('place', { place: s.place })}</p>
      {children}
    </li>
  );
}

/** A list of shift cards under its heading, with a line when there are none. */
export function ShiftListSection({ id, title, intro, empty, count, testId, children }: { id: string; title: string; intro?: string; empty: string; count: number; testId: string; children: ReactNode }) {
  return (
    <Section id={id} title={title} className="mt-8">
      {intro ? <p className="mt-1">{intro}</p> : null}
      {count === 0 ? <p className="mt-2">{empty}</p> : null}
      <ul className="mt-2 grid gap-3" data-testid={testId}>
        {children}
      </ul>
    </Section>
  );
}
