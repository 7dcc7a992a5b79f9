'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction, publicAction } from '@/lib/actions';
import type { FormState } from '@/lib/actions/form-state';
import { formDataToObject, formValues } from '@/lib/actions/validation';
import { verifyLink } from '@/lib/notifications/links';
import { clientIp, hashIp } from '@/lib/security/ip';
import { countSurveyResponse } from './flood';
import { fieldName, nextSectionIndex, previousSectionIndex, readAnswers, walkedSections, type SectionRule } from './logic';
import {
  addQuestion,
  addSection,
  createInvites,
  deleteQuestion,
  deleteSection,
  moveQuestion,
  moveSection,
  resendInvite,
  saveSurvey,
  sendInvites,
  setSurveyStatus,
  submitResponse,
  updateQuestion,
  updateSection,
} from './mutations';
import { loadSurvey, rulesOf } from './queries';
import {
  deleteItemSchema,
  editQuestionSchema,
  editSectionSchema,
  inviteSchema,
  moveSchema,
  questionSchema,
  resendInviteSchema,
  respondSchema,
  sectionSchema,
  statusSchema,
  surveySchema,
} from './schema';

const allIndexes = (rules: SectionRule[]) => rules.map((_, i) => i);

/** The first section with an error, to send the respondent back to. */
function sectionOfError(rules: SectionRule[], errors: Record<string, string>): number {
  const i = rules.findIndex((s) => s.questions.some((q) => errors[fieldName(q.id)]));
  return i < 0 ? 0 : i;
}

/**
 * The public survey, one page per section (works without JavaScript): every page posts all
 * answers so far (the earlier pages' as hidden fields); this checks the page's own answers and
 * answers with the next page (`data.step`), skipping sections the skip logic hides. The last
 * page stores the response (counted per IP hash against floods). "Would you help others?" yes →
 * the contact page (explicit consent, name, phone or e-mail) → an ambassador candidate.
 */
export const respondAction = publicAction(respondSchema, async (input, ctx): Promise<FormState> => {
  const db = getDb();
  const def = await loadSurvey(db, input.survey);
  if (!def || def.status !== 'open') throw new ActionError('survey.errors.closed');
  let inviteId: string | null = null;
  if (input.link) {
    const check = verifyLink('survey-invite', input.link);
    if (!check.ok) throw new ActionError('survey.errors.linkInvalid');
    inviteId = check.id;
  }
  const rules = rulesOf(def);
  const raw = formDataToObject(ctx.formData);
  const values = formValues(ctx.formData);
  const page = (step: string): FormState => ({ status: 'success', data: { step }, values: { ...values, step } });
  const lastSection = () => {
    const walked = walkedSections(rules, readAnswers(rules, allIndexes(rules), raw).answers);
    return String(walked.at(-1) ?? 0);
  };

  if (input.back) {
    if (input.step === 'contact') return page('help');
    if (input.step === 'help') return page(lastSection());
    const prev = previousSectionIndex(rules, Number(input.step), readAnswers(rules, allIndexes(rules), raw).answers);
    return page(String(prev ?? 0));
  }

  if (/^\d+$/.test(input.step)) {
    const i = Number(input.step);
    if (i >= rules.length) throw new ActionError('survey.errors.notFound');
    const { errors } = readAnswers(rules, [i], raw);
    if (Object.keys(errors).length) throw new ActionError('invalidForm', errors);
    const next = nextSectionIndex(rules, i, readAnswers(rules, allIndexes(rules), raw).answers);
    if (next !== null) return page(String(next));
    if (def.asksForHelpers) return page('help');
  } else if (input.step === 'help') {
    if (!input.helpOthers) throw new ActionError('invalidForm', { helpOthers: 'choiceRequired' });
    if (input.helpOthers === 'yes') return page('contact');
  }

  // The last page: store the response.
  const { answers, errors } = readAnswers(rules, allIndexes(rules), raw);
  if (Object.keys(errors).length) {
    const step = String(sectionOfError(rules, errors));
    return { status: 'error', formError: 'invalidForm', fieldErrors: errors, values: { ...values, step } };
  }
  if (input.website) return { status: 'success', data: { done: true } }; // honeypot: stored nowhere
  const ipHash = hashIp(clientIp(await headers()));
  if (!(await countSurveyResponse(db, ipHash)).allowed) throw new ActionError('rateLimited');
  const helper = input.step === 'contact' && input.helpOthers === 'yes' && input.helpConsent && input.name ? { name: input.name, phone: input.phone, email: input.email } : null;
  await submitResponse(db, def.id, { locale: input.locale, channel: inviteId ? 'personal' : 'public', inviteId, answers, helper });
  return { status: 'success', data: { done: true, helper: helper !== null } };
});

/**
 * Typing in a paper response (staff): every section on one page, checked at once; a respondent
 * who said yes to helping and signed the consent on paper becomes a candidate.
 */
export const paperResponseAction = authorizedAction('survey.manage', respondSchema, async (input, ctx) => {
  const db = getDb();
  const def = await loadSurvey(db, input.survey);
  if (!def) throw new ActionError('survey.errors.notFound');
  const rules = rulesOf(def);
  const { answers, errors } = readAnswers(rules, allIndexes(rules), formDataToObject(ctx.formData));
  if (input.helpOthers === 'yes' && input.helpConsent && !input.name) errors.name = 'required';
  if (input.helpOthers === 'yes' && input.helpConsent && !input.phone && !input.email) errors.phone = 'survey.errors.contactRequired';
  if (Object.keys(errors).length) throw new ActionError('invalidForm', errors);
  const helper = input.helpOthers === 'yes' && input.helpConsent && input.name ? { name: input.name, phone: input.phone, email: input.email } : null;
  await submitResponse(db, def.id, { locale: input.locale, channel: 'paper', answers, helper, enteredByUserId: ctx.user.id });
  return { status: 'success', message: 'surveyAdmin.paperSaved' };
});

