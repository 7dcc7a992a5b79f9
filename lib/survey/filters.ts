import { amsterdamMidnight, addDays } from '@/lib/dates';
import type { ResultFilters } from './queries';
import { resultFiltersSchema } from './schema';

/** The results' filters from searchParams (unknown values are ignored), as the queries take them. */
export function parseResultFilters(params: Record<string, string | string[] | undefined>): { form: Record<string, string>; filters: ResultFilters } {
  const one = (k: string) => (typeof params[k] === 'string' ? (params[k] as string) : undefined);
  const p = resultFiltersSchema.parse({ locale: one('locale'), from: one('from'), to: one('to'), group: one('group') });
  return {
    form: { locale: p.locale ?? '', from: p.from ?? '', to: p.to ?? '', group: p.group ?? '' },
    filters: {
      locale: p.locale ?? null,
      from: p.from ? amsterdamMidnight(p.from) : null,
      to: p.to ? amsterdamMidnight(addDays(p.to, 1)) : null,
      group: p.group ?? null,
    },
  };
}
