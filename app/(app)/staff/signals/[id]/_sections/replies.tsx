import { ActionForm } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';
import { Heading } from '@/app/_components/ui/heading';
import { replyToSignalAction } from '@/lib/signals/actions';
import { type Signal, signalText } from './shared';

/** The replies so far, and a new one (which may mark the signal handled too). */
export async function RepliesSection({ signal }: { signal: Signal }) {
  const { t, when, messages } = await signalText();
  return (
    <Section id="replies" title={t('repliesTitle')}>
      {signal.replies.length === 0 ? (
        <p className="mt-2">{t('noReplies')}</p>
      ) : (
        <ol className="mt-2 space-y-2" data-testid="replies">
          {signal.replies.map((r) => (
            <li key={r.id} className="rounded-lg bg-white p-3 shadow-sm">
              <p className="text-sm text-slate-700">{t('replyBy', { name: r.userName ?? '–', date: when(r.createdAt) })}</p>
              <p className="mt-1 whitespace-pre-line">{r.text}</p>
            </li>
          ))}
        </ol>
      )}
      <Heading level={3} className="mt-4">
        {t('replyTitle')}
      </Heading>
      <ActionForm
        idPrefix="reply"
        action={replyToSignalAction}
        className="mt-2 rounded-lg bg-white p-4 shadow-sm"
        fields={[
          { kind: 'hidden', name: 'signalId', value: signal.id },
          { kind: 'textarea', name: 'text', label: t('fieldReply'), required: true, maxLength: 2000 },
          ...(signal.status === 'new' ? [{ kind: 'checkbox' as const, name: 'handle', label: t('fieldHandleToo'), defaultChecked: true }] : []),
        ]}
        submitLabel={t('sendReply')}
        messages={messages}
      />
    </Section>
  );
}
