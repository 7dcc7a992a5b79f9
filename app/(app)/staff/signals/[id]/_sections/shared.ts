import { getFormatter, getTranslations } from 'next-intl/server';
import type { getSignal, searchLeads } from '@/lib/signals/queries';

export type Signal = NonNullable<Awaited<ReturnType<typeof getSignal>>>;
export type LeadHit = Awaited<ReturnType<typeof searchLeads>>[number];

/** The signal page's words: its messages and a moment with its time. */
export async function signalText() {
  const t = await getTranslations('signalsInbox');
  const format = await getFormatter();
  return {
    t,
    when: (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }),
    messages: {
      replied: t('replied'),
      repliedAndHandled: t('repliedAndHandled'),
      handled: t('handled'),
      reopened: t('reopened'),
      linked: t('linked'),
      unlinked: t('unlinked'),
    },
  };
}

/** The hidden fields that name a signal and one lead (link, unlink). */
export const signalLead = (signalId: string, leadId: string) => [
  { kind: 'hidden' as const, name: 'signalId', value: signalId },
  { kind: 'hidden' as const, name: 'leadId', value: leadId },
];
