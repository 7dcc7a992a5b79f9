import { ActionForm } from '@/app/_components/action-form';
import { DataBadge } from '@/app/_components/ui/badge';
import { cardClass } from '@/app/_components/ui/card';
import { setSignalHandledAction } from '@/lib/signals/actions';
import { type Signal, signalText } from './shared';
import { SignalSourceLine } from '../../_source';

/** The signal itself: status, kind, who sent it when, the text; mark it handled or reopen it. */
export async function SignalCard({ signal }: { signal: Signal }) {
  const { t, when, messages } = await signalText();
  return (
    <section aria-label={t('title')} className={`mt-4 ${cardClass}`} data-testid="signal">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <DataBadge tone={signal.status === 'new' ? 'warning' : 'success'} data-testid="signal-status">
          {signal.status === 'new' ? t('statusNew') : t('statusHandled')}
        </DataBadge>
        <SignalSourceLine t={t} s={signal} />
        <span>· {t('receivedOn', { date: when(signal.createdAt) })}</span>
      </p>
      <p className="mt-3 whitespace-pre-line text-lg">{signal.text}</p>
      {signal.status === 'handled' && signal.handledAt ? (
        <p className="mt-3 text-sm">
          {signal.handledByName ? t('handledOn', { date: when(signal.handledAt), name: signal.handledByName }) : t('handledOnNoName', { date: when(signal.handledAt) })}
        </p>
      ) : null}
      <ActionForm
        idPrefix="status"
        action={setSignalHandledAction}
        className="mt-3"
        fields={[
          { kind: 'hidden', name: 'signalId', value: signal.id },
          { kind: 'hidden', name: 'handled', value: signal.status === 'new' ? 'true' : 'false' },
        ]}
        submitLabel={signal.status === 'new' ? t('markHandled') : t('reopen')}
        submitVariant="secondary"
        submitSize="small"
        messages={messages}
      />
    </section>
  );
}
