import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors } from '@/db/schema';

/**
 * The one rule for "may this ambassador still work for the programme": the profile's status is
 * `active` (not a candidate, not stopped) AND their login is not deactivated. An ambassador without
 * any account (most of the demo's ambassadors; their printed ?ref= flyers still count) is judged on
 * the status alone; with accounts, at least one of them must be active.
 *
 * Every path that acts on an ambassador's behalf asks this: the calendar feed, the public sign-up's
 * `?ref=` attribution, registering a contact in the field and signing up for a shift.
 */
export function ambassadorActiveSql() {
  return and(
    eq(ambassadors.status, 'active'),
    sql`(not exists (select 1 from users au where au.ambassador_id = ${ambassadors.id})
      or exists (select 1 from users au where au.ambassador_id = ${ambassadors.id} and au.active))`,
  )!;
}

/** Whether the ambassador with this id exists and is active (see `ambassadorActiveSql`). */
export async function isAmbassadorActive(db: DbOrTx, ambassadorId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: ambassadors.id })
    .from(ambassadors)
    .where(and(eq(ambassadors.id, ambassadorId), ambassadorActiveSql()))
    .limit(1);
  return !!row;
}
