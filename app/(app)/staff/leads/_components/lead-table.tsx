import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { DataBadge } from '@/app/_components/ui/badge';
import type { ReactNode } from 'react';
import { type ResponsiveColumn, ResponsiveTable } from '@/app/_components/ui/table';
import type { LeadListRow, LeadListSort, SortDir } from '@/lib/leads/list/queries';

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

export interface SortableColumn {
  key: LeadListSort;
  label: string;
  href: string;
  /** Set on the column the list is sorted by. */
  current?: SortDir;
  /** What following the link does, for screen readers ("sort ascending"). */
  action: string;
}

/** A sortable column: its header is a link that sorts by it; `aria-sort` says how it is sorted now. In a card, its label is plain text (the filter form sorts there). */
function sortColumn(col: SortableColumn, key: string, cell: (r: LeadListRow) => ReactNode): ResponsiveColumn<LeadListRow> {
  return {
    key,
    cell,
    label: col.label,
    sort: col.current === 'asc' ? 'ascending' : col.current === 'desc' ? 'descending' : 'none',
    header: (
      <a href={col.href} aria-label={`${col.label}, ${col.action}`} className="text-brand-700 underline">
        {col.label}
        {col.current ? <span aria-hidden="true"> {col.current === 'asc' ? '▲' : '▼'}</span> : null}
      </a>
    ),
  };
}

export interface LeadTableProps {
  caption: string;
  rows: LeadListRow[];
  sortable: Record<'name' | 'status' | 'createdAt' | 'lastActivityAt', SortableColumn>;
  labels: Record<
    'colPhone' | 'colSource' | 'colAttribution' | 'colWijk' | 'colLanguage' | 'colSignals' | 'colAssigned' | 'badgeOverdue' | 'badgeDuplicate' | 'nobody' | 'none',
    string
  >;
  stepName: (row: LeadListRow) => string;
  sourceName: (row: LeadListRow) => string;
  languageName: (row: LeadListRow) => string;
  formatDate: (d: Date) => string;
}

// Long names and words wrap anywhere, so the eleven columns fit a laptop (1280 px) without scrolling:
// all but the phone, the dates and the badges (whole words there). Set once on the table rather than
// on 350 cells of a page.
const TABLE_CLASS =
  '[&_th]:px-1.5 [&_td]:px-1.5 [&_tbody_th]:[overflow-wrap:anywhere] [&_td:not([data-col=phone],[data-col=createdAt],[data-col=lastActivityAt],[data-col=signals])]:[overflow-wrap:anywhere]';

/** The lead list: a table from 1024 px up, a card per lead below (the same rows, restyled). */
export function LeadTable({ caption, rows, sortable: s, labels: l, stepName, sourceName, languageName, formatDate }: LeadTableProps) {
  return (
    <ResponsiveTable
      caption={caption}
      breakpoint="lg"
      rows={rows}
      rowKey={(r) => r.id}
      tableClassName={TABLE_CLASS}
      columns={[
        sortColumn(s.name, 'name', (r) => (
          <a href={`/staff/leads/${r.id}`} className="font-semibold text-brand-700 underline">
            {r.name}
          </a>
        )),
        { key: 'phone', header: l.colPhone, cell: (r) => displayPhone(r.phone), cellClassName: 'whitespace-nowrap' },
        sortColumn(s.status, 'step', stepName),
        { key: 'source', header: l.colSource, cell: sourceName },
        {
          key: 'attribution',
          header: l.colAttribution,
          cell: (r) =>
            r.ambassadorName || r.associationName ? (
              <>
                {r.ambassadorName ? <span className="block">{r.ambassadorName}</span> : null}
                {r.associationName ? <span className="block">{r.associationName}</span> : null}
              </>
            ) : (
              l.none
            ),
        },
        { key: 'wijk', header: l.colWijk, cell: (r) => r.wijkName ?? l.none },
        { key: 'language', header: l.colLanguage, cell: languageName },
        sortColumn(s.createdAt, 'createdAt', (r) => formatDate(r.createdAt)),
        sortColumn(s.lastActivityAt, 'lastActivityAt', (r) => formatDate(r.lastActivityAt)),
        {
          key: 'signals',
          header: l.colSignals,
          cell: (r) =>
            r.overdue || r.possibleDuplicate ? (
              <ul className="flex flex-col items-start gap-1">
                {r.overdue ? (
                  <DataBadge as="li" tone="warning" className="whitespace-normal">
                    {l.badgeOverdue}
                  </DataBadge>
                ) : null}
                {r.possibleDuplicate ? (
                  <DataBadge as="li" tone="attention" className="whitespace-normal">
                    {l.badgeDuplicate}
                  </DataBadge>
                ) : null}
              </ul>
            ) : null,
        },
        { key: 'assigned', header: l.colAssigned, cell: (r) => r.assignedToName ?? l.nobody },
      ]}
    />
  );
}
