import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, events, neighbourhoods, shiftAssignments, shifts, users } from '@/db/schema';
import { rankSuggestions } from '@/lib/shifts/suggestions';
import { type Dagdeel, addDays, shiftStart, todayLocal } from '@/lib/dagdelen';
import { prng } from './data';

/** Who a seeded shift gets: a demo account (fixed), or the best matches. */
type Fill = { demo?: ('AMB01' | 'AMB02')[]; attended?: boolean | null; fill: number };

interface ShiftSpec extends Fill {
  /** Days from today; moved to a fitting weekday (see `align`). */
  offset: number;
  dagdeel: Dagdeel;
  places?: number;
}

interface EventSpec {
  title: string;
  kind: 'school' | 'market' | 'festival' | 'home_visit' | 'community' | 'other';
  place: string;
  wijk: string | null;
  targetLanguages: string[];
  targetGroup: string | null;
  notes?: string;
  /** weekday: Monday–Friday; saturday: the Saturday of that week; any: as is. */
  align: 'weekday' | 'saturday' | 'any';
  shifts: ShiftSpec[];
}

/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(day: string): number {
  return new Date(`${day}T12:00:00Z`).getUTCDay();
}

/**
 * Moves a seeded day to a fitting weekday without crossing today: past days move back, future
 * days move forward, so a past shift stays past and an upcoming one stays upcoming.
 */
function align(today: string, offset: number, rule: EventSpec['align']): string {
  let day = addDays(today, offset);
  const step = offset < 0 ? -1 : 1;
  const fits = (d: string) => (rule === 'weekday' ? weekdayOf(d) >= 1 && weekdayOf(d) <= 5 : rule === 'saturday' ? weekdayOf(d) === 6 : true);
  for (let i = 0; i < 7 && !fits(day); i++) day = addDays(day, step);
  if (day === today) day = addDays(day, step);
  return day;
}

function seasonalFestival(day: string): string {
  const month = Number(day.slice(5, 7));
  return month >= 4 && month <= 9 ? 'Zomerfestival Meerzicht' : 'Lichtjesfestival Meerzicht';
}

/**
 * A realistic agenda around `now`: eight events in the last six weeks and the next four (school
 * gates in Meerzicht and Palenstein, the Dorpsstraat market, a festival, home visits, a mosque open
 * day, a child-health clinic morning), shifts in pairs, and assignments chosen with the same
 * matching as the coordinator's suggestions. The demo ambassadors AMB01 (Fatima El Amrani) and
 * AMB02 (Ahmad Karimi) have attended past shifts, one past shift each not yet marked, and upcoming
 * shifts (AMB01 with a partner); open places remain in the coming two weeks. Attendance is marked
 * on most past shifts. Call after the ambassadors (and accounts) are seeded.
 */
