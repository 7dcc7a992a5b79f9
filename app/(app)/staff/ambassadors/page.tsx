import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { ambassadorOverview } from '@/lib/targets/queries';
import { todayLocal } from '@/lib/dates';
import { formatDay } from '@/app/_components/ui/target-progress';
import { DataTable } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';

/** The coordinator's ambassador overview: everyone, with profile and this period's target and result. */
export default async function AmbassadorsPage() {
  await requireAreaPermission('staff', 'programme.manage');
  const t = await getTranslations('targets');
  const tl = await getTranslations('languages');
  const format = await getFormatter();
  const { period, rows } = await ambassadorOverview(getDb(), todayLocal(new Date()));
  const language = (code: string) => (tl.has(code as never) ? tl(code as never) : code);
  const counts = { active: 0, candidate: 0, stopped: 0 };
  for (const r of rows) counts[r.status]++;

  return (
    <>
      <PageHeading>{t('ambassadorsTitle')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('ambassadorsIntro')}</p>
      <p className="mt-2">{t('ambassadorCounts', counts)}</p>
      {period ? (
        <p className="mt-2">
          {t.rich('ambassadorsPeriod', {
            name: period.name,
            from: await formatDay(period.startsOn),
            to: await formatDay(period.endsOn),
            link: (chunks) => (
              <a className="text-brand-700 underline" href={`/staff/targets/${period.id}`}>
                {chunks}
              </a>
            ),
          })}
        </p>
      ) : (
        <p className="mt-2">
          {t.rich('ambassadorsNoPeriod', {
            link: (chunks) => (
              <a className="text-brand-700 underline" href="/staff/targets">
                {chunks}
              </a>
            ),
          })}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="mt-4">{t('noAmbassadors')}</p>
      ) : (
        <DataTable caption={t('ambassadorsCaption')} captionHidden columns={[{ header: t('colName') }, { header: t('colStatus') }, { header: t('colLanguages') }, { header: t('colWijk') }, { header: t('colNt2') }, { header: t('colPersonalTarget'), numeric: true }, { header: t('colResult'), numeric: true }]} className="mt-4">
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-normal">
                    {r.name}
                  </th>
                  <td className="p-2">{t(`ambassadorStatus.${r.status}`)}</td>
                  <td className="p-2">{r.languages.length ? r.languages.map(language).join(', ') : '—'}</td>
                  <td className="p-2">{r.wijk ?? '—'}</td>
                  <td className="p-2">{r.nt2Level ?? '—'}</td>
                  <td className="p-2 text-end tabular-nums">
                    {r.target === null ? (
                      <>
                        <span aria-hidden="true">—</span>
                        <span className="sr-only">{t('noTarget')}</span>
                      </>
                    ) : (
                      <>
                        {format.number(r.target)}
                        {r.adjusted ? <span className="ms-1 text-amber-900">({t('adjusted')})</span> : null}
                      </>
                    )}
                  </td>
                  <td className="p-2 text-end tabular-nums">{r.result === null ? '—' : format.number(r.result)}</td>
                </tr>
              ))}
            </DataTable>
      )}
    </>
  );
}
