import { and, count, desc, eq, gte, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { leads, neighbourhoods } from '@/db/schema';
import { CLOSED_STATUSES, type LeadStatus } from './steps';

export interface StaffOverview {
  open: number;
  newThisWeek: number;
  plansSigned: number;
  recent: { id: string; createdAt: Date; source: string; status: LeadStatus; wijk: string | null }[];
}

/** Headline figures for the staff start page (no personal data). */
export async function staffOverview(db: DbOrTx, now = new Date()): Promise<StaffOverview> {
  const weekAgo = new Date(now.getTime() - 7 * 24 * 3600 * 1000);
  const [[open], [fresh], [signed], recent] = await Promise.all([
    db.select({ n: count() }).from(leads).where(notInArray(leads.status, [...CLOSED_STATUSES])),
    db.select({ n: count() }).from(leads).where(gte(leads.createdAt, weekAgo)),
    db.select({ n: count() }).from(leads).where(eq(leads.status, 'plan_signed')),
    db
      .select({ id: leads.id, createdAt: leads.createdAt, source: leads.source, status: leads.status, wijk: neighbourhoods.name })
      .from(leads)
      .leftJoin(neighbourhoods, eq(leads.neighbourhoodId, neighbourhoods.id))
      .orderBy(desc(leads.createdAt))
      .limit(10),
  ]);
  return { open: open!.n, newThisWeek: fresh!.n, plansSigned: signed!.n, recent };
}

/** An ambassador's own contacts: first name and step only (data minimisation). */
export async function contactsOfAmbassador(db: DbOrTx, ambassadorId: string) {
  const rows = await db
    .select({ id: leads.id, name: leads.name, status: leads.status, createdAt: leads.createdAt })
    .from(leads)
    .where(eq(leads.recruitedByAmbassadorId, ambassadorId))
    .orderBy(desc(leads.createdAt))
    .limit(200);
  return rows.map((r) => ({ id: r.id, firstName: r.name.split(/\s+/)[0] ?? '', status: r.status, createdAt: r.createdAt }));
}

/** How many contacts an association passed on. */
export async function contactCountOfAssociation(db: DbOrTx, associationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(leads)
    .where(and(eq(leads.associationId, associationId)));
  return row!.n;
}
