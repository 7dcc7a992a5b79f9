import 'server-only';
import { and, asc, eq, isNotNull, isNull, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { leads, surveyAnswers, surveyInvites, surveyQuestions, surveyResponses, surveySections, surveys, type LocalizedText } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { createAmbassador } from '@/lib/ambassadors/mutations';
import { profileSchema } from '@/lib/ambassadors/schema';
import { audit } from '@/lib/audit';
import { rowsOf } from '@/db/client';
import { PUBLIC_LOCALE_OF, PUBLIC_LOCALES } from '@/lib/i18n/routing';
import { enqueue } from '@/lib/notifications/outbox';
import { INVITE_LINK_DAYS, invitePath } from './invite-link';
import { checkAnswer, textIn, type Answers, type QuestionKind } from './logic';
import type { EditQuestionInput, EditSectionInput, QuestionInput, SectionInput, SurveyInput } from './schema';

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
    // A share lock: the builder's changes (which lock the survey for update) wait for this response, or it for them.
    const [s] = await tx.select({ status: surveys.status }).from(surveys).where(eq(surveys.id, surveyId)).for('share');
    if (!s || (input.channel !== 'paper' && s.status !== 'open')) throw new ActionError('survey.errors.closed');
    // The answers were checked against the survey as the respondent saw it; keep only those that
    // still fit it now (a question deleted or changed meanwhile, before the survey had responses).
    const current = new Map(
      (await tx.select({ id: surveyQuestions.id, kind: surveyQuestions.kind, options: surveyQuestions.options }).from(surveyQuestions).where(eq(surveyQuestions.surveyId, surveyId))).map((q) => [q.id, q]),
    );
    const answers = Object.fromEntries(
      Object.entries(input.answers).filter(([id, a]) => {
        const q = current.get(id);
        if (!q) return false;
        const r = checkAnswer({ id, kind: q.kind, required: false, options: q.options.map((o) => o.value), showIf: null }, a);
        return r.ok && r.answer !== null;
      }),
    );
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
    const rows = Object.entries(answers).map(([questionId, a]) => ({
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

/**
 * Personal invites for every lead at "course started" or "completed" that has none yet, leaving out
 * merged and anonymised (erased) leads, as sendInvites does. Returns how many.
 */
export async function createInvites(db: DbOrTx, actorUserId: string, surveyId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [s] = await tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.id, surveyId)).for('update');
    if (!s) throw new ActionError('surveyAdmin.errors.notFound');
    const inserted = await tx.execute(sql`
      insert into survey_invites (survey_id, lead_id, lead_step, created_by_user_id)
      select ${surveyId}, l.id, l.status::text, ${actorUserId}
      from leads l
      where l.status in ('started', 'completed') and l.merged_into_id is null and l.anonymised_at is null
        and not exists (select 1 from survey_invites i where i.survey_id = ${surveyId} and i.lead_id = l.id)
      returning id`);
    const count = rowsOf(inserted).length;
    await audit(tx, { action: 'survey.invited', actorUserId, entityType: 'survey', entityId: surveyId, details: { count } });
    return count;
  });
}


// The builder's edits ---------------------------------------------------------------------------
//
// Every change of a survey's structure locks the survey row (for update), so two coordinators'
// changes and a response being stored (which takes a share lock) come one after the other. Edits
// carry the version the form showed: someone else's save in between is a conflict. Once a survey
// has responses, its texts, required, skip rules and order may still change, but not a question's
// kind nor fewer options (stored answers would stop fitting), and nothing is deleted.

async function lockSurvey(tx: DbOrTx, surveyId: string): Promise<void> {
  const [s] = await tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.id, surveyId)).for('update');
  if (!s) throw new ActionError('surveyAdmin.errors.notFound');
}

export async function surveyHasResponses(db: DbOrTx, surveyId: string): Promise<boolean> {
  const [r] = await db.select({ id: surveyResponses.id }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).limit(1);
  return r !== undefined;
}

/** The values a skip rule on a question of this kind may use. */
function ruleValuesOf(kind: QuestionKind, options: { value: string }[]): string[] {
  if (kind === 'scale') return ['1', '2', '3', '4', '5'];
  if (kind === 'single' || kind === 'multiple') return options.map((o) => o.value);
  return [];
}

/**
 * Checks every skip rule of the survey after a change: the rule's question exists, comes earlier
 * (an earlier section, or earlier in the same one), and the rule's values are answers it has.
 * The edited question's own rule is refused on its fields; another question's rule that the
 * change breaks is refused naming that question. Called inside the change's transaction.
 */
