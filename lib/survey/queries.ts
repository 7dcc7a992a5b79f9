import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, leads, surveyAnswers, surveyInvites, surveyQuestions, surveyResponses, surveySections, surveys, type LocalizedText, type SurveyOption } from '@/db/schema';
import { audit } from '@/lib/audit';
import { toCsv } from '@/lib/csv';
import { toLocalDateTimeInput } from '@/lib/dates';
import type { QuestionKind, SectionRule } from './logic';

/** A survey with its sections and questions in order, every text in every language. */
export interface SurveyDef {
  id: string;
  key: string | null;
  title: LocalizedText;
  intro: LocalizedText;
  privacy: LocalizedText;
  durationMinutes: number;
  asksForHelpers: boolean;
  status: 'draft' | 'open' | 'closed';
  sections: {
    id: string;
    position: number;
    version: number;
    title: LocalizedText;
    questions: {
      id: string;
      position: number;
      version: number;
      kind: QuestionKind;
      required: boolean;
      text: LocalizedText;
      options: SurveyOption[];
      showIf: { questionId: string; values: string[] } | null;
    }[];
  }[];
}

export async function loadSurvey(db: DbOrTx, id: string): Promise<SurveyDef | null> {
  const [s] = await db.select().from(surveys).where(eq(surveys.id, id));
  if (!s) return null;
  const secs = await db.select().from(surveySections).where(eq(surveySections.surveyId, id)).orderBy(asc(surveySections.position), asc(surveySections.id));
  const qs = await db.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, id)).orderBy(asc(surveyQuestions.position), asc(surveyQuestions.id));
  return {
    id: s.id,
    key: s.key,
    title: s.title,
    intro: s.intro,
    privacy: s.privacy,
    durationMinutes: s.durationMinutes,
    asksForHelpers: s.asksForHelpers,
    status: s.status,
    sections: secs.map((sec) => ({
      id: sec.id,
      position: sec.position,
      version: sec.version,
      title: sec.title,
      questions: qs
        .filter((q) => q.sectionId === sec.id)
        .map((q) => ({
          id: q.id,
          position: q.position,
          version: q.version,
          kind: q.kind,
          required: q.required,
          text: q.text,
          options: q.options,
          showIf: q.showIfQuestionId ? { questionId: q.showIfQuestionId, values: q.showIfValues } : null,
        })),
    })),
  };
}

/**
 * The rules of a survey (no texts), for lib/survey/logic: the sections that have questions, so a
 * page's index is the same as on the public page (which shows no empty section).
 */
export function rulesOf(def: SurveyDef): SectionRule[] {
  return def.sections.filter((s) => s.questions.length > 0).map((s) => ({
    id: s.id,
    questions: s.questions.map((q) => ({ id: q.id, kind: q.kind, required: q.required, options: q.options.map((o) => o.value), showIf: q.showIf })),
  }));
}

/** The surveys open to the public, newest first. */
export async function openSurveys(db: DbOrTx) {
  return db.select({ id: surveys.id, title: surveys.title, durationMinutes: surveys.durationMinutes }).from(surveys).where(eq(surveys.status, 'open')).orderBy(desc(surveys.createdAt));
}

/** Every survey with its number of responses, for the coordinator. */
export async function listSurveys(db: DbOrTx) {
  return db
    .select({
      id: surveys.id,
      title: surveys.title,
      status: surveys.status,
      createdAt: surveys.createdAt,
      // A join, not a correlated subquery: in a one-table select drizzle leaves the table off the
      // column names, and "id" inside the subquery would be the response's own id (always 0).
      responses: count(surveyResponses.id),
    })
    .from(surveys)
    .leftJoin(surveyResponses, eq(surveyResponses.surveyId, surveys.id))
    .groupBy(surveys.id)
    .orderBy(desc(surveys.createdAt));
}

/** Respondent groups of the results: anonymous link, personal link (by the lead's step when invited), paper. */
export const RESPONDENT_GROUPS = ['public', 'personal_started', 'personal_completed', 'paper'] as const;
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number];

