import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { BackLink } from '@/app/_components/ui/back-link';
import { Button, ButtonLink } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { requireAreaPermission } from '@/lib/auth/gate';
import { PUBLIC_LOCALES } from '@/lib/i18n/routing';
import { parseResultFilters } from '@/lib/survey/filters';
import { maskCount } from '@/lib/diversity/queries';
import { textIn } from '@/lib/survey/logic';
import { loadSurvey, RESPONDENT_GROUPS, surveyResults } from '@/lib/survey/queries';
import { QuestionResultCard } from './_sections/question-result';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveyAdmin'))('metaTitle') };
}

const selectClass = 'mt-1 block rounded-md border border-slate-500 bg-white p-2';

/** Results per question (chart beside its table, "<5" for 1–4; open answers listed); filters; the CSV. */
export default async function SurveyResultsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAreaPermission('staff', 'survey.manage');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const def = await loadSurvey(getDb(), id);
  if (!def) notFound();
  const t = await getTranslations('surveyAdmin');
  const tl = await getTranslations('localeNames');
  const { form, filters } = parseResultFilters(await searchParams);
  const { total, questions } = await surveyResults(getDb(), def, filters);
  const query = new URLSearchParams(Object.entries(form).filter(([, v]) => v)).toString();

  return (
    <>
      <BackLink href={`/staff/surveys/${id}`}>{t('backToSurvey')}</BackLink>
      <PageHeading>{t('resultsTitle', { title: textIn(def.title, 'nl') })}</PageHeading>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-4 rounded-lg bg-white p-4 shadow-sm" aria-label={t('filtersTitle')}>
        <label className="font-semibold">
          {t('filterLocale')}
          <select name="locale" defaultValue={form.locale} className={selectClass}>
            <option value="">{t('all')}</option>
            {PUBLIC_LOCALES.map((l) => (
              <option key={l} value={l}>
                {tl(l)}
              </option>
            ))}
          </select>
        </label>
        <label className="font-semibold">
          {t('filterFrom')}
          <input type="date" name="from" defaultValue={form.from} className={selectClass} />
        </label>
        <label className="font-semibold">
          {t('filterTo')}
          <input type="date" name="to" defaultValue={form.to} className={selectClass} />
        </label>
        <label className="font-semibold">
          {t('filterGroup')}
          <select name="group" defaultValue={form.group} className={selectClass}>
            <option value="">{t('all')}</option>
            {RESPONDENT_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`groups.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          {t('filter')}
        </Button>
      </form>
      <p className="mt-4 text-lg font-semibold" data-testid="survey-total">
        {t('respondents', { count: maskCount(total) })}
      </p>
      <p className="mt-1 text-sm">{t('smallNote')}</p>
      <p className="mt-3">
        <ButtonLink href={`/staff/surveys/${id}/export${query ? `?${query}` : ''}`} variant="secondary" download>
          {t('export')}
        </ButtonLink>
      </p>
      {def.sections.map((s) => (
        <Section key={s.id} id={`s-${s.id}`} title={textIn(s.title, 'nl')} className="mt-8">
          {s.questions.map((q) => (
            <QuestionResultCard key={q.id} question={q} result={questions.get(q.id)!} />
          ))}
        </Section>
      ))}
    </>
  );
}
