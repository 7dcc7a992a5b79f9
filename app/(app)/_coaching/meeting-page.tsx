import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AttendanceForm } from '@/app/(app)/staff/training/sessions/[id]/attendance-form';
import { ActionForm } from '@/app/_components/action-form';
import { BackLink } from '@/app/_components/ui/back-link';
import { Section } from '@/app/_components/ui/card';
import { DescriptionList } from '@/app/_components/ui/description-list';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { addObstacleAction, meetingAttendanceAction } from '@/lib/coaching/meetings/actions';
import { getMeeting } from '@/lib/coaching/meetings/queries';
import { canMarkAttendance } from '@/lib/dagdelen';
import { DoneBanner, doneText, meetingFormat } from './format';
import { ObstacleTable } from './obstacles';

/** One meeting (mounted at `base`/meetings/[id]): details, attendance once it started, its obstacles. */
export async function MeetingDetail({ base, id, done }: { base: string; id: string; done?: string | string[] }) {
  if (!isUuid(id)) notFound();
  const data = await getMeeting(getDb(), id);
  if (!data) notFound();
  const { meeting, attendees, obstacles } = data;
  const t = await getTranslations('meetings');
  const tm = await getTranslations('meetings.meeting');
  const f = await meetingFormat();
  const doneMessage = await doneText(done);
  const started = canMarkAttendance(meeting.date, meeting.dagdeel, new Date());

  return (
    <>
      <BackLink href={base}>{t('back')}</BackLink>
      <PageHeading>
        {f.kind(meeting.kind)} – {f.day(meeting.date)}
      </PageHeading>
      <div className="mt-3">
        <DoneBanner text={doneMessage} />
      </div>

      <Section id="details" title={tm('details')} card className="mt-2">
        <DescriptionList
          items={[
            { key: 'kind', term: tm('kind'), description: f.kind(meeting.kind) },
            { key: 'when', term: tm('when'), description: f.when(meeting) },
            { key: 'place', term: tm('place'), description: meeting.place },
            { key: 'agenda', term: tm('agenda'), description: <span className="whitespace-pre-line">{meeting.agenda ?? tm('noAgenda')}</span> },
          ]}
        />
      </Section>

      <Section id="attendance" title={tm('attendanceTitle')} card className="mt-6">
        {!started ? (
          <p className="mt-2">{tm('attendanceNotYet')}</p>
        ) : attendees.length === 0 ? (
          <p className="mt-2">{tm('nobody')}</p>
        ) : (
          <>
            <p className="mb-3 mt-1">{tm('attendanceIntro')}</p>
            <AttendanceForm
              action={meetingAttendanceAction}
              hidden={{ meetingId: meeting.id, base }}
              rows={attendees.map((a) => ({
                ambassadorId: a.ambassadorId,
                name: a.name,
                mark: a.attended === null ? 'none' : a.attended ? 'present' : 'absent',
                note: null,
              }))}
              text={{
                caption: tm('caption'),
                colName: tm('colName'),
                colPresent: tm('colPresent'),
                colAbsent: tm('colAbsent'),
                colNone: tm('colNone'),
                labels: Object.fromEntries(
                  attendees.map((a) => [a.ambassadorId, [tm('markPresent', { name: a.name }), tm('markAbsent', { name: a.name }), tm('markNone', { name: a.name })]]),
                ),
                save: tm('save'),
                messages: { attendanceSaved: t('attendanceSaved') },
              }}
            />
          </>
        )}
      </Section>

      <Section id="obstacles" title={t('obstacles.title')} className="mt-6">
        {obstacles.length ? <ObstacleTable base={base} rows={obstacles} withMeeting={false} testId="meeting-obstacles" /> : <p className="mt-2">{t('obstacles.none')}</p>}
      </Section>

      <Section id="add-obstacle" title={t('obstacles.addTitle')} level={3} card className="mt-4 max-w-xl">
        <ActionForm
          idPrefix="add-obstacle"
          action={addObstacleAction}
          fields={[
            { kind: 'hidden', name: 'base', value: base },
            { kind: 'hidden', name: 'meetingId', value: meeting.id },
            { kind: 'textarea', name: 'text', label: t('obstacles.text'), required: true, maxLength: 1000 },
          ]}
          submitLabel={t('obstacles.add')}
        />
      </Section>
    </>
  );
}
