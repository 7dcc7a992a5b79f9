import 'server-only';
import { and, eq, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { surveyAnswers, surveyInvites, surveyQuestions, surveyResponses, surveySections, surveys, type LocalizedText } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { createAmbassador } from '@/lib/ambassadors/mutations';
import { profileSchema } from '@/lib/ambassadors/schema';
import { audit } from '@/lib/audit';
import { rowsOf } from '@/lib/ratelimit';
import { PUBLIC_LOCALES } from '@/lib/i18n/routing';
import type { Answers } from './logic';
import type { QuestionInput, SectionInput, SurveyInput } from './schema';

/**
 * Writes of the survey, each in one transaction. A response stores no IP, no name and no lead;
 * a personal-link response points to its invite (used once, under a row lock); a "yes, I will
 * help" creates the ambassador candidate through the corps' own `createAmbassador` (source
 * survey) in the same transaction, and the response points to it.
 */

export interface Helper {
  name: string;
  phone: string | null;
  email: string | null;
}

export interface ResponseInput {
  locale: string;
  channel: 'public' | 'personal' | 'paper';
  answers: Answers;
  inviteId?: string | null;
  helper?: Helper | null;
  /** Paper: who typed it in. */
  enteredByUserId?: string | null;
}

export async function submitResponse(db: DbOrTx, surveyId: string, input: ResponseInput): Promise<{ responseId: string; candidateId: string | null }> {
  return db.transaction(async (tx) => {
    const [s] = await tx.select({ status: surveys.status }).from(surveys).where(eq(surveys.id, surveyId));
    if (!s || (input.channel !== 'paper' && s.status !== 'open')) throw new ActionError('survey.errors.closed');
    if (input.channel === 'personal') {
      const [inv] = await tx
        .select({ id: surveyInvites.id, usedAt: surveyInvites.usedAt })
        .from(surveyInvites)
        .where(and(eq(surveyInvites.id, input.inviteId ?? ''), eq(surveyInvites.surveyId, surveyId)))
        .for('update');
      if (!inv) throw new ActionError('survey.errors.linkInvalid');
      if (inv.usedAt) throw new ActionError('survey.errors.linkUsed');
      await tx.update(surveyInvites).set({ usedAt: new Date() }).where(eq(surveyInvites.id, inv.id));
    }
    let candidateId: string | null = null;
    if (input.helper) {
      const profile = profileSchema.parse({
        name: input.helper.name,
        phone: input.helper.phone ?? '',
        email: input.helper.email ?? '',
        languages: [input.locale],
      });
      candidateId = await createAmbassador(tx, input.enteredByUserId ?? null, profile, { source: 'survey' });
    }
    const [r] = await tx
      .insert(surveyResponses)
      .values({
        surveyId,
        locale: input.locale,
        channel: input.channel,
        inviteId: input.channel === 'personal' ? input.inviteId! : null,
        enteredByUserId: input.channel === 'paper' ? (input.enteredByUserId ?? null) : null,
        candidateAmbassadorId: candidateId,
      })
      .returning({ id: surveyResponses.id });
    const rows = Object.entries(input.answers).map(([questionId, a]) => ({
      responseId: r!.id,
      questionId,
      value: Array.isArray(a) ? null : a,
      values: Array.isArray(a) ? a : [],
    }));
    if (rows.length) await tx.insert(surveyAnswers).values(rows);
    if (input.channel === 'paper') {
      await audit(tx, { action: 'survey.paper_entered', actorUserId: input.enteredByUserId, entityType: 'survey_response', entityId: r!.id, details: { surveyId } });
    }
    return { responseId: r!.id, candidateId };
  });
}

const localized = (input: Record<string, unknown>, field: string): LocalizedText =>
  Object.fromEntries(PUBLIC_LOCALES.map((l) => [l, input[`${field}_${l}`]]).filter(([, v]) => typeof v === 'string' && v)) as LocalizedText;

/** Creates a survey (a draft) or saves its texts and settings. Returns the id. */
export async function saveSurvey(db: DbOrTx, actorUserId: string, input: SurveyInput): Promise<string> {
  return db.transaction(async (tx) => {
    const values = {
      title: localized(input, 'title'),
      intro: localized(input, 'intro'),
      privacy: localized(input, 'privacy'),
      durationMinutes: input.durationMinutes,
      asksForHelpers: input.asksForHelpers,
    };
    let id = input.surveyId;
    if (id) {
      const done = await tx.update(surveys).set(values).where(eq(surveys.id, id)).returning({ id: surveys.id });
      if (!done.length) throw new ActionError('surveyAdmin.errors.notFound');
    } else {
      const [row] = await tx.insert(surveys).values({ ...values, createdByUserId: actorUserId }).returning({ id: surveys.id });
      id = row!.id;
    }
    await audit(tx, { action: 'survey.saved', actorUserId, entityType: 'survey', entityId: id });
    return id;
  });
}

export async function setSurveyStatus(db: DbOrTx, actorUserId: string, surveyId: string, status: 'draft' | 'open' | 'closed'): Promise<void> {
  await db.transaction(async (tx) => {
    const done = await tx.update(surveys).set({ status }).where(eq(surveys.id, surveyId)).returning({ id: surveys.id });
    if (!done.length) throw new ActionError('surveyAdmin.errors.notFound');
    await audit(tx, { action: 'survey.saved', actorUserId, entityType: 'survey', entityId: surveyId, details: { status } });
  });
}

export async function addSection(db: DbOrTx, actorUserId: string, input: SectionInput): Promise<string> {
  return db.transaction(async (tx) => {
    const [s] = await tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.id, input.surveyId)).for('update');
    if (!s) throw new ActionError('surveyAdmin.errors.notFound');
    const [{ last } = { last: null }] = await tx.select({ last: max(surveySections.position) }).from(surveySections).where(eq(surveySections.surveyId, s.id));
    const [row] = await tx.insert(surveySections).values({ surveyId: s.id, position: (last ?? -1) + 1, title: localized(input, 'title') }).returning({ id: surveySections.id });
    await audit(tx, { action: 'survey.saved', actorUserId, entityType: 'survey', entityId: s.id });
    return row!.id;
  });
}

