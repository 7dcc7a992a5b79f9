import { getFormatter, getTranslations } from 'next-intl/server';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { ambassadorProfile } from '@/lib/field/queries';
import { publicUrl } from '@/lib/security/origin';
import { cancelOwnShiftAction, ownAttendanceAction, renewCalendarAction, signUpAction } from '@/lib/shifts/actions';
import { FEED_PAST_DAYS, calendarTokenOf, myShifts, openShiftsFor } from '@/lib/shifts/queries';
import { NotActiveNotice } from '../not-active-notice';
import { NotEligibleNotice } from '../corps-notices';
import { whyNotEligible } from '@/lib/ambassadors/eligibility';
import { DAGDEEL_TIMES, type Dagdeel, addDays, canCancel, cancelDeadline, isUpcoming, todayLocal } from '@/lib/shifts/time';
import { PageHeading } from '@/app/_components/ui/heading';

const DONE_KEYS = ['signedUp', 'cancelled', 'attendanceSaved', 'calendarRenewed'] as const;
const ERROR_KEYS = ['invalidForm', 'notFound', 'notActive', 'full', 'conflict', 'alreadyOnShift', 'started', 'tooLate', 'notYet', 'notToday', 'decided', 'hasClaim'] as const;

const card = 'rounded-lg bg-white p-4 shadow-sm';
const primaryButton = 'block min-h-11 w-full rounded-md bg-brand-700 px-4 py-2.5 text-base font-semibold text-white hover:bg-brand-800 sm:w-auto';
const secondaryButton =
  'block min-h-11 w-full rounded-md border-2 border-brand-700 bg-white px-4 py-2 text-base font-semibold text-brand-700 hover:bg-brand-50 sm:w-auto';

