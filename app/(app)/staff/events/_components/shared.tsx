import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listNeighbourhoods } from '@/lib/neighbourhoods/queries';
import { EVENT_KINDS, TARGET_LANGUAGES } from '@/lib/shifts/schema';
import type { EventFormText } from './event-form';

/** Labels and choices of the event form, in the page's language. */
export async function eventFormProps() {
  const t = await getTranslations('events.form');
  const tk = await getTranslations('events.kinds');
  const tl = await getTranslations('languages');
  const tc = await getTranslations('common');
  const wijken = await listNeighbourhoods(getDb());
  const text: Omit<EventFormText, 'submit'> = {
    title: t('titleLabel'),
    kind: t('kind'),
    kindPlaceholder: t('kindPlaceholder'),
    startsOn: t('startsOn'),
    endsOn: t('endsOn'),
    endsOnHint: t('endsOnHint'),
    place: t('place'),
    wijk: t('wijk'),
    noWijk: t('noWijk'),
    targetLanguages: t('targetLanguages'),
    targetLanguagesHint: t('targetLanguagesHint'),
    targetGroup: t('targetGroup'),
    targetGroupHint: t('targetGroupHint'),
    notes: t('notes'),
    required: tc('requiredMarker'),
  };
  return {
    text,
    kinds: EVENT_KINDS.map((k) => ({ value: k, label: tk(k) })),
    wijken: wijken.map((w) => ({ value: w.code, label: w.name })),
    languages: TARGET_LANGUAGES.map((c) => ({ value: c, label: tl(c) })),
  };
}

/** "30 nov. 2026" for a YYYY-MM-DD day. */
export async function dayFormatter(style: 'medium' | 'long' | 'full' = 'medium') {
  const format = await getFormatter();
  return (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: style });
}

/** A confirmation after a redirect (`?done=key`), only for known keys. */
export function DoneBanner({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p role="status" className="mb-4 rounded-md border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
      {text}
    </p>
  );
}
