'use client';

import { usePathname } from 'next/navigation';
import { createContext, useContext, useEffect, useRef } from 'react';
import { currentHref } from './nav-current';

/**
 * The current page of an area's navigation, from the address (usePathname, so also in the
 * server-rendered HTML: works without JavaScript). Marks only: nothing is read from headers.
 */
const Current = createContext<string | undefined>(undefined);

export function NavCurrent({ hrefs, children }: { hrefs: string[]; children: React.ReactNode }) {
  const pathname = usePathname() ?? '';
  return <Current.Provider value={currentHref(pathname, hrefs)}>{children}</Current.Provider>;
}

/** A menu link; aria-current="page" when it is the current page (style it with aria-[current=page]:). */
export function NavLink({ href, className, children }: { href: string; className?: string; children: React.ReactNode }) {
  const current = useContext(Current) === href;
  return (
    <a href={href} aria-current={current ? 'page' : undefined} className={className}>
      {children}
    </a>
  );
}

/**
 * A disclosure menu (<details>: opens without JavaScript and with Enter/Space). Its summary gets
 * aria-current="true" when the current page is one of `hrefs`. With JavaScript, Escape closes it
 * (focus back on the summary) and so does a click elsewhere. Menus with the same `name` close
 * each other (the browser's exclusive details).
 */
export function NavDisclosure({
  hrefs = [],
  name,
  className,
  summaryClassName,
  summary,
  children,
  ...data
}: {
  hrefs?: string[];
  name?: string;
  className?: string;
  summaryClassName?: string;
  summary: React.ReactNode;
  children: React.ReactNode;
  'data-testid'?: string;
}) {
  const current = useContext(Current);
  const holdsCurrent = current !== undefined && hrefs.includes(current);
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    const onClick = (e: MouseEvent) => {
      if (details.open && !details.contains(e.target as Node)) details.open = false;
    };
    details.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      details.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return (
    <details ref={ref} name={name} className={className} {...data}>
      <summary aria-current={holdsCurrent ? 'true' : undefined} className={summaryClassName}>
        {summary}
      </summary>
      {children}
    </details>
  );
}
