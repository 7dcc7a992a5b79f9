import 'server-only';
import { type SQL, and, count, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { neighbourhoods, referrals, taxonomy_term } from '@/db/schema';
import { sqlAmsterdamDayStart, type sqlInAmsterdam } from '@/lib/dates';
import type { ReportPeriod } from './period';

/**
 * The social map's referrals in the reports (issue #13): made on the period's days, counted by
 * theme (sub-themes rolled up into their top theme, as the social map's own statistics do) and by
 * wijk. Referrals to a health theme are special-category data: their count shows as "<5" when 1–4.
 */

const topTheme = alias(taxonomy_term, 'report_top_theme');

/** A timestamptz column on one of the period's Amsterdam days. */
export const onPeriodDays = (col: SQL | Parameters<typeof sqlInAmsterdam>[0], p: { from: string; to: string }) =>
  and(sql`${col} >= ${sqlAmsterdamDayStart(p.from)}`, sql`${col} < ${sqlAmsterdamDayStart(p.to, 1)}`)!;

/** One counted row: a code the page translates (or a name), and its count. */
export interface CountRow {
  key: string;
  name?: string | null;
  count: number;
  /** Special-category data: shown as "<5" when 1–4. */
  special?: boolean;
}

/**
 * The social map's themes whose referrals are special-category data (health, GDPR art. 9):
 * top-level theme codes; sub-themes count for their top theme.
 */
export const SPECIAL_CATEGORY_THEMES: readonly string[] = ['zorg'];

/** Referrals made on the period's days, by theme (sub-themes rolled up) and by wijk. */
export async function referralsByThemeAndWijk(db: DbOrTx, p: Pick<ReportPeriod, 'from' | 'to'>): Promise<{ themes: CountRow[]; wijken: CountRow[] }> {
  const code = sql<string | null>`coalesce(${topTheme.code}, ${taxonomy_term.code})`;
  const name = sql<string | null>`coalesce(${topTheme.name}, ${taxonomy_term.name})`;
  const inPeriod = onPeriodDays(referrals.created_at, p);
  const [themes, wijken] = await Promise.all([
    db
      .select({ code, name, n: count() })
      .from(referrals)
      .leftJoin(taxonomy_term, eq(taxonomy_term.id, referrals.taxonomy_term_id))
      .leftJoin(topTheme, eq(topTheme.id, taxonomy_term.parent_id))
      .where(inPeriod)
      .groupBy(code, name),
    db
      .select({ code: neighbourhoods.code, name: neighbourhoods.name, n: count() })
      .from(referrals)
      .leftJoin(neighbourhoods, eq(neighbourhoods.id, referrals.neighbourhood_id))
      .where(inPeriod)
      .groupBy(neighbourhoods.code, neighbourhoods.name),
  ]);
  const order = (a: CountRow, b: CountRow) => (a.key === 'none' ? 1 : b.key === 'none' ? -1 : (a.name ?? a.key).localeCompare(b.name ?? b.key, 'nl'));
  return {
    // By name, not by size: the order says nothing about a theme shown as "<5".
    themes: themes
      .map((r) => ({ key: r.code ?? 'none', name: r.name, count: r.n, special: r.code !== null && SPECIAL_CATEGORY_THEMES.includes(r.code) }))
      .sort(order),
    wijken: wijken.map((r) => ({ key: r.code ?? 'none', name: r.name, count: r.n })).sort((a, b) => b.count - a.count || order(a, b)),
  };
}

