import type { HTMLAttributes } from 'react';

/** Heading (NL Design System name): one look per level; `appearance` decouples look from level. */
type Level = 1 | 2 | 3;

const looks: Record<Level, string> = {
  1: 'text-2xl font-bold text-brand-800 sm:text-3xl',
  2: 'text-xl font-bold',
  3: 'text-lg font-semibold',
};

export function headingClass(level: Level, className?: string) {
  return [looks[level], className].filter(Boolean).join(' ');
}

export function Heading({ level, appearance, className, ...rest }: { level: Level; appearance?: Level } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${level}` as const;
  return <Tag className={headingClass(appearance ?? level, className)} {...rest} />;
}

/** The page's one h1. */
export function PageHeading(props: HTMLAttributes<HTMLHeadingElement>) {
  return <Heading level={1} {...props} />;
}
