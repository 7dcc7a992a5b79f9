import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { LeadListRow } from '@/lib/leads/list/queries';
import { type LeadTableLabels, type LeadTableRow, LeadRows, type SortableColumn } from './lead-rows';

/**
 * A Dutch mobile number in E.164, written nationally as "06 " and the eight digits, as
 * libphonenumber writes it (066… is a different service with its own format: left to the parser).
 */
const DUTCH_MOBILE = /^\+316([0-57-9]\d{7})$/;

/**
 * A stored E.164 number as people read it: Dutch numbers nationally (06 12345678), others with
 * their country code. Dutch mobile numbers, most of the list, skip the parser: it costs about
 * 0.2–0.4 ms a number, the share of the list's time that grew when a search filled its page.
 */
export function displayPhone(e164: string): string {
  const mobile = DUTCH_MOBILE.exec(e164);
  if (mobile) return `06 ${mobile[1]}`;
  const p = parsePhoneNumberFromString(e164);
  if (!p) return e164;
  return p.country === 'NL' ? p.formatNational() : p.formatInternational();
}

export type { SortableColumn } from './lead-rows';

export interface LeadTableProps {
  caption: string;
  rows: LeadListRow[];
  sortable: Record<'name' | 'status' | 'createdAt' | 'lastActivityAt', SortableColumn>;
  labels: LeadTableLabels & { nobody: string };
  stepName: (row: LeadListRow) => string;
  sourceName: (row: LeadListRow) => string;
  languageName: (row: LeadListRow) => string;
  formatDate: (d: Date) => string;
}

/**
 * The lead list: each row's values written out here, on the server (names of steps, sources and
 * languages, the phone as people read it, dates in the user's language), and shown by LeadRows.
 */
export function LeadTable({ caption, rows, sortable, labels, stepName, sourceName, languageName, formatDate }: LeadTableProps) {
  const { nobody, ...shown } = labels;
  const prepared: LeadTableRow[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    phone: displayPhone(r.phone),
    step: stepName(r),
    source: sourceName(r),
    ambassadorName: r.ambassadorName,
    associationName: r.associationName,
    wijk: r.wijkName ?? labels.none,
    language: languageName(r),
    createdAt: formatDate(r.createdAt),
    lastActivityAt: formatDate(r.lastActivityAt),
    assigned: r.assignedToName ?? nobody,
    overdue: r.overdue,
    possibleDuplicate: r.possibleDuplicate,
  }));
  return <LeadRows caption={caption} rows={prepared} sortable={sortable} labels={shown} />;
}
