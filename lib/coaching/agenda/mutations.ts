import 'server-only';
import type { DbOrTx } from '@/db/client';
import { events } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { AgendaRow } from './parse';
import { CITY_SOURCE, importedEvents, statusOf } from './queries';

/**
 * Imports the city's events into the event agenda (the `events` table the shifts are planned on),
 * in one transaction: a source id seen before updates that event's title, dates and place (the
 * coordinator's own fields — kind, wijk, languages, notes — stay); a new one adds an event of kind
 * 'other'. Importing the same file twice changes nothing the second time.
 */
export async function importAgenda(db: DbOrTx, userId: string, rows: AgendaRow[]): Promise<{ created: number; updated: number; unchanged: number }> {
  return db.transaction(async (tx) => {
    const existing = await importedEvents(tx, rows.map((r) => r.sourceId));
    let created = 0;
    let updated = 0;
    for (const r of rows) {
      const status = statusOf(r, existing.get(r.sourceId));
      if (status === 'unchanged') continue;
      const values = { title: r.title, place: r.place, startsOn: r.startsOn, endsOn: r.endsOn };
      // The unique index (source, source_id) makes a concurrent import of the same event an update.
      await tx
        .insert(events)
        .values({ ...values, kind: 'other', source: CITY_SOURCE, sourceId: r.sourceId })
        .onConflictDoUpdate({ target: [events.source, events.sourceId], set: values });
      if (status === 'new') created++;
      else updated++;
    }
    const unchanged = rows.length - created - updated;
    await audit(tx, { action: 'event.imported', actorUserId: userId, entityType: 'event', details: { created, updated, unchanged } });
    return { created, updated, unchanged };
  });
}
