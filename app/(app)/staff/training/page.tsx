import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { corpsProgress, listModules, listSessions } from '@/lib/training/queries';
import { PlanSession } from './_components/plan-session';
import { ProgressTables } from './_components/progress-tables';
import { SessionTable } from './_components/session-table';
import { DoneBanner, doneText } from './_components/shared';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('training'))('metaTitle') };
}

/** The coordinator's training overview: sessions ahead, planning, progress per ambassador and per module, past sessions. */
export default async function TrainingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireAreaPermission('staff', 'training.manage');
  const t = await getTranslations('training');
  const ts = await getTranslations('training.sessions');
  const db = getDb();
  const [sessions, corps, modules] = await Promise.all([listSessions(db, todayLocal()), corpsProgress(db), listModules(db, { activeOnly: true })]);
  const done = await doneText((await searchParams).done);

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <PageHeading>{t('title')}</PageHeading>
          <p className="mt-2 max-w-3xl">{t('intro')}</p>
        </div>
        <ButtonLink href="/staff/training/modules" variant="secondary">
          {t('modulesLink')}
        </ButtonLink>
      </div>
      <div className="mt-3">
        <DoneBanner text={done} />
      </div>

      <Section id="upcoming" title={ts('upcomingTitle')} className="mt-4">
        {sessions.upcoming.length ? <SessionTable caption={ts('upcomingTitle')} rows={sessions.upcoming} testId="upcoming-sessions" /> : <p className="mt-2">{ts('upcomingEmpty')}</p>}
      </Section>

      <PlanSession modules={modules} />
      <ProgressTables corps={corps} />

      <Section id="past" title={ts('pastTitle')} className="mt-8">
        {sessions.past.length ? <SessionTable caption={ts('pastTitle')} rows={sessions.past} testId="past-sessions" /> : <p className="mt-2">{ts('pastEmpty')}</p>}
      </Section>
    </>
  );
}
