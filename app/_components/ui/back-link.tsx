import type { ReactNode } from 'react';

/** The way back to the list a detail page was opened from, above its heading. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mb-2 text-sm">
      <a href={href} className="text-brand-700 underline">
        {children}
      </a>
    </p>
  );
}