export interface ResultFilters {
  locale?: string | null;
  /** Amsterdam midnights: from inclusive, to exclusive. */
  from?: Date | null;
  to?: Date | null;
  group?: RespondentGroup | null;
}

function responseWhere(surveyId: string, f: ResultFilters): SQL {
  const parts: SQL[] = [eq(surveyResponses.surveyId, surveyId)];
  if (f.locale) parts.push(eq(surveyResponses.locale, f.locale));
  if (f.from) parts.push(gte(surveyResponses.submittedAt, f.from));
  if (f.to) parts.push(lt(surveyResponses.submittedAt, f.to));
  if (f.group === 'public' || f.group === 'paper') parts.push(eq(surveyResponses.channel, f.group));
  if (f.group === 'personal_started' || f.group === 'personal_completed') {
    parts.push(
      sql`${surveyResponses.inviteId} in (select ${surveyInvites.id} from ${surveyInvites} where ${surveyInvites.leadStep} = ${f.group === 'personal_started' ? 'started' : 'completed'})`,
    );
  }
  return and(...parts)!;
}

export interface QuestionResult {
  questionId: string;
  /** Respondents who answered it. */
  answered: number;
  /** Counts per option value (single, multiple) or per scale point "1"…"5". */
  counts: Record<string, number>;
  /** number: the answers' average (null without answers). */
  average: number | null;
  /** short and long text: the answers themselves. */
  texts: string[];
}

/** Results per question over the filtered responses. Counts are raw: the page shows 1–4 as "<5". */
export async function surveyResults(db: DbOrTx, def: SurveyDef, f: ResultFilters): Promise<{ total: number; questions: Map<string, QuestionResult> }> {
  const where = responseWhere(def.id, f);
  const [{ total } = { total: 0 }] = await db.select({ total: sql<number>`count(*)::int` }).from(surveyResponses).where(where);
  const rows = await db
    .select({ questionId: surveyAnswers.questionId, value: surveyAnswers.value, values: surveyAnswers.values })
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .where(where)
    .orderBy(asc(surveyResponses.submittedAt));
  const out = new Map<string, QuestionResult>();
  const kinds = new Map(def.sections.flatMap((s) => s.questions.map((q) => [q.id, q.kind] as const)));
  for (const [id] of kinds) out.set(id, { questionId: id, answered: 0, counts: {}, average: null, texts: [] });
  const sums = new Map<string, number>();
  for (const r of rows) {
    const res = out.get(r.questionId);
    const kind = kinds.get(r.questionId);
    if (!res || !kind) continue;
    res.answered++;
    if (kind === 'multiple') for (const v of r.values) res.counts[v] = (res.counts[v] ?? 0) + 1;
    else if (kind === 'single' || kind === 'scale') res.counts[r.value ?? ''] = (res.counts[r.value ?? ''] ?? 0) + 1;
    else if (kind === 'number') sums.set(r.questionId, (sums.get(r.questionId) ?? 0) + Number(r.value));
    else if (r.value) res.texts.push(r.value);
  }
  for (const [id, sum] of sums) {
    const res = out.get(id)!;
    res.average = res.answered ? Math.round((sum / res.answered) * 10) / 10 : null;
  }
  return { total, questions: out };
}

/** Every filtered response with its answers, for the CSV (one row per response). */
export async function responsesForExport(db: DbOrTx, def: SurveyDef, f: ResultFilters) {
  const where = responseWhere(def.id, f);
  const responses = await db
    .select({ id: surveyResponses.id, locale: surveyResponses.locale, channel: surveyResponses.channel, submittedAt: surveyResponses.submittedAt, helper: sql<boolean>`${surveyResponses.candidateAmbassadorId} is not null` })
    .from(surveyResponses)
    .where(where)
    .orderBy(asc(surveyResponses.submittedAt), asc(surveyResponses.id));
  const answers = responses.length
    ? await db.select().from(surveyAnswers).where(inArray(surveyAnswers.responseId, responses.map((r) => r.id)))
    : [];
  const byResponse = new Map<string, Map<string, string>>();
  for (const a of answers) {
    const m = byResponse.get(a.responseId) ?? new Map<string, string>();
    m.set(a.questionId, a.values.length ? a.values.join(', ') : (a.value ?? ''));
    byResponse.set(a.responseId, m);
  }
  return responses.map((r) => ({ ...r, answers: byResponse.get(r.id) ?? new Map<string, string>() }));
}

