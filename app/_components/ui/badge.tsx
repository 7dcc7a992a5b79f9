import type { HTMLAttributes } from 'react';

/** DataBadge (NL Design System name): a short status word on a coloured ground. */
export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'attention';

const tones: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-900',
  info: 'bg-brand-50 text-brand-800',
  success: 'bg-green-100 text-green-900',
  warning: 'bg-amber-100 text-amber-900',
  danger: 'bg-red-100 text-red-900',
  attention: 'bg-purple-100 text-purple-900',
};

export function badgeClass(tone: BadgeTone = 'neutral', className?: string) {
  return ['inline-block rounded px-2 py-0.5 font-semibold whitespace-nowrap', tones[tone], className].filter(Boolean).join(' ');
}

export function DataBadge({ tone, className, as: Tag = 'span', ...rest }: { tone?: BadgeTone; as?: 'span' | 'li' } & HTMLAttributes<HTMLElement>) {
  return <Tag className={badgeClass(tone, className)} {...rest} />;
}
