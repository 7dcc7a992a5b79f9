import { describe, expect, it } from 'vitest';
import { checkAnswer, fieldName, isVisible, nextSectionIndex, previousSectionIndex, questionMap, readAnswers, shownPercent, textIn, walkedSections, type QuestionRule, type SectionRule } from './logic';

const q = (id: string, kind: QuestionRule['kind'], extra: Partial<QuestionRule> = {}): QuestionRule => ({
  id,
  kind,
  required: false,
  options: kind === 'single' || kind === 'multiple' ? ['a', 'b', 'c'] : [],
  showIf: null,
  ...extra,
});

// Section 0: did you finish? (single) → why not (long, shown if 'b'), how many weeks (number, shown if 'b')
// Section 1: only visible when 'a' was answered in section 0 (scale)
// Section 2: always (multiple)
const sections: SectionRule[] = [
  { id: 's0', questions: [q('done', 'single', { required: true }), q('why', 'long_text', { required: true, showIf: { questionId: 'done', values: ['b'] } }), q('weeks', 'number', { showIf: { questionId: 'why', values: ['x'] } })] },
  { id: 's1', questions: [q('rate', 'scale', { required: true, showIf: { questionId: 'done', values: ['a'] } })] },
  { id: 's2', questions: [q('what', 'multiple', { required: true })] },
];
const all = questionMap(sections);

describe('skip logic', () => {
  it('shows a question without a rule, and one with a rule only when the answer matches', () => {
    expect(isVisible(all.get('done')!, {}, all)).toBe(true);
    expect(isVisible(all.get('why')!, {}, all)).toBe(false);
    expect(isVisible(all.get('why')!, { done: 'a' }, all)).toBe(false);
    expect(isVisible(all.get('why')!, { done: 'b' }, all)).toBe(true);
  });

  it('hides a question whose question it depends on is itself hidden', () => {
    // "why" says x, but "why" is hidden (done = a): "weeks" stays hidden.
    expect(isVisible(all.get('weeks')!, { done: 'a', why: 'x' }, all)).toBe(false);
    expect(isVisible(all.get('weeks')!, { done: 'b', why: 'x' }, all)).toBe(true);
  });

  it('matches a multiple-choice answer when any tick is one of the values', () => {
    const m = questionMap([{ id: 's', questions: [q('m', 'multiple'), q('d', 'short_text', { showIf: { questionId: 'm', values: ['c'] } })] }]);
    expect(isVisible(m.get('d')!, { m: ['a', 'c'] }, m)).toBe(true);
    expect(isVisible(m.get('d')!, { m: ['a'] }, m)).toBe(false);
  });

  it('skips a section with no visible question, forward and back', () => {
    expect(nextSectionIndex(sections, 0, { done: 'b' })).toBe(2);
    expect(nextSectionIndex(sections, 0, { done: 'a' })).toBe(1);
    expect(nextSectionIndex(sections, 2, { done: 'a' })).toBe(null);
    expect(previousSectionIndex(sections, 2, { done: 'b' })).toBe(0);
    expect(walkedSections(sections, { done: 'b' })).toEqual([0, 2]);
  });
});

describe('required answers', () => {
  it('requires a visible required question and not a hidden one', () => {
    const r = readAnswers(sections, [0], { [fieldName('done')]: 'a' });
    expect(r.errors).toEqual({});
    expect(r.answers).toEqual({ done: 'a' });
    const r2 = readAnswers(sections, [0], { [fieldName('done')]: 'b' });
    expect(r2.errors).toEqual({ [fieldName('why')]: 'required' });
  });

  it('drops the answer of a hidden question, even when one was sent', () => {
    const r = readAnswers(sections, [0, 1], { [fieldName('done')]: 'b', [fieldName('why')]: 'too far', [fieldName('rate')]: '4' });
    expect(r.answers).toEqual({ done: 'b', why: 'too far' });
    expect(r.errors).toEqual({});
  });

  it('reports a missing required answer on the page that is checked only', () => {
    const r = readAnswers(sections, [2], {});
    expect(r.errors).toEqual({ [fieldName('what')]: 'required' });
  });

  it('does not complain about an invalid answer of a hidden question', () => {
    const r = readAnswers(sections, [0, 1], { [fieldName('done')]: 'b', [fieldName('why')]: 'x', [fieldName('rate')]: '9' });
    expect(r.errors).toEqual({});
  });
});

describe('answers per kind', () => {
  it('single: one of the options', () => {
    expect(checkAnswer(q('x', 'single'), 'b')).toEqual({ ok: true, answer: 'b' });
    expect(checkAnswer(q('x', 'single'), 'z')).toEqual({ ok: false, error: 'invalidChoice' });
    expect(checkAnswer(q('x', 'single'), ['a', 'b'])).toEqual({ ok: false, error: 'invalidChoice' });
  });
  it('multiple: known options, without duplicates, in the options order', () => {
    expect(checkAnswer(q('x', 'multiple'), ['c', 'a', 'c'])).toEqual({ ok: true, answer: ['a', 'c'] });
    expect(checkAnswer(q('x', 'multiple'), ['a', 'z'])).toEqual({ ok: false, error: 'invalidChoice' });
  });
  it('scale: 1 to 5 only', () => {
    expect(checkAnswer(q('x', 'scale'), '5')).toEqual({ ok: true, answer: '5' });
    expect(checkAnswer(q('x', 'scale'), '0')).toMatchObject({ ok: false, error: 'survey.errors.scale' });
    expect(checkAnswer(q('x', 'scale'), '6')).toMatchObject({ ok: false });
  });
  it('number: a whole number from 0', () => {
    expect(checkAnswer(q('x', 'number'), ' 012 ')).toEqual({ ok: true, answer: '12' });
    expect(checkAnswer(q('x', 'number'), '-3')).toMatchObject({ ok: false, error: 'survey.errors.number' });
    expect(checkAnswer(q('x', 'number'), '2.5')).toMatchObject({ ok: false });
    expect(checkAnswer(q('x', 'number'), '1000000')).toMatchObject({ ok: false });
  });
  it('texts: trimmed, with a maximum length', () => {
    expect(checkAnswer(q('x', 'short_text'), '  hallo ')).toEqual({ ok: true, answer: 'hallo' });
    expect(checkAnswer(q('x', 'short_text'), 'a'.repeat(201))).toEqual({ ok: false, error: 'tooLong' });
    expect(checkAnswer(q('x', 'long_text'), 'a'.repeat(4000))).toMatchObject({ ok: true });
  });
  it('empty is no answer, never an error', () => {
    expect(checkAnswer(q('x', 'number'), '  ')).toEqual({ ok: true, answer: null });
    expect(checkAnswer(q('x', 'multiple'), [])).toEqual({ ok: true, answer: null });
  });
});

describe('display', () => {
  it('hides the share of a count of 1 to 4', () => {
    expect(shownPercent(3, 10)).toBe('–');
    expect(shownPercent(5, 10)).toBe('50%');
  });
  it('falls back to English, then Dutch, for a missing translation', () => {
    expect(textIn({ nl: 'Hallo', en: 'Hello' }, 'ar')).toBe('Hello');
    expect(textIn({ nl: 'Hallo' }, 'ar')).toBe('Hallo');
    expect(textIn({ nl: 'Hallo', ar: 'مرحبا' }, 'ar')).toBe('مرحبا');
  });
});
