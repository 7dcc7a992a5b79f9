import 'server-only';
import type { DbOrTx } from '@/db/client';
import { addDays, weekStartOf } from '@/lib/dates';
import { ASSIGNED_ME, countLeads, parseLeadListFilters } from './queries';

/**
 * A caseworker's own work on the start page: their intakes this week (Monday to Sunday, Amsterdam),
 * their leads without action for too long, and their offers waiting for a signed plan. Each figure
 * is the lead list's own count for the filters its link opens, so the number and the list agree.
 */
export const MY_WORK = ['intakesThisWeek', 'overdue', 'offersWaiting'] as const;
export type MyWorkKey = (typeof MY_WORK)[number];

export function myWorkFilters(today: string): Record<MyWorkKey, Record<string, string>> {
  const monday = weekStartOf(today);
  return {
    intakesThisWeek: { assigned: ASSIGNED_ME, intakeFrom: monday, intakeTo: addDays(monday, 6) },
    overdue: { assigned: ASSIGNED_ME, overdue: '1' },
    offersWaiting: { assigned: ASSIGNED_ME, step: 'offer' },
  };
}

export async function myWork(db: DbOrTx, userId: string, today: string, now = new Date()) {
  const filters = myWorkFilters(today);
  const counts = await Promise.all(MY_WORK.map((k) => countLeads(db, parseLeadListFilters(filters[k]), { userId, now })));
  return MY_WORK.map((key, i) => ({ key, count: counts[i]!, href: `/staff/leads?${new URLSearchParams(filters[key])}` }));
}
