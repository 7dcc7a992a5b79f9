/**
 * The report's period: a preset (this half-year, last quarter) or custom days, all as Amsterdam
 * calendar days (first and last day included). Pure, so it is unit-tested on its own.
 */
import { addDays, isIsoDate } from '../dates';

export const PERIOD_PRESETS = ['half', 'quarter', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface ReportPeriod {
  preset: PeriodPreset;
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  to: string;
}

/** The half-year today is in: 1 January – 30 June or 1 July – 31 December. */
export function thisHalfYear(today: string): { from: string; to: string } {
  const [y, m] = [today.slice(0, 4), Number(today.slice(5, 7))];
  return m <= 6 ? { from: `${y}-01-01`, to: `${y}-06-30` } : { from: `${y}-07-01`, to: `${y}-12-31` };
}

/** The calendar quarter before the one today is in. */
export function lastQuarter(today: string): { from: string; to: string } {
  let y = Number(today.slice(0, 4));
  let q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) - 1;
  if (q < 0) {
    q = 3;
    y -= 1;
  }
  const from = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const nextStart = q === 3 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 4).padStart(2, '0')}-01`;
  return { from, to: addDays(nextStart, -1) };
}

/** The longest custom period (keeps a mistyped year from scanning decades). */
export const MAX_PERIOD_DAYS = 3 * 366;

/**
 * Reads ?period=half|quarter|custom&from=&to= ; a custom period with a bad or reversed date falls
 * back to this half-year (never an error page).
 */
export function parseReportPeriod(params: Record<string, string | string[] | undefined> | URLSearchParams, today: string): ReportPeriod {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return (Array.isArray(v) ? v[0] : v) ?? undefined;
  };
  const preset = get('period');
  if (preset === 'quarter') return { preset, ...lastQuarter(today) };
  if (preset === 'custom') {
    const from = get('from') ?? '';
    const to = get('to') ?? '';
    if (isIsoDate(from) && isIsoDate(to) && from <= to && Date.parse(to) - Date.parse(from) <= MAX_PERIOD_DAYS * 86_400_000) {
      return { preset, from, to };
    }
  }
  return { preset: 'half', ...thisHalfYear(today) };
}

/** The query string of a period (for links between the report pages and the CSV). */
export function periodQuery(p: ReportPeriod): string {
  return p.preset === 'custom' ? `period=custom&from=${p.from}&to=${p.to}` : `period=${p.preset}`;
}
