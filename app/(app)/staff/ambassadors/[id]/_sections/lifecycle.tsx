import { getTranslations } from 'next-intl/server';
import { ActionForm, type FieldSpec } from '@/app/_components/action-form';
import { moveAction, stopAction } from '@/lib/ambassadors/actions';
import { STOP_REASONS, nextStatuses, nt2BelowMinimum } from '@/lib/ambassadors/lifecycle';
import type { AmbassadorDetail } from '@/lib/ambassadors/queries';
import { todayLocal } from '@/lib/dates';
import { Alert } from '@/app/_components/ui/alert';
import { Section } from '@/app/_components/ui/card';
import { Heading } from '@/app/_components/ui/heading';
import { DataTable } from '@/app/_components/ui/table';
import { dayFormat } from './shared';

/** The step now, the next steps (with the NT2 warning at activation), stopping, and the history. */
export async function LifecycleSection({ a }: { a: AmbassadorDetail }) {
  const t = await getTranslations('corps');
  const day = await dayFormat();
  const next = nextStatuses(a.status);
  const warnNt2 = next.includes('active') && nt2BelowMinimum(a.nt2Level);
  const moveFields: FieldSpec[] = [
    { kind: 'hidden', name: 'ambassadorId', value: a.id },
    { kind: 'select', name: 'to', label: t('lifecycle.moveTo'), placeholder: t('lifecycle.moveChoose'), options: next.map((s) => ({ value: s, label: t(`status.${s}`) })), required: true },
    { kind: 'textarea', name: 'note', label: t('lifecycle.note'), maxLength: 1000 },
    ...(warnNt2 ? [{ kind: 'checkbox' as const, name: 'confirmNt2', label: t('lifecycle.confirmNt2') }] : []),
  ];
  const stopFields: FieldSpec[] = [
    { kind: 'hidden', name: 'ambassadorId', value: a.id },
    { kind: 'date', name: 'stoppedOn', label: t('lifecycle.stoppedOn'), required: true, defaultValue: todayLocal(new Date()) },
    { kind: 'radio', name: 'reason', label: t('lifecycle.stopReason'), required: true, options: STOP_REASONS.map((r) => ({ value: r, label: t(`stopReason.${r}`) })) },
    { kind: 'textarea', name: 'note', label: t('lifecycle.note'), maxLength: 1000 },
  ];

  return (
    <Section id="lifecycle" title={t('detail.lifecycleTitle')} card>
      <p className="mt-1 font-semibold" data-testid="status">
        {t('lifecycle.current', { status: t(`status.${a.status}`) })}
      </p>
      {a.startedOn && a.status !== 'stopped' ? <p>{t('lifecycle.started', { date: day(a.startedOn) })}</p> : null}
      {a.status === 'stopped' && a.stoppedOn ? (
        <p>{t('lifecycle.stoppedInfo', { date: day(a.stoppedOn), reason: a.stopReasonCode ? t(`stopReason.${a.stopReasonCode}`) : (a.stopReason ?? '—') })}</p>
      ) : null}
      {next.length ? (
        <div className="mt-3 max-w-xl">
          {warnNt2 ? (
            <Alert type="warning" role="note" className="mb-3" data-testid="nt2-warning">
              {t('lifecycle.nt2Warning')}
            </Alert>
          ) : null}
          <ActionForm idPrefix="move" action={moveAction} fields={moveFields} submitLabel={t('lifecycle.move')} />
        </div>
      ) : a.status !== 'stopped' ? (
        <p className="mt-2">{t('lifecycle.noNext')}</p>
      ) : null}
      {a.status !== 'stopped' ? (
        <details className="mt-4 max-w-xl">
          <summary className="cursor-pointer font-semibold text-red-800 underline">{t('lifecycle.stopTitle')}</summary>
          <p className="mt-2">{t('lifecycle.stopExplain')}</p>
          <ActionForm idPrefix="stop" action={stopAction} fields={stopFields} submitLabel={t('lifecycle.stop')} submitVariant="danger" className="mt-2" />
        </details>
      ) : null}
      <Heading level={3} className="mt-4">
        {t('lifecycle.historyCaption')}
      </Heading>
      <DataTable
        caption={t('lifecycle.historyCaption')}
        captionHidden
        columns={[{ header: t('lifecycle.colWhen') }, { header: t('lifecycle.colFrom') }, { header: t('lifecycle.colTo') }, { header: t('lifecycle.colBy') }, { header: t('lifecycle.colNote') }]}
        rowCount={a.history.length}
        empty="—"
        data-testid="history"
      >
        {a.history.map((h) => (
          <tr key={h.id} className="border-b border-slate-200 align-top">
            <td className="p-2">{day(h.at)}</td>
            <td className="p-2">{h.from ? t(`status.${h.from}`) : t('lifecycle.added')}</td>
            <td className="p-2">
              {t(`status.${h.to}`)}
              {h.stopReason ? ` (${t(`stopReason.${h.stopReason}`)})` : ''}
            </td>
            <td className="p-2">{h.by ?? '—'}</td>
            <td className="p-2 whitespace-pre-line">{h.note ?? ''}</td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