/** The ambassador's shifts: mine, open ones to sign up for, past ones to confirm, and the calendar link. */
export default async function MyShiftsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireArea('ambassador');
  const t = await getTranslations('shifts');
  const tk = await getTranslations('events.kinds');
  const format = await getFormatter();
  const db = getDb();
  const now = new Date();
  const today = todayLocal(now);
  const done = (await searchParams).done;

  const ambassadorId = user.ambassadorId;
  const [mine, openAll, tokenAll, profile] = ambassadorId
    ? await Promise.all([
        myShifts(db, ambassadorId, addDays(today, -FEED_PAST_DAYS)),
        openShiftsFor(db, ambassadorId, now),
        calendarTokenOf(db, ambassadorId),
        ambassadorProfile(db, ambassadorId),
      ])
    : [[], [], null, null];
  // Not active (stopped): no new sign-ups and no calendar feed; the server refuses both as well.
  const inactive = profile !== null && !profile.active;
  // Active but not eligible (no VOG, …): no open shifts to sign up for; the notice says why.
  const blocked = !inactive && ambassadorId !== null && ((await whyNotEligible(db, ambassadorId)) ?? []).length > 0;
  const open = inactive || blocked ? [] : openAll;
  const token = inactive ? null : tokenAll;
  const upcoming = mine.filter((s) => isUpcoming(s.date, s.dagdeel, now));
  const past = mine.filter((s) => !isUpcoming(s.date, s.dagdeel, now)).reverse();
  const feedUrl = token ? publicUrl(`/api/calendar/${token}`) : null;

  const messages = Object.fromEntries(ERROR_KEYS.map((k) => [k, t(`errors.${k}`)]));
  const doneText = typeof done === 'string' && (DONE_KEYS as readonly string[]).includes(done) ? t(`done.${done as (typeof DONE_KEYS)[number]}`) : null;
  const longDay = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'long' });
  const when = (date: string, dagdeel: Dagdeel) => (
    <p className="mt-1">
      <span className="font-semibold">{longDay(date)}</span>
      <br />
      {t('dagdeelLong', { dagdeel: t(`dagdeel.${dagdeel}`), from: DAGDEEL_TIMES[dagdeel].start, to: DAGDEEL_TIMES[dagdeel].end })}
    </p>
  );

  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-1">{t('intro')}</p>
      {inactive && profile ? (
        <div className="mt-4">
          <NotActiveNotice status={profile.status} />
        </div>
      ) : null}
      {blocked && ambassadorId ? <NotEligibleNotice ambassadorId={ambassadorId} /> : null}
      {doneText ? (
        <p role="status" className="mt-3 rounded-md border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
          {doneText}
        </p>
      ) : null}

      <section aria-labelledby="mine-title" className="mt-6">
        <h2 id="mine-title" className="text-xl font-bold">
          {t('upcomingTitle')}
        </h2>
        {upcoming.length === 0 ? <p className="mt-2">{t('upcomingEmpty')}</p> : null}
        <ul className="mt-2 grid gap-3" data-testid="my-shifts">
          {upcoming.map((s) => (
            <li key={s.shiftId} className={card} data-testid={`my-shift-${s.shiftId}`}>
              <h3 className="text-lg font-bold">{s.eventTitle}</h3>
              {when(s.date, s.dagdeel)}
              <p className="mt-1">{t('place', { place: s.place })}</p>
              <p className="mt-1">{s.partners.length ? t('partner', { names: s.partners.join(', ') }) : t('noPartner')}</p>
              {canCancel(s.date, s.dagdeel, now) ? (
                <PlainActionForm action={cancelOwnShiftAction} messages={messages} className="mt-3">
                  <input type="hidden" name="shiftId" value={s.shiftId} />
                  <p className="mb-2 text-sm text-slate-700">
                    {t('cancelUntil', {
                      deadline: format.dateTime(cancelDeadline(s.date, s.dagdeel), { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }),
                    })}
                  </p>
                  <button type="submit" className={secondaryButton} aria-label={`${t('cancel')}: ${t('forShift', { title: s.eventTitle, date: longDay(s.date) })}`}>
                    {t('cancel')}
                  </button>
                </PlainActionForm>
              ) : (
                <p className="mt-3 rounded bg-amber-50 p-2 text-sm text-amber-950">{t('cancelClosed')}</p>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="open-title" className="mt-8">
        <h2 id="open-title" className="text-xl font-bold">
          {t('openTitle')}
        </h2>
        <p className="mt-1">{t('openIntro')}</p>
        {open.length === 0 ? <p className="mt-2">{t('openEmpty')}</p> : null}
        <ul className="mt-2 grid gap-3" data-testid="open-shifts">
          {open.map((s) => (
            <li key={s.shiftId} className={card} data-testid={`open-shift-${s.shiftId}`}>
              <h3 className="text-lg font-bold">{s.eventTitle}</h3>
              <p className="text-sm text-slate-700">
                {tk(s.eventKind as never)}
                {s.wijkName ? ` · ${s.wijkName}` : ''}
              </p>
              {when(s.date, s.dagdeel)}
              <p className="mt-1">{t('place', { place: s.place })}</p>
              <p className="mt-1 font-semibold">{t('free', { count: s.free })}</p>
              {s.clash ? <p className="mt-1 text-sm font-semibold text-amber-900">{t('clash')}</p> : null}
              <PlainActionForm action={signUpAction} messages={messages} className="mt-3">
                <input type="hidden" name="shiftId" value={s.shiftId} />
                <button type="submit" className={primaryButton} aria-label={`${t('signUp')}: ${t('forShift', { title: s.eventTitle, date: longDay(s.date) })}`}>
                  {t('signUp')}
                </button>
              </PlainActionForm>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="past-title" className="mt-8">
        <h2 id="past-title" className="text-xl font-bold">
          {t('pastTitle')}
        </h2>
        <p className="mt-1">{t('pastIntro')}</p>
        {past.length === 0 ? <p className="mt-2">{t('pastEmpty')}</p> : null}
        <ul className="mt-2 grid gap-3" data-testid="past-shifts">
          {past.map((s) => (
            <li key={s.shiftId} className={card} data-testid={`past-shift-${s.shiftId}`}>
              <h3 className="text-lg font-bold">{s.eventTitle}</h3>
              {when(s.date, s.dagdeel)}
              <p className="mt-1">{t('place', { place: s.place })}</p>
              {s.partners.length ? <p className="mt-1">{t('partner', { names: s.partners.join(', ') })}</p> : null}
              <p className="mt-2 font-semibold" data-testid="attendance">
                {s.attended === null ? t('attendance.unknown') : s.attended ? t('attendance.yes') : t('attendance.no')}
              </p>
              {s.attended !== null && !s.selfAttested ? (
                <p className="mt-1 text-sm text-slate-700">{t('attendanceByCoordinator')}</p>
              ) : s.date !== today ? (
                <p className="mt-1 text-sm text-slate-700">{t('attendanceOnlyToday')}</p>
              ) : (
                <PlainActionForm action={ownAttendanceAction} messages={messages} className="mt-2 flex flex-col gap-2 sm:flex-row">
                  <input type="hidden" name="shiftId" value={s.shiftId} />
                  {s.attended !== true ? (
                    <button type="submit" name="attended" value="true" className={primaryButton} aria-label={`${t('markAttended')}: ${t('forShift', { title: s.eventTitle, date: longDay(s.date) })}`}>
                      {t('markAttended')}
                    </button>
                  ) : null}
                  {s.attended !== false ? (
                    <button type="submit" name="attended" value="false" className={secondaryButton} aria-label={`${t('markAbsent')}: ${t('forShift', { title: s.eventTitle, date: longDay(s.date) })}`}>
                      {t('markAbsent')}
                    </button>
                  ) : null}
                </PlainActionForm>
              )}
            </li>
          ))}
        </ul>
      </section>

      {feedUrl ? (
        <section aria-labelledby="calendar-title" className={`mt-8 ${card}`}>
          <h2 id="calendar-title" className="text-xl font-bold">
            {t('calendarTitle')}
          </h2>
          <p className="mt-1">{t('calendarIntro')}</p>
          <label htmlFor="calendar-url" className="mt-3 block font-semibold">
            {t('calendarUrl')}
          </label>
          <input
            id="calendar-url"
            type="text"
            readOnly
            value={feedUrl}
            className="mt-1 block w-full rounded-md border border-slate-500 bg-slate-50 px-3 py-2.5 font-mono text-sm"
          />
          <p className="mt-3">
            <a href={feedUrl} className="font-semibold text-brand-700 underline" data-testid="calendar-download">
              {t('calendarDownload')}
            </a>
          </p>
          <PlainActionForm action={renewCalendarAction} messages={messages} className="mt-4 border-t border-slate-200 pt-3">
            <p className="mb-2">{t('calendarRenewIntro')}</p>
            <button type="submit" className={secondaryButton}>
              {t('calendarRenew')}
            </button>
          </PlainActionForm>
        </section>
      ) : null}
    </div>
  );
}
