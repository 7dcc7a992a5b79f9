import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { events } from '@/db/schema';
import type { AgendaRow } from './parse';

/** `events.source` of the city's agenda, whether it came as .ics or CSV. */
export const CITY_SOURCE = 'city';

export type AgendaRowStatus = 'new' | 'update' | 'unchanged';

/** The city's events already imported with these source ids, by source id. */
export async function importedEvents(db: DbOrTx, sourceIds: string[]) {
  if (!sourceIds.length) return new Map<string, { id: string; title: string; place: string; startsOn: string; endsOn: string }>();
  const rows = await db
    .select({ id: events.id, sourceId: events.sourceId, title: events.title, place: events.place, startsOn: events.startsOn, endsOn: events.endsOn })
    .from(events)
    .where(and(eq(events.source, CITY_SOURCE), inArray(events.sourceId, sourceIds)));
  return new Map(rows.map((r) => [r.sourceId!, r]));
}

/** What importing a row would do: add a new event, change the one with its source id, or nothing. */
export function statusOf(row: AgendaRow, existing: { title: string; place: string; startsOn: string; endsOn: string } | undefined): AgendaRowStatus {
  if (!existing) return 'new';
  const same = existing.title === row.title && existing.place === row.place && existing.startsOn === row.startsOn && existing.endsOn === row.endsOn;
  return same ? 'unchanged' : 'update';
}

/** The preview: every checked row with what importing it would do. */
export async function previewAgenda(db: DbOrTx, rows: AgendaRow[]): Promise<(AgendaRow & { status: AgendaRowStatus })[]> {
  const existing = await importedEvents(db, rows.map((r) => r.sourceId));
  return rows.map((r) => ({ ...r, status: statusOf(r, existing.get(r.sourceId)) }));
}
