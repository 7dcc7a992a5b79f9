import { getTranslations } from 'next-intl/server';
import type { ReviewRecord } from '@/lib/coaching/reviews/queries';
import { DataBadge } from '@/app/_components/ui/badge';
import { Card, Section } from '@/app/_components/ui/card';
import { DescriptionList } from '@/app/_components/ui/description-list';
import { Heading } from '@/app/_components/ui/heading';
import { formatDay } from '@/app/_components/ui/target-progress';

/** The reviews so far, newest first: the window's figures, the agreements and how they turned out, the private notes. */
export async function Reviews({ reviews }: { reviews: ReviewRecord[] }) {
  const t = await getTranslations('coach');
  const days = await Promise.all(reviews.map(async (r) => [await formatDay(r.reviewedOn), await formatDay(r.windowFrom), await formatDay(r.windowTo)] as const));
  return (
    <Section id="reviews" title={t('record.reviewsTitle')} className="mt-8">
      {reviews.length === 0 ? <p className="mt-1">{t('record.noReviews')}</p> : null}
      <ol className="mt-2 grid gap-4">
        {reviews.map((r, i) => (
          <Card as="li" key={r.id} data-testid="review">
            <Heading level={3}>{t('record.reviewOf', { date: days[i]![0] })}</Heading>
            <p className="text-sm">{t('review.window', { from: days[i]![1], to: days[i]![2] })}</p>
            <DescriptionList
              layout="totals"
              className="mt-2 max-w-md"
              items={[
                { key: 'c', term: t('figure.contacts'), description: r.contacts },
                { key: 's', term: t('figure.signups'), description: r.signups },
                { key: 'p', term: t('figure.plansSigned'), description: r.plansSigned },
                { key: 'w', term: t('figure.shiftsWorked'), description: r.shiftsWorked },
                { key: 't', term: t('figure.targetProRata'), description: r.targetProRata ?? '—' },
              ]}
            />
            <h4 className="mt-3 font-semibold">
              {t('record.agreements')}
            </h4>
            {r.agreements.length ? (
              <ul className="mt-1 list-disc ps-6">
                {r.agreements.map((a) => (
                  <li key={a.id}>
                    {a.text}{' '}
                    {a.outcome ? <DataBadge tone={a.outcome === 'done' ? 'success' : 'attention'}>{t(`outcome.${a.outcome}`)}</DataBadge> : <DataBadge>{t('outcome.open')}</DataBadge>}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1">{t('record.noAgreements')}</p>
            )}
            {r.notes ? (
              <>
                <h4 className="mt-3 font-semibold">
                  {t('record.notes')}
                </h4>
                <p className="mt-1 whitespace-pre-line" data-testid="review-notes">
                  {r.notes}
                </p>
              </>
            ) : null}
          </Card>
        ))}
      </ol>
    </Section>
  );
}
