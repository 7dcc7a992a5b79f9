import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle, Tx } from '@/db/client';
import { ambassadors, contactAttempts, importBatches, leadEvents, leads, notifications, organization, participantReferralLinks, participantReferrals, referralEvents, referrals, service, signalLeads, signals, associations, surveyAnswers, surveyInvites, surveyQuestions, surveyResponses, surveySections, surveys, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { rowsOf } from '@/db/client';
import { createLead } from '@/lib/leads/create';
import { enqueue } from '@/lib/notifications/outbox';
import { funnel, signedByAmbassador, signupsThisWeek } from '@/lib/targets/queries';
import { associationCounts, associationResults } from '@/lib/associations/queries';
import { todayLocal } from '@/lib/dates';
import { PERSON_COLLECTORS } from './collectors';
import { approveErasure, receiveWithdrawal, rejectErasure, requestErasure, verifyWithdrawal } from './mutations';
import { collectPerson, findSubject, listRequests } from './queries';

const NAME = 'Zainab Qoraishi';
const PHONE = '+31612398765';
const OTHER = 'Pieter Verhoeven';
const OTHER_PHONE = '+31687654321';

/** Every text, varchar and jsonb column of every table (found in information_schema) holding `needle`. */
async function tracesOf(h: DbHandle, needles: string[]): Promise<string[]> {
  const cols = rowsOf<{ table_name: string; column_name: string }>(
    await h.db.execute(sql`
      SELECT c.table_name, c.column_name FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND (c.data_type IN ('text', 'character varying', 'jsonb', 'json') OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))`),
  );
  expect(cols.length).toBeGreaterThan(50);
  const hits: string[] = [];
  for (const { table_name, column_name } of cols) {
    for (const needle of needles) {
      const r = rowsOf<{ n: number }>(
        await h.db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table_name)} WHERE ${sql.identifier(column_name)}::text ILIKE ${'%' + needle + '%'}`),
      );
      if (Number(r[0]!.n) > 0) hits.push(`${table_name}.${column_name} ~ ${needle}`);
    }
  }
  return hits;
}

describe.each(testDrivers)('privacy: find, export, erase ($name)', ({ open }) => {
  let h: DbHandle;
  let coordinatorA: string;
  let coordinatorB: string;
  let personLead: string;
  let mergedLead: string;
  let otherLead: string;
  let surveyChoice: string;
  let recruiter: string;
  let partner: string;
  let association: string;

  beforeAll(async () => {
    h = await open();
    const [a, b] = await h.db
      .insert(users)
      .values([
        { email: 'a@example.org', name: 'Coördinator A', passwordHash: 'x', role: 'coordinator' },
        { email: 'b@example.org', name: 'Coördinator B', passwordHash: 'x', role: 'coordinator' },
      ])
      .returning({ id: users.id });
    coordinatorA = a!.id;
    coordinatorB = b!.id;
    const mk = (name: string, phone: string, note: string) =>
      h.db.transaction(async (tx: Tx) => {
        const r = await createLead(tx, { name, phone, language: 'ar', neighbourhood: 'other', note }, { source: 'desk', duplicate: 'flag', consentVersion: 'test:1', actorUserId: coordinatorA });
        return r.leadId;
      });
    personLead = await mk(NAME, PHONE, `Gesproken met ${NAME}`);
    otherLead = await mk(OTHER, OTHER_PHONE, `Gesproken met ${OTHER}`);
    // An earlier sign-up of the same person under another number, merged into the first.
    mergedLead = await mk('Zainab Q.', '+31611122233', 'eerder aangemeld');
    await h.db.update(leads).set({ mergedIntoId: personLead, email: 'zainab@example.org' }).where(sql`${leads.id} = ${mergedLead}`);
    await h.db.insert(contactAttempts).values([
      { leadId: personLead, at: new Date(), channel: 'phone', outcome: 'reached', note: `${NAME} belt terug op 06-12398765`, actorUserId: coordinatorA },
      { leadId: otherLead, at: new Date(), channel: 'phone', outcome: 'reached', note: 'other', actorUserId: coordinatorA },
    ]);
    const [org] = await h.db.insert(organization).values({ name: 'Buurthuis', description: 'x' }).returning({ id: organization.id });
    const [svc] = await h.db.insert(service).values({ organization_id: org!.id, name: 'Taalcafé' }).returning({ id: service.id });
    const [ref] = await h.db
      .insert(referrals)
      .values([
        { service_id: svc!.id, lead_id: personLead, consent_at: new Date(), referred_by_user_id: coordinatorA, contact_preference: 'phone', status_reason: `${NAME} wil 's avonds` },
        { service_id: svc!.id, first_name: 'Zainab', phone: PHONE, consent_at: new Date(), referred_by_user_id: coordinatorA, contact_preference: 'phone' },
        { service_id: svc!.id, first_name: 'Pieter', phone: OTHER_PHONE, consent_at: new Date(), referred_by_user_id: coordinatorA, contact_preference: 'phone' },
      ])
      .returning({ id: referrals.id });
    await h.db.insert(referralEvents).values({ referral_id: ref!.id, to_status: 'sent', actor_user_id: coordinatorA, note: `gebeld met ${NAME}` });
    const [assoc] = await h.db.insert(associations).values({ name: 'Vereniging', community: 'x' } as typeof associations.$inferInsert).returning({ id: associations.id });
    const [sig] = await h.db.insert(signals).values({ associationId: assoc!.id, userId: coordinatorA, kind: 'potential_participants', text: `${NAME} (0612398765) wil een cursus` } as typeof signals.$inferInsert).returning({ id: signals.id });
    await h.db.insert(signalLeads).values({ signalId: sig!.id, leadId: personLead });
    // The person was recruited by an ambassador pair for the association and signed a plan today.
    const [r1, r2] = await h.db.insert(ambassadors).values([{ displayName: 'Amal', referralCode: 'AMAL01' }, { displayName: 'Bram', referralCode: 'BRAM01' }]).returning({ id: ambassadors.id });
    recruiter = r1!.id;
    partner = r2!.id;
    association = assoc!.id;
    await h.db
      .update(leads)
      .set({ recruitedByAmbassadorId: recruiter, partnerAmbassadorId: partner, associationId: association, status: 'plan_signed', planSignedOn: todayLocal() })
      .where(sql`${leads.id} = ${personLead}`);
    await h.db.insert(importBatches).values({
      associationId: assoc!.id,
      userId: coordinatorA,
      fileName: 'lijst.csv',
      fileSha256: 'x',
      rowCount: 2,
      validCount: 0,
      failedRows: [
        { row: 2, values: { naam: NAME, telefoon: '06 1239 8765' }, errors: { taal: 'x' } },
        { row: 3, values: { naam: OTHER, telefoon: '0687654321' }, errors: { taal: 'x' } },
      ],
    });
    await h.db.insert(leadEvents).values({ leadId: personLead, kind: 'note', note: `${NAME} komt dinsdag` });
    // The person brought the other resident along with their participant link.
    const [link] = await h.db.insert(participantReferralLinks).values({ leadId: personLead, code: 'PX7Q2M' }).returning({ id: participantReferralLinks.id });
    await h.db.insert(participantReferrals).values({ leadId: otherLead, participantLeadId: personLead, linkId: link!.id });
    // A personal survey link: one free-text answer naming the person, one choice.
    const [survey] = await h.db.insert(surveys).values({ title: { nl: 'Enquête' } }).returning({ id: surveys.id });
    const [section] = await h.db.insert(surveySections).values({ surveyId: survey!.id, title: { nl: 'Deel 1' } }).returning({ id: surveySections.id });
    const [freeText, choice] = await h.db
      .insert(surveyQuestions)
      .values([
        { surveyId: survey!.id, sectionId: section!.id, position: 0, kind: 'long_text', text: { nl: 'Vertel' } },
        { surveyId: survey!.id, sectionId: section!.id, position: 1, kind: 'scale', text: { nl: 'Cijfer' } },
      ])
      .returning({ id: surveyQuestions.id });
    const [invite] = await h.db.insert(surveyInvites).values({ surveyId: survey!.id, leadId: personLead, leadStep: 'course_started', usedAt: new Date() }).returning({ id: surveyInvites.id });
    const [resp] = await h.db.insert(surveyResponses).values({ surveyId: survey!.id, locale: 'nl', channel: 'personal', inviteId: invite!.id }).returning({ id: surveyResponses.id });
    surveyChoice = choice!.id;
    // The invitation went out by e-mail: the outbox holds the address (as lib/survey sends it).
    await h.db.update(leads).set({ email: 'zainab.q@example.org' }).where(sql`${leads.id} = ${personLead}`);
    await enqueue(h.db, { address: 'zainab.q@example.org', locale: 'en' }, { template: 'surveyInvite', params: { title: 'Enquête', path: '/enquete/x', expires: new Date().toISOString() }, dedupeKey: `survey-invite:${invite!.id}` });
    await enqueue(h.db, { address: 'pieter@example.org', locale: 'en' }, { template: 'surveyInvite', params: { title: 'Enquête', path: '/enquete/y', expires: new Date().toISOString() }, dedupeKey: 'survey-invite:other' });
    await h.db.insert(surveyAnswers).values([
      { responseId: resp!.id, questionId: freeText!.id, value: `Ik ben ${NAME}, bel 0612398765` },
      { responseId: resp!.id, questionId: choice!.id, value: '4' },
    ]);
  });
  afterAll(async () => {
    await h.close();
  });

  it('finds the person by phone (any notation) or by name, merged leads included', async () => {
    const byPhone = await findSubject(h.db, { phone: '06-12 39 87 65' });
    expect(byPhone.leadIds.sort()).toEqual([personLead, mergedLead].sort());
    const byName = await findSubject(h.db, { name: '  zainab   qoraishi ' });
    expect(byName.leadIds.sort()).toEqual([personLead, mergedLead].sort());
    expect(byName.phones).toContain(PHONE);
  });

  it('exports every table\'s rows about the person and nothing of anyone else', async () => {
    const data = await collectPerson(h.db, await findSubject(h.db, { phone: PHONE }));
    const by = Object.fromEntries(data.tables.map((t) => [t.table, t.rows]));
    expect(data.tables.map((t) => t.table)).toEqual(PERSON_COLLECTORS.map((c) => c.table));
    expect(by.leads).toHaveLength(2);
    expect(by.lead_events!.length).toBeGreaterThanOrEqual(3);
    expect(by.contact_attempts).toHaveLength(1);
    expect(by.referrals).toHaveLength(2);
    expect(by.referral_events).toHaveLength(1);
    expect(by.signal_leads).toHaveLength(1);
    expect(by.signals).toHaveLength(1);
    expect(by.import_batches).toHaveLength(1);
    expect((by.import_batches![0] as { failedRows: unknown[] }).failedRows).toHaveLength(1);
    expect(by.audit_log!.length).toBeGreaterThanOrEqual(2);
    expect(by.participant_referral_links).toHaveLength(1);
    expect(by.participant_referrals).toHaveLength(1);
    expect(by.survey_invites).toHaveLength(1);
    expect(by.survey_responses).toHaveLength(1);
    expect(by.survey_answers).toHaveLength(2);
    expect(by.notifications).toHaveLength(1);
    const json = JSON.stringify(data);
    expect(json).toContain(NAME);
    expect(json).not.toContain(OTHER);
    expect(json).not.toContain(OTHER_PHONE);
    expect(json).not.toContain('pieter@');
    expect(json).not.toContain(otherLead);
  });

  it('erases only with a second coordinator; afterwards no text column of any table holds the name or number, and the counts stay', async () => {
    const today = todayLocal();
    const counts = async () => ({
      funnel: await funnel(h.db),
      week: await signupsThisWeek(h.db),
      // Attribution: per ambassador (both rules) and per association.
      byAmbassador: Object.fromEntries(await signedByAmbassador(h.db, { startsOn: today, endsOn: today, pairRule: 'both' })),
      association: { counts: await associationCounts(h.db, association), results: await associationResults(h.db, association) },
    });
    const before = await counts();
    expect(before.byAmbassador).toEqual({ [recruiter]: 1, [partner]: 1 });
    expect(before.association.counts).toMatchObject({ submitted: 1, planSigned: 1 });
    const id = await requestErasure(h.db, coordinatorA, { phone: PHONE });
    expect((await listRequests(h.db)).find((r) => r.id === id)).toMatchObject({ kind: 'erasure', status: 'awaiting_approval', overdue: false });
    await expect(approveErasure(h.db, coordinatorA, id)).rejects.toMatchObject({ key: 'privacyRights.errors.ownRequest' });
    expect(await tracesOf(h, [NAME, 'Zainab', '12398765'])).not.toEqual([]);
    await approveErasure(h.db, coordinatorB, id);
    expect(await tracesOf(h, [NAME, 'Zainab', '12398765', '1239 8765', 'zainab@', 'zainab.q@'])).toEqual([]);
    // The invitation not sent yet will not go out any more; the other resident's still will.
    expect((await h.db.select({ status: notifications.status, to: notifications.recipient_address }).from(notifications)).map((n) => `${n.status} ${n.to}`).sort()).toEqual(['failed null', 'pending pieter@example.org']);
    // The person's link no longer brings anyone in; who came through it still counts.
    expect((await h.db.select().from(participantReferralLinks))[0]!.revokedAt).not.toBeNull();
    expect(await h.db.select().from(participantReferrals)).toHaveLength(1);
    // The survey's scale answer still counts; the free text is gone.
    expect((await h.db.select({ value: surveyAnswers.value }).from(surveyAnswers).where(sql`${surveyAnswers.questionId} = ${surveyChoice}`)).map((r) => r.value)).toEqual(['4']);
    expect(await tracesOf(h, [OTHER, OTHER_PHONE])).not.toEqual([]);
    expect(await counts()).toEqual(before);
    const [row] = rowsOf<{ n: number }>(await h.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'privacy.erasure_approved' AND entity_id = ${id}`));
    expect(Number(row!.n)).toBe(1);
    await expect(rejectErasure(h.db, coordinatorA, id)).rejects.toMatchObject({ key: 'privacyRights.errors.notWaiting' });
  });

  it('a withdrawal from the public page waits for the phone check, then stops contact and waits for the erasure', async () => {
    await receiveWithdrawal(h.db, OTHER_PHONE);
    const req = (await listRequests(h.db)).find((r) => r.kind === 'withdrawal')!;
    expect(req).toMatchObject({ status: 'open', channel: 'public' });
    await verifyWithdrawal(h.db, coordinatorA, req.id);
    const [lead] = await h.db.select({ status: leads.status }).from(leads).where(sql`${leads.id} = ${otherLead}`);
    expect(lead!.status).toBe('closed');
    await approveErasure(h.db, coordinatorB, req.id);
    expect(await tracesOf(h, [OTHER, '87654321'])).toEqual([]);
  });

  it('shows a request as overdue after one month', async () => {
    const later = new Date(Date.now() + 40 * 24 * 3600 * 1000);
    await receiveWithdrawal(h.db, '+31600000001');
    const rows = await listRequests(h.db, later);
    expect(rows.find((r) => r.status === 'open')!.overdue).toBe(true);
  });
});
