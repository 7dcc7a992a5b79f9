import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, auditLog, languageProviders, leadEvents, leads, providerCourses } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { signedInPeriod } from '@/lib/targets/queries';
import { createUser } from '@/lib/users/mutations';
import { confirmDropped, confirmOffer, confirmProgress, confirmSigned, nominateAmbassador, saveCourse, type ProviderActor } from './mutations';
import { courseOptions, listCourses, listProviderResidents, openProviderResident } from './queries';
import { courseSchema, droppedSchema, nominateSchema, offerSchema, progressSchema, signedSchema } from './schema';

let seq = 0;
const phone = () => `+316${String(41000000 + ++seq * 7).slice(-8)}`;

describe.each(testDrivers)('language providers on $name', ({ name, open }) => {
  let h: DbHandle;
  let a: ProviderActor;
  let b: ProviderActor;
  let courseA: string;
  let courseB: string;

  beforeAll(async () => {
    h = await open();
    const [pa, pb] = await h.db.insert(languageProviders).values([{ name: `A ${name}` }, { name: `B ${name}` }]).returning();
    const ua = await createUser(h.db, { email: `pa-${name}@t.nl`, name: 'Aanbieder A', role: 'provider', password: 'a-long-password', providerId: pa!.id });
    const ub = await createUser(h.db, { email: `pb-${name}@t.nl`, name: 'Aanbieder B', role: 'provider', password: 'a-long-password', providerId: pb!.id });
    a = { userId: ua, providerId: pa!.id };
    b = { userId: ub, providerId: pb!.id };
    const course = (extra: Record<string, string>) => courseSchema.parse({ name: 'NT2 A2', level: 'A2', place: 'Wijkcentrum', schedule: 'ma 9.00-11.00', placesLeft: '5', free: 'on', ...extra });
    courseA = await saveCourse(h.db, { userId: ua, providerId: pa!.id }, course({}));
    courseB = await saveCourse(h.db, { userId: ub, providerId: pb!.id }, course({ name: 'B1-route', level: 'B1' }));
  });
  afterAll(async () => {
    await h?.close();
  });

  async function newLead(extra: Partial<typeof leads.$inferInsert> = {}) {
    const [l] = await h.db
      .insert(leads)
      .values({ name: 'Sara Test', phone: phone(), preferredLanguage: 'ar', source: 'public', consentAt: new Date(), consentVersion: 't', status: 'intake', ...extra })
      .returning();
    return l!;
  }
  const reload = async (id: string) => (await h.db.select().from(leads).where(eq(leads.id, id)))[0]!;
  const errorOf = async (p: Promise<unknown>) => {
    const e = await p.then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(ActionError);
    return (e as ActionError).key;
  };

  describe('isolation', () => {
    it('lists only the residents referred to the own provider: not another provider\'s, not those referred to none', async () => {
      const mine = await newLead({ providerId: a.providerId, name: 'Mina Eigen' });
      const theirs = await newLead({ providerId: b.providerId, name: 'Bart Ander' });
      const nobody = await newLead({ name: 'Nora Niemand' });
      const merged = await newLead({ providerId: a.providerId, mergedIntoId: mine.id });
      const ids = (await listProviderResidents(h.db, a.providerId)).map((r) => r.id);
      expect(ids).toContain(mine.id);
      expect(ids).not.toContain(theirs.id);
      expect(ids).not.toContain(nobody.id);
      expect(ids).not.toContain(merged.id);
      expect((await listProviderResidents(h.db, b.providerId)).map((r) => r.id)).toEqual([theirs.id]);
    });

    it('opens only an own resident, and audits that view; another provider gets nothing and leaves no trace', async () => {
      const mine = await newLead({ providerId: a.providerId });
      const record = await openProviderResident(h.db, a, mine.id);
      expect(record?.phone).toBe(mine.phone);
      expect(record).not.toHaveProperty('barriers');
      const views = await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'lead.viewed'), eq(auditLog.entityId, mine.id)));
      expect(views.map((v) => v.actorUserId)).toEqual([a.userId]);
      expect(await openProviderResident(h.db, b, mine.id)).toBeNull();
      const after = await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'lead.viewed'), eq(auditLog.entityId, mine.id)));
      expect(after).toHaveLength(1);
    });

    it('refuses every confirmation on another provider\'s resident or one referred to none, and changes nothing', async () => {
      for (const other of [await newLead({ providerId: b.providerId, status: 'offer' }), await newLead({ status: 'offer' })]) {
        expect(await errorOf(confirmSigned(h.db, a, signedSchema.parse({ leadId: other.id, version: '1', planSignedOn: '2026-11-20' })))).toBe('leadNotFound');
        expect(await errorOf(confirmOffer(h.db, a, offerSchema.parse({ leadId: other.id, version: '1', courseId: courseA, offerOn: '2026-11-20' })))).toBe('leadNotFound');
        expect(await errorOf(confirmProgress(h.db, a, progressSchema.parse({ leadId: other.id, version: '1', step: 'started' })))).toBe('leadNotFound');
        expect(await errorOf(confirmDropped(h.db, a, droppedSchema.parse({ leadId: other.id, version: '1', reason: 'Verhuisd' })))).toBe('leadNotFound');
        const row = await reload(other.id);
        expect(row).toMatchObject({ status: 'offer', version: 1, planSignedOn: null });
      }
    });

    it('cannot offer another provider\'s course, nor edit it', async () => {
      const mine = await newLead({ providerId: a.providerId });
      const err = (await confirmOffer(h.db, a, offerSchema.parse({ leadId: mine.id, version: '1', courseId: courseB, offerOn: '2026-11-20' })).catch((e: unknown) => e)) as ActionError;
      expect(err.fieldErrors).toEqual({ courseId: 'providers.errors.courseNotFound' });
      expect((await reload(mine.id)).status).toBe('intake');
      const edit = courseSchema.parse({ courseId: courseB, name: 'Overgenomen', level: 'A1', place: 'x', schedule: 'x', placesLeft: '0' });
      expect(await errorOf(saveCourse(h.db, a, edit))).toBe('providers.errors.courseNotFound');
      const [c] = await h.db.select().from(providerCourses).where(eq(providerCourses.id, courseB));
      expect(c!.name).toBe('B1-route');
    });
  });

  describe('confirmations move the step with the provider as the actor', () => {
    it('offer → plan signed → started → completed, each a forward step in the history by the provider', async () => {
      const lead = await newLead({ providerId: a.providerId });
      const offered = await confirmOffer(h.db, a, offerSchema.parse({ leadId: lead.id, version: '1', courseId: courseA, offerOn: '2026-11-02', courseStartOn: '2026-12-07' }));
      expect(offered).toMatchObject({ status: 'offer', courseId: courseA, offerOn: '2026-11-02', courseStartOn: '2026-12-07' });
      expect(offered.courseType).toContain('NT2 A2');
      const signed = await confirmSigned(h.db, a, signedSchema.parse({ leadId: lead.id, version: String(offered.version), planSignedOn: '2026-11-10' }));
      expect(signed).toMatchObject({ status: 'plan_signed', planSignedOn: '2026-11-10' });
      const started = await confirmProgress(h.db, a, progressSchema.parse({ leadId: lead.id, version: String(signed.version), step: 'started' }));
      const done = await confirmProgress(h.db, a, progressSchema.parse({ leadId: lead.id, version: String(started.version), step: 'completed' }));
      expect(done.status).toBe('completed');
      const steps = await h.db.select().from(leadEvents).where(and(eq(leadEvents.leadId, lead.id), eq(leadEvents.kind, 'status_change')));
      expect(steps.map((s) => [s.toStatus, s.actorUserId])).toEqual([
        ['offer', a.userId],
        ['plan_signed', a.userId],
        ['started', a.userId],
        ['completed', a.userId],
      ]);
      const audited = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, lead.id), eq(auditLog.action, 'lead.updated')));
      expect(audited.every((e) => e.actorUserId === a.userId)).toBe(true);
      expect(audited.length).toBeGreaterThanOrEqual(4);
    });

    it('a signed plan counts in the target figure of its period', async () => {
      const period = { startsOn: '2031-01-01', endsOn: '2031-06-30' };
      const before = await signedInPeriod(h.db, period);
      const lead = await newLead({ providerId: a.providerId, status: 'offer' });
      await confirmSigned(h.db, a, signedSchema.parse({ leadId: lead.id, version: '1', planSignedOn: '2031-02-03' }));
      expect(await signedInPeriod(h.db, period)).toBe(before + 1);
    });

    it('keeps the step rules: forward only, at the version the provider saw, a closed lead stays closed', async () => {
      const lead = await newLead({ providerId: a.providerId, status: 'plan_signed', planSignedOn: '2026-10-01' });
      expect(await errorOf(confirmSigned(h.db, a, signedSchema.parse({ leadId: lead.id, version: '1', planSignedOn: '2026-10-02' })))).toBe('notForward');
      expect(await errorOf(confirmProgress(h.db, a, progressSchema.parse({ leadId: lead.id, version: '7', step: 'started' })))).toBe('conflict');
      const noPlan = await newLead({ providerId: a.providerId, status: 'offer' });
      expect(await errorOf(confirmProgress(h.db, a, progressSchema.parse({ leadId: noPlan.id, version: '1', step: 'started' })))).toBe('signedDateRequired');
      const dropped = await confirmDropped(h.db, a, droppedSchema.parse({ leadId: lead.id, version: '1', reason: 'Werkt nu overdag' }));
      expect(dropped).toMatchObject({ status: 'closed', closeReason: 'other' });
      const [ev] = await h.db.select().from(leadEvents).where(and(eq(leadEvents.leadId, lead.id), eq(leadEvents.toStatus, 'closed')));
      expect(ev).toMatchObject({ actorUserId: a.userId, note: 'Werkt nu overdag', fromStatus: 'plan_signed' });
      expect(await errorOf(confirmProgress(h.db, a, progressSchema.parse({ leadId: lead.id, version: String(dropped.version), step: 'started' })))).toBe('notOpen');
    });
  });

  describe('the catalogue', () => {
    it('a provider sees and keeps its own courses; the project worker all; ambassadors and staff get the open ones', async () => {
      expect((await listCourses(h.db, a.providerId)).map((c) => c.id)).toEqual([courseA]);
      const all = (await listCourses(h.db, null)).map((c) => c.id);
      expect(all).toEqual(expect.arrayContaining([courseA, courseB]));
      await saveCourse(h.db, { userId: a.userId, providerId: null }, courseSchema.parse({ courseId: courseB, providerId: b.providerId, name: 'B1-route', level: 'B1', place: 'x', schedule: 'x', placesLeft: '0', active: 'false' }));
      const open = (await courseOptions(h.db)).map((c) => c.id);
      expect(open).toContain(courseA);
      expect(open).not.toContain(courseB);
      expect((await courseOptions(h.db, courseB)).map((c) => c.id)).toContain(courseB);
    });
  });

  describe('nominating an ambassador', () => {
    it('lands in the corps as a candidate from this provider, with the motivation; consent and a way to reach them are required', async () => {
      const id = await nominateAmbassador(h.db, a, nominateSchema.parse({ name: 'Yasmina B.', phone: '06 12345678', languages: ['ar', 'nl'], motivation: 'Helpt al in de klas', consent: 'on' }));
      const [row] = await h.db.select().from(ambassadors).where(eq(ambassadors.id, id));
      expect(row).toMatchObject({ status: 'candidate', source: 'provider', nominatedByProviderId: a.providerId, nominationMotivation: 'Helpt al in de klas', displayName: 'Yasmina B.' });
      const noConsent = nominateSchema.safeParse({ name: 'X', phone: '06 12345678', motivation: 'm' });
      expect(noConsent.success).toBe(false);
      expect(noConsent.error?.issues.map((i) => i.message)).toContain('providers.errors.consentRequired');
      const noContact = nominateSchema.safeParse({ name: 'X', motivation: 'm', consent: 'on' });
      expect(noContact.error?.issues.map((i) => i.message)).toContain('providers.errors.contactRequired');
    });
  });
});
