/**
 * The survey's rules, pure (no I/O): which questions are visible by the skip logic, which pages
 * a respondent walks, and whether an answer is valid for its kind. Required answers are
 * required only when the question is visible; the answers of hidden questions are dropped.
 */
export const QUESTION_KINDS = ['single', 'multiple', 'scale', 'number', 'short_text', 'long_text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const CHOICE_KINDS: readonly QuestionKind[] = ['single', 'multiple'];

export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 4000;
export const NUMBER_MIN = 0;
export const NUMBER_MAX = 100000;

export interface QuestionRule {
  id: string;
  kind: QuestionKind;
  required: boolean;
  /** The option values of single and multiple. */
  options: readonly string[];
  showIf: { questionId: string; values: readonly string[] } | null;
}

export interface SectionRule {
  id: string;
  questions: readonly QuestionRule[];
}

/** A stored answer: one value (text of any kind but multiple) or the values of multiple. */
export type Answer = string | string[];
export type Answers = Record<string, Answer>;

/** The form field of a question. */
export const fieldName = (questionId: string) => `q_${questionId}`;

const asList = (a: Answer | undefined): string[] => (a === undefined ? [] : Array.isArray(a) ? a : [a]);

/**
 * Whether a question is shown: always without a rule; with one, when the question it depends on
 * is itself shown and its answer is (or, for multiple, includes) one of the rule's values.
 * A rule on a question that does not exist (deleted) hides nothing.
 */
export function isVisible(question: QuestionRule, answers: Answers, all: ReadonlyMap<string, QuestionRule>, seen = new Set<string>()): boolean {
  if (!question.showIf) return true;
  const dep = all.get(question.showIf.questionId);
  if (!dep) return true;
  if (seen.has(question.id)) return false; // a cycle shows nothing rather than loop
  seen.add(question.id);
  if (!isVisible(dep, answers, all, seen)) return false;
  const given = asList(answers[dep.id]);
  return given.some((v) => question.showIf!.values.includes(v));
}

export function questionMap(sections: readonly SectionRule[]): Map<string, QuestionRule> {
  return new Map(sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
}

export function visibleQuestions(section: SectionRule, answers: Answers, all: ReadonlyMap<string, QuestionRule>): QuestionRule[] {
  return section.questions.filter((q) => isVisible(q, answers, all));
}

/** The index of the next section after `from` with a visible question, or null when none is left. */
export function nextSectionIndex(sections: readonly SectionRule[], from: number, answers: Answers): number | null {
  const all = questionMap(sections);
  for (let i = from + 1; i < sections.length; i++) {
    if (visibleQuestions(sections[i]!, answers, all).length > 0) return i;
  }
  return null;
}

/** The index of the previous section before `from` with a visible question, or null. */
export function previousSectionIndex(sections: readonly SectionRule[], from: number, answers: Answers): number | null {
  const all = questionMap(sections);
  for (let i = from - 1; i >= 0; i--) {
    if (visibleQuestions(sections[i]!, answers, all).length > 0) return i;
  }
  return null;
}

/** Message keys of the answer errors. */
export const ANSWER_ERRORS = {
  required: 'required',
  invalidChoice: 'invalidChoice',
  scale: 'survey.errors.scale',
  number: 'survey.errors.number',
  tooLong: 'tooLong',
} as const;

/**
 * One answer checked for its kind. Returns the clean answer (null when left empty) or an error
 * key. Empty is never an error here: whether it may be empty is `required`'s business.
 */
export function checkAnswer(q: QuestionRule, raw: unknown): { ok: true; answer: Answer | null } | { ok: false; error: string } {
  const list = (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]).filter((v): v is string => typeof v === 'string');
  const trimmed = list.map((v) => v.trim()).filter((v) => v !== '');
  if (trimmed.length === 0) return { ok: true, answer: null };
  switch (q.kind) {
    case 'single': {
      if (trimmed.length > 1 || !q.options.includes(trimmed[0]!)) return { ok: false, error: ANSWER_ERRORS.invalidChoice };
      return { ok: true, answer: trimmed[0]! };
    }
    case 'multiple': {
      const unique = [...new Set(trimmed)];
      if (unique.some((v) => !q.options.includes(v))) return { ok: false, error: ANSWER_ERRORS.invalidChoice };
      // In the options' order, so the same ticks are the same answer.
      return { ok: true, answer: q.options.filter((o) => unique.includes(o)) };
    }
    case 'scale': {
      if (trimmed.length > 1 || !/^[1-5]$/.test(trimmed[0]!)) return { ok: false, error: ANSWER_ERRORS.scale };
      return { ok: true, answer: trimmed[0]! };
    }
    case 'number': {
      const v = trimmed[0]!;
      if (trimmed.length > 1 || !/^\d{1,6}$/.test(v) || Number(v) < NUMBER_MIN || Number(v) > NUMBER_MAX) return { ok: false, error: ANSWER_ERRORS.number };
      return { ok: true, answer: String(Number(v)) };
    }
    case 'short_text':
    case 'long_text': {
      const max = q.kind === 'short_text' ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
      const v = list.join(' ').trim();
      if (v.length > max) return { ok: false, error: ANSWER_ERRORS.tooLong };
      return { ok: true, answer: v };
    }
  }
}

/**
 * Reads the answers of the given sections from form values (`q_<id>` fields): the answers of
 * visible questions, checked; errors by field name (a missing required answer of a visible
 * question, an invalid answer). Answers of hidden questions are left out, whatever was sent.
 * Visibility is decided on the answers as sent, so a skip rule on a question of the same page
 * works without JavaScript.
 */
export function readAnswers(
  sections: readonly SectionRule[],
  which: readonly number[],
  values: Record<string, unknown>,
): { answers: Answers; errors: Record<string, string> } {
  const all = questionMap(sections);
  // First every answer as given (checked), so visibility can look at any of them.
  const given: Answers = {};
  const errors: Record<string, string> = {};
  for (const s of sections) {
    for (const q of s.questions) {
      const r = checkAnswer(q, values[fieldName(q.id)]);
      if (r.ok && r.answer !== null && !(Array.isArray(r.answer) && r.answer.length === 0)) given[q.id] = r.answer;
      else if (!r.ok && which.includes(sections.indexOf(s))) errors[fieldName(q.id)] = r.error;
    }
  }
  const answers: Answers = {};
  for (const i of which) {
    const s = sections[i];
    if (!s) continue;
    for (const q of s.questions) {
      const name = fieldName(q.id);
      if (!isVisible(q, given, all)) {
        delete errors[name];
        continue;
      }
      if (errors[name]) continue;
      if (given[q.id] !== undefined) answers[q.id] = given[q.id]!;
      else if (q.required) errors[name] = ANSWER_ERRORS.required;
    }
  }
  return { answers, errors };
}

/** The sections a respondent walked with these answers (those with a visible question). */
export function walkedSections(sections: readonly SectionRule[], answers: Answers): number[] {
  const all = questionMap(sections);
  return sections.map((s, i) => (visibleQuestions(s, answers, all).length > 0 ? i : -1)).filter((i) => i >= 0);
}

/** A text in the wanted language, else English, else Dutch, else any. */
export function textIn(texts: Record<string, string> | null | undefined, locale: string): string {
  if (!texts) return '';
  return texts[locale] || texts.en || texts.nl || Object.values(texts).find(Boolean) || '';
}

/**
 * A share as a whole percentage, hidden ("–") when the count itself is under 5. (The count itself
 * is shown with the one small-count helper, maskCount in lib/diversity.)
 */
export function shownPercent(n: number, total: number): string {
  if (total === 0 || (n > 0 && n < 5)) return '–';
  return `${Math.round((n / total) * 100)}%`;
}
