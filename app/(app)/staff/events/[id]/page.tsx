import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/app/_components/action-form';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import {
  assignAction,
  attendanceAction,
  createShiftAction,
  deleteShiftAction,
  swapAction,
  unassignAction,
} from '@/lib/shifts/actions';
import { type EventShift, eventShifts, getEvent, suggestionsForShifts } from '@/lib/shifts/queries';
import type { Suggestion } from '@/lib/shifts/suggestions';
import { DAGDEEL_TIMES, DAGDELEN, type Dagdeel, canMarkAttendance } from '@/lib/shifts/time';
import { DoneBanner, coordinatorMessages, dayFormatter } from '../_components/shared';
import { NotOffered } from '../_components/not-offered';
import { PageHeading } from '@/app/_components/ui/heading';

const DONE_KEYS = ['eventCreated', 'eventSaved', 'shiftCreated', 'shiftDeleted', 'assigned', 'unassigned', 'swapped', 'attendanceSaved'] as const;
const SHOWN_SUGGESTIONS = 5;

const smallButton = 'rounded border border-brand-700 bg-white px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50';
const dangerButton = 'rounded border border-red-800 bg-white px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50';

export default async function EventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  await requireAreaPermission('staff', 'shifts.manage');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const db = getDb();
  const event = await getEvent(db, id);
  if (!event) notFound();
  const done = (await searchParams).done;

  const t = await getTranslations('events');
  const td = await getTranslations('events.detail');
  const tdg = await getTranslations('shifts.dagdeel');
  const tl = await getTranslations('languages');
  const format = await getFormatter();
  const day = await dayFormatter();
  const longDay = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const messages = await coordinatorMessages();
  const now = new Date();

  const list = await eventShifts(db, event.id);
  const suggestions = await suggestionsForShifts(db, event, list.filter((s) => s.assignees.length < s.places));
  const language = (code: string) => (tl.has(code as never) ? tl(code as never) : code);
  const shiftName = (s: Pick<EventShift, 'date' | 'dagdeel'>) =>
    td('shiftTitle', { date: longDay(s.date), dagdeel: tdg(s.dagdeel), from: DAGDEEL_TIMES[s.dagdeel].start, to: DAGDEEL_TIMES[s.dagdeel].end });
  const doneText = typeof done === 'string' && (DONE_KEYS as readonly string[]).includes(done) ? t(`done.${done as (typeof DONE_KEYS)[number]}`) : null;

  const reasonBadges = (s: Suggestion) => (
    <ul className="mt-1 flex flex-wrap gap-1" aria-label={td('reasons.label')}>
      {s.reasons.length === 0 ? <li className="rounded bg-slate-100 px-2 py-0.5 text-sm text-slate-800">{td('reasons.none')}</li> : null}
      {s.reasons.map((r) => (
        <li key={r} className="rounded bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-800" data-reason={r}>
          {r === 'language'
            ? td('reasons.language', { languages: s.languages.map(language).join(', ') })
            : r === 'wijk'
              ? td('reasons.wijk', { wijk: event.wijkName ?? '' })
              : td(`reasons.${r}`)}
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <p className="mb-2">
        <a href="/staff/events" className="text-brand-700 underline">
          {t('form.back')}
        </a>
      </p>
      <PageHeading>{event.title}</PageHeading>
      <div className="mt-3">
        <DoneBanner text={doneText} />
      </div>

      <section aria-labelledby="details-title" className="mt-2 rounded-lg bg-white p-4 shadow-sm">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="details-title" className="text-xl font-bold">
            {td('details')}
          </h2>
          <a href={`/staff/events/${event.id}/edit`} className="text-brand-700 underline">
            {td('edit')}
          </a>
        </div>
        <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{td('kind')}</dt>
          <dd>{t(`kinds.${event.kind}`)}</dd>
          <dt className="font-semibold">{td('dates')}</dt>
          <dd>{event.startsOn === event.endsOn ? day(event.startsOn) : t('dateRange', { from: day(event.startsOn), to: day(event.endsOn) })}</dd>
          <dt className="font-semibold">{td('place')}</dt>
          <dd>{event.place}</dd>
          <dt className="font-semibold">{td('wijk')}</dt>
          <dd>{event.wijkName ?? t('noWijk')}</dd>
          <dt className="font-semibold">{td('languages')}</dt>
          <dd>{event.targetLanguages.length ? event.targetLanguages.map(language).join(', ') : t('none')}</dd>
          <dt className="font-semibold">{td('targetGroup')}</dt>
          <dd>{event.targetGroup ?? t('none')}</dd>
          {event.notes ? (
            <>
              <dt className="font-semibold">{td('notes')}</dt>
              <dd className="whitespace-pre-line">{event.notes}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="shifts-title" className="mt-6">
        <h2 id="shifts-title" className="text-xl font-bold">
          {td('shiftsTitle')}
        </h2>
        {list.length === 0 ? <p className="mt-2">{td('noShifts')}</p> : null}
        <div className="mt-3 grid gap-4">
          {list.map((s) => {
            const free = s.places - s.assignees.length;
            const started = canMarkAttendance(s.date, s.dagdeel, now);
            const ranked = suggestions.get(s.id) ?? [];
            const swapOptions = list
              .filter((o) => o.id !== s.id)
              .flatMap((o) => o.assignees.map((a) => ({ shift: o, a })))
              .map(({ shift, a }) => ({
                value: `${shift.id}:${a.ambassadorId}`,
                label: td('swapOption', { name: a.name, date: day(shift.date), dagdeel: tdg(shift.dagdeel) }),
              }));
            return (
              <section
                key={s.id}
                id={`shift-${s.id}`}
                aria-labelledby={`shift-${s.id}-title`}
                className="scroll-mt-4 rounded-lg bg-white p-4 shadow-sm"
                data-testid={`shift-${s.date}-${s.dagdeel}`}
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 id={`shift-${s.id}-title`} className="text-lg font-bold">
                    {shiftName(s)}
                  </h3>
                  <p className={free === 0 ? 'font-semibold text-green-800' : 'font-semibold text-amber-900'}>
                    {td('placesTaken', { taken: s.assignees.length, places: s.places })}
                  </p>
                </div>

                <h4 className="mt-3 font-semibold">{td('assignedTitle')}</h4>
                {s.assignees.length === 0 ? <p>{td('nobody')}</p> : null}
                <ul className="divide-y divide-slate-200">
                  {s.assignees.map((a) => (
                    <li key={a.ambassadorId} className="py-2" data-testid={`assignee-${a.ambassadorId}`}>
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <p>
                          <span className="font-semibold">{a.name}</span>
                          {started ? (
                            <span className="ms-2 text-slate-800" data-testid="attendance">
                              · {a.attended === null ? td('attendance.unknown') : a.attended ? td('attendance.yes') : td('attendance.no')}
                              {a.attended !== null && a.selfAttested ? (
                                <>
                                  {' '}
                                  <span className="rounded bg-amber-100 px-1.5 text-amber-900">({td('selfReported')})</span>
                                </>
                              ) : null}
                            </span>
                          ) : null}
                        </p>
                        <div className="flex flex-wrap items-start gap-2">
                          {started ? (
                            <PlainActionForm action={attendanceAction} messages={messages} className="flex flex-wrap gap-2">
                              <input type="hidden" name="shiftId" value={s.id} />
                              <input type="hidden" name="ambassadorId" value={a.ambassadorId} />
                              {/* A self-reported mark can be confirmed (or overruled) by the coordinator. */}
                              {a.attended !== true || a.selfAttested ? (
                                <button type="submit" name="attended" value="true" className={smallButton} aria-label={`${td('markAttended')}: ${a.name}`}>
                                  {td('markAttended')}
                                </button>
                              ) : null}
                              {a.attended !== false || a.selfAttested ? (
                                <button type="submit" name="attended" value="false" className={smallButton} aria-label={`${td('markAbsent')}: ${a.name}`}>
                                  {td('markAbsent')}
                                </button>
                              ) : null}
                            </PlainActionForm>
                          ) : null}
                          <PlainActionForm action={unassignAction} messages={messages}>
                            <input type="hidden" name="shiftId" value={s.id} />
                            <input type="hidden" name="ambassadorId" value={a.ambassadorId} />
                            <button type="submit" className={dangerButton} aria-label={`${td('remove')}: ${a.name}`}>
                              {td('remove')}
                            </button>
                          </PlainActionForm>
                        </div>
                      </div>
                      {swapOptions.length ? (
                        <details className="mt-2">
                          <summary className="cursor-pointer text-sm text-brand-700 underline">{td('swapFor', { name: a.name })}</summary>
                          <ActionForm
                            idPrefix={`swap-${s.id}-${a.ambassadorId}`}
                            action={swapAction}
                            className="mt-2 max-w-md"
                            fields={[
                              { kind: 'hidden', name: 'shiftId', value: s.id },
                              { kind: 'hidden', name: 'ambassadorId', value: a.ambassadorId },
                              { kind: 'select', name: 'with', label: td('swapFor', { name: a.name }), placeholder: td('swapChoose'), options: swapOptions, required: true },
                            ]}
                            submitLabel={td('swap')}
                            messages={messages}
                          />
                        </details>
                      ) : null}
                    </li>
                  ))}
                </ul>

                {free > 0 ? (
                  <div className="mt-4 border-t border-slate-200 pt-3" data-testid="suggestions">
                    <h4 className="font-semibold">{td('suggestionsTitle')}</h4>
                    <p className="text-sm text-slate-700">{td('suggestionsIntro')}</p>
                    {ranked.length === 0 ? <p className="mt-2">{td('noSuggestions')}</p> : null}
                    <ol className="mt-2 divide-y divide-slate-200">
                      {ranked.slice(0, SHOWN_SUGGESTIONS).map((sg) => (
                        <li key={sg.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid={`suggestion-${sg.id}`}>
                          <div>
                            <p className="font-semibold">{sg.displayName}</p>
                            {reasonBadges(sg)}
                          </div>
                          <PlainActionForm action={assignAction} messages={messages}>
                            <input type="hidden" name="shiftId" value={s.id} />
                            <input type="hidden" name="ambassadorId" value={sg.id} />
                            <button type="submit" className={smallButton} aria-label={`${td('assign')}: ${sg.displayName}`}>
                              {td('assign')}
                            </button>
                          </PlainActionForm>
                        </li>
                      ))}
                    </ol>
                    {ranked.length > 0 ? (
                      <ActionForm
                        idPrefix={`assign-${s.id}`}
                        action={assignAction}
                        className="mt-3 max-w-md"
                        fields={[
                          { kind: 'hidden', name: 'shiftId', value: s.id },
                          {
                            kind: 'select',
                            name: 'ambassadorId',
                            label: td('assignOther'),
                            placeholder: td('chooseAmbassador'),
                            options: ranked.map((r) => ({ value: r.id, label: r.displayName })),
                            required: true,
                          },
                        ]}
                        submitLabel={td('assign')}
                        messages={messages}
                        submitVariant="secondary" submitSize="small"
                      />
                    ) : null}
                  </div>
                ) : null}

                {s.assignees.length === 0 ? (
                  <PlainActionForm action={deleteShiftAction} messages={messages} className="mt-3">
                    <input type="hidden" name="shiftId" value={s.id} />
                    <button type="submit" className={dangerButton} aria-label={`${td('deleteShift')}: ${shiftName(s)}`}>
                      {td('deleteShift')}
                    </button>
                  </PlainActionForm>
                ) : null}
              </section>
            );
          })}
        </div>
      </section>

      <NotOffered />

      <section aria-labelledby="add-shift-title" className="mt-6 max-w-xl rounded-lg bg-white p-4 shadow-sm">
        <h2 id="add-shift-title" className="text-xl font-bold">
          {td('addShiftTitle')}
        </h2>
        <p className="mb-3 mt-1">{td('addShiftIntro', { from: day(event.startsOn), to: day(event.endsOn) })}</p>
        <ActionForm
          idPrefix="new-shift"
          action={createShiftAction}
          fields={[
            { kind: 'hidden', name: 'eventId', value: event.id },
            { kind: 'date', name: 'date', label: td('date'), required: true, defaultValue: event.startsOn },
            {
              kind: 'radio',
              name: 'dagdeel',
              label: td('dagdeel'),
              required: true,
              defaultValue: 'morning',
              options: DAGDELEN.map((d: Dagdeel) => ({
                value: d,
                label: `${tdg(d)} (${DAGDEEL_TIMES[d].start}–${DAGDEEL_TIMES[d].end})`,
              })),
            },
            { kind: 'number', name: 'places', label: td('places'), hint: td('placesHint'), required: true, defaultValue: '2' },
          ]}
          submitLabel={td('addShift')}
          messages={messages}
        />
      </section>
    </>
  );
}