async function checkRules(tx: DbOrTx, surveyId: string, editedId?: string): Promise<void> {
  const secs = await tx.select({ id: surveySections.id }).from(surveySections).where(eq(surveySections.surveyId, surveyId)).orderBy(asc(surveySections.position), asc(surveySections.id));
  const qs = await tx.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, surveyId)).orderBy(asc(surveyQuestions.position), asc(surveyQuestions.id));
  const ordered = secs.flatMap((s) => qs.filter((q) => q.sectionId === s.id));
  const order = new Map(ordered.map((q, i) => [q.id, i]));
  for (const q of ordered) {
    if (!q.showIfQuestionId) continue;
    const dep = qs.find((d) => d.id === q.showIfQuestionId);
    const earlier = dep !== undefined && order.get(dep.id)! < order.get(q.id)!;
    const allowed = dep ? ruleValuesOf(dep.kind, dep.options) : [];
    const valuesOk = q.showIfValues.length > 0 && q.showIfValues.every((v) => allowed.includes(v));
    if (earlier && valuesOk) continue;
    if (q.id === editedId) {
      throw new ActionError('invalidForm', earlier ? { showIfValues: 'surveyAdmin.errors.showIfValues' } : { showIfQuestionId: 'surveyAdmin.errors.ruleOrder' });
    }
    const key = 'surveyAdmin.errors.usedByRule';
    throw new ActionError(key, undefined, { [key]: { question: textIn(q.text, 'nl') } });
  }
}

/** Writes 0, 1, 2, … as the positions of these rows in this order. */
async function renumber(tx: DbOrTx, table: typeof surveyQuestions | typeof surveySections, ids: string[]): Promise<void> {
  for (const [i, id] of ids.entries()) await tx.update(table).set({ position: i }).where(eq(table.id, id));
}

/** Edits a question: texts, options, required, skip rule, its section (then it goes last there). */
export async function updateQuestion(db: DbOrTx, actorUserId: string, input: EditQuestionInput): Promise<void> {
  await db.transaction(async (tx) => {
    await lockSurvey(tx, input.surveyId);
    const [q] = await tx.select().from(surveyQuestions).where(and(eq(surveyQuestions.id, input.questionId), eq(surveyQuestions.surveyId, input.surveyId)));
    if (!q) throw new ActionError('surveyAdmin.errors.notFound');
    if (q.version !== input.version) throw new ActionError('surveyAdmin.errors.conflict');
    const options = optionsOf(input);
    if (await surveyHasResponses(tx, input.surveyId)) {
      if (input.kind !== q.kind) throw new ActionError('surveyAdmin.errors.kindLocked', { kind: 'surveyAdmin.errors.kindLocked' });
      if (options.length < q.options.length) throw new ActionError('surveyAdmin.errors.optionsLocked', { options_nl: 'surveyAdmin.errors.optionsLocked' });
    }
    let position = q.position;
    if (input.sectionId !== q.sectionId) {
      const [sec] = await tx.select({ id: surveySections.id }).from(surveySections).where(and(eq(surveySections.id, input.sectionId), eq(surveySections.surveyId, input.surveyId)));
      if (!sec) throw new ActionError('invalidForm', { sectionId: 'invalidChoice' });
      const [{ last } = { last: null }] = await tx.select({ last: max(surveyQuestions.position) }).from(surveyQuestions).where(eq(surveyQuestions.sectionId, sec.id));
      position = (last ?? -1) + 1;
    }
    const showIfValues = input.showIfQuestionId ? (input.showIfValues ?? '').split(/[,\s]+/).map((v) => v.trim()).filter(Boolean) : [];
    const done = await tx
      .update(surveyQuestions)
      .set({
        sectionId: input.sectionId,
        position,
        kind: input.kind,
        required: input.required,
        text: localized(input, 'text'),
        options,
        showIfQuestionId: input.showIfQuestionId === input.questionId ? null : input.showIfQuestionId,
        showIfValues,
        version: sql`${surveyQuestions.version} + 1`,
      })
      .where(and(eq(surveyQuestions.id, q.id), eq(surveyQuestions.version, input.version)))
      .returning({ id: surveyQuestions.id });
    if (!done.length) throw new ActionError('surveyAdmin.errors.conflict');
    if (input.showIfQuestionId === input.questionId) throw new ActionError('invalidForm', { showIfQuestionId: 'surveyAdmin.errors.ruleOrder' });
    await checkRules(tx, input.surveyId, q.id);
    await audit(tx, { action: 'survey.question_edited', actorUserId, entityType: 'survey_question', entityId: q.id, details: { surveyId: input.surveyId } });
  });
}

