import type { HTMLAttributes, ReactNode } from 'react';
import { Heading } from './heading';

/** Card: a white panel on the page's background. */
export const cardClass = 'rounded-lg bg-white p-4 shadow-sm';

export function Card({ className, as: Tag = 'div', ...rest }: HTMLAttributes<HTMLElement> & { as?: 'div' | 'section' | 'article' | 'li' }) {
  return <Tag className={[cardClass, className].filter(Boolean).join(' ')} {...rest} />;
}

/**
 * A titled section of a page: <section> named by its h2 (or h3). `aside` stands on the heading's
 * line, at the end (a link to edit or export what the section shows).
 */
export function Section({
  id,
  title,
  level = 2,
  card = false,
  aside,
  className,
  headingClassName,
  children,
  ...rest
}: { id: string; title: ReactNode; level?: 2 | 3; card?: boolean; aside?: ReactNode; headingClassName?: string; children: ReactNode } & Omit<HTMLAttributes<HTMLElement>, 'title' | 'id'>) {
  const heading = (
    <Heading level={level} id={`${id}-title`} className={headingClassName}>
      {title}
    </Heading>
  );
  return (
    <section aria-labelledby={`${id}-title`} className={[card ? cardClass : null, className].filter(Boolean).join(' ') || undefined} {...rest}>
      {aside ? (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          {heading}
          {aside}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
