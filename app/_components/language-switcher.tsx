'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { dirFor } from '@/lib/i18n/routing';

interface Props {
  label: string;
  current: string;
  locales: { code: string; name: string }[];
}

function Links({ label, current, locales, keepRef }: Props & { keepRef: boolean }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const ref = keepRef ? search.get('ref') : null;
  return (
    <nav aria-label={label}>
      <ul className="flex gap-2">
        {locales.map((l) => (
          <li key={l.code}>
            <Link
              href={ref ? { pathname, query: { ref } } : pathname}
              locale={l.code as never}
              lang={l.code}
              dir={dirFor(l.code)}
              hrefLang={l.code}
              aria-current={l.code === current ? 'true' : undefined}
              className={
                'rounded px-2 py-1 text-sm text-white underline-offset-4 ' +
                (l.code === current ? 'bg-white/20 font-semibold underline' : 'hover:underline')
              }
            >
              {l.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Fallback(props: Props) {
  return <Links {...props} keepRef={false} />;
}

/** Links to the same page in each language; keeps an ambassador's ?ref= code. */
export function LanguageSwitcher(props: Props) {
  return (
    <Suspense fallback={<Fallback {...props} />}>
      <Links {...props} keepRef />
    </Suspense>
  );
}
