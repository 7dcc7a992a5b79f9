import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { requireAreaPermission } from '@/lib/auth/gate';
import { canMarkAttendance } from '@/lib/dagdelen';
import { attendanceAction } from '@/lib/training/actions';
import { getSession } from '@/lib/training/queries';
import { DoneBanner, doneText, sessionFormat } from '../../_components/shared';
import { AttendanceForm } from './attendance-form';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('training'))('metaTitle') };
}

/** One session: its details and the attendance list (once it has started). */
export default async function SessionPage({ params, searchParams }: Props) {
  await requireAreaPermission('staff', 'training.manage');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const data = await getSession(getDb(), id);
  if (!data) notFound();
  const { session, attendees } = data;
  const t = await getTranslations('training.session');
  const f = await sessionFormat();
  const done = await doneText((await searchParams).done);
  const started = canMarkAttendance(session.date, session.dagdeel, new Date());

  return (
    <>
      <p className="mb-2">
        <a href="/staff/training" className="text-brand-700 underline">
          {t('back')}
        </a>
      </p>
      <PageHeading>
        {f.name(session)} – {f.day(session.date)}
      </PageHeading>
      <div className="mt-3">
        <DoneBanner text={done} />
      </div>

      <Section id="details" title={t('details')} card className="mt-2">
        <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t('module')}</dt>
          <dd>{f.name(session)}</dd>
          <dt className="font-semibold">{t('when')}</dt>
          <dd>{f.when(session)}</dd>
          <dt className="font-semibold">{t('room')}</dt>
          <dd>{session.room}</dd>
          <dt className="font-semibold">{t('trainer')}</dt>
          <dd>{session.trainer}</dd>
        </dl>
      </Section>

      <Section id="attendance" title={t('attendanceTitle')} card className="mt-6">
        {!started ? (
          <p className="mt-2">{t('attendanceNotYet')}</p>
        ) : attendees.length === 0 ? (
          <p className="mt-2">{t('nobody')}</p>
        ) : (
          <>
            <p className="mb-3 mt-1">{t('attendanceIntro')}</p>
            <AttendanceForm
              action={attendanceAction}
              hidden={{ sessionId: session.id }}
              rows={attendees.map((a) => ({
                ambassadorId: a.ambassadorId,
                name: a.name,
                mark: a.attended === null ? 'none' : a.attended ? 'present' : 'absent',
                note: a.completedElsewhere ? t('completedElsewhere') : null,
              }))}
              text={{
                caption: t('caption'),
                colName: t('colName'),
                colPresent: t('colPresent'),
                colAbsent: t('colAbsent'),
                colNone: t('colNone'),
                labels: Object.fromEntries(
                  attendees.map((a) => [a.ambassadorId, [t('markPresent', { name: a.name }), t('markAbsent', { name: a.name }), t('markNone', { name: a.name })]]),
                ),
                save: t('save'),
              }}
            />
          </>
        )}
      </Section>
    </>
  );
}
