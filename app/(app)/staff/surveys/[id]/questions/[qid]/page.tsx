import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/app/_components/action-form';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { BackLink } from '@/app/_components/ui/back-link';
import { Button } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { requireAreaPermission } from '@/lib/auth/gate';
import { deleteQuestionAction, editQuestionAction } from '@/lib/survey/actions';
import { QUESTION_KINDS, textIn } from '@/lib/survey/logic';
import { surveyHasResponses } from '@/lib/survey/mutations';
import { loadSurvey } from '@/lib/survey/queries';
import { questionFields } from '../../../_fields';
import { surveyFieldLabel } from '../../../_labels';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveyAdmin'))('editQuestionTitle') };
}

/** Editing one question (every field, texts per language), and deleting it while the survey has no responses. */
export default async function EditQuestionPage({ params }: { params: Promise<{ id: string; qid: string }> }) {
  await requireAreaPermission('staff', 'survey.manage');
  const { id, qid } = await params;
  if (!isUuid(id) || !isUuid(qid)) notFound();
  const db = getDb();
  const def = await loadSurvey(db, id);
  const section = def?.sections.find((s) => s.questions.some((q) => q.id === qid));
  const q = section?.questions.find((x) => x.id === qid);
  if (!def || !section || !q) notFound();
  const hasResponses = await surveyHasResponses(db, id);
  const t = await getTranslations('surveyAdmin');
  const label = await surveyFieldLabel();
  const back = `/staff/surveys/${id}#q-${qid}`;

  return (
    <>
      <BackLink href={back}>{t('backToSurvey')}</BackLink>
      <PageHeading>{t('editQuestionTitle')}</PageHeading>
      <p className="mt-2 text-lg">{textIn(q.text, 'nl')}</p>
      {hasResponses ? <p className="mt-3 max-w-3xl">{t('lockedNote')}</p> : null}
      <Section id="edit" title={t('editQuestionTitle')} headingClassName="sr-only" card className="mt-6 max-w-2xl">
        <p className="text-sm">{t('optionsHint')}</p>
        <ActionForm
          action={editQuestionAction}
          idPrefix="edit"
          className="mt-3"
          submitLabel={t('save')}
          fields={[
            { kind: 'hidden', name: 'surveyId', value: id },
            { kind: 'hidden', name: 'questionId', value: qid },
            { kind: 'hidden', name: 'version', value: String(q.version) },
            ...questionFields(def, label, { kinds: QUESTION_KINDS, kindLabel: (k) => t(`kinds.${k as 'single'}`), alwaysShow: t('alwaysShow'), q, sectionId: section.id }),
          ]}
        />
      </Section>
      {hasResponses ? null : (
        <Section id="delete" title={t('deleteTitle')} card className="mt-6 max-w-2xl">
          <p className="mt-1">{t('deleteHint')}</p>
          <PlainActionForm action={deleteQuestionAction} className="mt-3">
            <input type="hidden" name="surveyId" value={id} />
            <input type="hidden" name="id" value={qid} />
            <input type="hidden" name="version" value={String(q.version)} />
            <Button type="submit" variant="danger">
              {t('deleteQuestion')}
            </Button>
          </PlainActionForm>
        </Section>
      )}
    </>
  );
}
