import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/app/_components/ui/alert';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { availabilityFor } from '@/lib/availability/queries';
import { todayLocal } from '@/lib/dates';
import { myShifts } from '@/lib/shifts/queries';
import { AbsencesSection } from './_sections/absences';
import { WeekSection } from './_sections/week';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('availability');
  return { title: t('metaTitle') };
}

const DONE = ['weekSaved', 'absenceAdded', 'absenceRemoved'] as const;

/** The ambassador's own week (half-days they can usually work) and absence periods. Their own rows only. */
export default async function MyAvailabilityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireArea('ambassador');
  const t = await getTranslations('availability');
  if (!user.ambassadorId) {
    return (
      <>
        <PageHeading>{t('title')}</PageHeading>
        <p className="mt-2">{(await getTranslations('fieldContact'))('errors.notAmbassador')}</p>
      </>
    );
  }
  const db = getDb();
  const today = todayLocal();
  const [availability, shifts] = await Promise.all([availabilityFor(db, user.ambassadorId, today), myShifts(db, user.ambassadorId, today)]);
  const sp = await searchParams;
  const done = typeof sp.done === 'string' && (DONE as readonly string[]).includes(sp.done) ? (sp.done as (typeof DONE)[number]) : null;

  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-1">{t('intro')}</p>
      {done ? (
        <Alert type="ok" className="mt-3" data-testid="done">
          {t(`done.${done}`)}
        </Alert>
      ) : null}
      <WeekSection slots={availability.slots} />
      <AbsencesSection absences={availability.absences} shiftDates={shifts.map((s) => s.date)} today={today} />
    </div>
  );
}
