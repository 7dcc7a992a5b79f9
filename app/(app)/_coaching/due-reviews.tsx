import { getTranslations } from 'next-intl/server';
import type { ReviewOverviewRow } from '@/lib/coaching/reviews/queries';
import { DataBadge } from '@/app/_components/ui/badge';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { formatDay } from '@/app/_components/ui/target-progress';

/** The state of an ambassador's next review as a badge: due (soon) or overdue by so many days. */
export async function ReviewStateBadge({ row }: { row: Pick<ReviewOverviewRow, 'state' | 'daysOverdue'> }) {
  const t = await getTranslations('coach');
  if (row.state === 'overdue') return <DataBadge tone="danger">{t('state.overdue', { days: row.daysOverdue })}</DataBadge>;
  if (row.state === 'due') return <DataBadge tone="warning">{t('state.due')}</DataBadge>;
  return <DataBadge tone="neutral">{t('state.upcoming')}</DataBadge>;
}

/**
 * The reviews that are due or overdue: for the coach a table with a link to do each review; for
 * the coordinator's corps page (without `reviewHref`) a short list, since the coordinator follows
 * and the coach reviews (and the corps table above already has a row per ambassador).
 */
export async function DueReviews({ rows, reviewHref }: { rows: ReviewOverviewRow[]; reviewHref?: (ambassadorId: string) => string }) {
  const t = await getTranslations('coach');
  const days = await Promise.all(rows.map(async (r) => [await formatDay(r.dueOn), r.lastReviewOn ? await formatDay(r.lastReviewOn) : null] as const));
  if (!reviewHref) {
    if (!rows.length) return <p className="mt-2">{t('due.none')}</p>;
    return (
      <ul className="mt-2 grid gap-1" data-testid="due-reviews">
        {rows.map((r, i) => (
          <li key={r.ambassadorId}>
            <span className="font-semibold">{r.name}</span>: {t('due.line', { due: days[i]![0], last: days[i]![1] ?? t('due.never') })}{' '}
            <ReviewStateBadge row={r} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <DataTable
      caption={t('due.caption')}
      captionHidden
      rowCount={rows.length}
      empty={t('due.none')}
      columns={[
        { header: t('col.ambassador') },
        { header: t('col.lastReview') },
        { header: t('col.dueOn') },
        { header: t('col.state') },
        { header: t('col.action'), hiddenHeader: true },
      ]}
      data-testid="due-reviews"
    >
      {rows.map((r, i) => (
        <Tr key={r.ambassadorId} data-testid={`due-${r.ambassadorId}`}>
          <RowHeader>{r.name}</RowHeader>
          <Td>{days[i]![1] ?? t('due.never')}</Td>
          <Td>{days[i]![0]}</Td>
          <Td>
            <ReviewStateBadge row={r} />
          </Td>
          <Td>
            <a href={reviewHref(r.ambassadorId)} className="underline">
              {t('due.doReview', { name: r.name })}
            </a>
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
}
