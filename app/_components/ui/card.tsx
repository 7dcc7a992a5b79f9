import type { HTMLAttributes, ReactNode } from 'react';
import { Heading } from './heading';

/** Card: a white panel on the page's background. */
export const cardClass = 'rounded-lg bg-white p-4 shadow-sm';

export function Card({ className, as: Tag = 'div', ...rest }: HTMLAttributes<HTMLElement> & { as?: 'div' | 'section' | 'article' | 'li' }) {
  return <Tag className={[cardClass, className].filter(Boolean).join(' ')} {...rest} />;
}

/** A titled section of a page: <section> named by its h2 (or h3). */
export function Section({
  id,
  title,
  level = 2,
  card = false,
  className,
  headingClassName,
  children,
  ...rest
}: { id: string; title: ReactNode; level?: 2 | 3; card?: boolean; headingClassName?: string; children: ReactNode } & Omit<HTMLAttributes<HTMLElement>, 'title' | 'id'>) {
  return (
    <section aria-labelledby={`${id}-title`} className={[card ? cardClass : null, className].filter(Boolean).join(' ') || undefined} {...rest}>
      <Heading level={level} id={`${id}-title`} className={headingClassName}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
