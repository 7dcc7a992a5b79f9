import { getFormatter, getTranslations } from 'next-intl/server';

/** A day "YYYY-MM-DD" (or an instant) as the page's language writes it. */
export async function dayFormat() {
  const format = await getFormatter();
  return (d: string | Date | null | undefined) =>
    d == null ? '—' : format.dateTime(typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** An eligibility rule's message key (namespaced, e.g. `corps.errors.noVog`) as text. */
export async function translateReason(key: string): Promise<string> {
  const t = await getTranslations();
  return t.has(key as never) ? t(key as never) : key;
}
