import { getFormatter, getTranslations } from 'next-intl/server';
import type { FieldSpec } from '@/app/_components/action-form';
import type { LeadDetail } from '@/lib/leads/journey/detail';

export type { LeadDetail };
export type Lead = LeadDetail['lead'];

/** The messages every form on the lead page shows (result and error keys of the journey actions). */
export async function leadMessages() {
  const t = await getTranslations('lead');
  return {
    saved: t('saved'),
    conflict: t('conflict'),
    leadNotFound: t('leadNotFound'),
    notForward: t('notForward'),
    notOpen: t('notOpen'),
    notClosed: t('notClosed'),
    reasonRequired: t('reasonRequired'),
    signedDateRequired: t('signedDateRequired'),
    invalidForm: t('invalidForm'),
    phonesDiffer: t('phonesDiffer'),
    samePersonRequired: t('samePersonRequired'),
  };
}

/** The hidden fields of every edit of the lead: its id and the version the page was read at. */
export function versioned(lead: Lead, extra: FieldSpec[] = []): FieldSpec[] {
  return [{ kind: 'hidden', name: 'leadId', value: lead.id }, { kind: 'hidden', name: 'version', value: String(lead.version) }, ...extra];
}

/** A day ("30 nov. 2026", '—' for none) and a moment with its time, in the page's language. */
export async function leadFormat() {
  const format = await getFormatter();
  return {
    date: (d: Date | string | null) => (d ? format.dateTime(typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d, { dateStyle: 'medium' }) : '—'),
    dateTime: (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }),
  };
}
