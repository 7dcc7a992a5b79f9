import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { ownAgreements } from '@/lib/coaching/reviews/queries';
import { DataBadge } from '@/app/_components/ui/badge';
import { Card } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { formatDay } from '@/app/_components/ui/target-progress';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('coach');
  return { title: `${t('own.title')} – Wijkwerf` };
}

/** The ambassador's own agreements from their reviews (open ones first). Never the coach's notes. */
export default async function MyAgreementsPage() {
  const user = await requireAreaPermission('ambassador', 'coaching.self');
  const t = await getTranslations('coach');
  const rows = user.ambassadorId ? await ownAgreements(getDb(), user.ambassadorId) : [];
  const days = await Promise.all(rows.map((a) => formatDay(a.reviewedOn, 'long')));
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading>{t('own.title')}</PageHeading>
      <p className="mt-1">{t('own.intro')}</p>
      {rows.length === 0 ? <p className="mt-4">{t('own.none')}</p> : null}
      <ul className="mt-4 grid gap-3" data-testid="my-agreements">
        {rows.map((a, i) => (
          <Card as="li" key={a.id}>
            <p className="text-lg font-semibold">{a.text}</p>
            <p className="mt-1 text-sm">
              {t('own.madeOn', { date: days[i]! })}{' '}
              {a.outcome ? <DataBadge tone={a.outcome === 'done' ? 'success' : 'attention'}>{t(`outcome.${a.outcome}`)}</DataBadge> : <DataBadge tone="info">{t('outcome.open')}</DataBadge>}
            </p>
          </Card>
        ))}
      </ul>
    </div>
  );
}
