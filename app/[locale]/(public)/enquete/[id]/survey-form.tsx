'use client';

import { useEffect, useRef } from 'react';
import { Alert } from '@/app/_components/ui/alert';
import { Button, SubmitButton } from '@/app/_components/ui/button';
import { QuestionField, type ShownQuestion } from '@/app/_components/survey-question';
import { CheckboxField, RadioGroup, TextField } from '@/app/_components/ui/form-field';
import { useForm } from '@/app/_components/ui/use-form';
import { useText } from '@/app/_components/use-message';
import { valueOf, valuesOf, type FormState } from '@/lib/actions/form-state';
import { respondAction } from '@/lib/survey/actions';
import { fieldName, isVisible, questionMap } from '@/lib/survey/logic';

export type { ShownQuestion };
export interface ShownSection {
  id: string;
  title: string;
  questions: ShownQuestion[];
}

const HELP_FIELDS = ['helpOthers', 'helpConsent', 'name', 'phone', 'email'] as const;

/** Every field a page does not show, carried as hidden inputs so nothing typed is lost. */
function Carried({ values, except }: { values: FormState['values']; except: Set<string> }) {
  const inputs: React.ReactNode[] = [];
  for (const [name, v] of Object.entries(values ?? {})) {
    if (except.has(name) || !(name.startsWith('q_') || (HELP_FIELDS as readonly string[]).includes(name))) continue;
    for (const [i, one] of (Array.isArray(v) ? v : [v]).entries()) inputs.push(<input key={`${name}-${i}`} type="hidden" name={name} value={one} />);
  }
  return <>{inputs}</>;
}

export function SurveyForm({
  surveyId,
  locale,
  link,
  asksForHelpers,
  sections,
}: {
  surveyId: string;
  locale: string;
  link: string;
  asksForHelpers: boolean;
  sections: ShownSection[];
}) {
  const t = useText('survey');
  const tc = useText('common');
  const all = new Map(sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
  const labels: Record<string, string> = {
    ...Object.fromEntries(sections.flatMap((s) => s.questions.map((q) => [fieldName(q.id), q.text]))),
    helpOthers: t('helpQuestion'),
    helpConsent: t('helpConsent'),
    name: t('name'),
    phone: t('phone'),
    email: t('email'),
  };
  const { state, formAction, pending, errorSummary, error: err } = useForm(respondAction, { labels, summaryTitle: t('errorSummary') });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = state.status === 'success' && typeof state.data?.step === 'string' ? state.data.step : (valueOf(state.values, 'step') ?? '0');
  useEffect(() => {
    if (state.status === 'success') headingRef.current?.focus();
  }, [state]);

  if (state.status === 'success' && state.data?.done) {
    return (
      <Alert type="ok" className="mt-4 p-4">
        <h2 ref={headingRef} tabIndex={-1} className="text-xl font-bold text-green-900">
          {t('doneTitle')}
        </h2>
        <p className="mt-2">{t('doneText')}</p>
        {state.data.helper ? <p className="mt-2">{t('doneHelper')}</p> : null}
      </Alert>
    );
  }

  const values = state.values;
  // Visibility on the answers so far; a rule on a question of this same page is said in a hint
  // (the page works without JavaScript, so it cannot hide itself while typing).
  const rules = questionMap([{ id: 'all', questions: [...all.values()].map((q) => ({ id: q.id, kind: q.kind, required: q.required, options: q.options.map((o) => o.value), showIf: q.showIf })) }]);
  const answers = Object.fromEntries([...all.keys()].map((id) => [id, valuesOf(values, fieldName(id))]));
  const sectionIndex = /^\d+$/.test(step) ? Math.min(Number(step), sections.length - 1) : -1;
  const section = sectionIndex >= 0 ? sections[sectionIndex] : undefined;
  const onPage = new Set(section?.questions.map((q) => q.id) ?? []);
  const shown = section?.questions.filter((q) => {
    if (!q.showIf || onPage.has(q.showIf.questionId)) return true;
    return isVisible(rules.get(q.id)!, answers, rules);
  });
  const pageFields = new Set<string>(['step', ...(section ? section.questions.map((q) => fieldName(q.id)) : step === 'help' ? ['helpOthers'] : step === 'contact' ? ['helpOthers', 'helpConsent', 'name', 'phone', 'email'] : [])]);
  const total = sections.length + (asksForHelpers ? 1 : 0);
  const current = section ? sectionIndex + 1 : total;

  const question = (q: ShownQuestion) => {
    const dep = q.showIf && onPage.has(q.showIf.questionId) ? all.get(q.showIf.questionId) : undefined;
    return <QuestionField key={q.id} q={q} dependsOn={dep} values={values} error={err(fieldName(q.id))} />;
  };

  const isLast = section ? sectionIndex === sections.length - 1 && !asksForHelpers : step === 'contact';

  return (
    <form action={formAction} noValidate className="mt-4">
      <input type="hidden" name="survey" value={surveyId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="link" value={link} />
      <input type="hidden" name="step" value={step} />
      <Carried values={values} except={pageFields} />
      <p className="text-sm text-slate-700">{t('stepOf', { current, total })}</p>
      <h2 ref={headingRef} tabIndex={-1} className="mb-3 text-2xl font-bold text-brand-800">
        {section ? section.title : step === 'help' ? t('helpTitle') : t('contactTitle')}
      </h2>
      {errorSummary}
      {section ? (
        <>
          <p className="mb-4 text-sm">{t('requiredNote')}</p>
          {shown!.map(question)}
        </>
      ) : step === 'help' ? (
        <RadioGroup
          name="helpOthers"
          label={t('helpQuestion')}
          required
          requiredLabel={tc('requiredMarker')}
          options={[
            { value: 'yes', label: t('yes') },
            { value: 'no', label: t('no') },
          ]}
          defaultValue={valueOf(values, 'helpOthers')}
          error={err('helpOthers')}
        />
      ) : (
        <>
          <input type="hidden" name="helpOthers" value="yes" />
          <p className="mb-4">{t('contactIntro')}</p>
          <CheckboxField name="helpConsent" label={t('helpConsent')} required requiredLabel={tc('requiredMarker')} defaultChecked={valueOf(values, 'helpConsent') === 'on'} error={err('helpConsent')} />
          <TextField name="name" label={t('name')} required requiredLabel={tc('requiredMarker')} autoComplete="name" maxLength={100} defaultValue={valueOf(values, 'name')} error={err('name')} />
          <TextField name="phone" type="tel" label={t('phone')} hint={t('contactHint')} autoComplete="tel" inputMode="tel" maxLength={32} dir="ltr" defaultValue={valueOf(values, 'phone')} error={err('phone')} />
          <TextField name="email" type="email" label={t('email')} autoComplete="email" inputMode="email" maxLength={254} dir="ltr" defaultValue={valueOf(values, 'email')} error={err('email')} />
        </>
      )}
      <div className="hp-field" aria-hidden="true">
        <label htmlFor="f-website">{t('website')}</label>
        <input id="f-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="mt-6 flex flex-wrap gap-3">
        {step !== '0' ? (
          <Button type="submit" name="back" value="1" variant="secondary" formNoValidate>
            {t('back')}
          </Button>
        ) : null}
        <SubmitButton pending={pending} label={isLast ? t('submit') : t('next')} pendingLabel={t('submitting')} block={false} />
      </div>
    </form>
  );
}
