/**
 * Which of a navigation's addresses the page at `pathname` belongs to: the address itself, or the
 * longest address the path lies under (a lead's page belongs to "Aanmeldingen"). An area's start
 * page (one segment, e.g. /staff) only matches itself, so pages outside the menu mark nothing.
 */
export function currentHref(pathname: string, hrefs: readonly string[]): string | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  let best: string | undefined;
  for (const href of hrefs) {
    const isRoot = href.split('/').filter(Boolean).length <= 1;
    const matches = path === href || (!isRoot && path.startsWith(`${href}/`));
    if (matches && (!best || href.length > best.length)) best = href;
  }
  return best;
}
