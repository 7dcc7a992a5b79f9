import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { BackLink } from '@/app/_components/ui/back-link';
import { Button, ButtonLink } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { BarTable } from '@/app/_components/ui/table';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { requireAreaPermission } from '@/lib/auth/gate';
import { PUBLIC_LOCALES } from '@/lib/i18n/routing';
import { parseResultFilters } from '@/lib/survey/filters';
import { shownCount, shownPercent, textIn } from '@/lib/survey/logic';
import { loadSurvey, RESPONDENT_GROUPS, surveyResults } from '@/lib/survey/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveyAdmin'))('metaTitle') };
}

const selectClass = 'mt-1 block rounded-md border border-slate-500 bg-white p-2';

/** Results per question: counts and shares with their bars ("<5" for 1–4), open answers listed; filters; the CSV. */
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
        {t('respondents', { count: shownCount(total) })}
      </p>
      <p className="mt-1 text-sm">{t('smallNote')}</p>
      <p className="mt-3">
        <ButtonLink href={`/staff/surveys/${id}/export${query ? `?${query}` : ''}`} variant="secondary" download>
          {t('export')}
        </ButtonLink>
      </p>
      {def.sections.map((s) => (
        <Section key={s.id} id={`s-${s.id}`} title={textIn(s.title, 'nl')} className="mt-8">
          {s.questions.map((q) => {
            const r = questions.get(q.id)!;
            const title = textIn(q.text, 'nl');
            const choices = q.kind === 'scale' ? ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v })) : q.options.map((o) => ({ value: o.value, label: textIn(o.label, 'nl') }));
            return (
              <div key={q.id} className="mt-4 rounded-lg bg-white p-4 shadow-sm">
                <h3 className="font-bold">{title}</h3>
                <p className="text-sm text-slate-700">{t('answered', { count: shownCount(r.answered) })}</p>
                {q.kind === 'single' || q.kind === 'multiple' || q.kind === 'scale' ? (
                  <BarTable
                    caption={title}
                    captionHidden
                    className="mt-2"
                    labelHeader={t('colAnswer')}
                    countHeader={t('colCount')}
                    barHeader={t('colBar')}
                    // Counts of 1–4 draw no bar either: a bar would tell the number.
                    rows={choices.map((c) => {
                      const n = r.counts[c.value] ?? 0;
                      return { key: c.value, label: c.label, count: n > 0 && n < 5 ? 0 : n, text: `${shownCount(n)} (${shownPercent(n, r.answered)})` };
                    })}
                  />
                ) : q.kind === 'number' ? (
                  <p className="mt-2">{r.answered >= 5 && r.average !== null ? t('average', { value: r.average }) : t('noAnswers')}</p>
                ) : r.texts.length === 0 ? (
                  <p className="mt-2">{t('noAnswers')}</p>
                ) : (
                  <details className="mt-2" open={r.texts.length <= 10}>
                    <summary className="cursor-pointer font-semibold">{t('openAnswers')}</summary>
                    <ul className="mt-2 list-disc space-y-1 ps-5" dir="auto">
                      {r.texts.map((text, i) => (
                        <li key={i} dir="auto">
                          {text}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </div>
            );
          })}
        </Section>
      ))}
    </>
  );
}
