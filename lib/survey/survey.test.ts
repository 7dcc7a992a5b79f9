import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, auditLog, leads, surveyAnswers, surveyInvites, surveyResponses, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { fieldName, readAnswers } from './logic';
import { addQuestion, addSection, createInvites, saveSurvey, setSurveyStatus, submitResponse } from './mutations';
import { listSurveys, loadSurvey, rulesOf, surveyCandidates, surveyResults } from './queries';
import { questionSchema, sectionSchema, surveySchema } from './schema';

async function errorKey(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof ActionError) return e.key;
    throw e;
  }
}

describe.each(testDrivers)('the survey on $name', ({ open }) => {
  let h: DbHandle;
  let coordinatorId: string;
  let surveyId: string;
  let finished: string;
  let why: string;
  let rate: string;

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'coord@survey.test', name: 'Marco', role: 'coordinator', passwordHash: 'x' }).returning({ id: users.id });
    coordinatorId = u!.id;
    surveyId = await saveSurvey(h.db, coordinatorId, surveySchema.parse({ title_nl: 'Enquête', title_ar: 'استبيان', durationMinutes: '8', asksForHelpers: 'on' }));
    const s1 = await addSection(h.db, coordinatorId, sectionSchema.parse({ surveyId, title_nl: 'De cursus' }));
    const s2 = await addSection(h.db, coordinatorId, sectionSchema.parse({ surveyId, title_nl: 'Daarna' }));
    finished = await addQuestion(h.db, coordinatorId, questionSchema.parse({ surveyId, sectionId: s1, kind: 'single', required: 'on', text_nl: 'Cursus afgemaakt?', options_nl: 'Ja\nNee', options_ar: 'نعم\nلا' }));
    why = await addQuestion(h.db, coordinatorId, questionSchema.parse({ surveyId, sectionId: s1, kind: 'long_text', required: 'on', text_nl: 'Waarom niet?', showIfQuestionId: finished, showIfValues: 'o2' }));
    rate = await addQuestion(h.db, coordinatorId, questionSchema.parse({ surveyId, sectionId: s2, kind: 'scale', required: 'on', text_nl: 'Hoe was het?' }));
    await setSurveyStatus(h.db, coordinatorId, surveyId, 'open');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the builder stores sections, questions, options per language and the skip rule', async () => {
    const def = (await loadSurvey(h.db, surveyId))!;
    expect(def.sections.map((s) => s.title.nl)).toEqual(['De cursus', 'Daarna']);
    const q = def.sections[0]!.questions;
    expect(q[0]!.options).toEqual([{ value: 'o1', label: { nl: 'Ja', ar: 'نعم' } }, { value: 'o2', label: { nl: 'Nee', ar: 'لا' } }]);
    expect(q[1]!.showIf).toEqual({ questionId: finished, values: ['o2'] });
  });

  it('refuses a skip rule on an unknown option value', async () => {
    const def = (await loadSurvey(h.db, surveyId))!;
    const key = await errorKey(addQuestion(h.db, coordinatorId, questionSchema.parse({ surveyId, sectionId: def.sections[1]!.id, kind: 'short_text', text_nl: 'x', showIfQuestionId: finished, showIfValues: 'o9' })));
    expect(key).toBe('invalidForm');
  });

  it('requires the skip-logic question only when it is shown, and stores an anonymous response without a lead or name', async () => {
    const rules = rulesOf((await loadSurvey(h.db, surveyId))!);
    const all = [0, 1];
    const missing = readAnswers(rules, all, { [fieldName(finished)]: 'o2', [fieldName(rate)]: '4' });
    expect(missing.errors).toEqual({ [fieldName(why)]: 'required' });
    const ok = readAnswers(rules, all, { [fieldName(finished)]: 'o1', [fieldName(why)]: 'ignored', [fieldName(rate)]: '4' });
    expect(ok.errors).toEqual({});
    const { responseId, candidateId } = await submitResponse(h.db, surveyId, { locale: 'ar', channel: 'public', answers: ok.answers });
    expect(candidateId).toBeNull();
    const [r] = await h.db.select().from(surveyResponses).where(eq(surveyResponses.id, responseId));
    expect(r).toMatchObject({ inviteId: null, candidateAmbassadorId: null, enteredByUserId: null, locale: 'ar', channel: 'public' });
    const stored = await h.db.select().from(surveyAnswers).where(eq(surveyAnswers.responseId, responseId));
    expect(stored.map((a) => a.questionId).sort()).toEqual([finished, rate].sort());
  });

  it('a yes to helping creates a candidate with source survey, linked to the response, audited without personal data', async () => {
    const { responseId, candidateId } = await submitResponse(h.db, surveyId, {
      locale: 'ar',
      channel: 'public',
      answers: { [finished]: 'o1', [rate]: '5' },
      helper: { name: 'Rania Haddad', phone: '0612345678', email: null },
    });
    const [a] = await h.db.select().from(ambassadors).where(eq(ambassadors.id, candidateId!));
    expect(a).toMatchObject({ displayName: 'Rania Haddad', source: 'survey', status: 'candidate', languages: ['ar'] });
    const [r] = await h.db.select().from(surveyResponses).where(eq(surveyResponses.id, responseId));
    expect(r!.candidateAmbassadorId).toBe(candidateId);
    expect((await surveyCandidates(h.db, surveyId)).map((c) => c.name)).toContain('Rania Haddad');
    const entries = await h.db.select().from(auditLog).where(eq(auditLog.entityId, candidateId!));
    expect(JSON.stringify(entries)).not.toContain('Rania');
    expect(entries.map((e) => e.action)).toEqual(['ambassador.created']);
  });

  it('a personal link answers once and is tied to its invite; a closed survey takes no public responses', async () => {
    const [lead] = await h.db
      .insert(leads)
      .values({ name: 'Amal', phone: '+31612340000', preferredLanguage: 'ar', source: 'desk', consentAt: new Date(), consentVersion: 'v1', status: 'completed' })
      .returning({ id: leads.id });
    // An erased (anonymised) lead at the same step gets no invite: their link could tie answers to the record.
    const [erased] = await h.db
      .insert(leads)
      .values({ name: '—', phone: '', preferredLanguage: 'ar', source: 'desk', consentAt: new Date(), consentVersion: 'v1', status: 'completed', anonymisedAt: new Date() })
      .returning({ id: leads.id });
    expect(await createInvites(h.db, coordinatorId, surveyId)).toBe(1);
    expect(await createInvites(h.db, coordinatorId, surveyId)).toBe(0);
    expect(await h.db.select().from(surveyInvites).where(eq(surveyInvites.leadId, erased!.id))).toEqual([]);
    const [inv] = await h.db.select().from(surveyInvites).where(eq(surveyInvites.leadId, lead!.id));
    expect(inv!.leadStep).toBe('completed');
    await submitResponse(h.db, surveyId, { locale: 'nl', channel: 'personal', inviteId: inv!.id, answers: { [finished]: 'o1', [rate]: '2' } });
    expect(await errorKey(submitResponse(h.db, surveyId, { locale: 'nl', channel: 'personal', inviteId: inv!.id, answers: {} }))).toBe('survey.errors.linkUsed');
    const def = (await loadSurvey(h.db, surveyId))!;
    const personal = await surveyResults(h.db, def, { group: 'personal_completed' });
    expect(personal.total).toBe(1);
    const arabic = await surveyResults(h.db, def, { locale: 'ar' });
    expect(arabic.total).toBe(2);
    expect(arabic.questions.get(rate)!.counts).toEqual({ '4': 1, '5': 1 });
    await setSurveyStatus(h.db, coordinatorId, surveyId, 'closed');
    expect(await errorKey(submitResponse(h.db, surveyId, { locale: 'nl', channel: 'public', answers: {} }))).toBe('survey.errors.closed');
  });

  it("the coordinator's list counts each survey's own responses", async () => {
    const list = await listSurveys(h.db);
    const direct = await h.db.$count(surveyResponses, eq(surveyResponses.surveyId, surveyId));
    expect(direct).toBeGreaterThan(0);
    expect(list.find((s) => s.id === surveyId)!.responses).toBe(direct);
  });
});
