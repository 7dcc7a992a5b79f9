import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { coachOverview } from '@/lib/coaching/record/queries';
import { DueReviews, ReviewStateBadge } from '@/app/(app)/_coaching/due-reviews';
import { Section } from '@/app/_components/ui/card';
import { Welcome } from '@/app/_components/area-shell';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { formatDay } from '@/app/_components/ui/target-progress';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('coach');
  return { title: `${t('home.title')} – Wijkwerf` };
}

/** The coach's start: the reviews due now, and every active ambassador with target, result and coaching hours. */
export default async function CoachHomePage() {
  const user = await requireAreaPermission('coach', 'coaching.manage');
  const t = await getTranslations('coach');
  const o = await coachOverview(getDb());
  const dueOn = await Promise.all(o.rows.map((r) => formatDay(r.dueOn)));

  return (
    <>
      <Welcome user={user} intro={t('home.intro', { days: o.settings.reviewIntervalDays })} />

      <Section id="due" title={t('due.title', { count: o.due.length })}>
        <DueReviews rows={o.due} reviewHref={(id) => `/coach/ambassadors/${id}/review`} />
      </Section>

      <Section id="ambassadors" title={t('home.ambassadorsTitle')} className="mt-8">
        <p className="mt-1">
          {o.period
            ? t('home.period', { name: o.period.name, from: await formatDay(o.period.startsOn), to: await formatDay(o.period.endsOn) })
            : t('home.noPeriod')}
        </p>
        <DataTable
          caption={t('home.ambassadorsTitle')}
          captionHidden
          className="mt-2"
          rowCount={o.rows.length}
          empty={t('home.noAmbassadors')}
          columns={[
            { header: t('col.ambassador') },
            { header: t('col.nextReview') },
            { header: t('col.target'), numeric: true },
            { header: t('col.result'), numeric: true },
            { header: t('col.hours', { target: o.settings.coachingHoursTarget }), numeric: true },
          ]}
          data-testid="coach-ambassadors"
        >
          {o.rows.map((r, i) => (
            <Tr key={r.ambassadorId}>
              <RowHeader>
                <a href={`/coach/ambassadors/${r.ambassadorId}`} className="underline">
                  {r.name}
                </a>
              </RowHeader>
              <Td>
                {dueOn[i]} <ReviewStateBadge row={r} />
              </Td>
              <Td numeric>{r.target ?? '—'}</Td>
              <Td numeric>{r.result ?? '—'}</Td>
              <Td numeric>{t('hoursOf', { hours: r.hours, target: o.settings.coachingHoursTarget })}</Td>
            </Tr>
          ))}
        </DataTable>
      </Section>
    </>
  );
}
