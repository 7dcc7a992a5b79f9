'use client';

import { Button } from '@/app/_components/ui/button';
import { TextArea } from '@/app/_components/ui/form-field';
import { useForm } from '@/app/_components/ui/use-form';
import { respondToReferralAction } from '@/lib/socialmap/referrals/actions';

/** Confirm contact or decline (with an optional reason): two submit buttons, one form; works without JavaScript. */
export function ReferralResponseForm({ token, text }: { token: string; text: { confirm: string; decline: string; reason: string; invalid: string } }) {
  const { formAction, pending, errorSummary, field } = useForm(respondToReferralAction, {
    labels: { reason: text.reason },
    messages: { 'notifications.errors.invalidLink': text.invalid },
  });
  return (
    <form action={formAction} noValidate className="mt-6 grid gap-4">
      {errorSummary}
      <input type="hidden" name="token" value={token} />
      <Button name="answer" value="contacted" disabled={pending} size="large">
        {text.confirm}
      </Button>
      <div className="rounded-md border border-slate-300 p-4">
        <TextArea {...field('reason')} maxLength={1000} />
        <Button name="answer" value="declined" variant="secondary" disabled={pending} className="mt-3">
          {text.decline}
        </Button>
      </div>
    </form>
  );
}
