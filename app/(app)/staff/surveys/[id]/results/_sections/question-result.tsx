import { getTranslations } from 'next-intl/server';
import { BarChart } from '@/app/_components/ui/bar-chart';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { maskCount, SMALL_COUNT } from '@/lib/diversity/queries';
import { shownPercent, textIn } from '@/lib/survey/logic';
import type { QuestionResult as Result, SurveyDef } from '@/lib/survey/queries';

type Question = SurveyDef['sections'][number]['questions'][number];

/**
 * One question's results. Choice and scale questions: a chart drawn on the server (SVG) beside its
 * table, as in the reports; a count of 1–4 is "<5" in both and draws no bar (a bar would tell the
 * number). Number questions: the average from 5 answers on. Open questions: the answers listed.
 */
export async function QuestionResultCard({ question: q, result: r }: { question: Question; result: Result }) {
  const t = await getTranslations('surveyAdmin');
  const tr = await getTranslations('reports');
  const title = textIn(q.text, 'nl');
  const choices =
    q.kind === 'scale' ? ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v })) : q.options.map((o) => ({ value: o.value, label: textIn(o.label, 'nl') }));
  const small = (n: number) => n > 0 && n < SMALL_COUNT;
  return (
    <div className="mt-4 rounded-lg bg-white p-4 shadow-sm" data-testid={`result-${q.id}`}>
      <h3 className="font-bold">{title}</h3>
      <p className="text-sm text-slate-700">{t('answered', { count: maskCount(r.answered) })}</p>
      {q.kind === 'single' || q.kind === 'multiple' || q.kind === 'scale' ? (
        <div className="lg:grid lg:grid-cols-2 lg:gap-6">
          <BarChart
            id={`q-${q.id}`}
            title={tr('chartOf', { title })}
            rows={choices.map((c) => {
              const n = r.counts[c.value] ?? 0;
              return { key: c.value, label: c.label, value: small(n) ? 0 : n, display: small(n) || n === 0 ? maskCount(n) : `${n} (${shownPercent(n, r.answered)})` };
            })}
          />
          <DataTable
            caption={title}
            captionHidden
            className="mt-3"
            columns={[{ header: t('colAnswer') }, { header: t('colCount'), numeric: true }, { header: t('colShare'), numeric: true }]}
          >
            {choices.map((c) => {
              const n = r.counts[c.value] ?? 0;
              return (
                <Tr key={c.value}>
                  <RowHeader>{c.label}</RowHeader>
                  <Td numeric>{maskCount(n)}</Td>
                  <Td numeric>{shownPercent(n, r.answered)}</Td>
                </Tr>
              );
            })}
          </DataTable>
        </div>
      ) : q.kind === 'number' ? (
        <p className="mt-2">{r.answered >= SMALL_COUNT && r.average !== null ? t('average', { value: r.average }) : t('noAnswers')}</p>
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
}
