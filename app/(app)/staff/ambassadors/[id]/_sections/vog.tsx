import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { vogAction } from '@/lib/ambassadors/actions';
import type { AmbassadorDetail } from '@/lib/ambassadors/queries';
import { Alert } from '@/app/_components/ui/alert';
import { Section } from '@/app/_components/ui/card';
import { dayFormat } from './shared';

/** The certificate of conduct: requested, received (needed for shifts), issued on, cost. */
export async function VogSection({ a }: { a: AmbassadorDetail }) {
  const t = await getTranslations('corps');
  const format = await getFormatter();
  const day = await dayFormat();
  const euros = a.vogCostCents === null ? undefined : format.number(a.vogCostCents / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
  return (
    <Section id="vog" title={t('detail.vogTitle')} card>
      {a.vogReceivedOn ? (
        <p className="mt-1" data-testid="vog-status">
          {t('vog.received', { date: day(a.vogReceivedOn) })}
        </p>
      ) : a.status !== 'stopped' ? (
        <Alert type="warning" role="note" className="mt-2" data-testid="vog-status">
          {t('vog.missing')}
        </Alert>
      ) : null}
      <ActionForm
        idPrefix="vog"
        action={vogAction}
        className="mt-3 max-w-xl"
        fields={[
          { kind: 'hidden', name: 'ambassadorId', value: a.id },
          { kind: 'date', name: 'requestedOn', label: t('vog.requestedOn'), defaultValue: a.vogRequestedOn ?? undefined },
          { kind: 'date', name: 'receivedOn', label: t('vog.receivedOn'), defaultValue: a.vogReceivedOn ?? undefined },
          { kind: 'date', name: 'issuedOn', label: t('vog.issuedOn'), defaultValue: a.vogIssuedOn ?? undefined },
          { kind: 'text', name: 'cost', label: t('vog.cost'), hint: t('vog.costHint'), maxLength: 12, defaultValue: euros },
        ]}
        submitLabel={t('vog.save')}
      />
    </Section>
  );
}
