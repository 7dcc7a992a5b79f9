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
import { surveyHasResponses } from '@/lib/survey/mutations';
import { listInvites, loadSurvey, surveyCandidates } from '@/lib/survey/queries';
import { languageFields } from '../_fields';
import { surveyFieldLabel } from '../_labels';
import { CandidatesSection, InvitesSection } from './_sections/invites';
import { QuestionsSection } from './_sections/questions';

const DONE_KEYS = ['questionSaved', 'questionDeleted', 'questionMoved', 'sectionSaved', 'sectionDeleted', 'sectionMoved', 'invitesSent', 'inviteResent'] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveyAdmin'))('metaTitle') };
}

/** The builder: texts and settings, status, sections and questions with skip rules, personal links, candidates. */
export default async function SurveyBuilderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAreaPermission('staff', 'survey.manage');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const db = getDb();
  const def = await loadSurvey(db, id);
  if (!def) notFound();
  const t = await getTranslations('surveyAdmin');
  const [invites, candidates, hasResponses] = await Promise.all([listInvites(db, id), surveyCandidates(db, id), surveyHasResponses(db, id)]);
  const { done, count } = await searchParams;
  const doneText =
    typeof done === 'string' && (DONE_KEYS as readonly string[]).includes(done)
      ? t(`done.${done as (typeof DONE_KEYS)[number]}`, { count: typeof count === 'string' && /^\d{1,6}$/.test(count) ? Number(count) : 0 })
      : null;
  const label = await surveyFieldLabel();
  const hidden = { kind: 'hidden' as const, name: 'surveyId', value: id };

  return (
    <>
      <BackLink href="/staff/surveys">{t('back')}</BackLink>
      <PageHeading>
        {textIn(def.title, 'nl')} <DataBadge>{t(`status.${def.status}`)}</DataBadge>
      </PageHeading>
      <div className="mt-3">
        {doneText ? (
          <p role="status" className="rounded-md border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
            {doneText}
          </p>
        ) : null}
      </div>

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

      <QuestionsSection def={def} hasResponses={hasResponses} />

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

      <InvitesSection surveyId={id} open={def.status === 'open'} invites={invites} />
      <CandidatesSection candidates={candidates} />
    </>
  );
}
