import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { Button } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { Heading } from '@/app/_components/ui/heading';
import { addQuestionAction, addSectionAction, moveQuestionAction, moveSectionAction } from '@/lib/survey/actions';
import { QUESTION_KINDS, textIn } from '@/lib/survey/logic';
import type { SurveyDef } from '@/lib/survey/queries';
import { languageFields, questionFields } from '../../_fields';
import { surveyFieldLabel } from '../../_labels';

/** "Up" / "Down" for a question or a section: a small form each, works without JavaScript. */
async function MoveButtons({ action, surveyId, id, name, first, last }: { action: typeof moveQuestionAction; surveyId: string; id: string; name: string; first: boolean; last: boolean }) {
  const t = await getTranslations('surveyAdmin');
  return (
    <span className="inline-flex flex-wrap gap-2">
      {(['up', 'down'] as const).map((direction) =>
        (direction === 'up' ? first : last) ? null : (
          <PlainActionForm key={direction} action={action} className="inline">
            <input type="hidden" name="surveyId" value={surveyId} />
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="direction" value={direction} />
            <Button type="submit" variant="secondary" size="small" aria-label={`${t(direction === 'up' ? 'moveUp' : 'moveDown')}: ${name}`}>
              {t(direction === 'up' ? 'moveUp' : 'moveDown')}
            </Button>
          </PlainActionForm>
        ),
      )}
    </span>
  );
}

/** The sections with their questions (kind, required, options with their values, skip rule), editing, moving, and the forms to add them. */
export async function QuestionsSection({ def, hasResponses }: { def: SurveyDef; hasResponses: boolean }) {
  const t = await getTranslations('surveyAdmin');
  const label = await surveyFieldLabel();
  const questions = def.sections.flatMap((s) => s.questions);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const hidden = { kind: 'hidden' as const, name: 'surveyId', value: def.id };
  const base = `/staff/surveys/${def.id}`;
  return (
    <Section id="sections" title={t('sectionsTitle')} className="mt-6">
      {hasResponses ? <p className="mt-2 max-w-3xl">{t('lockedNote')}</p> : null}
      {def.sections.map((s, i) => {
        const sectionName = `${i + 1}. ${textIn(s.title, 'nl')}`;
        return (
          <div key={s.id} id={`s-${s.id}`} className="mt-4 rounded-lg bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center gap-3">
              <Heading level={3}>{sectionName}</Heading>
              <a className="text-brand-700 underline" href={`${base}/sections/${s.id}`} aria-label={`${t('edit')}: ${sectionName}`}>
                {t('edit')}
              </a>
              <MoveButtons action={moveSectionAction} surveyId={def.id} id={s.id} name={sectionName} first={i === 0} last={i === def.sections.length - 1} />
            </div>
            {s.questions.length === 0 ? (
              <p className="mt-2">{t('noQuestions')}</p>
            ) : (
              <ol className="mt-2 list-decimal space-y-3 ps-5">
                {s.questions.map((q, j) => {
                  const dep = q.showIf ? byId.get(q.showIf.questionId) : undefined;
                  const name = textIn(q.text, 'nl');
                  return (
                    <li key={q.id} id={`q-${q.id}`}>
                      <span className="font-semibold">{name}</span> — {t(`kinds.${q.kind}`)}
                      {q.required ? ` (${t('required')})` : ''}
                      {q.options.length ? (
                        <span className="block text-sm text-slate-700">{q.options.map((o) => `${o.value}: ${textIn(o.label, 'nl')}`).join(' · ')}</span>
                      ) : null}
                      {dep ? <span className="block text-sm text-slate-700">{t('showIf', { question: textIn(dep.text, 'nl'), values: q.showIf!.values.join(', ') })}</span> : null}
                      <span className="mt-1 flex flex-wrap items-center gap-3">
                        <a className="text-brand-700 underline" href={`${base}/questions/${q.id}`} aria-label={`${t('edit')}: ${name}`}>
                          {t('edit')}
                        </a>
                        <MoveButtons action={moveQuestionAction} surveyId={def.id} id={q.id} name={name} first={j === 0} last={j === s.questions.length - 1} />
                      </span>
                    </li>
                  );
                })}
              </ol>
            )}
          </div>
        );
      })}
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
            <>
              <p className="mt-2 text-sm">{t('optionsHint')}</p>
              <ActionForm
                action={addQuestionAction}
                idPrefix="question"
                className="mt-3"
                submitLabel={t('addQuestion')}
                messages={{ 'surveyAdmin.questionAdded': t('questionAdded') }}
                fields={[hidden, ...questionFields(def, label, { kinds: QUESTION_KINDS, kindLabel: (k) => t(`kinds.${k as 'single'}`), alwaysShow: t('alwaysShow') })]}
              />
            </>
          )}
        </div>
      </div>
    </Section>
  );
}