/** Deletes a question while the survey has no responses, unless another question's skip rule uses it. */
export async function deleteQuestion(db: DbOrTx, actorUserId: string, surveyId: string, questionId: string, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    await lockSurvey(tx, surveyId);
    const [q] = await tx.select({ id: surveyQuestions.id, version: surveyQuestions.version }).from(surveyQuestions).where(and(eq(surveyQuestions.id, questionId), eq(surveyQuestions.surveyId, surveyId)));
    if (!q) throw new ActionError('surveyAdmin.errors.notFound');
    if (q.version !== version) throw new ActionError('surveyAdmin.errors.conflict');
    if (await surveyHasResponses(tx, surveyId)) throw new ActionError('surveyAdmin.errors.hasResponses');
    await tx.delete(surveyQuestions).where(eq(surveyQuestions.id, q.id));
    await checkRules(tx, surveyId);
    await audit(tx, { action: 'survey.question_deleted', actorUserId, entityType: 'survey_question', entityId: q.id, details: { surveyId } });
  });
}

/** Moves a question one place up or down within its section (allowed with responses: no answer changes). */
export async function moveQuestion(db: DbOrTx, actorUserId: string, surveyId: string, questionId: string, direction: 'up' | 'down'): Promise<void> {
  await db.transaction(async (tx) => {
    await lockSurvey(tx, surveyId);
    const [q] = await tx.select({ sectionId: surveyQuestions.sectionId }).from(surveyQuestions).where(and(eq(surveyQuestions.id, questionId), eq(surveyQuestions.surveyId, surveyId)));
    if (!q) throw new ActionError('surveyAdmin.errors.notFound');
    const ids = (await tx.select({ id: surveyQuestions.id }).from(surveyQuestions).where(eq(surveyQuestions.sectionId, q.sectionId)).orderBy(asc(surveyQuestions.position), asc(surveyQuestions.id))).map((r) => r.id);
    const i = ids.indexOf(questionId);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    await renumber(tx, surveyQuestions, ids);
    await checkRules(tx, surveyId, questionId);
    await audit(tx, { action: 'survey.question_moved', actorUserId, entityType: 'survey_question', entityId: questionId, details: { surveyId, direction } });
  });
}

export async function updateSection(db: DbOrTx, actorUserId: string, input: EditSectionInput): Promise<void> {
  await db.transaction(async (tx) => {
    await lockSurvey(tx, input.surveyId);
    const done = await tx
      .update(surveySections)
      .set({ title: localized(input, 'title'), version: sql`${surveySections.version} + 1` })
      .where(and(eq(surveySections.id, input.sectionId), eq(surveySections.surveyId, input.surveyId), eq(surveySections.version, input.version)))
      .returning({ id: surveySections.id });
    if (!done.length) {
      const [exists] = await tx.select({ id: surveySections.id }).from(surveySections).where(and(eq(surveySections.id, input.sectionId), eq(surveySections.surveyId, input.surveyId)));
      throw new ActionError(exists ? 'surveyAdmin.errors.conflict' : 'surveyAdmin.errors.notFound');
    }
    await audit(tx, { action: 'survey.section_edited', actorUserId, entityType: 'survey_section', entityId: input.sectionId, details: { surveyId: input.surveyId } });
  });
}

/** Deletes a section with its questions while the survey has no responses, unless a later skip rule uses one of them. */
export async function deleteSection(db: DbOrTx, actorUserId: string, surveyId: string, sectionId: string, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    await lockSurvey(tx, surveyId);
    const [s] = await tx.select({ id: surveySections.id, version: surveySections.version }).from(surveySections).where(and(eq(surveySections.id, sectionId), eq(surveySections.surveyId, surveyId)));
    if (!s) throw new ActionError('surveyAdmin.errors.notFound');
    if (s.version !== version) throw new ActionError('surveyAdmin.errors.conflict');
    if (await surveyHasResponses(tx, surveyId)) throw new ActionError('surveyAdmin.errors.hasResponses');
    await tx.delete(surveySections).where(eq(surveySections.id, s.id));
    await checkRules(tx, surveyId);
    await audit(tx, { action: 'survey.section_deleted', actorUserId, entityType: 'survey_section', entityId: s.id, details: { surveyId } });
  });
}

export async function moveSection(db: DbOrTx, actorUserId: string, surveyId: string, sectionId: string, direction: 'up' | 'down'): Promise<void> {
  await db.transaction(async (tx) => {
    await lockSurvey(tx, surveyId);
    const ids = (await tx.select({ id: surveySections.id }).from(surveySections).where(eq(surveySections.surveyId, surveyId)).orderBy(asc(surveySections.position), asc(surveySections.id))).map((r) => r.id);
    const i = ids.indexOf(sectionId);
    if (i < 0) throw new ActionError('surveyAdmin.errors.notFound');
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    await renumber(tx, surveySections, ids);
    await checkRules(tx, surveyId);
    await audit(tx, { action: 'survey.section_moved', actorUserId, entityType: 'survey_section', entityId: sectionId, details: { surveyId, direction } });
  });
}

// Sending personal links ------------------------------------------------------------------------

