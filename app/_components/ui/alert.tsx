import type { HTMLAttributes } from 'react';
import { FocusHeading } from './focus-heading';

/**
 * Alert (NL Design System name): a message in a coloured box. `ok` and `info` are announced
 * politely (role status), `error` and `warning` at once (role alert).
 */
export type AlertType = 'ok' | 'info' | 'warning' | 'error';

const looks: Record<AlertType, string> = {
  ok: 'border-green-700 bg-green-50 text-green-900',
  info: 'border-brand-700 bg-brand-50 text-slate-900',
  warning: 'border-amber-700 bg-amber-50 text-amber-900',
  error: 'border-red-700 bg-red-50 text-red-900',
};

export function alertClass(type: AlertType, className?: string) {
  return ['rounded-md border-2 p-3', looks[type], className].filter(Boolean).join(' ');
}

export function Alert({ type = 'info', role, className, ...rest }: { type?: AlertType } & HTMLAttributes<HTMLDivElement>) {
  return <div role={role ?? (type === 'error' || type === 'warning' ? 'alert' : 'status')} className={alertClass(type, className)} {...rest} />;
}

/** A one-line result next to a button: green for done, red for a problem; no box (add font-semibold to stress it). */
export function InlineNotice({ type, className, ...rest }: { type: 'ok' | 'error' } & HTMLAttributes<HTMLParagraphElement>) {
  return <p role={type === 'error' ? 'alert' : 'status'} className={[type === 'error' ? 'text-red-800' : 'text-green-800', className].filter(Boolean).join(' ')} {...rest} />;
}

/**
 * The confirmation that replaces a form after saving: an ok Alert whose heading takes the focus,
 * so screen readers and keyboard users land on it.
 */
export function SavedPanel({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <div role="status" className="rounded-md border-2 border-green-700 bg-green-50 p-4" data-testid={testId}>
      <FocusHeading className="text-xl font-bold text-green-900">{title}</FocusHeading>
      {children}
    </div>
  );
}
