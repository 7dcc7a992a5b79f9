export interface PaginationLabels {
  nav: string;
  previous: string;
  previousLabel: string;
  next: string;
  nextLabel: string;
  page: (page: number) => string;
}

/** Page numbers to show: the first, the last, and two either side of the current one. */
export function pageWindow(page: number, pageCount: number): (number | 'gap')[] {
  const shown = new Set([1, pageCount]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pageCount) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

const linkClass = 'inline-block min-w-11 rounded border border-slate-400 px-3 py-2 text-center text-brand-700 underline';

export function Pagination({ page, pageCount, href, labels }: { page: number; pageCount: number; href: (page: number) => string; labels: PaginationLabels }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="mt-4">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} className={linkClass} aria-label={labels.previousLabel} rel="prev">
              {labels.previous}
            </a>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={p}>
              <a
                href={href(p)}
                aria-label={labels.page(p)}
                aria-current={p === page ? 'page' : undefined}
                className={p === page ? `${linkClass} border-brand-800 bg-brand-800 font-bold text-white no-underline` : linkClass}
              >
                {p}
              </a>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <a href={href(page + 1)} className={linkClass} aria-label={labels.nextLabel} rel="next">
              {labels.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