/** The personal link in the lead's language when the public page has it (else Dutch). */
function localizedInvitePath(surveyId: string, inviteId: string, createdAt: Date, preferredLanguage: string): string {
  const locale = PUBLIC_LOCALE_OF[preferredLanguage] ?? 'nl';
  const path = invitePath(surveyId, inviteId, createdAt);
  return locale === 'nl' ? path : `/${locale}${path}`;
}

async function enqueueInvite(tx: DbOrTx, surveyId: string, title: LocalizedText, inv: { id: string; createdAt: Date; email: string; preferredLanguage: string }, dedupe: string) {
  const locale = inv.preferredLanguage === 'nl' ? 'nl' : 'en';
  const expires = new Date(inv.createdAt.getTime() + INVITE_LINK_DAYS * 24 * 60 * 60 * 1000);
  // Params: the survey's title, the link and its expiry; nothing about the person.
  await enqueue(tx, { address: inv.email, locale }, {
    template: 'surveyInvite',
    params: { title: textIn(title, locale), path: localizedInvitePath(surveyId, inv.id, inv.createdAt, inv.preferredLanguage), expires: expires.toISOString() },
    dedupeKey: dedupe,
  });
}

/**
 * Puts the personal links not sent yet in the outbox, by e-mail, for the invitees (unused links,
 * leads not merged or anonymised) that have an e-mail address; each invite once (`sent_at`). The
 * survey must be open. Returns how many were sent and how many could not be (no address).
 */
export async function sendInvites(db: DbOrTx, actorUserId: string, surveyId: string, now = new Date()): Promise<{ sent: number; withoutEmail: number }> {
  return db.transaction(async (tx) => {
    const [s] = await tx.select({ status: surveys.status, title: surveys.title }).from(surveys).where(eq(surveys.id, surveyId)).for('update');
    if (!s) throw new ActionError('surveyAdmin.errors.notFound');
    if (s.status !== 'open') throw new ActionError('surveyAdmin.errors.notOpen');
    const rows = await tx
      .select({ id: surveyInvites.id, createdAt: surveyInvites.createdAt, email: leads.email, preferredLanguage: leads.preferredLanguage })
      .from(surveyInvites)
      .innerJoin(leads, eq(leads.id, surveyInvites.leadId))
      .where(and(eq(surveyInvites.surveyId, surveyId), isNull(surveyInvites.usedAt), isNull(surveyInvites.sentAt), isNull(leads.anonymisedAt), isNull(leads.mergedIntoId)))
      .for('update', { of: surveyInvites });
    const withEmail = rows.filter((r): r is typeof r & { email: string } => !!r.email);
    for (const r of withEmail) {
      await enqueueInvite(tx, surveyId, s.title, r, `survey-invite:${r.id}`);
      await tx.update(surveyInvites).set({ sentAt: now }).where(eq(surveyInvites.id, r.id));
    }
    await audit(tx, { action: 'survey.invites_sent', actorUserId, entityType: 'survey', entityId: surveyId, details: { sent: withEmail.length, withoutEmail: rows.length - withEmail.length } });
    return { sent: withEmail.length, withoutEmail: rows.length - withEmail.length };
  });
}

/** Sends one personal link again, explicitly (it was sent before, or is sent now for the first time). */
export async function resendInvite(db: DbOrTx, actorUserId: string, surveyId: string, inviteId: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [s] = await tx.select({ status: surveys.status, title: surveys.title }).from(surveys).where(eq(surveys.id, surveyId));
    if (!s) throw new ActionError('surveyAdmin.errors.notFound');
    if (s.status !== 'open') throw new ActionError('surveyAdmin.errors.notOpen');
    const [r] = await tx
      .select({ id: surveyInvites.id, createdAt: surveyInvites.createdAt, usedAt: surveyInvites.usedAt, email: leads.email, preferredLanguage: leads.preferredLanguage })
      .from(surveyInvites)
      .innerJoin(leads, eq(leads.id, surveyInvites.leadId))
      .where(and(eq(surveyInvites.id, inviteId), eq(surveyInvites.surveyId, surveyId), isNull(leads.anonymisedAt), isNotNull(leads.email)))
      .for('update', { of: surveyInvites });
    if (!r?.email) throw new ActionError('surveyAdmin.errors.notFound');
    if (r.usedAt) throw new ActionError('surveyAdmin.errors.inviteUsed');
    await enqueueInvite(tx, surveyId, s.title, { ...r, email: r.email }, `survey-invite:${r.id}:${now.getTime()}`);
    await tx.update(surveyInvites).set({ sentAt: now }).where(eq(surveyInvites.id, r.id));
    await audit(tx, { action: 'survey.invite_resent', actorUserId, entityType: 'survey_invite', entityId: r.id, details: { surveyId } });
  });
}
