import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { listPeriods } from '@/lib/targets/queries';
import { PAIR_RULES, TARGET_CHANNELS } from '@/lib/targets/schema';
import { todayLocal } from '@/lib/dates';
import { PeriodForm } from './period-form';
import { formatDay } from '@/app/_components/ui/target-progress';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';

const barClass =
  'block h-3 w-32 appearance-none overflow-hidden rounded bg-slate-200 ' +
  '[&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-700 [&::-moz-progress-bar]:bg-brand-700';

/** The coordinator's periods with their group target and progress, and the form for a new one. */
export default async function TargetsPage() {
  await requireAreaPermission('staff', 'programme.manage');
  const t = await getTranslations('targets');
  const tc = await getTranslations('common');
  const tch = await getTranslations('channels');
  const format = await getFormatter();
  const periods = await listPeriods(getDb());
  const today = todayLocal(new Date());
  const rows = await Promise.all(
    periods.map(async (p) => ({ ...p, from: await formatDay(p.startsOn), to: await formatDay(p.endsOn) })),
  );

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>

      <Section id="periods" title={t('periodsTitle')} className="mt-6">
        {rows.length === 0 ? (
          <p className="mt-2">{t('noPeriods')}</p>
        ) : (
          <DataTable caption={t('periodsTitle')} captionHidden columns={[{ header: t('colPeriod') }, { header: t('colFrom') }, { header: t('colTo') }, { header: t('colSigned'), numeric: true }, { header: t('colGroupTarget'), numeric: true }, { header: t('colProgress') }]} className="mt-2">
                {rows.map((p) => (
                  <Tr key={p.id}>
                    <RowHeader>
                      <a className="font-semibold text-brand-700 underline" href={`/staff/targets/${p.id}`}>
                        {p.name}
                      </a>
                      {p.startsOn <= today && today <= p.endsOn ? <span className="ms-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-800">{t('now')}</span> : null}
                    </RowHeader>
                    <Td>{p.from}</Td>
                    <Td>{p.to}</Td>
                    <Td numeric>{format.number(p.signed)}</Td>
                    <Td numeric>{format.number(p.groupTarget)}</Td>
                    <Td>
                      <progress
                        max={p.groupTarget}
                        value={Math.min(p.signed, p.groupTarget)}
                        aria-label={t('progressOf', { name: p.name, signed: p.signed, target: p.groupTarget })}
                        className={barClass}
                      />
                    </Td>
                  </Tr>
                ))}
              </DataTable>
        )}
      </Section>

      <Section id="new-period" title={t('newPeriodTitle')} className="mt-8">
        <PeriodForm
          text={{
            labels: {
              name: t('fieldName'),
              startsOn: t('fieldStartsOn'),
              endsOn: t('fieldEndsOn'),
              groupTarget: t('fieldGroupTarget'),
              channel: t('fieldChannel'),
              pairRule: t('fieldPairRule'),
            },
            hints: { name: t('hintName'), endsOn: t('hintEndsOn'), groupTarget: t('hintGroupTarget'), channel: t('hintChannel'), pairRule: t('hintPairRule') },
            channelAll: t('channelAll'),
            channels: TARGET_CHANNELS.map((c) => ({ value: c, label: tch(c) })),
            pairRules: PAIR_RULES.map((r) => ({ value: r, label: t(`pairRule_${r}`) })),
            errorSummary: t('errorSummary'),
            requiredMarker: tc('requiredMarker'),
            submit: t('createPeriod'),
            submitting: t('creatingPeriod'),
            created: t('periodCreated'),
            openCreated: t('openPeriod'),
          }}
        />
      </Section>
    </>
  );
}
