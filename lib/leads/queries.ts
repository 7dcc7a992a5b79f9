import { and, count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { leads } from '@/db/schema';

/**
 * An ambassador's own contacts: first name and step only (data minimisation). Only the contacts
 * they registered in the field: self sign-ups via their link are not shown (see myContacts in
 * lib/field/queries.ts for why).
 */
export async function contactsOfAmbassador(db: DbOrTx, ambassadorId: string) {
  const rows = await db
    .select({ id: leads.id, name: leads.name, status: leads.status, createdAt: leads.createdAt })
    .from(leads)
    .where(and(eq(leads.recruitedByAmbassadorId, ambassadorId), eq(leads.source, 'ambassador')))
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