export async function seedShifts(tx: DbOrTx, now: Date): Promise<void> {
  const rand = prng(1795);
  const today = todayLocal(now);
  const wijken = await tx.select({ id: neighbourhoods.id, code: neighbourhoods.code }).from(neighbourhoods);
  const wijkId = (code: string | null) => (code ? (wijken.find((w) => w.code === code)?.id ?? null) : null);
  const people = await tx.select().from(ambassadors).orderBy(asc(ambassadors.referralCode));
  if (!people.length) return;
  const byCode = new Map(people.map((p) => [p.referralCode, p]));
  const [coordinator] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'coordinator@wijkwerf.test'));
  const assignedBy = coordinator?.id ?? null;

  const specs: EventSpec[] = [
    {
      title: 'Schoolplein Basisschool Het Palet',
      kind: 'school',
      place: 'Basisschool Het Palet, Meerzichtlaan',
      wijk: 'meerzicht',
      targetLanguages: ['ar', 'ber', 'tr'],
      targetGroup: 'Marokkaanse en Turkse ouders',
      notes: 'Bij het hek van de onderbouw, bij het brengen van de kinderen.',
      align: 'weekday',
      shifts: [
        { offset: -40, dagdeel: 'morning', demo: ['AMB01'], attended: true, fill: 2 },
        { offset: -38, dagdeel: 'morning', fill: 2 },
        { offset: -36, dagdeel: 'afternoon', fill: 2 },
      ],
    },
    {
      title: 'Weekmarkt Dorpsstraat',
      kind: 'market',
      place: 'Dorpsstraat, bij de Oude Kerk',
      wijk: 'dorp',
      targetLanguages: ['ar', 'tr', 'pl', 'bg'],
      targetGroup: null,
      align: 'saturday',
      shifts: [
        { offset: -30, dagdeel: 'morning', demo: ['AMB01', 'AMB02'], attended: true, fill: 2 },
        { offset: -30, dagdeel: 'afternoon', fill: 2 },
      ],
    },
    {
      title: 'Huisbezoeken Afghaanse gezinnen',
      kind: 'home_visit',
      place: 'Bij de gezinnen thuis (adressen via de Afghaanse Vereniging)',
      wijk: 'meerzicht',
      targetLanguages: ['prs', 'ps', 'fa'],
      targetGroup: 'Afghaanse gezinnen',
      align: 'weekday',
      shifts: [
        { offset: -21, dagdeel: 'afternoon', demo: ['AMB02'], attended: true, fill: 2 },
        { offset: -17, dagdeel: 'afternoon', demo: ['AMB02'], attended: true, fill: 2 },
        { offset: -14, dagdeel: 'evening', fill: 2 },
      ],
    },
    {
      title: 'Open dag moskee Palenstein',
      kind: 'community',
      place: 'Moskee Palenstein, Schoolstraat',
      wijk: 'palenstein',
      targetLanguages: ['ar', 'ber', 'tr'],
      targetGroup: 'Marokkaans en Turks',
      align: 'saturday',
      shifts: [
        { offset: -10, dagdeel: 'morning', demo: ['AMB02'], attended: null, fill: 2 },
        { offset: -10, dagdeel: 'afternoon', demo: ['AMB01'], attended: true, fill: 2 },
      ],
    },
    {
      title: 'Schoolplein Basisschool De Regenboog',
      kind: 'school',
      place: 'Basisschool De Regenboog, Palenstein',
      wijk: 'palenstein',
      targetLanguages: ['prs', 'ti', 'ar', 'so'],
      targetGroup: 'Afghaanse, Eritrese en Somalische ouders',
      align: 'weekday',
      shifts: [
        { offset: -5, dagdeel: 'morning', fill: 2 },
        { offset: -3, dagdeel: 'morning', demo: ['AMB01'], attended: null, fill: 2 },
        { offset: 1, dagdeel: 'morning', fill: 2 },
        { offset: 3, dagdeel: 'morning', fill: 1 },
      ],
    },
    {
      title: 'Weekmarkt Dorpsstraat',
      kind: 'market',
      place: 'Dorpsstraat, bij de Oude Kerk',
      wijk: 'dorp',
      targetLanguages: ['ar', 'tr', 'pl', 'bg'],
      targetGroup: null,
      align: 'saturday',
      shifts: [
        { offset: 6, dagdeel: 'morning', demo: ['AMB01'], fill: 2 },
        { offset: 6, dagdeel: 'afternoon', fill: 1 },
      ],
    },
    {
      title: 'FESTIVAL',
      kind: 'festival',
      place: 'Westerpark, Meerzicht',
      wijk: 'meerzicht',
      targetLanguages: ['ar', 'tr', 'prs', 'ti', 'so', 'pl'],
      targetGroup: null,
      notes: 'Kraam van de gemeente bij de ingang. Polo en regenjas aan.',
      align: 'saturday',
      shifts: [
        { offset: 12, dagdeel: 'morning', places: 3, fill: 3 },
        { offset: 12, dagdeel: 'afternoon', places: 3, demo: ['AMB02'], fill: 2 },
        { offset: 12, dagdeel: 'evening', fill: 0 },
      ],
    },
    {
      title: 'Ouderochtend consultatiebureau Buytenwegh',
      kind: 'other',
      place: 'Consultatiebureau Buytenwegh',
      wijk: 'buytenwegh',
      targetLanguages: ['so', 'ti', 'ar'],
      targetGroup: 'Somalische en Eritrese moeders',
      align: 'weekday',
      shifts: [
        { offset: 20, dagdeel: 'morning', fill: 0 },
        { offset: 20, dagdeel: 'afternoon', fill: 1 },
      ],
    },
    {
      title: 'Schoolplein Basisschool Het Palet',
      kind: 'school',
      place: 'Basisschool Het Palet, Meerzichtlaan',
      wijk: 'meerzicht',
      targetLanguages: ['ar', 'ber', 'tr'],
      targetGroup: 'Marokkaanse en Turkse ouders',
      align: 'weekday',
      shifts: [
        { offset: 24, dagdeel: 'morning', demo: ['AMB01'], fill: 1 },
        { offset: 26, dagdeel: 'morning', fill: 2 },
        { offset: 28, dagdeel: 'morning', fill: 0 },
      ],
    },
  ];

  /** Who is busy when: "ambassadorId|date|dagdeel". */
  const busy = new Set<string>();
  const load = new Map<string, number>();
  const demoIds = new Set([byCode.get('AMB01')?.id, byCode.get('AMB02')?.id].filter(Boolean) as string[]);
  const assignments: (typeof shiftAssignments.$inferInsert)[] = [];

  for (const spec of specs) {
    // One shift per event, date and dagdeel: a shift that lands on a taken slot after alignment
    // moves on (further back in the past, further ahead in the future).
    const seen = new Set<string>();
    const unique = spec.shifts.map((s) => {
      let offset = s.offset;
      let date = align(today, offset, spec.align);
      while (seen.has(`${date}|${s.dagdeel}`)) {
        offset = Math.round((Date.parse(date) - Date.parse(today)) / 86_400_000) + (s.offset < 0 ? -1 : 1);
        date = align(today, offset, spec.align);
      }
      seen.add(`${date}|${s.dagdeel}`);
      return { ...s, date };
    });
    const dates = unique.map((s) => s.date).sort();
    const event = {
      title: spec.title === 'FESTIVAL' ? seasonalFestival(dates[0]!) : spec.title,
      kind: spec.kind,
      startsOn: dates[0]!,
      endsOn: dates[dates.length - 1]!,
      place: spec.place,
      neighbourhoodId: wijkId(spec.wijk),
      targetLanguages: spec.targetLanguages,
      targetGroup: spec.targetGroup,
      notes: spec.notes ?? null,
    };
    const [e] = await tx.insert(events).values(event).returning({ id: events.id });
    const rows = await tx
      .insert(shifts)
      .values(unique.map((s) => ({ eventId: e!.id, date: s.date, dagdeel: s.dagdeel, places: s.places ?? 2 })))
      .returning({ id: shifts.id, date: shifts.date, dagdeel: shifts.dagdeel });

    for (const s of unique) {
      const row = rows.find((r) => r.date === s.date && r.dagdeel === s.dagdeel)!;
      const past = shiftStart(s.date, s.dagdeel).getTime() <= now.getTime();
      const chosen: { id: string; attended: boolean | null }[] = [];
      for (const code of s.demo ?? []) {
        const a = byCode.get(code);
        if (a && !busy.has(`${a.id}|${s.date}|${s.dagdeel}`)) chosen.push({ id: a.id, attended: past ? (s.attended ?? null) : null });
      }
      // The rest by the coordinator's matching, a little shuffled among the best so work is shared.
      const ranked = rankSuggestions(
        event,
        people
          .filter((p) => !demoIds.has(p.id))
          .map((p) => ({ ...p, busy: busy.has(`${p.id}|${s.date}|${s.dagdeel}`) || chosen.some((c) => c.id === p.id), load: load.get(p.id) ?? 0 })),
      );
      while (chosen.length < s.fill && ranked.length) {
        const pick = ranked.splice(Math.floor(rand() * Math.min(3, ranked.length)), 1)[0]!;
        const r = rand();
        chosen.push({ id: pick.id, attended: past ? (r < 0.85 ? true : r < 0.93 ? false : null) : null });
      }
      for (const c of chosen) {
        busy.add(`${c.id}|${s.date}|${s.dagdeel}`);
        load.set(c.id, (load.get(c.id) ?? 0) + 1);
        assignments.push({ shiftId: row.id, ambassadorId: c.id, date: s.date, dagdeel: s.dagdeel, attended: c.attended, assignedByUserId: assignedBy });
      }
    }
  }
  if (assignments.length) await tx.insert(shiftAssignments).values(assignments);
}
