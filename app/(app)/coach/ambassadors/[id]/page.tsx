import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { requireAreaPermission } from '@/lib/auth/gate';
import { openCoachingRecord } from '@/lib/coaching/record/queries';
import { ReviewStateBadge } from '@/app/(app)/_coaching/due-reviews';
import { Alert } from '@/app/_components/ui/alert';
import { BackLink } from '@/app/_components/ui/back-link';
import { ButtonLink } from '@/app/_components/ui/button';
import { PageHeading } from '@/app/_components/ui/heading';
import { formatDay } from '@/app/_components/ui/target-progress';
import { CoachingLog } from './_sections/coaching-log';
import { Figures } from './_sections/figures';
import { Goal } from './_sections/goal';
import { Reviews } from './_sections/reviews';
import { Shifts } from './_sections/shifts';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('coach');
  return { title: `${t('record.title')} – Wijkwerf` };
}

/** One active ambassador for the coach: figures, shifts, reviews (with the private notes), coaching log and goal. */
export default async function CoachAmbassadorPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireAreaPermission('coach', 'coaching.manage');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const record = await openCoachingRecord(getDb(), user.id, id);
  if (!record) notFound();
  const t = await getTranslations('coach');
  const done = (await searchParams).done === 'review';

  return (
    <>
      <BackLink href="/coach">{t('record.back')}</BackLink>
      <PageHeading>{record.ambassador.name}</PageHeading>
      {done ? (
        <Alert type="ok" className="mt-3">
          {t('record.reviewSaved')}
        </Alert>
      ) : null}
      {record.due ? (
        <p className="mt-2" data-testid="next-review">
          {t('record.nextReview', { date: await formatDay(record.due.dueOn) })} <ReviewStateBadge row={record.due} />
        </p>
      ) : null}
      <p className="mt-3">
        <ButtonLink href={`/coach/ambassadors/${id}/review`}>{t('record.doReview')}</ButtonLink>
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Figures target={record.target} hours={record.hours} hoursTarget={record.settings.coachingHoursTarget} />
        <Shifts shifts={record.shifts} today={record.today} />
      </div>
      <Reviews reviews={record.reviews} />
      <Goal ambassadorId={id} goal={record.goal} today={record.today} />
      <CoachingLog ambassadorId={id} sessions={record.sessions} today={record.today} />
    </>
  );
}
