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
import { deleteSectionAction, editSectionAction } from '@/lib/survey/actions';
import { textIn } from '@/lib/survey/logic';
import { surveyHasResponses } from '@/lib/survey/mutations';
import { loadSurvey } from '@/lib/survey/queries';
import { languageFields } from '../../../_fields';
import { surveyFieldLabel } from '../../../_labels';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveyAdmin'))('editSectionTitle') };
}

/** Editing a section's title per language, and deleting it (with its questions) while the survey has no responses. */
export default async function EditSectionPage({ params }: { params: Promise<{ id: string; sid: string }> }) {
  await requireAreaPermission('staff', 'survey.manage');
  const { id, sid } = await params;
  if (!isUuid(id) || !isUuid(sid)) notFound();
  const db = getDb();
  const def = await loadSurvey(db, id);
  const section = def?.sections.find((s) => s.id === sid);
  if (!def || !section) notFound();
  const hasResponses = await surveyHasResponses(db, id);
  const t = await getTranslations('surveyAdmin');
  const label = await surveyFieldLabel();

  return (
    <>
      <BackLink href={`/staff/surveys/${id}#s-${sid}`}>{t('backToSurvey')}</BackLink>
      <PageHeading>{t('editSectionTitle')}</PageHeading>
      <p className="mt-2 text-lg">{textIn(section.title, 'nl')}</p>
      <Section id="edit" title={t('editSectionTitle')} headingClassName="sr-only" card className="mt-6 max-w-2xl">
        <ActionForm
          action={editSectionAction}
          idPrefix="edit"
          className="mt-3"
          submitLabel={t('save')}
          fields={[
            { kind: 'hidden', name: 'surveyId', value: id },
            { kind: 'hidden', name: 'sectionId', value: sid },
            { kind: 'hidden', name: 'version', value: String(section.version) },
            ...languageFields('title', label, { required: true, maxLength: 200, values: section.title }),
          ]}
        />
      </Section>
      {hasResponses ? null : (
        <Section id="delete" title={t('deleteTitle')} card className="mt-6 max-w-2xl">
          <p className="mt-1">{t('deleteHint')}</p>
          {section.questions.length ? <p className="mt-1">{t('deleteSectionHint')}</p> : null}
          <PlainActionForm action={deleteSectionAction} className="mt-3">
            <input type="hidden" name="surveyId" value={id} />
            <input type="hidden" name="id" value={sid} />
            <input type="hidden" name="version" value={String(section.version)} />
            <Button type="submit" variant="danger">
              {t('deleteSection')}
            </Button>
          </PlainActionForm>
        </Section>
      )}
    </>
  );
}
