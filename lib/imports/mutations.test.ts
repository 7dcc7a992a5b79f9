import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { associations, auditLog, importBatches, leadEvents, leads, signalReplies, signals, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { confirmImport, previewImport } from './mutations';
import { KNOWN_NUMBER, submitContact } from '@/lib/associations/mutations';
import { createSignal } from '@/lib/signals/mutations';
import { getBatch, listBatches, openFailedRows } from './queries';
import { associationCounts, listContacts, numbersPassedOnBefore, parseContactFilters } from '@/lib/associations/queries';
import { listOwnSignals } from '@/lib/signals/queries';
import { listLeads, parseLeadListFilters } from '@/lib/leads/list/queries';
import { ASSOCIATION_CONSENT_VERSION } from '@/lib/associations/schema';

const utf8 = (s: string) => new TextEncoder().encode(s);
let seq = 0;
/** A unique, valid Dutch mobile number per call. */
const mobile = () => `06${String(20000000 + ++seq * 13).slice(-8)}`;
const e164 = (m: string) => `+31${m.slice(1)}`;

async function expectError(p: Promise<unknown>, key: string) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, `expected ActionError ${key}`).toBeInstanceOf(ActionError);
  expect((e as ActionError).key).toBe(key);
}

describe.each(testDrivers)('association contacts, files and signals on $name', ({ name, open }) => {
  let h: DbHandle;
  let A: { id: string; associationId: string };
  let B: { id: string; associationId: string };

  beforeAll(async () => {
    h = await open();
    const mk = async (label: string) => {
      const [a] = await h.db.insert(associations).values({ name: `Vereniging ${label}`, community: label }).returning({ id: associations.id });
      const [u] = await h.db
        .insert(users)
        .values({ email: `${label}-${name}@t.nl`, name: label, passwordHash: 'x', role: 'association', associationId: a!.id })
        .returning({ id: users.id });
      return { id: u!.id, associationId: a!.id };
    };
    A = await mk('afghaans');
    B = await mk('turks');
  });
  afterAll(async () => {
    await h?.close();
  });

  const leadsOf = async (associationId: string) => h.db.select().from(leads).where(eq(leads.associationId, associationId));
  const leadsOfBatch = async (batchId: string) => h.db.select().from(leads).where(eq(leads.importBatchId, batchId));
  const batchRow = async (id: string) => (await h.db.select().from(importBatches).where(eq(importBatches.id, id)))[0]!;

  /** A CSV with `good` valid rows, then one bad phone, one without a name, one repeating the first number. */
  function csv(good: number, opts: { knownPhone?: string } = {}) {
    const phones = Array.from({ length: good }, mobile);
    if (opts.knownPhone) phones[good - 1] = opts.knownPhone;
    const lines = ['naam;telefoon;taal;wijk;notitie'];
    phones.forEach((p, i) => lines.push(`Persoon ${i + 1};${p};Dari;Meerzicht;notitie ${i + 1}`));
    lines.push('Fout Nummer;06 1234;prs;meerzicht;');
    lines.push(';0687654321;prs;meerzicht;');
    lines.push(`Dubbel;${phones[0]};prs;meerzicht;`);
    return { bytes: utf8(`${lines.join('\r\n')}\r\n`), phones };
  }

  it('a single contact becomes a lead of the association and the user, with consent, event note and a personal-data-free audit entry', async () => {
    const phone = mobile();
    const id = await submitContact(h.db, A, { name: 'Farida Ahmadi', phone: e164(phone), language: 'prs', neighbourhood: 'meerzicht', note: 'Belt na 19 uur' });
    const [lead] = await h.db.select().from(leads).where(eq(leads.id, id));
    expect(lead).toMatchObject({
      source: 'association',
      associationId: A.associationId,
      createdByUserId: A.id,
      consentVersion: ASSOCIATION_CONSENT_VERSION,
      status: 'new',
      phone: e164(phone),
    });
    expect(lead!.neighbourhoodId).not.toBeNull();
    expect(Date.now() - lead!.consentAt.getTime()).toBeLessThan(60_000);
    const events = await h.db.select().from(leadEvents).where(eq(leadEvents.leadId, id));
    expect(events).toEqual([expect.objectContaining({ kind: 'created', note: 'Belt na 19 uur', actorUserId: A.id })]);
    const [entry] = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'lead.created')));
    expect(entry!.actorUserId).toBe(A.id);
    const logged = JSON.stringify(entry);
    expect(logged).not.toContain('Farida');
    expect(logged).not.toContain(phone.slice(2));
  });

  it('an unknown wijk code is refused with a field error and stores nothing', async () => {
    const before = (await leadsOf(A.associationId)).length;
    await expectError(submitContact(h.db, A, { name: 'X', phone: e164(mobile()), language: 'nl', neighbourhood: 'atlantis', note: null }), 'invalidForm');
    expect(await leadsOf(A.associationId)).toHaveLength(before);
  });

  it('the same person twice by the single form: the import warning (numbersPassedOnBefore) until the user confirms; another association is not warned', async () => {
    const phone = e164(mobile());
    const contact = { name: 'Twee Keer', phone, language: 'prs' as const, neighbourhood: 'meerzicht', note: null };
    await submitContact(h.db, A, contact);
    const before = (await leadsOf(A.associationId)).length;
    const refused = await submitContact(h.db, A, contact).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ActionError);
    expect(refused).toMatchObject({ key: KNOWN_NUMBER, fieldErrors: { confirmKnown: KNOWN_NUMBER } });
    expect(await leadsOf(A.associationId)).toHaveLength(before);
    // The import's preview says the same about this number.
    expect([...(await numbersPassedOnBefore(h.db, A.associationId, [phone, e164(mobile())]))]).toEqual([phone]);

    await submitContact(h.db, A, { ...contact, confirmKnown: true });
    expect(await leadsOf(A.associationId)).toHaveLength(before + 1);

    // A third association passing on the same number gets no warning (no oracle).
    const [c] = await h.db.insert(associations).values({ name: 'Vereniging vierde', community: 'vierde' }).returning({ id: associations.id });
    const [cu] = await h.db.insert(users).values({ email: `vierde-${name}@t.nl`, name: 'vierde', passwordHash: 'x', role: 'association', associationId: c!.id }).returning({ id: users.id });
    await expect(submitContact(h.db, { id: cu!.id, associationId: c!.id }, contact)).resolves.toEqual(expect.any(String));
  });

  it('a preview stores the valid rows and the failures with reasons, flags numbers the association passed on before, and imports nothing', async () => {
    const known = mobile();
    await submitContact(h.db, A, { name: 'Eerder Doorgegeven', phone: e164(known), language: 'prs', neighbourhood: 'meerzicht', note: null });
    const before = (await h.db.select({ n: sql<number>`count(*)::int` }).from(leads))[0]!.n;
    const { bytes } = csv(4, { knownPhone: known });
    const out = await previewImport(h.db, A, { name: 'leden.csv', bytes });
    expect(out).toEqual({ batchId: expect.any(String), rowCount: 7, validCount: 4, failedCount: 3 });

    const after = (await h.db.select({ n: sql<number>`count(*)::int` }).from(leads))[0]!.n;
    expect(after).toBe(before);
    const b = await batchRow(out.batchId);
    expect(b).toMatchObject({ status: 'previewed', associationId: A.associationId, userId: A.id, rowCount: 7, validCount: 4, importedCount: 0, importedAt: null });
    expect(b.rows).toHaveLength(4);
    expect(b.rows!.map((r) => r.known)).toEqual([null, null, null, '1']);
    expect(b.failedRows).toEqual([
      { row: 6, values: expect.objectContaining({ name: 'Fout Nummer', phone: '06 1234' }), errors: { phone: 'phoneInvalid' } },
      { row: 7, values: expect.objectContaining({ name: '' }), errors: { name: 'required' } },
      { row: 8, values: expect.objectContaining({ name: 'Dubbel' }), errors: { phone: 'associationImport.errors.duplicateInFile' }, errorValues: { 'associationImport.errors.duplicateInFile': { row: '2' } } },
    ]);
  });

  it('is no oracle: a number already in the pipeline from another source looks exactly like a new one in the preview', async () => {
    const [pub, amb, other] = [mobile(), mobile(), mobile()];
    const open = { preferredLanguage: 'nl', consentAt: new Date(), consentVersion: 't' };
    await h.db.insert(leads).values([
      { ...open, name: 'Zelf Aangemeld', phone: e164(pub), source: 'public' },
      { ...open, name: 'Via Ambassadeur', phone: e164(amb), source: 'ambassador' },
    ]);
    // Another association's contact (a third one, so the per-association counts below stay as they are).
    const [c] = await h.db.insert(associations).values({ name: 'Vereniging derde', community: 'derde' }).returning({ id: associations.id });
    const [cu] = await h.db.insert(users).values({ email: `derde-${name}@t.nl`, name: 'derde', passwordHash: 'x', role: 'association', associationId: c!.id }).returning({ id: users.id });
    await submitContact(h.db, { id: cu!.id, associationId: c!.id }, { name: 'Van Derde Vereniging', phone: e164(other), language: 'tr', neighbourhood: 'meerzicht', note: null });
    const lines = ['naam;telefoon;taal;wijk', `Een;${pub};prs;meerzicht`, `Twee;${amb};prs;meerzicht`, `Drie;${other};prs;meerzicht`, `Vier;${mobile()};prs;meerzicht`];
    const out = await previewImport(h.db, A, { name: 'leden.csv', bytes: utf8(lines.join('\r\n')) });
    const b = await batchRow(out.batchId);
    expect(b.rows!.map((r) => r.known)).toEqual([null, null, null, null]);

    // Staff still see the cross-source duplicates once imported (lead list flag).
    await confirmImport(h.db, A, out.batchId);
    const rows = (await listLeads(h.db, parseLeadListFilters({ q: pub }), { pageSize: 50 })).rows;
    expect(rows.map((r) => [r.source, r.possibleDuplicate]).sort()).toEqual([
      ['association', true],
      ['public', true],
    ]);
  });

  it('a file that cannot be read is refused with a reason on the file field and stores no batch', async () => {
    const before = (await listBatches(h.db, A.associationId, 100)).length;
    const e = await previewImport(h.db, A, { name: 'x.csv', bytes: utf8('naam;telefoon\nA;0612345678\n') }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ActionError);
    expect((e as ActionError).fieldErrors).toEqual({ file: 'associationImport.errors.missingColumns' });
    expect((e as ActionError).values).toEqual({ 'associationImport.errors.missingColumns': { columns: 'language, neighbourhood' } });
    expect(await listBatches(h.db, A.associationId, 100)).toHaveLength(before);
  });

  it('confirm imports every valid row in one go, attributed, with notes; the batch is marked imported and its rows cleared', async () => {
    const { bytes, phones } = csv(5);
    const { batchId } = await previewImport(h.db, A, { name: 'leden.csv', bytes });
    expect(await confirmImport(h.db, A, batchId)).toEqual({ imported: 5 });

    const imported = await leadsOfBatch(batchId);
    expect(imported.map((l) => l.phone).sort()).toEqual(phones.map(e164).sort());
    for (const l of imported) {
      expect(l).toMatchObject({ source: 'association', associationId: A.associationId, createdByUserId: A.id, consentVersion: ASSOCIATION_CONSENT_VERSION, preferredLanguage: 'prs' });
    }
    const notes = await h.db
      .select({ note: leadEvents.note })
      .from(leadEvents)
      .innerJoin(leads, eq(leads.id, leadEvents.leadId))
      .where(and(eq(leads.importBatchId, batchId), eq(leadEvents.kind, 'created')));
    expect(notes.map((n) => n.note).sort()).toEqual(['notitie 1', 'notitie 2', 'notitie 3', 'notitie 4', 'notitie 5']);

    const b = await batchRow(batchId);
    expect(b).toMatchObject({ status: 'imported', importedCount: 5, rows: null });
    expect(b.importedAt).toBeInstanceOf(Date);
    expect(b.failedRows).toHaveLength(3); // kept for the download
  });

  it('a failure halfway (a tampered row violates NOT NULL in the third chunk) leaves no lead of that batch, and the batch can still be confirmed after repair', async () => {
    const { bytes } = csv(6);
    const { batchId } = await previewImport(h.db, A, { name: 'leden.csv', bytes });
    const b = await batchRow(batchId);
    const tampered = b.rows!.map((r, i) => (i === 5 ? { ...r, name: null } : r));
    await h.db.update(importBatches).set({ rows: tampered }).where(eq(importBatches.id, batchId));

    // Chunks of two: rows 1–4 are inserted before row 6 fails.
    await expect(confirmImport(h.db, A, batchId, { chunkSize: 2 })).rejects.toThrow();
    expect(await leadsOfBatch(batchId)).toHaveLength(0);
    expect(await batchRow(batchId)).toMatchObject({ status: 'previewed', importedCount: 0, importedAt: null });

    await h.db.update(importBatches).set({ rows: b.rows }).where(eq(importBatches.id, batchId));
    expect(await confirmImport(h.db, A, batchId, { chunkSize: 2 })).toEqual({ imported: 6 });
    expect(await leadsOfBatch(batchId)).toHaveLength(6);
  });

  it('confirming twice imports once; the second is refused as already imported', async () => {
    const { batchId } = await previewImport(h.db, A, { name: 'leden.csv', bytes: csv(3).bytes });
    await confirmImport(h.db, A, batchId);
    await expectError(confirmImport(h.db, A, batchId), 'associationImport.errors.alreadyImported');
    expect(await leadsOfBatch(batchId)).toHaveLength(3);
    const entries = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, batchId), eq(auditLog.action, 'import.confirmed')));
    expect(entries).toHaveLength(1);
  });

  it.skipIf(name === 'pglite')('two confirms at the same moment import exactly once', async () => {
    const { batchId } = await previewImport(h.db, A, { name: 'leden.csv', bytes: csv(40).bytes });
    const results = await Promise.allSettled([confirmImport(h.db, A, batchId), confirmImport(h.db, A, batchId), confirmImport(h.db, A, batchId)]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(refused.map((r) => ((r as PromiseRejectedResult).reason as ActionError).key)).toEqual(['associationImport.errors.alreadyImported', 'associationImport.errors.alreadyImported']);
    expect(await leadsOfBatch(batchId)).toHaveLength(40);
  });

  describe('isolation between associations', () => {
    it('B cannot see, confirm or download A’s batch', async () => {
      const { batchId } = await previewImport(h.db, A, { name: 'a.csv', bytes: csv(2).bytes });
      expect(await getBatch(h.db, B.associationId, batchId)).toBeNull();
      expect(await getBatch(h.db, A.associationId, batchId)).not.toBeNull();
      // Downloading the failed rows reads and audits in one call; B's attempt finds nothing and records nothing.
      const downloads = () => h.db.select().from(auditLog).where(and(eq(auditLog.entityId, batchId), eq(auditLog.action, 'import.failed_downloaded')));
      expect(await openFailedRows(h.db, B.id, B.associationId, batchId)).toBeNull();
      expect(await downloads()).toEqual([]);
      expect((await openFailedRows(h.db, A.id, A.associationId, batchId))?.id).toBe(batchId);
      expect(await downloads()).toEqual([expect.objectContaining({ actorUserId: A.id, entityType: 'import' })]);
      expect((await listBatches(h.db, B.associationId, 100)).map((b) => b.id)).not.toContain(batchId);
      await expectError(confirmImport(h.db, B, batchId), 'associationImport.errors.batchNotFound');
      expect(await leadsOfBatch(batchId)).toHaveLength(0);
      expect((await batchRow(batchId)).status).toBe('previewed');
      await expectError(confirmImport(h.db, B, 'not-a-uuid'), 'associationImport.errors.batchNotFound');
    });

    it('contacts and counts are per association; merged duplicates are left out', async () => {
      const bPhone = mobile();
      await submitContact(h.db, B, { name: 'Mehmet Turks', phone: e164(bPhone), language: 'tr', neighbourhood: 'other', note: 'geheim' });
      const a = await listContacts(h.db, A.associationId, parseContactFilters({}));
      const b = await listContacts(h.db, B.associationId, parseContactFilters({}));
      expect(a.rows.map((r) => r.name)).not.toContain('Mehmet Turks');
      expect(b.rows.map((r) => r.name)).toEqual(['Mehmet Turks']);
      // Name, step and date only.
      expect(Object.keys(b.rows[0]!).sort()).toEqual(['createdAt', 'id', 'name', 'status']);

      const aCount = (await associationCounts(h.db, A.associationId)).submitted;
      expect(aCount).toBe(a.total);
      const [victim] = await leadsOf(A.associationId);
      await h.db.update(leads).set({ mergedIntoId: victim!.id }).where(eq(leads.id, victim!.id));
      expect((await associationCounts(h.db, A.associationId)).submitted).toBe(aCount - 1);
      expect((await listContacts(h.db, A.associationId, parseContactFilters({}))).rows.map((r) => r.id)).not.toContain(victim!.id);
      await h.db.update(leads).set({ mergedIntoId: null }).where(eq(leads.id, victim!.id));
    });

    it('signals: each association sees only its own, with replies and status', async () => {
      const sa = await createSignal(h.db, A, { kind: 'concern', text: 'Zorg over de wachtlijst' });
      const sb = await createSignal(h.db, B, { kind: 'potential_participants', text: 'Vijf moeders willen starten' });
      await h.db.insert(signalReplies).values({ signalId: sa, text: 'We bellen u deze week' });
      await h.db.update(signals).set({ status: 'handled', handledAt: new Date() }).where(eq(signals.id, sa));

      const la = await listOwnSignals(h.db, A.associationId);
      const lb = await listOwnSignals(h.db, B.associationId);
      expect(la.map((s) => s.id)).toEqual([sa]);
      expect(lb.map((s) => s.id)).toEqual([sb]);
      expect(la[0]).toMatchObject({ status: 'handled', replies: [expect.objectContaining({ text: 'We bellen u deze week' })] });
      expect(lb[0]).toMatchObject({ status: 'new', replies: [] });
      const [entry] = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, sa), eq(auditLog.action, 'signal.created')));
      expect(JSON.stringify(entry)).not.toContain('wachtlijst');
    });
  });

  it('contacts filter by step and period, and paginate', async () => {
    const C = await (async () => {
      const [a] = await h.db.insert(associations).values({ name: 'Filter', community: 'f' }).returning({ id: associations.id });
      const [u] = await h.db.insert(users).values({ email: `f-${name}@t.nl`, name: 'F', passwordHash: 'x', role: 'association', associationId: a!.id }).returning({ id: users.id });
      return { id: u!.id, associationId: a!.id };
    })();
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push(await submitContact(h.db, C, { name: `C${i}`, phone: e164(mobile()), language: 'nl', neighbourhood: 'other', note: null }));
    await h.db.update(leads).set({ status: 'plan_signed', planSignedOn: '2026-01-10' }).where(eq(leads.id, ids[0]!));
    await h.db.update(leads).set({ createdAt: new Date('2025-03-15T10:00:00Z') }).where(eq(leads.id, ids[1]!));

    const all = await listContacts(h.db, C.associationId, parseContactFilters({}));
    expect(all).toMatchObject({ total: 30, page: 1, pageCount: 2 });
    expect(all.rows).toHaveLength(25);
    const p2 = await listContacts(h.db, C.associationId, parseContactFilters({ page: '2' }));
    expect(p2.rows).toHaveLength(5);
    expect(new Set([...all.rows, ...p2.rows].map((r) => r.id)).size).toBe(30);

    const signed = await listContacts(h.db, C.associationId, parseContactFilters({ step: 'plan_signed' }));
    expect(signed.rows.map((r) => r.name)).toEqual(['C0']);
    const march = await listContacts(h.db, C.associationId, parseContactFilters({ from: '2025-03-15', to: '2025-03-15' }));
    expect(march.rows.map((r) => r.name)).toEqual(['C1']);
    const since = await listContacts(h.db, C.associationId, parseContactFilters({ from: '2025-03-16' }));
    expect(since.total).toBe(29);
    // Unusable filters are dropped, never an error.
    expect(parseContactFilters({ step: 'bogus', from: '15-03-2025', page: '-3' })).toEqual({ step: undefined, from: undefined, to: undefined, page: 1 });
    expect(await associationCounts(h.db, C.associationId)).toEqual({ submitted: 30, inProgress: 29, planSigned: 1 });
  });
});