/** Leads at "course started" or "completed" without an invite to this survey yet. */
export async function invitableLeads(db: DbOrTx, surveyId: string) {
  return db
    .select({ id: leads.id, status: leads.status })
    .from(leads)
    .leftJoin(surveyInvites, and(eq(surveyInvites.leadId, leads.id), eq(surveyInvites.surveyId, surveyId)))
    .where(and(inArray(leads.status, ['started', 'completed']), isNull(leads.mergedIntoId), isNull(surveyInvites.id)));
}

/** The survey's personal invites with the lead's first name (the coordinator hands the link on). */
export async function listInvites(db: DbOrTx, surveyId: string) {
  return db
    .select({
      id: surveyInvites.id,
      leadId: surveyInvites.leadId,
      leadName: leads.name,
      leadStep: surveyInvites.leadStep,
      usedAt: surveyInvites.usedAt,
      sentAt: surveyInvites.sentAt,
      createdAt: surveyInvites.createdAt,
      hasEmail: sql<boolean>`(${leads.email} is not null and ${leads.anonymisedAt} is null)`,
    })
    .from(surveyInvites)
    .innerJoin(leads, eq(leads.id, surveyInvites.leadId))
    .where(eq(surveyInvites.surveyId, surveyId))
    .orderBy(desc(surveyInvites.createdAt), asc(leads.name));
}

/** An invite by id, for its personal link's page. */
export async function findInvite(db: DbOrTx, inviteId: string) {
  const [row] = await db.select({ id: surveyInvites.id, surveyId: surveyInvites.surveyId, usedAt: surveyInvites.usedAt }).from(surveyInvites).where(eq(surveyInvites.id, inviteId));
  return row ?? null;
}

/** The candidates that came from this survey's responses (the corps has the rest). */
export async function surveyCandidates(db: DbOrTx, surveyId: string) {
  return db
    .select({ id: ambassadors.id, name: ambassadors.displayName, status: ambassadors.status, submittedAt: surveyResponses.submittedAt })
    .from(surveyResponses)
    .innerJoin(ambassadors, eq(ambassadors.id, surveyResponses.candidateAmbassadorId))
    .where(eq(surveyResponses.surveyId, surveyId))
    .orderBy(desc(surveyResponses.submittedAt));
}

/**
 * The CSV of all filtered responses, one row per response, one column per question (option
 * labels in Dutch), formula cells neutralised by lib/csv; the export is audited (ids only).
 */
export async function exportResponses(
  db: DbOrTx,
  actorUserId: string,
  def: SurveyDef,
  f: ResultFilters,
  labels: { submitted: string; language: string; channel: string; helper: string; channels: Record<string, string>; yes: string; no: string },
): Promise<string> {
  const rows = await responsesForExport(db, def, f);
  const questions = def.sections.flatMap((s) => s.questions);
  const optionLabel = new Map(questions.map((q) => [q.id, new Map(q.options.map((o) => [o.value, o.label.nl ?? o.value]))]));
  const header = [labels.submitted, labels.language, labels.channel, labels.helper, ...questions.map((q) => q.text.nl ?? '')];
  const body = rows.map((r) => [
    toLocalDateTimeInput(r.submittedAt).replace('T', ' '),
    r.locale,
    labels.channels[r.channel] ?? r.channel,
    r.helper ? labels.yes : labels.no,
    ...questions.map((q) => {
      const v = r.answers.get(q.id) ?? '';
      const names = optionLabel.get(q.id)!;
      return names.size ? v.split(', ').filter(Boolean).map((x) => names.get(x) ?? x).join(', ') : v;
    }),
  ]);
  await audit(db, { action: 'survey.exported', actorUserId, entityType: 'survey', entityId: def.id, details: { rows: rows.length } });
  return toCsv(header, body);
}
