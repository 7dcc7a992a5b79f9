import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';
import type { StepNames } from '@/lib/leads/settings/queries';
import { CLOSE_REASONS, forwardSteps, isOpen, type LeadStatus } from '@/lib/leads/journey/steps';
import { changeStepAction } from '@/lib/leads/journey/actions';
import { type Lead, leadMessages, versioned } from './shared';

/** The step: forward (skipping allowed), close with a reason, or reopen a closed lead. */
export async function StepSection({ lead, steps }: { lead: Lead; steps: StepNames }) {
  const t = await getTranslations('lead');
  const messages = await leadMessages();
  const status = lead.status as LeadStatus;
  const open = isOpen(status);
  const forward = forwardSteps(status);
  return (
    <Section id="step" title={t('stepTitle')} card headingClassName="mb-3">
      {open && forward.length ? (
        <ActionForm
          idPrefix="fwd"
          action={changeStepAction}
          fields={versioned(lead, [
            { kind: 'hidden', name: 'move', value: 'forward' },
            { kind: 'select', name: 'to', label: t('nextStep'), required: true, defaultValue: forward[0], options: forward.map((s) => ({ value: s, label: steps[s] })) },
            { kind: 'date', name: 'planSignedOn', label: t('planSignedOnIfSigned'), defaultValue: lead.planSignedOn ?? '' },
            { kind: 'textarea', name: 'note', label: t('noteOptional'), maxLength: 1000 },
          ])}
          submitLabel={t('moveForward')}
          messages={messages}
          className="mb-4"
        />
      ) : null}
      {open ? (
        <details className="rounded border border-slate-300 p-3">
          <summary className="cursor-pointer font-semibold">{t('closeTitle')}</summary>
          <ActionForm
            idPrefix="close"
            action={changeStepAction}
            fields={versioned(lead, [
              { kind: 'hidden', name: 'move', value: 'close' },
              {
                kind: 'select',
                name: 'closeReason',
                label: t('closeReason'),
                required: true,
                placeholder: t('choose'),
                options: CLOSE_REASONS.map((r) => ({ value: r, label: t(`closeReasons.${r}`) })),
              },
              { kind: 'textarea', name: 'note', label: t('noteOptional'), maxLength: 1000 },
            ])}
            submitLabel={t('closeButton')}
            messages={messages}
            className="mt-3"
          />
        </details>
      ) : status === 'closed' ? (
        <ActionForm
          idPrefix="reopen"
          action={changeStepAction}
          fields={versioned(lead, [
            { kind: 'hidden', name: 'move', value: 'reopen' },
            { kind: 'textarea', name: 'note', label: t('noteOptional'), maxLength: 1000 },
          ])}
          submitLabel={t('reopen')}
          messages={messages}
        />
      ) : (
        <p>{t('finished')}</p>
      )}
    </Section>
  );
}
