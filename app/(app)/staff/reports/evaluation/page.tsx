import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import { todayLocal } from '@/lib/dates';
import { saveReportVersionAction } from '@/lib/reports/actions';
import { type EvaluationData, evaluationData, getVersion, versionsOf } from '@/lib/reports/evaluation';
import { parseReportPeriod, periodQuery } from '@/lib/reports/period';
import { PageHeading } from '@/app/_components/ui/heading';
import { Section } from '@/app/_components/ui/card';
import { formatDay } from '@/app/_components/ui/target-progress';
import { PeriodPicker } from '../_sections/period-picker';
import { ReportTableSection } from '../_sections/report-table';
import { evaluationSections } from '../_sections/evaluation';

export const dynamic = 'force-dynamic';

/**
 * The evaluation report for a period, following the source's questions: live figures per section
 * and the coordinator's text per section, saved as a version; a published version shows the
 * figures as they were when it was published. Printable on A4; the same as a PDF.
 */
export default async function EvaluationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAreaPermission('staff', 'reports.view');
  const t = await getTranslations('reports');
  const db = getDb();
  const today = todayLocal();
  const params = await searchParams;
  const period = parseReportPeriod(params, today);
  const versions = await versionsOf(db, period);
  const wanted = typeof params.version === 'string' ? await getVersion(db, params.version) : null;
  const version = wanted && wanted.startsOn === period.from && wanted.endsOn === period.to ? wanted : (versions[0] ?? null);
  const frozen = version?.status === 'published' && version.snapshot ? (version.snapshot as EvaluationData) : null;
  const data = frozen ?? (await evaluationData(db, period, today));
  const sections = await evaluationSections(data);
  const q = `${periodQuery(period)}${version ? `&version=${version.id}` : ''}`;
  const narratives = version?.narratives ?? {};

  return (
    <>
      <PageHeading>{t('evaluationTitle')}</PageHeading>
      <p className="mt-1 font-semibold">{t('periodLine', { from: await formatDay(period.from, 'long'), to: await formatDay(period.to, 'long') })}</p>
      <p className="mt-1" data-testid="version-line">
        {version ? t(version.status === 'published' ? 'versionPublished' : 'versionDraft', { day: (version.publishedAt ?? version.updatedAt).toISOString().slice(0, 10) }) : t('versionNone')}
      </p>
      <p className="mt-2 flex flex-wrap gap-4 print:hidden">
        <a className="text-brand-700 underline" href={`/staff/reports/evaluation/pdf?${q}`} download>
          {t('downloadPdf')}
        </a>
        <a className="text-brand-700 underline" href={`/staff/reports?${periodQuery(period)}`}>
          {t('backToReports')}
        </a>
        <a className="text-brand-700 underline" href={`/staff/reports/costs?${periodQuery(period)}`}>
          {t('costsTitle')}
        </a>
      </p>
      <div className="print:hidden">
        <PeriodPicker period={period} action="/staff/reports/evaluation" />
      </div>
      {sections.map((s) => (
        <Section key={s.key} id={`s-${s.key}`} title={s.title} className="mt-8 break-before-auto" data-testid={`section-${s.key}`}>
          {narratives[s.key] ? <p className="mt-2 max-w-3xl whitespace-pre-line">{narratives[s.key]}</p> : <p className="mt-2 text-slate-700">{t('noNarrative')}</p>}
          {s.tables.map((table) => (
            <ReportTableSection key={table.id} table={table} csvHref={null} level={3} idPrefix={`s-${s.key}`} />
          ))}
        </Section>
      ))}
      {can(user.role, 'reports.manage') ? (
        <Section id="narrative" title={t('narrativeTitle')} card className="mt-8 print:hidden">
          <p className="mt-1 max-w-3xl">{t('narrativeIntro')}</p>
          <ActionForm
            idPrefix="ev"
            action={saveReportVersionAction}
            className="mt-3 max-w-3xl"
            fields={[
              { kind: 'hidden', name: 'from', value: period.from },
              { kind: 'hidden', name: 'to', value: period.to },
              ...sections.map((s) => ({
                kind: 'textarea' as const,
                name: `n_${s.key}`,
                label: t('narrativeFor', { section: s.title }),
                maxLength: 5000,
                defaultValue: version?.status === 'draft' || !version ? (narratives[s.key] ?? '') : (narratives[s.key] ?? ''),
              })),
              {
                kind: 'radio',
                name: 'intent',
                label: t('intent'),
                required: true,
                defaultValue: 'save',
                options: [
                  { value: 'save', label: t('intentSave') },
                  { value: 'publish', label: t('intentPublish') },
                ],
              },
            ]}
            submitLabel={t('saveVersion')}
          />
        </Section>
      ) : null}
    </>
  );
}
