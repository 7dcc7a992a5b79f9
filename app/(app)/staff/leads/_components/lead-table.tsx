import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { DataBadge } from '@/app/_components/ui/badge';
import { type Column, DataTable } from '@/app/_components/ui/table';
import type { LeadListRow, LeadListSort, SortDir } from '@/lib/leads/list/queries';

/** A stored E.164 number as people read it: Dutch numbers nationally (06 12345678), others with their country code. */
export function displayPhone(e164: string): string {
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

/** A sortable column: its header is a link that sorts by it; `aria-sort` says how it is sorted now. */
function sortColumn(col: SortableColumn): Column {
  return {
    sort: col.current === 'asc' ? 'ascending' : col.current === 'desc' ? 'descending' : 'none',
    className: 'whitespace-nowrap',
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

export function LeadTable({ caption, rows, sortable: s, labels: l, stepName, sourceName, languageName, formatDate }: LeadTableProps) {
  return (
    <DataTable
      caption={caption}
      columns={[
        sortColumn(s.name),
        { header: l.colPhone },
        sortColumn(s.status),
        { header: l.colSource },
        { header: l.colAttribution },
        { header: l.colWijk },
        { header: l.colLanguage },
        sortColumn(s.createdAt),
        sortColumn(s.lastActivityAt),
        { header: l.colSignals },
        { header: l.colAssigned },
      ]}
    >
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top" data-lead-id={r.id}>
              <th scope="row" className="p-2 font-normal" data-col="name">
                <a href={`/staff/leads/${r.id}`} className="font-semibold text-brand-700 underline">
                  {r.name}
                </a>
              </th>
              <td className="p-2 whitespace-nowrap" data-col="phone">{displayPhone(r.phone)}</td>
              <td className="p-2" data-col="step">{stepName(r)}</td>
              <td className="p-2" data-col="source">{sourceName(r)}</td>
              <td className="p-2" data-col="attribution">
                {r.ambassadorName || r.associationName ? (
                  <>
                    {r.ambassadorName ? <span className="block">{r.ambassadorName}</span> : null}
                    {r.associationName ? <span className="block">{r.associationName}</span> : null}
                  </>
                ) : (
                  l.none
                )}
              </td>
              <td className="p-2" data-col="wijk">{r.wijkName ?? l.none}</td>
              <td className="p-2" data-col="language">{languageName(r)}</td>
              <td className="p-2 whitespace-nowrap" data-col="createdAt">{formatDate(r.createdAt)}</td>
              <td className="p-2 whitespace-nowrap" data-col="lastActivityAt">{formatDate(r.lastActivityAt)}</td>
              <td className="p-2" data-col="signals">
                {r.overdue || r.possibleDuplicate ? (
                  <ul className="flex flex-col gap-1">
                    {r.overdue ? (
                      <DataBadge as="li" tone="warning">
                        {l.badgeOverdue}
                      </DataBadge>
                    ) : null}
                    {r.possibleDuplicate ? (
                      <DataBadge as="li" tone="attention">
                        {l.badgeDuplicate}
                      </DataBadge>
                    ) : null}
                  </ul>
                ) : null}
              </td>
              <td className="p-2" data-col="assigned">{r.assignedToName ?? l.nobody}</td>
            </tr>
          ))}
        </DataTable>
  );
}
