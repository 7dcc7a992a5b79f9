import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ambassadors, users } from './core';
import { leads } from './leads';

/**
 * The participant survey (lib/survey): surveys built by the coordinator from sections and
 * questions, with a text per language (jsonb: locale → text); responses and their answers; the
 * personal single-use invites for known course participants.
 *
 * Privacy: a response carries no IP, no name and no lead link. A personal-link response points
 * to its invite (which knows the lead); an anonymous one points to nothing. A "yes, I will help"
 * response points to the ambassador candidate it created.
 */
export const surveyQuestionKindEnum = pgEnum('survey_question_kind', ['single', 'multiple', 'scale', 'number', 'short_text', 'long_text']);
export const surveyStatusEnum = pgEnum('survey_status', ['draft', 'open', 'closed']);
/** How a response came in: the anonymous public link, a personal link, or typed in from paper. */
export const surveyChannelEnum = pgEnum('survey_channel', ['public', 'personal', 'paper']);

/** locale → text; at least nl. */
export type LocalizedText = Record<string, string>;
export type SurveyOption = { value: string; label: LocalizedText };

export const surveys = pgTable('surveys', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stable key of the demo's default survey; null for surveys built later. */
  key: text('key').unique(),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  intro: jsonb('intro').$type<LocalizedText>().notNull().default(sql`'{}'::jsonb`),
  /** What happens with the answers, per language. */
  privacy: jsonb('privacy').$type<LocalizedText>().notNull().default(sql`'{}'::jsonb`),
  /** How long it takes, said on the first page. */
  durationMinutes: integer('duration_minutes').notNull().default(10),
  /** Ends with "would you help others?" (an ambassador candidate after explicit consent). */
  asksForHelpers: boolean('asks_for_helpers').notNull().default(true),
  status: surveyStatusEnum('status').notNull().default('draft'),
  createdByUserId: uuid('created_by_user_id').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const surveySections = pgTable(
  'survey_sections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    /** Optimistic-locking counter, bumped on every edit of the title. */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('survey_sections_survey_idx').on(t.surveyId, t.position)],
);

export const surveyQuestions = pgTable(
  'survey_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    sectionId: uuid('section_id')
      .notNull()
      .references(() => surveySections.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    kind: surveyQuestionKindEnum('kind').notNull(),
    required: boolean('required').notNull().default(false),
    text: jsonb('text').$type<LocalizedText>().notNull(),
    /** Choices of single and multiple: a stable value and its label per language. */
    options: jsonb('options').$type<SurveyOption[]>().notNull().default(sql`'[]'::jsonb`),
    /** Skip logic: shown only when the answer to this earlier question is one of `showIfValues`. */
    showIfQuestionId: uuid('show_if_question_id'),
    showIfValues: text('show_if_values').array().notNull().default(sql`'{}'::text[]`),
    /** Optimistic-locking counter, bumped on every edit (not on a move). */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('survey_questions_section_idx').on(t.sectionId, t.position)],
);

/** A personal single-use link for a known course participant (a lead at "started"/"completed"). */
export const surveyInvites = pgTable(
  'survey_invites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id),
    /** The lead's step when invited: the respondent group of the results. */
    leadStep: text('lead_step').notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    /** When the link was last put in the outbox by e-mail (null: only shown to staff). */
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('survey_invites_survey_lead_uq').on(t.surveyId, t.leadId)],
);

export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    channel: surveyChannelEnum('channel').notNull(),
    /** Only for personal-link responses; unique, so a link answers once. */
    inviteId: uuid('invite_id')
      .unique()
      .references(() => surveyInvites.id),
    /** Who typed in a paper response. */
    enteredByUserId: uuid('entered_by_user_id').references(() => users.id),
    /** The ambassador candidate a "yes, I will help" created. */
    candidateAmbassadorId: uuid('candidate_ambassador_id').references(() => ambassadors.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('survey_responses_survey_idx').on(t.surveyId, t.submittedAt),
    check('survey_responses_invite_channel', sql`(${t.channel} = 'personal') = (${t.inviteId} is not null)`),
  ],
);

export const surveyAnswers = pgTable(
  'survey_answers',
  {
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => surveyQuestions.id, { onDelete: 'cascade' }),
    /** single, scale, number, short and long text: the value as text; multiple: every value. */
    value: text('value'),
    values: text('values').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionId] }), index('survey_answers_question_idx').on(t.questionId)],
);
