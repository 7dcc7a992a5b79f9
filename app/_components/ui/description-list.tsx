import type { HTMLAttributes, ReactNode } from 'react';

/**
 * DescriptionList (NL Design System "Data list", HTML's description list): terms with their
 * values, as one <dl>. Each term and its value stand in a <div> (allowed inside a <dl>), which
 * carries the item's `testId`. Items that are null or false are left out, so optional rows read
 * `cond ? { … } : null`.
 *
 * Layouts: `rows`, the term beside its value (a record's details); `totals`, figures
 * right-aligned beside their label; `figures`, key figures as tiles, the number large under its
 * label.
 */
export interface DescriptionItem {
  key: string;
  term: ReactNode;
  description: ReactNode;
  /** Extra classes on the value (e.g. `whitespace-pre-line` for a note). */
  className?: string;
  testId?: string;
}

export type DescriptionLayout = 'rows' | 'totals' | 'figures';

const looks: Record<DescriptionLayout, { list: string; group: string; term: string; description: string }> = {
  rows: { list: 'grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]', group: 'contents', term: 'font-semibold', description: '' },
  totals: { list: 'grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm', group: 'contents', term: '', description: 'text-end font-semibold tabular-nums' },
  figures: {
    list: 'grid grid-cols-3 gap-3 text-center',
    group: 'rounded-md border border-slate-300 bg-slate-50 p-2',
    term: 'text-sm text-slate-700',
    description: 'text-2xl font-bold tabular-nums text-brand-800',
  },
};

/** An item that is left out when it has no value (null, undefined, '' or false). */
export function optionalItem(key: string, term: ReactNode, description: ReactNode, extra?: Pick<DescriptionItem, 'className' | 'testId'>): DescriptionItem | null {
  return description === null || description === undefined || description === '' || description === false ? null : { key, term, description, ...extra };
}

const join = (...c: (string | undefined | false)[]) => c.filter(Boolean).join(' ') || undefined;

export function DescriptionList({
  items,
  layout = 'rows',
  className,
  ...rest
}: {
  items: (DescriptionItem | null | false | undefined)[];
  layout?: DescriptionLayout;
} & Omit<HTMLAttributes<HTMLDListElement>, 'children'>) {
  const look = looks[layout];
  return (
    <dl className={join(look.list, className)} {...rest}>
      {items.filter((i): i is DescriptionItem => !!i).map((i) => (
        <div key={i.key} className={join(look.group)} data-testid={i.testId}>
          <dt className={join(look.term)}>{i.term}</dt>
          <dd className={join(look.description, i.className)}>{i.description}</dd>
        </div>
      ))}
    </dl>
  );
}
