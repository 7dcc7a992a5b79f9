/** The allowance per dagdeel and its history. Pure: shared by pages, mutations and tests. */

/** The source's allowance: EUR 6.95 per dagdeel, from the start of the pilot. */
export const DEFAULT_RATE = { amountCents: 695, validFrom: '2010-01-01' } as const;

export interface Rate {
  amountCents: number;
  /** YYYY-MM-DD, the first day the rate applies */
  validFrom: string;
}

/**
 * The rate in force on `date` (YYYY-MM-DD): the one with the latest `validFrom` on or before that
 * day, or null when no rate covers it. ISO dates compare correctly as strings.
 */
export function rateOn<R extends Rate>(rates: readonly R[], date: string): R | null {
  let best: R | null = null;
  for (const r of rates) {
    if (r.validFrom <= date && (!best || r.validFrom > best.validFrom)) best = r;
  }
  return best;
}

/** Cents from a typed amount in euros: "6,95", "6.95", "€ 7", "7,5". Null when it is not an amount. */
export function parseEuroAmount(text: string): number | null {
  const s = text.trim().replace(/^€\s*/, '').replace(/\s+/g, '');
  const m = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** Cents as a plain number with a decimal comma ("6,95"), for CSV files read by Dutch Excel. */
export function centsForCsv(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}
