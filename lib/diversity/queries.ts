import 'server-only';
import { type SQL, and, isNull, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { leads } from '@/db/schema';
import { audit } from '@/lib/audit';
import { type CsvValue, toCsv } from '@/lib/csv';
import { CLOSED_STATUSES } from '@/lib/leads/journey/steps';
import { rowsOf } from '@/db/client';
import { ambassadorActiveSql } from '@/lib/ambassadors/eligibility';
import { NT2_LEVELS } from '@/lib/ambassadors/lifecycle';

/**
 * The diversity overview of the corps (issue #11, "Diversity and matching"): the ACTIVE corps
 * (`ambassadorActiveSql`: paused, stopped and candidates are not counted) by language, wijk,
 * background and NT2 level, next to the languages and wijken of OPEN leads (not merged, not in a
 * closed or final step: `CLOSED_STATUSES`), with the gaps spelled out.
 *
 * Background is special-category data: it is only ever counted in SQL and leaves this module as
 * `{ label, count }` groups, never next to a person. Counts of 1–4 are shown as "<5" for background
 * on the page and for every figure in the export (`maskCount`).
 */

/** Counts below this (and above zero) are shown as "<5" where they are exported or, for background, shown. */
export const SMALL_COUNT = 5;
/** More open leads per active ambassador who speaks their language than this is a gap. */
export const LEADS_PER_SPEAKER_LIMIT = 25;
/** Languages that are not a gap when no ambassador speaks them ("another language" is not one language). */
const NOT_A_LANGUAGE = new Set(['other']);

/** "<5" for 1–4; 0 stays 0 (nobody is not a person), 5 and up as they are. */
export function maskCount(n: number): string {
  return n > 0 && n < SMALL_COUNT ? `<${SMALL_COUNT}` : String(n);
}

export interface LanguageRow {
  code: string;
  /** Active ambassadors who speak it. */
  ambassadors: number;
  /** Open leads who prefer it. */
  openLeads: number;
}
export interface WijkRow {
  /** Null: no wijk, or outside the listed wijken. */
  code: string | null;
  name: string | null;
  ambassadors: number;
  openLeads: number;
}
export interface BackgroundRow {
  /** As entered (the most common spelling of the group); null: not recorded. */
  label: string | null;
  count: number;
}
export interface Nt2Row {
  /** A CEFR level, or null: unknown. */
  level: string | null;
  count: number;
}

export type Gap =
  | { kind: 'languageNoSpeaker'; code: string; openLeads: number }
  | { kind: 'languageFewSpeakers'; code: string; openLeads: number; ambassadors: number }
  | { kind: 'wijkNoAmbassador'; code: string; name: string; openLeads: number };

export interface DiversityOverview {
  activeAmbassadors: number;
  openLeads: number;
  languages: LanguageRow[];
  wijken: WijkRow[];
  backgrounds: BackgroundRow[];
  nt2: Nt2Row[];
  gaps: Gap[];
}

/** SQL: a lead that is still open (not merged away, not closed or completed), as the lead list and targets count it. */
export function openLeadSql(): SQL {
  return and(isNull(leads.mergedIntoId), notInArray(leads.status, [...CLOSED_STATUSES]))!;
}

const int = (v: unknown) => Number(v ?? 0);

/**
 * The gap rules, in order of urgency: a language open leads prefer that no active ambassador
 * speaks; a language with more than `LEADS_PER_SPEAKER_LIMIT` open leads per speaker; a wijk
 * where open leads live and no active ambassador does. Most open leads first within each rule.
 */
export function findGaps(languages: readonly LanguageRow[], wijken: readonly WijkRow[]): Gap[] {
  const byLeads = <T extends { openLeads: number }>(a: T, b: T) => b.openLeads - a.openLeads;
  const langs = languages.filter((l) => l.openLeads > 0 && !NOT_A_LANGUAGE.has(l.code)).sort(byLeads);
  return [
    ...langs.filter((l) => l.ambassadors === 0).map((l): Gap => ({ kind: 'languageNoSpeaker', code: l.code, openLeads: l.openLeads })),
    ...langs
      .filter((l) => l.ambassadors > 0 && l.openLeads / l.ambassadors > LEADS_PER_SPEAKER_LIMIT)
      .map((l): Gap => ({ kind: 'languageFewSpeakers', code: l.code, openLeads: l.openLeads, ambassadors: l.ambassadors })),
    ...[...wijken]
      .filter((w) => w.code && w.openLeads > 0 && w.ambassadors === 0)
      .sort(byLeads)
      .map((w): Gap => ({ kind: 'wijkNoAmbassador', code: w.code!, name: w.name ?? w.code!, openLeads: w.openLeads })),
  ];
}

/** The overview (read only). */
export async function diversityOverview(db: DbOrTx): Promise<DiversityOverview> {
  // The open leads (`openLeadSql`) per language and wijk come from the summary kept by the leads'
  // triggers (kinds open_language and open_wijk, db/migrations/0032_report_counts.sql): flat at a
  // million leads. diversity tests and lib/reports/summary.test.ts compare them with direct counts.
  const active = ambassadorActiveSql();
  const [totals, ambLangs, leadLangs, wijken, backgrounds, nt2] = await Promise.all([
    db.execute(sql`select
        (select count(*) from ambassadors where ${active})::int as ambassadors,
        (select coalesce(sum(n), 0) from lead_counts where kind = 'open_language')::int as leads`),
    db.execute(sql`select l.code, count(distinct ambassadors.id)::int as n
        from ambassadors cross join lateral unnest(ambassadors.languages) as l(code)
        where ${active} group by l.code`),
    db.execute(sql`select key as code, sum(n)::int as n from lead_counts where kind = 'open_language' group by key having sum(n) <> 0`),
    db.execute(sql`select w.code, w.name, a.n as ambassadors, o.n as leads
        from (select code, name, id from neighbourhoods union all select null::text, null::text, null::uuid) w
        left join (select neighbourhood_id as id, count(*)::int as n from ambassadors where ${active} group by neighbourhood_id) a
          on a.id is not distinct from w.id
        left join (select nullif(key, '')::uuid as id, sum(n)::int as n from lead_counts where kind = 'open_wijk' group by key having sum(n) <> 0) o
          on o.id is not distinct from w.id
        order by w.name nulls last`),
    // Grouped in SQL: a background never leaves the database next to a person.
    db.execute(sql`select mode() within group (order by trim(country_of_origin)) as label, count(*)::int as n
        from ambassadors where ${active}
        group by lower(nullif(trim(country_of_origin), ''))`),
    db.execute(sql`select upper(nullif(trim(nt2_level), '')) as level, count(*)::int as n
        from ambassadors where ${active} group by 1`),
  ]);

  const [t] = rowsOf<{ ambassadors: unknown; leads: unknown }>(totals);
  const langMap = new Map<string, LanguageRow>();
  const lang = (code: string) => langMap.get(code) ?? langMap.set(code, { code, ambassadors: 0, openLeads: 0 }).get(code)!;
  for (const r of rowsOf<{ code: string; n: unknown }>(ambLangs)) lang(r.code).ambassadors = int(r.n);
  for (const r of rowsOf<{ code: string; n: unknown }>(leadLangs)) lang(r.code).openLeads = int(r.n);
  const languages = [...langMap.values()].sort((a, b) => b.openLeads - a.openLeads || b.ambassadors - a.ambassadors || a.code.localeCompare(b.code));

  const wijkRows = rowsOf<{ code: string | null; name: string | null; ambassadors: unknown; leads: unknown }>(wijken)
    .map((r) => ({ code: r.code, name: r.name, ambassadors: int(r.ambassadors), openLeads: int(r.leads) }))
    // The "no wijk" row only when someone is in it.
    .filter((r) => r.code !== null || r.ambassadors + r.openLeads > 0);

  const bg = rowsOf<{ label: string | null; n: unknown }>(backgrounds)
    .map((r) => ({ label: r.label?.trim() ? r.label.trim() : null, count: int(r.n) }))
    // By name, not by size: the order says nothing about the groups shown as "<5". Not recorded last.
    .sort((a, b) => (a.label === null ? 1 : b.label === null ? -1 : a.label.localeCompare(b.label, 'nl', { sensitivity: 'base' })));

  const levels = new Map(rowsOf<{ level: string | null; n: unknown }>(nt2).map((r) => [r.level, int(r.n)]));
  const nt2Rows: Nt2Row[] = [...NT2_LEVELS.map((level) => ({ level: level as string | null, count: levels.get(level) ?? 0 }))];
  // A level outside the list (typed by hand before the pick list) and unknown, after the levels.
  for (const [level, count] of levels) if (level !== null && !(NT2_LEVELS as readonly string[]).includes(level)) nt2Rows.push({ level, count });
  nt2Rows.push({ level: null, count: levels.get(null) ?? 0 });

  return {
    activeAmbassadors: int(t?.ambassadors),
    openLeads: int(t?.leads),
    languages,
    wijken: wijkRows,
    backgrounds: bg,
    nt2: nt2Rows,
    gaps: findGaps(languages, wijkRows),
  };
}

/** The export's column headers and the names it needs, in the reader's language. */
export interface DiversityCsvLabels {
  header: { dimension: string; category: string; ambassadors: string; openLeads: string };
  dimension: { language: string; wijk: string; background: string; nt2: string };
  language: (code: string) => string;
  noWijk: string;
  notRecorded: string;
  unknownLevel: string;
}

/** The overview as one CSV file for Dutch Excel: every count of 1–4 as "<5" (background has no leads column). */
export function diversityCsv(o: DiversityOverview, l: DiversityCsvLabels): string {
  const rows: CsvValue[][] = [
    ...o.languages.map((r) => [l.dimension.language, l.language(r.code), maskCount(r.ambassadors), maskCount(r.openLeads)]),
    ...o.wijken.map((r) => [l.dimension.wijk, r.name ?? l.noWijk, maskCount(r.ambassadors), maskCount(r.openLeads)]),
    ...o.backgrounds.map((r) => [l.dimension.background, r.label ?? l.notRecorded, maskCount(r.count), null]),
    ...o.nt2.map((r) => [l.dimension.nt2, r.level ?? l.unknownLevel, maskCount(r.count), null]),
  ];
  return toCsv([l.header.dimension, l.header.category, l.header.ambassadors, l.header.openLeads], rows);
}

/**
 * The export: the overview as CSV and its audit entry (`diversity.exported`, with the row count
 * only) in one transaction, as every export and every view of personal records is audited.
 */
export async function exportDiversity(db: DbOrTx, actorUserId: string, labels: DiversityCsvLabels, ipHash: string | null = null): Promise<string> {
  return db.transaction(async (tx) => {
    const o = await diversityOverview(tx);
    const csv = diversityCsv(o, labels);
    await audit(tx, {
      action: 'diversity.exported',
      actorUserId,
      ipHash,
      details: { rows: o.languages.length + o.wijken.length + o.backgrounds.length + o.nt2.length },
    });
    return csv;
  });
}
