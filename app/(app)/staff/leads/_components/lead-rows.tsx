'use client';

import type { ReactNode } from 'react';
import { DataBadge } from '@/app/_components/ui/badge';
import { type ResponsiveColumn, ResponsiveTable } from '@/app/_components/ui/table';

/**
 * One lead of the list as the table shows it: every value already written out as text on the
 * server (step and source names, phone, dates), so only this plain data crosses to the browser.
 */
export interface LeadTableRow {
  id: string;
  name: string;
  phone: string;
  step: string;
  source: string;
  ambassadorName: string | null;
  associationName: string | null;
  wijk: string;
  language: string;
  createdAt: string;
  lastActivityAt: string;
  assigned: string;
  overdue: boolean;
  possibleDuplicate: boolean;
}

export interface SortableColumn {
  key: 'name' | 'status' | 'createdAt' | 'lastActivityAt';
  label: string;
  href: string;
  /** Set on the column the list is sorted by. */
  current?: 'asc' | 'desc';
  /** What following the link does, for screen readers ("sort ascending"). */
  action: string;
}

export type LeadTableLabels = Record<'colPhone' | 'colSource' | 'colAttribution' | 'colWijk' | 'colLanguage' | 'colSignals' | 'colAssigned' | 'badgeOverdue' | 'badgeDuplicate' | 'none', string>;

/** A sortable column: its header is a link that sorts by it; `aria-sort` says how it is sorted now. In a card, its label is plain text (the filter form sorts there). */
function sortColumn(col: SortableColumn, key: string, cell: (r: LeadTableRow) => ReactNode): ResponsiveColumn<LeadTableRow> {
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

// Long names and words wrap anywhere, so the eleven columns fit a laptop (1280 px) without scrolling:
// all but the phone, the dates and the badges (whole words there). Set once on the table rather than
// on 350 cells of a page.
const TABLE_CLASS =
  '[&_th]:px-1.5 [&_td]:px-1.5 [&_tbody_th]:[overflow-wrap:anywhere] [&_td:not([data-col=phone],[data-col=createdAt],[data-col=lastActivityAt],[data-col=signals])]:[overflow-wrap:anywhere]';

/**
 * The lead list's rows: a table from 1024 px up, a card per lead below (the same rows, restyled).
 * A client component for its data, not for behaviour: the server sends 50 rows of plain values
 * instead of every cell's element tree (which the page carried twice, as HTML and again as the
 * RSC payload for hydration), and the HTML is the same.
 */
export function LeadRows({
  caption,
  rows,
  sortable: s,
  labels: l,
}: {
  caption: string;
  rows: LeadTableRow[];
  sortable: Record<'name' | 'status' | 'createdAt' | 'lastActivityAt', SortableColumn>;
  labels: LeadTableLabels;
}) {
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
        { key: 'phone', header: l.colPhone, cell: (r) => r.phone, cellClassName: 'whitespace-nowrap' },
        sortColumn(s.status, 'step', (r) => r.step),
        { key: 'source', header: l.colSource, cell: (r) => r.source },
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
        { key: 'wijk', header: l.colWijk, cell: (r) => r.wijk },
        { key: 'language', header: l.colLanguage, cell: (r) => r.language },
        sortColumn(s.createdAt, 'createdAt', (r) => r.createdAt),
        sortColumn(s.lastActivityAt, 'lastActivityAt', (r) => r.lastActivityAt),
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
        { key: 'assigned', header: l.colAssigned, cell: (r) => r.assigned },
      ]}
    />
  );
}
