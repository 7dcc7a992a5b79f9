import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { ButtonLink } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { createMeetingAction } from '@/lib/coaching/meetings/actions';
import { listMeetings, unresolvedObstacles } from '@/lib/coaching/meetings/queries';
import { MEETING_KINDS } from '@/lib/coaching/meetings/schema';
import { DAGDEEL_TIMES, DAGDELEN, todayLocal } from '@/lib/dagdelen';
import { DoneBanner, doneText } from './format';
import { MeetingTable } from './meeting-table';
import { ObstacleTable } from './obstacles';

/**
 * The coaching overview (mounted at `base`, e.g. /staff/coaching): meetings ahead, planning one,
 * the obstacles not resolved yet, and past meetings. The route file has asked the gate.
 */
export async function MeetingsOverview({ base, done }: { base: string; done?: string | string[] }) {
  const t = await getTranslations('meetings');
  const tdg = await getTranslations('shifts.dagdeel');
  const db = getDb();
  const [meetings, obstacles] = await Promise.all([listMeetings(db, todayLocal()), unresolvedObstacles(db)]);
  const doneMessage = await doneText(done);

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <PageHeading>{t('title')}</PageHeading>
          <p className="mt-2 max-w-3xl">{t('intro')}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`${base}/budget`} variant="secondary">
            {t('budgetLink')}
          </ButtonLink>
          <ButtonLink href={`${base}/agenda`} variant="secondary">
            {t('agendaLink')}
          </ButtonLink>
        </div>
      </div>
      <div className="mt-3">
        <DoneBanner text={doneMessage} />
      </div>

      <Section id="open-obstacles" title={t('obstacles.openTitle')} className="mt-4">
        <p className="mt-1">{t('obstacles.openIntro')}</p>
        {obstacles.length ? <ObstacleTable base={base} rows={obstacles} withMeeting testId="open-obstacles" /> : <p className="mt-2">{t('obstacles.noneOpen')}</p>}
      </Section>

      <Section id="upcoming" title={t('list.upcomingTitle')} className="mt-8">
        {meetings.upcoming.length ? (
          <MeetingTable base={base} caption={t('list.upcomingTitle')} rows={meetings.upcoming} testId="upcoming-meetings" />
        ) : (
          <p className="mt-2">{t('list.upcomingEmpty')}</p>
        )}
      </Section>

      <Section id="plan" title={t('plan.title')} card className="mt-6 max-w-xl">
        <p className="mb-3 mt-1">{t('plan.intro')}</p>
        <ActionForm
          idPrefix="plan"
          action={createMeetingAction}
          fields={[
            { kind: 'hidden', name: 'base', value: base },
            { kind: 'radio', name: 'kind', label: t('plan.kind'), required: true, defaultValue: 'group', options: MEETING_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })) },
            { kind: 'date', name: 'date', label: t('plan.date'), required: true, defaultValue: todayLocal() },
            {
              kind: 'radio',
              name: 'dagdeel',
              label: t('plan.dagdeel'),
              required: true,
              defaultValue: 'morning',
              options: DAGDELEN.map((d) => ({ value: d, label: `${tdg(d)} (${DAGDEEL_TIMES[d].start}–${DAGDEEL_TIMES[d].end})` })),
            },
            { kind: 'text', name: 'place', label: t('plan.place'), required: true, maxLength: 120 },
            { kind: 'textarea', name: 'agenda', label: t('plan.agenda'), maxLength: 2000 },
          ]}
          submitLabel={t('plan.submit')}
        />
      </Section>

      <Section id="past" title={t('list.pastTitle')} className="mt-8">
        {meetings.past.length ? (
          <MeetingTable base={base} caption={t('list.pastTitle')} rows={meetings.past} testId="past-meetings" />
        ) : (
          <p className="mt-2">{t('list.pastEmpty')}</p>
        )}
      </Section>
    </>
  );
}
