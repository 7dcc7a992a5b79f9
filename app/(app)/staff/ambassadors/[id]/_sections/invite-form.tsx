'use client';

import { Button } from '@/app/_components/ui/button';
import { useForm } from '@/app/_components/ui/use-form';
import { inviteAction } from '@/lib/ambassadors/actions';

/**
 * Creates the invite. The link comes back in the action's result and is shown here once (also
 * with JavaScript off: the page is rendered with the result); it is stored nowhere.
 */
export function InviteForm({ ambassadorId, text }: { ambassadorId: string; text: { submit: string; created: string; intro: string; label: string } }) {
  const { state, formAction, pending, errorSummary } = useForm(inviteAction, { labels: {}, messages: { inviteCreated: text.created }, idPrefix: 'invite' });
  const link = state.status === 'success' && typeof state.data?.link === 'string' ? state.data.link : null;
  return (
    <form action={formAction} noValidate className="mt-3">
      {errorSummary}
      <input type="hidden" name="ambassadorId" value={ambassadorId} />
      {link ? (
        <div role="status" className="mb-3 rounded-md border-2 border-green-700 bg-green-50 p-3 text-green-900">
          <p className="font-semibold">{text.created}</p>
          <p className="mt-1">{text.intro}</p>
          <label htmlFor="invite-link" className="mt-2 block font-semibold">
            {text.label}
          </label>
          <input id="invite-link" readOnly value={link} className="mt-1 w-full rounded border border-slate-400 bg-white p-2 font-mono text-sm" data-testid="invite-link" />
        </div>
      ) : null}
      <Button type="submit" disabled={pending} variant="secondary">
        {text.submit}
      </Button>
    </form>
  );
}
