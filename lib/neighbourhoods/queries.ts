import 'server-only';
import { asc } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { neighbourhoods } from '@/db/schema';

export interface NeighbourhoodOption {
  code: string;
  name: string;
}

/** The wijken for pick lists (public data). */
export function listNeighbourhoods(db: DbOrTx): Promise<NeighbourhoodOption[]> {
  return db
    .select({ code: neighbourhoods.code, name: neighbourhoods.name })
    .from(neighbourhoods)
    .orderBy(asc(neighbourhoods.name));
}
