import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';

/**
 * Table (NL Design System name) as DataTable: every table has a <caption> (visually hidden when
 * a heading right above already says it), `scope` on its header cells, `aria-sort` on the
 * column it is sorted by, and a message instead of an empty table.
 */
export interface Column {
  /** The header cell's content. */
  header: ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** Set on a sortable column: how the rows are sorted by it now ('none' when not by this one). */
  sort?: 'ascending' | 'descending' | 'none';
  /** Hidden header text (a column of buttons still needs a name). */
  hiddenHeader?: boolean;
  className?: string;
}

export const cellClass = 'p-2';

export function DataTable({
  caption,
  captionHidden = false,
  columns,
  rowCount,
  empty,
  children,
  className,
  tableClassName,
  compact = true,
  ...rest
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  columns: Column[];
  /** How many rows there are; 0 shows `empty` instead of the table (leave out when the page says so itself). */
  rowCount?: number;
  /** What to say when there are no rows (nothing is shown without it): text or inline content, as it goes in a <p> (a <p> in a <p> breaks hydration). */
  empty?: ReactNode;
  /** The <tr> rows. */
  children: ReactNode;
  className?: string;
  tableClassName?: string;
  compact?: boolean;
} & Omit<HTMLAttributes<HTMLTableElement>, 'children' | 'className'>) {
  if (rowCount === 0) {
    return empty ? (
      <p className={['mt-2', className].filter(Boolean).join(' ')} data-empty-table="">
        {empty}
      </p>
    ) : null;
  }
  // Focusable, so a table wider than the screen can be scrolled with the keyboard (WCAG 2.1.1).
  return (
    <div tabIndex={0} className={['overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2', className].filter(Boolean).join(' ')}>
      <table className={['min-w-full bg-white text-start', compact ? 'text-sm' : null, tableClassName].filter(Boolean).join(' ')} {...rest}>
        <caption className={captionHidden ? 'sr-only' : 'p-2 text-start font-semibold'}>{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 align-bottom">
            {columns.map((c, i) => (
              <th
                key={i}
                scope="col"
                aria-sort={c.sort && c.sort !== 'none' ? c.sort : undefined}
                className={[cellClass, c.numeric ? 'text-end' : 'text-start', c.className].filter(Boolean).join(' ')}
              >
                {c.hiddenHeader ? <span className="sr-only">{c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Tr({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={['border-b border-slate-200 align-top', className].filter(Boolean).join(' ')} {...rest} />;
}

/** A data cell; `numeric` right-aligns tabular figures. */
export function Td({ numeric, className, ...rest }: { numeric?: boolean } & TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={[cellClass, numeric ? 'text-end tabular-nums' : null, className].filter(Boolean).join(' ')} {...rest} />;
}

/** The row's header cell (usually the first: the name the row is about). */
export function RowHeader({ className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" className={[cellClass, 'text-start font-normal', className].filter(Boolean).join(' ')} {...rest} />;
}

/**
 * BarTable: counts with an inline bar per row (a funnel, counts by theme or wijk). The figure is
 * in the cell as text; the bar is decoration.
 */
export function BarTable({
  caption,
  captionHidden,
  labelHeader,
  countHeader,
  barHeader,
  rows,
  format = String,
  empty,
  className,
  ...rest
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  labelHeader: ReactNode;
  countHeader: ReactNode;
  /** The bar column's hidden header. */
  barHeader: ReactNode;
  /** `text`, when given, is shown instead of the formatted count (a masked "<5 (–)"); the bar still follows `count`. */
  rows: { key: string; label: ReactNode; count: number; text?: string }[];
  format?: (n: number) => string;
  empty?: ReactNode;
  className?: string;
} & Omit<HTMLAttributes<HTMLTableElement>, 'children' | 'className'>) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <DataTable
      caption={caption}
      captionHidden={captionHidden}
      columns={[{ header: labelHeader }, { header: countHeader, numeric: true }, { header: barHeader, hiddenHeader: true, className: 'w-2/5' }]}
      rowCount={rows.length}
      empty={empty}
      className={className}
      {...rest}
    >
      {rows.map((r) => (
        <Tr key={r.key}>
          <RowHeader>{r.label}</RowHeader>
          <Td numeric>{r.text ?? format(r.count)}</Td>
          <Td aria-hidden="true">
            <span className="block h-3 rounded bg-brand-700" style={{ width: `${Math.round((r.count / max) * 100)}%` }} />
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
}

/** A column of a ResponsiveTable: its header, and what each row shows in it. */
export interface ResponsiveColumn<Row> extends Column {
  /** Names the cell (`data-col`). */
  key: string;
  /** The cell's content for a row; null, undefined, '' or false leaves the cell empty, and out of the card. */
  cell: (row: Row) => ReactNode;
  /** The column's name as text: the label in a card, and the header's text on a phone when the header is more than text (a sort link). Defaults to the header when that is text. */
  label?: string;
  /** Classes on the column's data cells (the header's are `className`). */
  cellClassName?: string;
}

export type Breakpoint = 'sm' | 'md' | 'lg';

// Whole class names, so Tailwind finds them; the card styles are in app/globals.css (variant `cards`).
const cardsBelow: Record<Breakpoint, string> = { sm: 'cards-below-sm', md: 'cards-below-md', lg: 'cards-below-lg' };

/**
 * ResponsiveTable: one <table>, a data table from `breakpoint` up and a list of cards below it
 * (each row a card: the first column as its title, the others as label and value, the label
 * from the cell's `data-label`). Each row is rendered once, for both widths: only CSS
 * (app/globals.css) restyles it, so it works without JavaScript and a page of 50 rows costs what
 * one table of them costs. The card styles change the table's CSS display, which drops its table
 * semantics in some browsers, so the table's parts carry their roles explicitly; on a phone the
 * header row is still there for assistive technology, visually hidden, with its sort links
 * replaced by the plain column names (the filter form sorts there). Empty cells are left out of
 * a card. The row and cell classes sit once on the table (globals.css), not on every cell.
 */
export function ResponsiveTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  rowAttributes,
  empty,
  breakpoint = 'md',
  className,
  tableClassName,
  compact = true,
}: {
  caption: string;
  captionHidden?: boolean;
  /** The first column is the row's header (the table's `th scope="row"`, the card's title). */
  columns: [ResponsiveColumn<Row>, ...ResponsiveColumn<Row>[]];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Attributes on the row's <tr> (`data-…`). */
  rowAttributes?: (row: Row) => Record<`data-${string}`, string>;
  /** What to say when there are no rows (nothing is shown without it): text or inline content, as it goes in a <p> (a <p> in a <p> breaks hydration). */
  empty?: ReactNode;
  /** From which width it is a table. */
  breakpoint?: Breakpoint;
  className?: string;
  tableClassName?: string;
  compact?: boolean;
}) {
  if (rows.length === 0) {
    return empty ? (
      <p className={['mt-2', className].filter(Boolean).join(' ')} data-empty-table="">
        {empty}
      </p>
    ) : null;
  }
  const [first, ...rest] = columns;
  // Per column, once: the cell's classes and its label in a card.
  const cells = rest.map((c) => ({
    c,
    className: [c.numeric ? 'text-end tabular-nums' : null, c.cellClassName].filter(Boolean).join(' ') || undefined,
    label: c.hiddenHeader ? undefined : (c.label ?? (typeof c.header === 'string' ? c.header : undefined)),
  }));
  // Focusable, so a table wider than the screen can be scrolled with the keyboard (WCAG 2.1.1).
  return (
    <div tabIndex={0} className={['overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2', className].filter(Boolean).join(' ')} data-responsive-table="">
      <table role="table" className={['responsive-table min-w-full bg-white text-start', cardsBelow[breakpoint], compact ? 'text-sm' : null, tableClassName].filter(Boolean).join(' ')}>
        <caption className={captionHidden ? 'sr-only' : 'p-2 text-start font-semibold'}>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row" className="border-b border-slate-300 align-bottom">
            {columns.map((c) => (
              <th
                key={c.key}
                role="columnheader"
                scope="col"
                aria-sort={c.sort && c.sort !== 'none' ? c.sort : undefined}
                className={[cellClass, c.numeric ? 'text-end' : 'text-start', c.className].filter(Boolean).join(' ')}
              >
                {c.hiddenHeader ? (
                  <span className="sr-only">{c.header}</span>
                ) : c.label !== undefined && c.header !== c.label ? (
                  <>
                    <span className="rt-wide">{c.header}</span>
                    <span className="rt-narrow">{c.label}</span>
                  </>
                ) : (
                  c.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((r) => (
            <tr key={rowKey(r)} role="row" {...rowAttributes?.(r)}>
              <th role="rowheader" scope="row" className={first.cellClassName} data-col={first.key}>
                {first.cell(r)}
              </th>
              {cells.map(({ c, className, label }) => (
                <td key={c.key} role="cell" className={className} data-col={c.key} data-label={label}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
