import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle, Tx } from '@/db/client';
import { associations, auditLog, importBatches, leads, notifications, surveyAnswers, surveyInvites, surveyQuestions, surveyResponses, surveySections, surveys, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { addMonths, amsterdamMidnight, todayLocal } from '@/lib/dates';
import { createLead } from '@/lib/leads/create';
import { enqueue } from '@/lib/notifications/outbox';
import { funnel } from '@/lib/targets/queries';
import { audit } from '@/lib/audit';
import { verifyAuditChain } from '@/lib/audit/chain';
import { sealAuditChain } from '@/lib/audit/seal';
import { applyRetention } from './retention';
import { savePrivacySettings, getPrivacySettings } from './settings';

describe.each(testDrivers)('retention ($name)', ({ open }) => {
  let h: DbHandle;
  const ids: Record<string, string> = {};
  const monthsAgo = (m: number) => amsterdamMidnight(addMonths(todayLocal(), -m))!;

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'c@example.org', name: 'C', passwordHash: 'x', role: 'coordinator' }).returning({ id: users.id });
    const mk = async (key: string, phone: string, status: 'closed' | 'completed' | 'new', months: number) => {
      const r = await h.db.transaction((tx: Tx) => createLead(tx, { name: `Bewoner ${key}`, phone, language: 'ar', neighbourhood: 'other' }, { source: 'desk', duplicate: 'flag', consentVersion: 't', actorUserId: u!.id }));
      await h.db.update(leads).set({ status, lastActivityAt: monthsAgo(months) }).where(eq(leads.id, r.leadId));
      ids[key] = r.leadId;
    };
    await mk('oldClosed', '+31612000001', 'closed', 25);
    await mk('recentClosed', '+31612000002', 'closed', 23);
    await mk('oldCompleted', '+31612000003', 'completed', 30);
    await mk('oldOpen', '+31612000004', 'new', 30);
    await h.db.execute(sql`UPDATE audit_log SET at = now() - interval '61 months' WHERE seq = (SELECT min(seq) FROM audit_log)`);
    // Survey answers: written ones 25 months and 1 month old, and an old scale answer.
    const [sv] = await h.db.insert(surveys).values({ title: { nl: 'E' } }).returning({ id: surveys.id });
    const [sec] = await h.db.insert(surveySections).values({ surveyId: sv!.id, title: { nl: 'D' } }).returning({ id: surveySections.id });
    const [text, scale] = await h.db
      .insert(surveyQuestions)
      .values([
        { surveyId: sv!.id, sectionId: sec!.id, kind: 'long_text', text: { nl: 'Vertel' } },
        { surveyId: sv!.id, sectionId: sec!.id, kind: 'scale', text: { nl: 'Cijfer' } },
      ])
      .returning({ id: surveyQuestions.id });
    const [oldR, newR] = await h.db
      .insert(surveyResponses)
      .values([
        { surveyId: sv!.id, locale: 'nl', channel: 'public', submittedAt: monthsAgo(25) },
        { surveyId: sv!.id, locale: 'nl', channel: 'public', submittedAt: monthsAgo(1) },
      ])
      .returning({ id: surveyResponses.id });
    // Survey invitations e-mailed to the old closed lead and to the recent one: the outbox holds the addresses.
    for (const key of ['oldClosed', 'recentClosed']) {
      const [inv] = await h.db.insert(surveyInvites).values({ surveyId: sv!.id, leadId: ids[key]!, leadStep: 'closed' }).returning({ id: surveyInvites.id });
      await enqueue(h.db, { address: `${key}@example.org` }, { template: 'surveyInvite', params: { title: 'E', path: '/e', expires: new Date().toISOString() }, dedupeKey: `survey-invite:${inv!.id}` });
    }
    await h.db.insert(surveyAnswers).values([
      { responseId: oldR!.id, questionId: text!.id, value: 'oud verhaal' },
      { responseId: oldR!.id, questionId: scale!.id, value: '3' },
      { responseId: newR!.id, questionId: text!.id, value: 'nieuw verhaal' },
    ]);
  });
  afterAll(async () => {
    await h.close();
  });

  const nameOf = async (key: string) => (await h.db.select({ name: leads.name }).from(leads).where(eq(leads.id, ids[key]!)))[0]!.name;

  it('the dry run counts what would go and changes nothing', async () => {
    const before = await h.db.select().from(leads);
    const result = await applyRetention(h.db, { dryRun: true });
    expect(Object.fromEntries(result.map((r) => [r.kind, r.count]))).toMatchObject({ closedLeads: 1, completedLeads: 1, auditLog: 1, referralDetails: 0, surveyAnswers: 1, receipts: 0, importPreviews: 0 });
    expect(await h.db.select().from(leads)).toEqual(before);
  });

  it('the run anonymises leads two years after their last step, keeps the counts, and removes old audit entries without breaking the chain', async () => {
    const counts = await funnel(h.db);
    const auditBefore = (await h.db.select({ id: auditLog.id }).from(auditLog)).length;
    expect(await sealAuditChain(h.db)).toBe(auditBefore);
    await applyRetention(h.db);
    expect(await nameOf('oldClosed')).toBe('—');
    expect(await nameOf('oldCompleted')).toBe('—');
    expect(await nameOf('recentClosed')).toBe('Bewoner recentClosed');
    expect(await nameOf('oldOpen')).toBe('Bewoner oldOpen');
    // The anonymised lead's invitation no longer holds the address.
    expect((await h.db.select({ to: notifications.recipient_address }).from(notifications)).map((n) => n.to).sort()).toEqual([null, 'recentClosed@example.org']);
    expect(await funnel(h.db)).toEqual(counts);
    // One removed, one added (the retention's own entry).
    expect((await h.db.select({ id: auditLog.id }).from(auditLog)).length).toBe(auditBefore);
    await sealAuditChain(h.db);
    expect(await verifyAuditChain(h.db)).toMatchObject({ checked: auditBefore, pending: 0, broken: [] });
    expect((await applyRetention(h.db, { dryRun: true })).find((r) => r.kind === 'closedLeads')!.count).toBe(0);
    // The old written answer lost its text; the old scale answer and the recent text stay.
    expect((await h.db.select({ value: surveyAnswers.value }).from(surveyAnswers)).map((a) => a.value).sort()).toEqual(['3', 'nieuw verhaal', null].sort());
  });

  it('keeps an old entry that was chained after newer ones (its transaction committed late) until they go too', async () => {
    await audit(h.db, { action: 'lead.viewed', details: { late: false } });
    await sealAuditChain(h.db);
    await audit(h.db, { action: 'lead.viewed', details: { late: true } });
    // Its transaction began five years ago (at is the transaction's start) and committed now.
    await h.db.execute(sql`UPDATE audit_log SET at = now() - interval '61 months' WHERE details->>'late' = 'true'`);
    await sealAuditChain(h.db);
    expect((await applyRetention(h.db, { dryRun: true })).find((r) => r.kind === 'auditLog')!.count).toBe(0);
    await applyRetention(h.db);
    expect((await h.db.select({ id: auditLog.id }).from(auditLog).where(sql`details->>'late' = 'true'`)).length).toBe(1);
    await sealAuditChain(h.db);
    expect((await verifyAuditChain(h.db)).broken).toEqual([]);
  });

  it('deletes unconfirmed import previews after the hours in the settings (a day by default)', async () => {
    const [u] = await h.db.select({ id: users.id }).from(users);
    const [a] = await h.db.insert(associations).values({ name: 'Vereniging', community: 'x' }).returning({ id: associations.id });
    const preview = (hoursOld: number) => ({ associationId: a!.id, userId: u!.id, fileName: 'f.csv', fileSha256: 'x', status: 'previewed' as const, rowCount: 1, validCount: 1, rows: [{ name: 'Naam', phone: '+31612345678' }], createdAt: new Date(Date.now() - hoursOld * 3600 * 1000) });
    await h.db.insert(importBatches).values([preview(3), preview(1)]);
    expect((await applyRetention(h.db, { dryRun: true })).find((r) => r.kind === 'importPreviews')).toMatchObject({ period: '24 hours', count: 0 });
    const s = await getPrivacySettings(h.db);
    expect(s.importPreviewHours).toBe(24);
    await savePrivacySettings(h.db, u!.id, { ...s, importPreviewHours: 2 });
    expect((await getPrivacySettings(h.db)).importPreviewHours).toBe(2);
    expect((await applyRetention(h.db, { dryRun: true })).find((r) => r.kind === 'importPreviews')).toMatchObject({ period: '2 hours', count: 1 });
    await applyRetention(h.db);
    expect((await h.db.select({ createdAt: importBatches.createdAt }).from(importBatches)).map((b) => Math.round((Date.now() - b.createdAt.getTime()) / 3600000))).toEqual([1]);
  });

  it('follows a shorter period from the settings', async () => {
    const s = await getPrivacySettings(h.db);
    await savePrivacySettings(h.db, (await h.db.select({ id: users.id }).from(users))[0]!.id, { ...s, retention: { ...s.retention, closedLeads: 12 } });
    await applyRetention(h.db);
    expect(await nameOf('recentClosed')).toBe('—');
  });
});
