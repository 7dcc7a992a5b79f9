import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, leadEvents, leads, neighbourhoods } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { FIELD_CONSENT_VERSION } from './constants';
import { partnerOnShiftNow, registerFieldContact } from './mutations';
import { type FieldContactInput, fieldContactSchema } from './schema';
import { addAmbassador, addShift, amsterdam } from './test-helpers';

let phoneSeq = 0;
const uniquePhone = () => `06 4${String(1000000 + ++phoneSeq * 37).slice(-7)}`;

function input(extra: Partial<Record<keyof FieldContactInput, string>> = {}): FieldContactInput {
  return fieldContactSchema.parse({
    name: 'Amina El Idrissi',
    phone: uniquePhone(),
    language: 'ar',
    neighbourhood: 'meerzicht',
    wants: 'course',
    consent: 'on',
    ...extra,
  });
}

describe.each(testDrivers)('registering a field contact on $name', ({ open }) => {
  let h: DbHandle;
  let fatima: { ambassadorId: string; userId: string };
  let samira: { ambassadorId: string; userId: string };
  let rania: { ambassadorId: string; userId: string };

  beforeAll(async () => {
    h = await open();
    fatima = await addAmbassador(h, 'Fatima');
    samira = await addAmbassador(h, 'Samira');
    rania = await addAmbassador(h, 'Rania');
  });
  afterAll(async () => {
    await h?.close();
  });

  const register = (who: { ambassadorId: string; userId: string }, data: FieldContactInput, now?: Date) =>
    registerFieldContact(h.db, who, data, { now });
  const lead = async (id: string) => (await h.db.select().from(leads).where(eq(leads.id, id)))[0]!;

  it('creates a lead from the ambassador with what the person wants, consent, a "created" event and an audit entry without personal data', async () => {
    const now = amsterdam('2026-12-02T07:00'); // before any shift
    const data = input({ name: '  Amina El Idrissi ', phone: '06-12 34 56 01', wants: 'both' });
    const { leadId, partner, possibleDuplicate } = await register(fatima, data, now);
    expect(partner).toBeNull();
    expect(possibleDuplicate).toBe(false);

    const row = await lead(leadId);
    expect(row).toMatchObject({
      name: 'Amina El Idrissi',
      phone: '+31612345601',
      preferredLanguage: 'ar',
      source: 'ambassador',
      wants: 'both',
      status: 'new',
      recruitedByAmbassadorId: fatima.ambassadorId,
      partnerAmbassadorId: null,
      createdByUserId: fatima.userId,
      consentVersion: FIELD_CONSENT_VERSION,
      associationId: null,
    });
    expect(row.consentVersion).toBe('ambassador-2026-11-v1');
    expect(row.consentAt.getTime()).toBe(now.getTime());
    const [wijk] = await h.db.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.code, 'meerzicht'));
    expect(row.neighbourhoodId).toBe(wijk!.id);

    const events = await h.db.select().from(leadEvents).where(eq(leadEvents.leadId, leadId));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'created', toStatus: 'new', actorUserId: fatima.userId, meta: { source: 'ambassador' } });

    const entries = await h.db.select().from(auditLog).where(eq(auditLog.entityId, leadId));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'lead.created', actorUserId: fatima.userId, entityType: 'lead' });
    const logged = JSON.stringify(entries[0]);
    for (const personal of ['Amina', 'Idrissi', '612345601', '06-12']) expect(logged).not.toContain(personal);
  });

  it('attributes the shift partner when the ambassador is on a shift right now', async () => {
    await addShift(h, '2026-12-03', 'morning', [{ ambassadorId: fatima.ambassadorId }, { ambassadorId: samira.ambassadorId }]);
    const now = amsterdam('2026-12-03T10:15');
    const { leadId, partner } = await register(fatima, input(), now);
    expect(partner).toEqual({ id: samira.ambassadorId, name: 'Samira' });
    expect(await lead(leadId)).toMatchObject({ recruitedByAmbassadorId: fatima.ambassadorId, partnerAmbassadorId: samira.ambassadorId });

    // The partner registering on the same shift gets Fatima as partner.
    const other = await register(samira, input(), amsterdam('2026-12-03T12:29'));
    expect(await lead(other.leadId)).toMatchObject({ recruitedByAmbassadorId: samira.ambassadorId, partnerAmbassadorId: fatima.ambassadorId });
  });

  it('attributes no partner when the shift is another dagdeel, another day, or outside shift hours', async () => {
    await addShift(h, '2026-12-04', 'morning', [{ ambassadorId: fatima.ambassadorId }, { ambassadorId: samira.ambassadorId }]);
    for (const local of ['2026-12-04T12:30', '2026-12-04T19:00', '2026-12-05T10:00', '2026-12-03T23:00', '2026-12-04T07:59']) {
      const { leadId, partner } = await register(fatima, input(), amsterdam(local));
      expect(partner, local).toBeNull();
      expect((await lead(leadId)).partnerAmbassadorId, local).toBeNull();
    }
  });

  it('attributes no partner when the ambassador is alone on the shift, nor from someone else’s shift', async () => {
    await addShift(h, '2026-12-07', 'afternoon', [{ ambassadorId: fatima.ambassadorId }]);
    await addShift(h, '2026-12-07', 'afternoon', [{ ambassadorId: samira.ambassadorId }, { ambassadorId: rania.ambassadorId }]);
    const { partner } = await register(fatima, input(), amsterdam('2026-12-07T14:00'));
    expect(partner).toBeNull();
  });

  it('picks the same partner every time when several are on the shift: the earliest assigned who is not marked absent', async () => {
    const now = amsterdam('2026-12-08T18:00');
    await addShift(h, '2026-12-08', 'evening', [
      { ambassadorId: rania.ambassadorId, attended: false },
      { ambassadorId: fatima.ambassadorId },
      { ambassadorId: samira.ambassadorId },
    ]);
    for (let i = 0; i < 3; i++) expect(await partnerOnShiftNow(h.db, fatima.ambassadorId, now)).toEqual({ id: samira.ambassadorId, name: 'Samira' });
    // Without anyone marked absent, the earliest assigned wins.
    const now2 = amsterdam('2026-12-09T18:00');
    await addShift(h, '2026-12-09', 'evening', [
      { ambassadorId: rania.ambassadorId },
      { ambassadorId: fatima.ambassadorId },
      { ambassadorId: samira.ambassadorId },
    ]);
    expect(await partnerOnShiftNow(h.db, fatima.ambassadorId, now2)).toEqual({ id: rania.ambassadorId, name: 'Rania' });
  });

  it('still creates a lead when an open lead has the same number, flagged as a possible duplicate', async () => {
    const phone = uniquePhone();
    const first = await register(fatima, input({ phone, name: 'Leyla Demir' }));
    const second = await register(samira, input({ phone, name: 'Leyla D.' }));
    expect(second.leadId).not.toBe(first.leadId);
    expect(second.possibleDuplicate).toBe(true);
    const rows = await h.db.select().from(leads).where(eq(leads.phone, (await lead(first.leadId)).phone));
    expect(rows.map((r) => r.recruitedByAmbassadorId).sort()).toEqual([fatima.ambassadorId, samira.ambassadorId].sort());
  });

  it('stores "other wijk" as no wijk and refuses an unknown wijk code with a field error', async () => {
    const { leadId } = await register(fatima, input({ neighbourhood: 'other' }));
    expect((await lead(leadId)).neighbourhoodId).toBeNull();
    const before = (await h.db.select({ id: leads.id }).from(leads)).length;
    const e = await register(fatima, input({ neighbourhood: 'atlantis' })).then(() => null, (err) => err);
    expect(e).toBeInstanceOf(ActionError);
    expect((e as ActionError).fieldErrors).toEqual({ neighbourhood: 'invalidChoice' });
    expect((await h.db.select({ id: leads.id }).from(leads)).length).toBe(before);
  });
});
