import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, leads, notifications, surveyInvites, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { addQuestion, addSection, createInvites, deleteQuestion, deleteSection, moveQuestion, moveSection, resendInvite, saveSurvey, sendInvites, setSurveyStatus, submitResponse, updateQuestion, updateSection } from './mutations';
import { loadSurvey } from './queries';
import { editQuestionSchema, editSectionSchema, questionSchema, sectionSchema, surveySchema } from './schema';

async function errorKey(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof ActionError) return e.key;
    throw e;
  }
}

describe.each(testDrivers)('the survey builder and personal links on $name', ({ open }) => {
  let h: DbHandle;
  let me: string;
  let surveyId: string;
  let s1: string;
  let s2: string;
  let finished: string;
  let why: string;
  let rate: string;

  const def = async () => (await loadSurvey(h.db, surveyId))!;
  const question = async (id: string) => (await def()).sections.flatMap((s) => s.questions).find((q) => q.id === id)!;
  const edit = async (id: string, fields: Record<string, string>) => {
    const q = await question(id);
    const sectionId = (await def()).sections.find((s) => s.questions.some((x) => x.id === id))!.id;
    return updateQuestion(h.db, me, editQuestionSchema.parse({ surveyId, questionId: id, version: String(q.version), sectionId, kind: q.kind, text_nl: q.text.nl, ...fields }));
  };

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'coord@builder.test', name: 'Marco', role: 'coordinator', passwordHash: 'x' }).returning({ id: users.id });
    me = u!.id;
    surveyId = await saveSurvey(h.db, me, surveySchema.parse({ title_nl: 'Enquête', title_en: 'Survey', durationMinutes: '8' }));
    s1 = await addSection(h.db, me, sectionSchema.parse({ surveyId, title_nl: 'De cursus' }));
    s2 = await addSection(h.db, me, sectionSchema.parse({ surveyId, title_nl: 'Daarna' }));
    finished = await addQuestion(h.db, me, questionSchema.parse({ surveyId, sectionId: s1, kind: 'single', required: 'on', text_nl: 'Cursus afgemaakt?', options_nl: 'Ja\nNee' }));
    why = await addQuestion(h.db, me, questionSchema.parse({ surveyId, sectionId: s1, kind: 'long_text', text_nl: 'Waarom niet?', showIfQuestionId: finished, showIfValues: 'o2' }));
    rate = await addQuestion(h.db, me, questionSchema.parse({ surveyId, sectionId: s2, kind: 'scale', text_nl: 'Hoe was het?' }));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('edits every field of a question, texts per language included, and refuses a stale version', async () => {
    const before = await question(rate);
    await edit(rate, { kind: 'single', required: 'on', text_nl: 'Hoe vond u de les?', text_ar: 'كيف كان الدرس؟', options_nl: 'Goed\nSlecht', options_en: 'Good\nBad' });
    const after = await question(rate);
    expect(after).toMatchObject({ kind: 'single', required: true, text: { nl: 'Hoe vond u de les?', ar: 'كيف كان الدرس؟' }, version: before.version + 1 });
    expect(after.options).toEqual([{ value: 'o1', label: { nl: 'Goed', en: 'Good' } }, { value: 'o2', label: { nl: 'Slecht', en: 'Bad' } }]);
    const stale = updateQuestion(h.db, me, editQuestionSchema.parse({ surveyId, questionId: rate, version: String(before.version), sectionId: s2, kind: 'single', text_nl: 'Oud', options_nl: 'a' }));
    expect(await errorKey(stale)).toBe('surveyAdmin.errors.conflict');
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.entityId, rate));
    expect(audits.map((a) => a.action)).toContain('survey.question_edited');
  });

  it('keeps skip rules sound: no rule on a later question, no removing an option or kind a rule uses', async () => {
    // "why" depends on "finished" (o2): "finished" may not lose its second option nor become a text.
    expect(await errorKey(edit(finished, { required: 'on', options_nl: 'Ja' }))).toBe('surveyAdmin.errors.usedByRule');
    expect(await errorKey(edit(finished, { kind: 'short_text' }))).toBe('surveyAdmin.errors.usedByRule');
    // A rule on a later question is refused on the rule's field.
    const err = await edit(finished, { required: 'on', options_nl: 'Ja\nNee', showIfQuestionId: rate, showIfValues: 'o1' }).catch((e: ActionError) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect((err as ActionError).fieldErrors).toEqual({ showIfQuestionId: 'surveyAdmin.errors.ruleOrder' });
    // Moving "why" above "finished", or the second section first, is refused too; moving back works.
    expect(await errorKey(moveQuestion(h.db, me, surveyId, why, 'up'))).toBe('invalidForm');
    expect(await errorKey(moveQuestion(h.db, me, surveyId, finished, 'down'))).toBe('surveyAdmin.errors.usedByRule');
    // Deleting the question a rule uses is refused; the survey is unchanged.
    expect(await errorKey(deleteQuestion(h.db, me, surveyId, finished, (await question(finished)).version))).toBe('surveyAdmin.errors.usedByRule');
    expect((await def()).sections[0]!.questions.map((q) => q.id)).toEqual([finished, why]);
  });

  it('moves sections and questions, and deletes them while there are no responses', async () => {
    await moveSection(h.db, me, surveyId, s2, 'up');
    expect((await def()).sections.map((s) => s.id)).toEqual([s2, s1]);
    const extra = await addQuestion(h.db, me, questionSchema.parse({ surveyId, sectionId: s2, kind: 'number', text_nl: 'Hoeveel lessen?' }));
    await moveQuestion(h.db, me, surveyId, extra, 'up');
    expect((await def()).sections[0]!.questions.map((q) => q.id)).toEqual([extra, rate]);
    await moveSection(h.db, me, surveyId, s2, 'down');
    await deleteQuestion(h.db, me, surveyId, extra, (await question(extra)).version);
    const s3 = await addSection(h.db, me, sectionSchema.parse({ surveyId, title_nl: 'Leeg' }));
    const v = (await def()).sections.find((s) => s.id === s3)!.version;
    await updateSection(h.db, me, editSectionSchema.parse({ surveyId, sectionId: s3, version: String(v), title_nl: 'Nog leeg', title_tr: 'Boş' }));
    expect((await def()).sections.find((s) => s.id === s3)!.title).toEqual({ nl: 'Nog leeg', tr: 'Boş' });
    expect(await errorKey(deleteSection(h.db, me, surveyId, s3, v))).toBe('surveyAdmin.errors.conflict');
    await deleteSection(h.db, me, surveyId, s3, v + 1);
    expect((await def()).sections.map((s) => s.id)).toEqual([s1, s2]);
  });

  it('with responses: texts and options added at the end may change; kind, fewer options and deleting are refused', async () => {
    await setSurveyStatus(h.db, me, surveyId, 'open');
    await submitResponse(h.db, surveyId, { locale: 'nl', channel: 'public', answers: { [finished]: 'o2', [why]: 'Geen oppas', [rate]: 'o1' } });
    await edit(finished, { required: 'on', text_nl: 'Heeft u de cursus afgemaakt?', options_nl: 'Ja, helemaal\nNee\nGedeeltelijk' });
    expect((await question(finished)).options.map((o) => o.label.nl)).toEqual(['Ja, helemaal', 'Nee', 'Gedeeltelijk']);
    expect(await errorKey(edit(finished, { required: 'on', options_nl: 'Ja\nNee' }))).toBe('surveyAdmin.errors.optionsLocked');
    expect(await errorKey(edit(why, { kind: 'short_text', showIfQuestionId: finished, showIfValues: 'o2' }))).toBe('surveyAdmin.errors.kindLocked');
    expect(await errorKey(deleteQuestion(h.db, me, surveyId, rate, (await question(rate)).version))).toBe('surveyAdmin.errors.hasResponses');
    expect(await errorKey(deleteSection(h.db, me, surveyId, s2, (await def()).sections[1]!.version))).toBe('surveyAdmin.errors.hasResponses');
  });

  it('sends each personal link once by e-mail through the outbox, counts those without an address, resends on request, audits without personal data', async () => {
    const mk = (name: string, email: string | null, language: string) =>
      h.db.insert(leads).values({ name, phone: `+3161234${Math.floor(Math.random() * 1e4).toString().padStart(4, '0')}`, email, preferredLanguage: language, source: 'desk', consentAt: new Date(), consentVersion: 'v1', status: 'started' }).returning({ id: leads.id });
    const [withMail] = await mk('Amal Haddad', 'amal@example.test', 'ar');
    await mk('Yusuf Demir', null, 'tr');
    expect(await createInvites(h.db, me, surveyId)).toBe(2);
    const first = await sendInvites(h.db, me, surveyId);
    expect(first).toEqual({ sent: 1, withoutEmail: 1 });
    const mails = await h.db.select().from(notifications).where(eq(notifications.template, 'surveyInvite'));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ recipient_address: 'amal@example.test', locale: 'en' });
    expect(String(mails[0]!.params.path)).toMatch(new RegExp(`^/ar/enquete/${surveyId}\\?link=`));
    expect(JSON.stringify(mails[0]!.params)).not.toContain('Amal');
    expect(await sendInvites(h.db, me, surveyId)).toEqual({ sent: 0, withoutEmail: 1 });
    expect(await h.db.select().from(notifications).where(eq(notifications.template, 'surveyInvite'))).toHaveLength(1);
    const [inv] = await h.db.select().from(surveyInvites).where(eq(surveyInvites.leadId, withMail!.id));
    expect(inv!.sentAt).not.toBeNull();
    await resendInvite(h.db, me, surveyId, inv!.id, new Date(Date.now() + 1000));
    expect(await h.db.select().from(notifications).where(eq(notifications.template, 'surveyInvite'))).toHaveLength(2);
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.entityId, surveyId));
    const sent = audits.find((a) => a.action === 'survey.invites_sent');
    expect(sent!.details).toEqual({ sent: 1, withoutEmail: 1 });
    expect(JSON.stringify(audits)).not.toMatch(/Amal|amal@|Yusuf/);
    // Used once, a link is not sent again.
    await submitResponse(h.db, surveyId, { locale: 'ar', channel: 'personal', inviteId: inv!.id, answers: { [finished]: 'o1' } });
    expect(await errorKey(resendInvite(h.db, me, surveyId, inv!.id))).toBe('surveyAdmin.errors.inviteUsed');
    await setSurveyStatus(h.db, me, surveyId, 'closed');
    expect(await errorKey(sendInvites(h.db, me, surveyId))).toBe('surveyAdmin.errors.notOpen');
  });
});
