'use client';

import { valueOf, valuesOf, type FormState } from '@/lib/actions/form-state';
import { fieldName, LONG_TEXT_MAX, SHORT_TEXT_MAX, type QuestionRule } from '@/lib/survey/logic';
import { CheckboxGroup, RadioGroup, TextArea, TextField } from './ui/form-field';
import { useText } from './use-message';

/** A survey question as the respondent sees it: the texts already in their language. */
export interface ShownQuestion {
  id: string;
  kind: QuestionRule['kind'];
  required: boolean;
  text: string;
  options: { value: string; label: string }[];
  showIf: { questionId: string; values: string[] } | null;
}

const SCALE = ['1', '2', '3', '4', '5'];

/**
 * One question's field (the public survey and the paper entry): radios for single and the
 * scale, checkboxes for multiple, a textbox for number and texts. A skip rule on a question of the
 * same page is said in the hint (`dependsOn`), since the page works without JavaScript.
 */
export function QuestionField({ q, dependsOn, values, error }: { q: ShownQuestion; dependsOn?: ShownQuestion; values: FormState['values']; error?: string }) {
  const t = useText('survey');
  const tc = useText('common');
  const name = fieldName(q.id);
  const hint = dependsOn
    ? t('onlyIf', { question: dependsOn.text, answers: q.showIf!.values.map((v) => dependsOn.options.find((o) => o.value === v)?.label ?? v).join(', ') })
    : q.kind === 'scale'
      ? t('scaleHint')
      : q.kind === 'number'
        ? t('numberHint')
        : undefined;
  const common = { name, label: q.text, hint, error, required: q.required, requiredLabel: tc('requiredMarker') };
  switch (q.kind) {
    case 'single':
      return <RadioGroup {...common} options={q.options} defaultValue={valueOf(values, name)} />;
    case 'scale':
      return <RadioGroup {...common} options={SCALE.map((v) => ({ value: v, label: v }))} defaultValue={valueOf(values, name)} />;
    case 'multiple':
      return <CheckboxGroup name={name} label={q.required ? `${q.text} *` : q.text} hint={hint} error={error} options={q.options} defaultValues={valuesOf(values, name)} />;
    case 'number':
      return <TextField {...common} inputMode="numeric" maxLength={6} defaultValue={valueOf(values, name)} />;
    case 'short_text':
      return <TextField {...common} maxLength={SHORT_TEXT_MAX} defaultValue={valueOf(values, name)} />;
    case 'long_text':
      return <TextArea {...common} rows={4} maxLength={LONG_TEXT_MAX} defaultValue={valueOf(values, name)} />;
  }
}
