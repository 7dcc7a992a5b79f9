import type { ReactNode } from 'react';
import { buttonClass } from './button';

/**
 * The confirmation step of an action that does damage (take someone off a shift, deactivate an
 * account, merge two leads, decide a claim): the first click only opens this panel, which says
 * what will happen; the real form with its danger button is inside. A native <details>, so it
 * works without JavaScript; clicking the first button again closes it (nothing changed).
 *
 * `label` is the visible text of the first button, `name` its full accessible name (with whom or
 * what it is about), `consequence` the sentence that says what will happen.
 */
export function ConfirmStep({
  label,
  name,
  consequence,
  cancelHint,
  children,
  className,
  testId,
  tone = 'danger',
}: {
  /** `secondary` for a step that is final but does no damage (approving a claim) */
  tone?: 'danger' | 'secondary';
  label: string;
  name?: string;
  consequence: ReactNode;
  cancelHint?: string;
  /** the real form (a danger button, never the primary style) */
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <details className={['group', className].filter(Boolean).join(' ')} data-confirm-step="" data-testid={testId}>
      <summary className={`${buttonClass({ variant: tone, size: 'small' })} inline-block cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>
        {name ? (
          <>
            <span aria-hidden="true">{label}</span>
            <span className="sr-only">{name}</span>
          </>
        ) : (
          label
        )}
      </summary>
      <div className={`mt-2 max-w-md rounded-md border-2 p-3 ${tone === 'danger' ? 'border-red-700 bg-red-50 text-red-950' : 'border-brand-700 bg-brand-50 text-slate-900'}`} data-testid={testId ? `${testId}-panel` : undefined}>
        <p>{consequence}</p>
        <div className="mt-2">{children}</div>
        {cancelHint ? <p className="mt-2 text-sm text-slate-800">{cancelHint}</p> : null}
      </div>
    </details>
  );
}
