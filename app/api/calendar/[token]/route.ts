import { createTranslator } from 'next-intl';
import { getDb } from '@/db/client';
import eventTexts from '@/lib/i18n/messages/nl/events.json';
import shiftTexts from '@/lib/i18n/messages/nl/shifts.json';
import { buildCalendar } from '@/lib/shifts/calendar';
import { ambassadorByCalendarToken, feedShiftsOf } from '@/lib/shifts/queries';
import { feedIntakesOf } from '@/lib/intake/queries';

export const dynamic = 'force-dynamic';

/**
 * An ambassador's personal calendar feed (iCalendar). Public: calendar apps fetch it without a
 * session, so the secret token in the URL is the only authorization (the proxy skips /api and the
 * gate is not involved). Unknown or renewed-away tokens get a plain 404. The feed holds only the
 * ambassador's own shifts and accepted intakes — no partner or resident names or other personal data —
 * and is never cached.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = getDb();
  const ambassador = await ambassadorByCalendarToken(db, token);
  if (!ambassador) {
    return new Response('Not found', {
      status: 404,
      headers: { 'Cache-Control': 'private, no-store', 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const now = new Date();
  const text = shiftTexts;
  // The ambassador's shifts and the intakes at the desk they agreed to go along to (no resident's name).
  const intakes = (await feedIntakesOf(db, ambassador.id, now)).map((i) => ({
    shiftId: i.id,
    uid: `intake-${i.id}@wijkwerf`,
    date: i.date,
    dagdeel: i.dagdeel,
    eventTitle: text.calendar.intakeTitle,
    eventKind: 'intake',
    place: i.place,
    start: i.time,
    end: i.end > i.time ? i.end : i.time,
  }));
  const shifts = [...(await feedShiftsOf(db, ambassador.id, now)), ...intakes].sort((a, b) => a.date.localeCompare(b.date));
  const t = createTranslator({ locale: 'nl', messages: { shifts: shiftTexts }, namespace: 'shifts.calendar' });
  const body = buildCalendar(
    shifts,
    {
      calendarName: text.calendar.name,
      dagdeel: text.dagdeel,
      kind: { ...eventTexts.kinds, intake: text.calendar.intakeKind },
      description: (v) => (v.kind === text.calendar.intakeKind ? t('intakeDescription', v) : t('description', v)),
    },
    now,
  );
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'Content-Disposition': 'inline; filename="wijkwerf-diensten.ics"',
      'X-Robots-Tag': 'noindex',
    },
  });
}
