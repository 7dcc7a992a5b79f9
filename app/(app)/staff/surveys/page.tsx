import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { DataBadge } from '@/app/_components/ui/badge';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { maskCount } from '@/lib/diversity/queries';
import { saveSurveyAction } from '@/lib/survey/actions';
import { textIn } from '@/lib/survey/logic';
import { listSurveys } from '@/lib/survey/queries';
import { languageFields } from './_fields';
import { surveyFieldLabel } from './_labels';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveyAdmin'))('metaTitle') };
}

/** The coordinator's surveys: the list with their response counts ("<5" for 1–4, as on the results page), and a new one. */
export default async function SurveysPage() {
  await requireAreaPermission('staff', 'survey.manage');
  const t = await getTranslations('surveyAdmin');
  const list = await listSurveys(getDb());
  const label = await surveyFieldLabel();
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <DataTable
        caption={t('title')}
        captionHidden
        className="mt-6"
        columns={[{ header: t('colTitle') }, { header: t('colStatus') }, { header: t('colResponses'), numeric: true }]}
        rowCount={list.length}
        empty={t('none')}
      >
        {list.map((s) => (
          <Tr key={s.id}>
            <RowHeader>
              <a className="text-brand-700 underline" href={`/staff/surveys/${s.id}`}>
                {textIn(s.title, 'nl')}
              </a>
            </RowHeader>
            <Td>
              <DataBadge>{t(`status.${s.status}`)}</DataBadge>
            </Td>
            <Td numeric>{maskCount(s.responses)}</Td>
          </Tr>
        ))}
      </DataTable>
      <Section id="new" title={t('newTitle')} card className="mt-8 max-w-2xl">
        <ActionForm
          action={saveSurveyAction}
          idPrefix="new"
          className="mt-3"
          submitLabel={t('create')}
          fields={[
            ...languageFields('title', label, { required: true, maxLength: 200 }),
            { kind: 'number', name: 'durationMinutes', label: label('durationMinutes'), defaultValue: '10', required: true },
            { kind: 'checkbox', name: 'asksForHelpers', label: label('asksForHelpers'), defaultChecked: true },
          ]}
        />
      </Section>
    </>
  );
}