export const saveSurveyAction = authorizedAction('survey.manage', surveySchema, async (input, ctx) => {
  const id = await saveSurvey(getDb(), ctx.user.id, input);
  if (!input.surveyId) redirect(`/staff/surveys/${id}`);
  revalidatePath(`/staff/surveys/${id}`);
  return { status: 'success', message: 'surveyAdmin.saved' };
}, { formFields: ['surveyId'] });

export const surveyStatusAction = authorizedAction('survey.manage', statusSchema, async (input, ctx) => {
  await setSurveyStatus(getDb(), ctx.user.id, input.surveyId, input.status);
  revalidatePath(`/staff/surveys/${input.surveyId}`);
  return { status: 'success', message: 'surveyAdmin.saved' };
}, { formFields: ['surveyId', 'status'] });

export const addSectionAction = authorizedAction('survey.manage', sectionSchema, async (input, ctx) => {
  await addSection(getDb(), ctx.user.id, input);
  revalidatePath(`/staff/surveys/${input.surveyId}`);
  return { status: 'success', message: 'surveyAdmin.sectionAdded' };
}, { formFields: ['surveyId'] });

export const addQuestionAction = authorizedAction('survey.manage', questionSchema, async (input, ctx) => {
  await addQuestion(getDb(), ctx.user.id, input);
  revalidatePath(`/staff/surveys/${input.surveyId}`);
  return { status: 'success', message: 'surveyAdmin.questionAdded' };
}, { formFields: ['surveyId', 'sectionId'] });

export const createInvitesAction = authorizedAction('survey.manage', inviteSchema, async (input, ctx) => {
  const count = await createInvites(getDb(), ctx.user.id, input.surveyId);
  revalidatePath(`/staff/surveys/${input.surveyId}`);
  return { status: 'success', message: 'surveyAdmin.invitesCreated', data: { count } };
}, { formFields: ['surveyId'] });

/** Back to the builder after a change (post/redirect/get, also without JavaScript), with a short confirmation. */
const BUILDER_DONE = ['questionSaved', 'questionDeleted', 'questionMoved', 'sectionSaved', 'sectionDeleted', 'sectionMoved', 'invitesSent', 'inviteResent'] as const;
export type BuilderDone = (typeof BUILDER_DONE)[number];

function backToBuilder(surveyId: string, done: BuilderDone, anchor: string, extra = ''): never {
  revalidatePath(`/staff/surveys/${surveyId}`);
  revalidatePath('/staff/surveys');
  redirect(`/staff/surveys/${surveyId}?done=${done}${extra}#${anchor}`);
}

export const editQuestionAction = authorizedAction('survey.manage', editQuestionSchema, async (input, ctx) => {
  await updateQuestion(getDb(), ctx.user.id, input);
  backToBuilder(input.surveyId, 'questionSaved', `q-${input.questionId}`);
}, { formFields: ['surveyId', 'questionId', 'version'] });

export const deleteQuestionAction = authorizedAction('survey.manage', deleteItemSchema, async (input, ctx) => {
  await deleteQuestion(getDb(), ctx.user.id, input.surveyId, input.id, input.version);
  backToBuilder(input.surveyId, 'questionDeleted', 'sections');
}, { formFields: ['surveyId', 'id', 'version'] });

export const moveQuestionAction = authorizedAction('survey.manage', moveSchema, async (input, ctx) => {
  await moveQuestion(getDb(), ctx.user.id, input.surveyId, input.id, input.direction);
  backToBuilder(input.surveyId, 'questionMoved', `q-${input.id}`);
}, { formFields: ['surveyId', 'id', 'direction'] });

export const editSectionAction = authorizedAction('survey.manage', editSectionSchema, async (input, ctx) => {
  await updateSection(getDb(), ctx.user.id, input);
  backToBuilder(input.surveyId, 'sectionSaved', `s-${input.sectionId}`);
}, { formFields: ['surveyId', 'sectionId', 'version'] });

export const deleteSectionAction = authorizedAction('survey.manage', deleteItemSchema, async (input, ctx) => {
  await deleteSection(getDb(), ctx.user.id, input.surveyId, input.id, input.version);
  backToBuilder(input.surveyId, 'sectionDeleted', 'sections');
}, { formFields: ['surveyId', 'id', 'version'] });

export const moveSectionAction = authorizedAction('survey.manage', moveSchema, async (input, ctx) => {
  await moveSection(getDb(), ctx.user.id, input.surveyId, input.id, input.direction);
  backToBuilder(input.surveyId, 'sectionMoved', `s-${input.id}`);
}, { formFields: ['surveyId', 'id', 'direction'] });

export const sendInvitesAction = authorizedAction('survey.manage', inviteSchema, async (input, ctx) => {
  const { sent } = await sendInvites(getDb(), ctx.user.id, input.surveyId);
  backToBuilder(input.surveyId, 'invitesSent', 'invites', `&count=${sent}`);
}, { formFields: ['surveyId'] });

export const resendInviteAction = authorizedAction('survey.manage', resendInviteSchema, async (input, ctx) => {
  await resendInvite(getDb(), ctx.user.id, input.surveyId, input.inviteId);
  backToBuilder(input.surveyId, 'inviteResent', 'invites');
}, { formFields: ['surveyId', 'inviteId'] });
