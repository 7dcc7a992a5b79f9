import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/app/_components/action-form';
import { BackLink } from '@/app/_components/ui/back-link';
import { DataBadge } from '@/app/_components/ui/badge';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { requireAreaPermission } from '@/lib/auth/gate';
import { saveSurveyAction, surveyStatusAction } from '@/lib/survey/actions';
import { textIn } from '@/lib/survey/logic';
import { listInvites, loadSurvey, surveyCandidates } from '@/lib/survey/queries';
import { languageFields } from '../_fields';
import { CandidatesSection, InvitesSection } from './_sections/invites';
import { QuestionsSection } from './_sections/questions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveyAdmin'))('metaTitle') };
}

/** The builder: texts and settings, status, sections and questions with skip rules, personal links, candidates. */
export default async function SurveyBuilderPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAreaPermission('staff', 'survey.manage');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const db = getDb();
  const def = await loadSurvey(db, id);
  if (!def) notFound();
  const t = await getTranslations('surveyAdmin');
  const [invites, candidates] = await Promise.all([listInvites(db, id), surveyCandidates(db, id)]);
  const label = (name: string) => t(`fields.${name}` as 'fields.title_nl');
  const hidden = { kind: 'hidden' as const, name: 'surveyId', value: id };

  return (
    <>
      <BackLink href="/staff/surveys">{t('back')}</BackLink>
      <PageHeading>
        {textIn(def.title, 'nl')} <DataBadge>{t(`status.${def.status}`)}</DataBadge>
      </PageHeading>

      <Section id="links" title={t('linksTitle')} className="mt-6">
        <ul className="mt-2 list-disc space-y-1 ps-5">
          <li>
            <a className="text-brand-700 underline" href={`/enquete/${id}`}>{t('publicLink')}</a>
            {' · '}
            <a className="text-brand-700 underline" href={`/en/enquete/${id}`}>en</a>
            {' · '}
            <a className="text-brand-700 underline" href={`/ar/enquete/${id}`}>ar</a>
          </li>
          <li>
            <a className="text-brand-700 underline" href={`/staff/surveys/${id}/paper`}>{t('paperLink')}</a>
          </li>
          <li>
            <a className="text-brand-700 underline" href={`/staff/surveys/${id}/results`}>{t('resultsLink')}</a>
          </li>
        </ul>
      </Section>

      <Section id="status" title={t('statusTitle')} card className="mt-6 max-w-2xl">
        <p className="mt-1">{t('statusHint')}</p>
        <ActionForm
          action={surveyStatusAction}
          idPrefix="status"
          className="mt-3"
          submitLabel={t('setStatus')}
          messages={{ 'surveyAdmin.saved': t('saved') }}
          fields={[
            hidden,
            { kind: 'radio', name: 'status', label: label('status'), defaultValue: def.status, options: (['draft', 'open', 'closed'] as const).map((s) => ({ value: s, label: t(`status.${s}`) })) },
          ]}
        />
      </Section>

      <QuestionsSection def={def} />

      <Section id="settings" title={t('settingsTitle')} card className="mt-6 max-w-2xl">
        <ActionForm
          action={saveSurveyAction}
          idPrefix="settings"
          className="mt-3"
          submitLabel={t('save')}
          messages={{ 'surveyAdmin.saved': t('saved') }}
          fields={[
            hidden,
            ...languageFields('title', label, { required: true, values: def.title, maxLength: 200 }),
            ...languageFields('intro', label, { kind: 'textarea', values: def.intro, maxLength: 2000 }),
            ...languageFields('privacy', label, { kind: 'textarea', values: def.privacy, maxLength: 2000 }),
            { kind: 'number', name: 'durationMinutes', label: label('durationMinutes'), defaultValue: String(def.durationMinutes), required: true },
            { kind: 'checkbox', name: 'asksForHelpers', label: label('asksForHelpers'), defaultChecked: def.asksForHelpers },
          ]}
        />
      </Section>

      <InvitesSection surveyId={id} invites={invites} />
      <CandidatesSection candidates={candidates} />
    </>
  );
}
