import { z } from 'zod';
import { blankToUndefined, checkbox, choice, optionalEmail, optionalIsoDate, optionalPhone, optionalText, optionalUuid, requiredText, uuid } from '@/lib/actions/validation';
import { PUBLIC_LOCALES } from '@/lib/i18n/routing';
import { QUESTION_KINDS } from './logic';

/** Form schemas of the survey. Feature message keys are `survey.errors.*` (public) and `surveyAdmin.errors.*`. */

const E = {
  notFound: 'survey.errors.notFound',
  contactRequired: 'survey.errors.contactRequired',
  helpConsent: 'survey.errors.helpConsent',
  optionsRequired: 'surveyAdmin.errors.optionsRequired',
  surveyNotFound: 'surveyAdmin.errors.notFound',
} as const;

/**
 * One page of the public survey (and of the paper entry, which posts every section at once).
 * The answers (`q_<question id>`) depend on the survey and are checked against it by
 * `readAnswers` (lib/survey/logic); this schema holds what every page has: the survey, the step
 * (a section's index, `help`, `contact`), the personal link, and the helper's details.
 */
export const respondSchema = z
  .object({
    survey: uuid(E.notFound),
    /** The language the respondent answers in (the page's). */
    locale: z.enum(PUBLIC_LOCALES, E.notFound),
    step: z.string().regex(/^(\d{1,2}|help|contact)$/, E.notFound),
    /** The "back" button's name: go to the previous page without checking this one. */
    back: z.string().optional().transform((v) => v !== undefined),
    /** A personal link (`<invite id>_<expiry>_<signature>`), checked by the action. */
    link: z.preprocess(blankToUndefined, z.string().max(200).optional()),
    helpOthers: z.preprocess(blankToUndefined, z.enum(['yes', 'no'], 'invalidChoice').optional()),
    helpConsent: checkbox,
    name: optionalText(100),
    phone: optionalPhone,
    email: optionalEmail,
    /** Honeypot: a field people never see; bots fill it in. */
    website: z.string().max(1000).optional(),
  })
  .catchall(z.unknown())
  .superRefine((v, ctx) => {
    if (v.step !== 'contact' || v.back) return;
    if (!v.helpConsent) ctx.addIssue({ code: 'custom', path: ['helpConsent'], message: E.helpConsent });
    if (!v.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'required' });
    if (!v.phone && !v.email) ctx.addIssue({ code: 'custom', path: ['phone'], message: E.contactRequired });
  });
export type RespondInput = z.output<typeof respondSchema>;

/** Texts per language: `<field>_nl` (required), `<field>_en`, `<field>_ar`. */
function texts<K extends string>(field: K, max: number, required = true) {
  return Object.fromEntries(
    PUBLIC_LOCALES.map((l) => [`${field}_${l}`, l === 'nl' && required ? requiredText(max) : optionalText(max)]),
  ) as unknown as Record<`${K}_${(typeof PUBLIC_LOCALES)[number]}`, z.ZodType<string | null>>;
}

export const surveySchema = z.object({
  surveyId: optionalUuid(E.surveyNotFound),
  ...texts('title', 200),
  ...texts('intro', 2000, false),
  ...texts('privacy', 2000, false),
  durationMinutes: z.coerce.number('invalidFormat').int('invalidFormat').min(1, 'invalidFormat').max(120, 'invalidFormat'),
  asksForHelpers: checkbox,
});
export type SurveyInput = z.output<typeof surveySchema>;

export const statusSchema = z.object({ surveyId: uuid(E.surveyNotFound), status: choice(['draft', 'open', 'closed'] as const) });

export const sectionSchema = z.object({ surveyId: uuid(E.surveyNotFound), ...texts('title', 200) });
export type SectionInput = z.output<typeof sectionSchema>;

/**
 * A question. Options of single and multiple: one a line per language, in the same order
 * (the Dutch lines make the list; a missing translation falls back). Skip rule: an earlier
 * question and the option values (or scale points) that show this one.
 */
export const questionSchema = z
  .object({
    surveyId: uuid(E.surveyNotFound),
    sectionId: uuid(E.surveyNotFound),
    kind: choice(QUESTION_KINDS),
    required: checkbox,
    ...texts('text', 500),
    ...texts('options', 4000, false),
    showIfQuestionId: optionalUuid('invalidChoice'),
    showIfValues: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if ((v.kind === 'single' || v.kind === 'multiple') && !(v.options_nl ?? '').split('\n').some((l) => l.trim())) {
      ctx.addIssue({ code: 'custom', path: ['options_nl'], message: E.optionsRequired });
    }
  });
export type QuestionInput = z.output<typeof questionSchema>;

export const inviteSchema = z.object({ surveyId: uuid(E.surveyNotFound) });
export const resendInviteSchema = z.object({ surveyId: uuid(E.surveyNotFound), inviteId: uuid(E.surveyNotFound) });

const version = z.coerce.number(E.surveyNotFound).int(E.surveyNotFound).min(1, E.surveyNotFound);

/** Editing a question: the same fields as adding one, plus which one and the version the form showed. */
export const editQuestionSchema = questionSchema.and(z.object({ questionId: uuid(E.surveyNotFound), version }));
export type EditQuestionInput = z.output<typeof editQuestionSchema>;

export const editSectionSchema = sectionSchema.extend({ sectionId: uuid(E.surveyNotFound), version });
export type EditSectionInput = z.output<typeof editSectionSchema>;

/** Deleting a question or section (`id` of either), at the version the page showed. */
export const deleteItemSchema = z.object({ surveyId: uuid(E.surveyNotFound), id: uuid(E.surveyNotFound), version });

/** Moving a question within its section, or a section within the survey, one place up or down. */
export const moveSchema = z.object({ surveyId: uuid(E.surveyNotFound), id: uuid(E.surveyNotFound), direction: choice(['up', 'down'] as const) });

/** The results' filters, from searchParams. */
export const resultFiltersSchema = z.object({
  locale: z.preprocess(blankToUndefined, z.enum(PUBLIC_LOCALES).optional().catch(undefined)),
  from: optionalIsoDate.catch(null),
  to: optionalIsoDate.catch(null),
  group: z.preprocess(blankToUndefined, z.enum(['public', 'personal_started', 'personal_completed', 'paper']).optional().catch(undefined)),
});

