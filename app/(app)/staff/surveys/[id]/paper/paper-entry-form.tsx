'use client';

import { useTranslations } from 'next-intl';
import { InlineNotice } from '@/app/_components/ui/alert';
import { QuestionField, type ShownQuestion } from '@/app/_components/survey-question';
import { CheckboxField, RadioGroup, SelectField, TextField } from '@/app/_components/ui/form-field';
import { SubmitButton } from '@/app/_components/ui/button';
import { useForm } from '@/app/_components/ui/use-form';
import { valueOf } from '@/lib/actions/form-state';
import { paperResponseAction } from '@/lib/survey/actions';
import { fieldName } from '@/lib/survey/logic';

/** Typing in one paper response: every section at once, checked like the public survey. */
export function PaperEntryForm({
  surveyId,
  sections,
  asksForHelpers,
  languages,
  texts,
}: {
  surveyId: string;
  sections: { id: string; title: string; questions: ShownQuestion[] }[];
  asksForHelpers: boolean;
  languages: { value: string; label: string }[];
  texts: Record<'language' | 'save' | 'saved' | 'help', string>;
}) {
  const t = useTranslations('survey');
  const labels: Record<string, string> = {
    locale: texts.language,
    ...Object.fromEntries(sections.flatMap((s) => s.questions.map((q) => [fieldName(q.id), q.text]))),
    helpOthers: t('helpQuestion'),
    helpConsent: t('helpConsent'),
    name: t('name'),
    phone: t('phone'),
    email: t('email'),
  };
  const { state, formAction, pending, errorSummary, error: err } = useForm(paperResponseAction, { labels, messages: { 'surveyAdmin.paperSaved': texts.saved } });
  const values = state.status === 'error' ? state.values : undefined;
  const all = new Map(sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
  return (
    // Keyed by the state: after a save the form starts empty for the next paper.
    <form key={state.status === 'success' ? String(Math.random()) : 'form'} action={formAction} noValidate className="mt-3">
      {state.status === 'success' ? <InlineNotice type="ok">{texts.saved}</InlineNotice> : null}
      {errorSummary}
      <input type="hidden" name="survey" value={surveyId} />
      <input type="hidden" name="step" value="0" />
      <SelectField name="locale" label={texts.language} required options={languages} defaultValue={valueOf(values, 'locale') ?? 'nl'} error={err('locale')} />
      {sections.map((s) => (
        <fieldset key={s.id} className="mt-4 border-t border-slate-300 pt-3">
          <legend className="text-lg font-bold">{s.title}</legend>
          {s.questions.map((q) => (
            <QuestionField key={q.id} q={q} dependsOn={q.showIf ? all.get(q.showIf.questionId) : undefined} values={values} error={err(fieldName(q.id))} />
          ))}
        </fieldset>
      ))}
      {asksForHelpers ? (
        <fieldset className="mt-4 border-t border-slate-300 pt-3">
          <legend className="text-lg font-bold">{texts.help}</legend>
          <RadioGroup name="helpOthers" label={t('helpQuestion')} options={[{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }]} defaultValue={valueOf(values, 'helpOthers')} error={err('helpOthers')} />
          <CheckboxField name="helpConsent" label={t('helpConsent')} defaultChecked={valueOf(values, 'helpConsent') === 'on'} error={err('helpConsent')} />
          <TextField name="name" label={t('name')} maxLength={100} defaultValue={valueOf(values, 'name')} error={err('name')} />
          <TextField name="phone" type="tel" label={t('phone')} maxLength={32} dir="ltr" defaultValue={valueOf(values, 'phone')} error={err('phone')} />
          <TextField name="email" type="email" label={t('email')} maxLength={254} dir="ltr" defaultValue={valueOf(values, 'email')} error={err('email')} />
        </fieldset>
      ) : null}
      <SubmitButton pending={pending} label={texts.save} block={false} />
    </form>
  );
}
