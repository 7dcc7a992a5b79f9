import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { getPeriod, periodDetail } from '@/lib/targets/queries';
import { todayLocal } from '@/lib/dates';
import { formatDay, PaceLine, TargetProgress } from '@/app/_components/ui/target-progress';
import { PersonalTargetForm } from './personal-target-form';
import { DataTable } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';

/** One period: signed plans against the group target, and each active ambassador's personal target and result. */
export default async function PeriodPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAreaPermission('staff', 'programme.manage');
  const { id } = await params;
  const db = getDb();
  const period = await getPeriod(db, id);
  if (!period) notFound();
  const t = await getTranslations('targets');
  const tch = await getTranslations('channels');
  const format = await getFormatter();
  const today = todayLocal(new Date());
  const d = await periodDetail(db, period, today);
  const messages = {
    targetSaved: t('targetSaved'),
    targetCleared: t('targetCleared'),
  };

  return (
    <>
      <p className="text-sm">
        <a className="text-brand-700 underline" href="/staff/targets">
          {t('backToPeriods')}
        </a>
      </p>
      <PageHeading className="mt-2">{period.name}</PageHeading>
      <p className="mt-1 text-slate-700">{t('periodDates', { from: await formatDay(period.startsOn, 'long'), to: await formatDay(period.endsOn, 'long') })}</p>
      <p className="mt-1 text-slate-700" data-testid="period-scope">
        {t('scopeLine', { channel: period.channel ? tch(period.channel) : t('channelAll'), rule: t(`pairRule_${period.pairRule}`) })}
      </p>

      <section aria-labelledby="group-title" className="mt-4 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="group-title" className="text-xl font-bold">
          {t('groupTitle')}
        </h2>
        <div className="mt-2">
          <TargetProgress id="period-progress" signed={d.signed} target={period.groupTarget} label={t('progressLabel', { name: period.name })} />
        </div>
        <PaceLine pace={d.pace} startsOn={period.startsOn} today={today} />
        {d.signedByOthers > 0 ? <p className="mt-2 text-sm text-slate-700">{t('signedByOthers', { count: d.signedByOthers })}</p> : null}
      </section>

      <section aria-labelledby="personal-title" className="mt-8">
        <h2 id="personal-title" className="text-xl font-bold">
          {t('personalTitle')}
        </h2>
        <p className="mt-1 max-w-3xl">{t('personalIntro')}</p>
        <p className="mt-2 text-sm text-slate-700" data-testid="split-sum">
          {t('splitSum', { total: d.total, target: period.groupTarget, count: d.rows.length })}
        </p>
        {d.overAssigned > 0 ? <p className="mt-1 text-sm font-semibold text-red-800">{t('overAssigned', { count: d.overAssigned })}</p> : null}
        {d.unassigned > 0 ? <p className="mt-1 text-sm font-semibold text-red-800">{t('unassigned', { count: d.unassigned })}</p> : null}
        {d.rows.length === 0 ? (
          <p className="mt-2">{t('noActiveAmbassadors')}</p>
        ) : (
          <DataTable caption={t('personalTitle')} captionHidden columns={[{ header: t('colAmbassador') }, { header: t('colPersonalTarget'), numeric: true }, { header: t('colKind') }, { header: t('colResult'), numeric: true }, { header: t('colAdjust') }]} className="mt-3">
                {d.rows.map((r) => (
                  <tr key={r.ambassadorId} className="border-b border-slate-200 align-top" data-testid={`personal-${r.ambassadorId}`}>
                    <th scope="row" className="p-2 font-normal">
                      {r.name}
                    </th>
                    <td className="p-2 text-end font-semibold tabular-nums">{format.number(r.target)}</td>
                    <td className="p-2">
                      {r.adjusted ? (
                        <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">{t('adjusted')}</span>
                      ) : (
                        <span className="text-slate-700">{t('equalSplit')}</span>
                      )}
                    </td>
                    <td className="p-2 text-end tabular-nums">
                      {format.number(r.result)}
                      {r.target > 0 && r.result >= r.target ? <span className="ms-1 text-green-800">({t('reached')})</span> : null}
                    </td>
                    <td className="p-2">
                      <PersonalTargetForm
                        periodId={period.id}
                        ambassadorId={r.ambassadorId}
                        current={r.target}
                        adjusted={r.adjusted}
                        text={{
                          label: t('personalTargetOf', { name: r.name }),
                          save: t('save'),
                          clear: t('clear'),
                          saveFor: t('saveFor', { name: r.name }),
                          clearFor: t('clearFor', { name: r.name }),
                          messages,
                        }}
                      />
                    </td>
                  </tr>
                ))}
              </DataTable>
        )}
      </section>
    </>
  );
}
