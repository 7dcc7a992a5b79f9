import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { BackLink } from '@/app/_components/ui/back-link';
import { Section } from '@/app/_components/ui/card';
import { DescriptionList } from '@/app/_components/ui/description-list';
import { PageHeading } from '@/app/_components/ui/heading';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { saveBudgetAction } from '@/lib/coaching/meetings/actions';
import { intervisionUse } from '@/lib/coaching/meetings/queries';
import { todayLocal } from '@/lib/dates';
import { currentPeriod, getPeriod, listPeriods } from '@/lib/targets/queries';

/**
 * The coaching budget of a target period (mounted at `base`/budget; `?period=<id>`, else the
 * current period): intervision half-days held of the budget, per ambassador and in total, and the
 * form to set the period's budget. Coaching hours used come from the coaching log (lib/coaching/log).
 */
export async function BudgetOverview({ base, periodId }: { base: string; periodId?: string }) {
  const t = await getTranslations('meetings');
  const tb = await getTranslations('meetings.budget');
  const db = getDb();
  const today = todayLocal();
  const periods = await listPeriods(db);
  const period = (periodId && isUuid(periodId) ? await getPeriod(db, periodId) : null) ?? (await currentPeriod(db, today));

  return (
    <>
      <BackLink href={base}>{t('back')}</BackLink>
      <PageHeading>{tb('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{tb('intro')}</p>
      {!period ? (
        <p className="mt-4">{tb('noPeriods')}</p>
      ) : (
        <BudgetOfPeriod base={base} period={period} periods={periods} today={today} />
      )}
    </>
  );
}

async function BudgetOfPeriod({
  base,
  period,
  periods,
  today,
}: {
  base: string;
  period: { id: string; name: string; startsOn: string; endsOn: string };
  periods: { id: string; name: string }[];
  today: string;
}) {
  const tb = await getTranslations('meetings.budget');
  const use = await intervisionUse(getDb(), period, today);
  const format = await getFormatter();
  const hours = (minutes: number) => format.number(Math.round(minutes / 6) / 10); // one decimal
  return (
    <>
      <nav aria-label={tb('period')} className="mt-4">
        <ul className="flex flex-wrap gap-2">
          {periods.map((p) => (
            <li key={p.id}>
              <a
                href={`${base}/budget?period=${p.id}`}
                aria-current={p.id === period.id ? 'page' : undefined}
                className="inline-block rounded-md border border-slate-400 px-3 py-1 text-brand-700 underline aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
              >
                {p.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="intervision" title={`${tb('usedTitle')} – ${period.name}`} card className="mt-4">
        <DescriptionList
          data-testid="intervision-budget"
          items={[
            { key: 'used', term: tb('used'), description: tb('ofBudget', { used: use.used, budget: use.budget.intervisionHalfDays }), testId: 'intervision-used' },
            { key: 'planned', term: tb('planned'), description: use.planned },
            { key: 'attended', term: tb('attendedTotal'), description: use.attendedTotal },
            {
              key: 'hours',
              term: tb('coachingHoursUsed'),
              description: tb('hoursOfBudget', { used: hours(use.coachingMinutes), budget: use.budget.coachingHours }),
              testId: 'coaching-hours-used',
            },
          ]}
        />
        {!use.budget.own ? <p className="mt-2 text-slate-700">{tb('defaultBudget')}</p> : null}
      </Section>

      <Section id="per-ambassador" title={tb('byAmbassadorTitle')} className="mt-6">
        <DataTable
          caption={tb('byAmbassadorTitle')}
          captionHidden
          data-testid="intervision-by-ambassador"
          rowCount={use.byAmbassador.length}
          empty={tb('byAmbassadorEmpty')}
          columns={[{ header: tb('colAmbassador') }, { header: tb('colHalfDays'), numeric: true }, { header: tb('colCoachingHours'), numeric: true }]}
        >
          {use.byAmbassador.map((a) => (
            <Tr key={a.ambassadorId}>
              <RowHeader>{a.name}</RowHeader>
              <Td numeric>{a.halfDays}</Td>
              <Td numeric>{hours(a.coachingMinutes)}</Td>
            </Tr>
          ))}
          {use.byAmbassador.length ? (
            <Tr className="font-semibold">
              <RowHeader>{tb('total')}</RowHeader>
              <Td numeric>{use.attendedTotal}</Td>
              <Td numeric>{hours(use.coachingMinutes)}</Td>
            </Tr>
          ) : null}
        </DataTable>
      </Section>

      <Section id="budget-form" title={tb('formTitle')} card className="mt-6 max-w-xl">
        <ActionForm
          idPrefix="budget"
          action={saveBudgetAction}
          messages={{ budgetSaved: (await getTranslations('meetings'))('budgetSaved') }}
          fields={[
            { kind: 'hidden', name: 'base', value: base },
            { kind: 'hidden', name: 'periodId', value: period.id },
            { kind: 'number', name: 'intervisionHalfDays', label: tb('intervisionHalfDays'), required: true, defaultValue: String(use.budget.intervisionHalfDays) },
            { kind: 'number', name: 'coachingHours', label: tb('coachingHoursLabel'), required: true, defaultValue: String(use.budget.coachingHours) },
          ]}
          submitLabel={tb('save')}
        />
      </Section>
    </>
  );
}

