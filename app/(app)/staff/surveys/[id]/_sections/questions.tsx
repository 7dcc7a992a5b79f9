import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';
import { Heading } from '@/app/_components/ui/heading';
import { addQuestionAction, addSectionAction } from '@/lib/survey/actions';
import { QUESTION_KINDS, textIn } from '@/lib/survey/logic';
import type { SurveyDef } from '@/lib/survey/queries';
import { languageFields } from '../../_fields';

/** The sections with their questions (kind, required, options with their values, skip rule), and the forms to add them. */
export async function QuestionsSection({ def }: { def: SurveyDef }) {
  const t = await getTranslations('surveyAdmin');
  const label = (name: string) => t(`fields.${name}` as 'fields.title_nl');
  const questions = def.sections.flatMap((s) => s.questions);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const hidden = { kind: 'hidden' as const, name: 'surveyId', value: def.id };
  return (
    <Section id="sections" title={t('sectionsTitle')} className="mt-6">
      {def.sections.map((s, i) => (
        <div key={s.id} className="mt-4 rounded-lg bg-white p-4 shadow-sm">
          <Heading level={3}>
            {i + 1}. {textIn(s.title, 'nl')}
          </Heading>
          {s.questions.length === 0 ? (
            <p className="mt-2">{t('noQuestions')}</p>
          ) : (
            <ol className="mt-2 list-decimal space-y-2 ps-5">
              {s.questions.map((q) => {
                const dep = q.showIf ? byId.get(q.showIf.questionId) : undefined;
                return (
                  <li key={q.id}>
                    <span className="font-semibold">{textIn(q.text, 'nl')}</span> — {t(`kinds.${q.kind}`)}
                    {q.required ? ` (${t('required')})` : ''}
                    {q.options.length ? (
                      <span className="block text-sm text-slate-700">{q.options.map((o) => `${o.value}: ${textIn(o.label, 'nl')}`).join(' · ')}</span>
                    ) : null}
                    {dep ? <span className="block text-sm text-slate-700">{t('showIf', { question: textIn(dep.text, 'nl'), values: q.showIf!.values.join(', ') })}</span> : null}
                  </li>
                );
              })}
            </ol>
          )}
        </div>
      ))}
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <div className="rounded-lg bg-white p-4 shadow-sm">
          <Heading level={3}>{t('addSection')}</Heading>
          <ActionForm action={addSectionAction} idPrefix="section" className="mt-3" submitLabel={t('addSection')} messages={{ 'surveyAdmin.sectionAdded': t('sectionAdded') }} fields={[hidden, ...languageFields('title', label, { required: true, maxLength: 200 })]} />
        </div>
        <div className="rounded-lg bg-white p-4 shadow-sm">
          <Heading level={3}>{t('addQuestionTitle')}</Heading>
          {def.sections.length === 0 ? (
            <p className="mt-2">{t('needSection')}</p>
          ) : (
            <ActionForm
              action={addQuestionAction}
              idPrefix="question"
              className="mt-3"
              submitLabel={t('addQuestion')}
              messages={{ 'surveyAdmin.questionAdded': t('questionAdded') }}
              fields={[
                hidden,
                { kind: 'select', name: 'sectionId', label: label('sectionId'), required: true, defaultValue: def.sections.at(-1)!.id, options: def.sections.map((s, i) => ({ value: s.id, label: `${i + 1}. ${textIn(s.title, 'nl')}` })) },
                { kind: 'select', name: 'kind', label: label('kind'), required: true, defaultValue: 'single', options: QUESTION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })) },
                { kind: 'checkbox', name: 'required', label: label('required') },
                ...languageFields('text', label, { required: true, maxLength: 500 }),
                ...languageFields('options', label, { kind: 'textarea', maxLength: 4000 }),
                {
                  kind: 'select',
                  name: 'showIfQuestionId',
                  label: label('showIfQuestionId'),
                  defaultValue: '',
                  options: [{ value: '', label: t('alwaysShow') }, ...questions.filter((q) => q.kind === 'single' || q.kind === 'multiple' || q.kind === 'scale').map((q) => ({ value: q.id, label: textIn(q.text, 'nl') }))],
                },
                { kind: 'text', name: 'showIfValues', label: label('showIfValues'), maxLength: 500 },
              ]}
            />
          )}
        </div>
      </div>
    </Section>
  );
}
