/** The programme runs in Zoetermeer: local times typed by staff are Amsterdam time. */
export const TIME_ZONE = 'Europe/Amsterdam';

function offsetMinutes(instant: Date, timeZone = TIME_ZONE): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant.getTime()) / 60000);
}

/** "2026-11-30T10:00" (an <input type="datetime-local"> value, Amsterdam time) → the instant. */
export function parseLocalDateTime(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(guess)) return null;
  let instant = new Date(guess - offsetMinutes(new Date(guess)) * 60000);
  // Around a DST change the offset at the guess can differ from the offset at the result.
  instant = new Date(guess - offsetMinutes(instant) * 60000);
  const check = new Date(guess);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return instant;
}

/** The instant → "YYYY-MM-DDTHH:mm" in Amsterdam time (for a datetime-local input). */
export function toLocalDateTimeInput(instant: Date): string {
  const local = new Date(instant.getTime() + offsetMinutes(instant) * 60000);
  return local.toISOString().slice(0, 16);
}

/** Today's date in Amsterdam as YYYY-MM-DD. */
export function todayLocal(now = new Date()): string {
  return toLocalDateTimeInput(now).slice(0, 10);
}

/** A valid calendar date "YYYY-MM-DD". */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}