/** Option values are stable: o1, o2, … in the Dutch lines' order. */
function optionsOf(input: QuestionInput) {
  if (input.kind !== 'single' && input.kind !== 'multiple') return [];
  const lines = (l: string) => ((input as Record<string, unknown>)[`options_${l}`] as string | null ?? '').split('\n').map((x) => x.trim());
  const nl = lines('nl').filter(Boolean);
  const other = Object.fromEntries(PUBLIC_LOCALES.filter((l) => l !== 'nl').map((l) => [l, lines(l).filter(Boolean)]));
  return nl.map((label, i) => ({
    value: `o${i + 1}`,
    label: { nl: label, ...Object.fromEntries(Object.entries(other).filter(([, ls]) => ls[i]).map(([l, ls]) => [l, ls[i]!])) },
  }));
}

export async function addQuestion(db: DbOrTx, actorUserId: string, input: QuestionInput): Promise<string> {
  return db.transaction(async (tx) => {
    const [sec] = await tx
      .select({ id: surveySections.id, position: surveySections.position })
      .from(surveySections)
      .where(and(eq(surveySections.id, input.sectionId), eq(surveySections.surveyId, input.surveyId)))
      .for('update');
    if (!sec) throw new ActionError('surveyAdmin.errors.notFound');
    let showIfValues: string[] = [];
    if (input.showIfQuestionId) {
      // The rule's question: of this survey, in an earlier section or earlier in this one.
      const [dep] = await tx
        .select({ kind: surveyQuestions.kind, options: surveyQuestions.options, sectionPos: surveySections.position })
        .from(surveyQuestions)
        .innerJoin(surveySections, eq(surveySections.id, surveyQuestions.sectionId))
        .where(and(eq(surveyQuestions.id, input.showIfQuestionId), eq(surveyQuestions.surveyId, input.surveyId)));
      if (!dep || dep.sectionPos > sec.position) throw new ActionError('invalidForm', { showIfQuestionId: 'invalidChoice' });
      const allowed = dep.kind === 'scale' ? ['1', '2', '3', '4', '5'] : dep.options.map((o) => o.value);
      showIfValues = (input.showIfValues ?? '').split(/[,\s]+/).map((v) => v.trim()).filter(Boolean);
      if (!showIfValues.length || showIfValues.some((v) => !allowed.includes(v))) throw new ActionError('invalidForm', { showIfValues: 'surveyAdmin.errors.showIfValues' });
    }
    const [{ last } = { last: null }] = await tx.select({ last: max(surveyQuestions.position) }).from(surveyQuestions).where(eq(surveyQuestions.sectionId, sec.id));
    const [row] = await tx
      .insert(surveyQuestions)
      .values({
        surveyId: input.surveyId,
        sectionId: sec.id,
        position: (last ?? -1) + 1,
        kind: input.kind,
        required: input.required,
        text: localized(input, 'text'),
        options: optionsOf(input),
        showIfQuestionId: input.showIfQuestionId,
        showIfValues,
      })
      .returning({ id: surveyQuestions.id });
    await audit(tx, { action: 'survey.saved', actorUserId, entityType: 'survey', entityId: input.surveyId });
    return row!.id;
  });
}

/** Personal invites for every lead at "course started" or "completed" that has none yet. Returns how many. */
export async function createInvites(db: DbOrTx, actorUserId: string, surveyId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [s] = await tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.id, surveyId)).for('update');
    if (!s) throw new ActionError('surveyAdmin.errors.notFound');
    const inserted = await tx.execute(sql`
      insert into survey_invites (survey_id, lead_id, lead_step, created_by_user_id)
      select ${surveyId}, l.id, l.status::text, ${actorUserId}
      from leads l
      where l.status in ('started', 'completed') and l.merged_into_id is null
        and not exists (select 1 from survey_invites i where i.survey_id = ${surveyId} and i.lead_id = l.id)
      returning id`);
    const count = rowsOf(inserted).length;
    await audit(tx, { action: 'survey.invited', actorUserId, entityType: 'survey', entityId: surveyId, details: { count } });
    return count;
  });
}

