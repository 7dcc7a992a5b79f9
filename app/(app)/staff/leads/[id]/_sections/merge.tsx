import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { ConfirmStep } from '@/app/_components/ui/confirm';
import type { StepNames } from '@/lib/leads/settings/queries';
import type { LeadStatus } from '@/lib/leads/journey/steps';
import { mergeLeadsAction } from '@/lib/leads/journey/actions';
import { type LeadDetail, leadFormat, leadMessages } from './shared';

/**
 * The flagged duplicates (same phone number) to merge into this lead, each behind a confirmation
 * step, and merging another by its id (its "same person" tick and reason are the confirmation).
 * A merge has no undo: it moves notes, contact attempts and history and fills empty fields, and
 * what came from where is not stored (see lib/leads/journey/mutations.ts mergeLeads).
 */
export async function MergeSection({ detail, steps }: { detail: LeadDetail; steps: StepNames }) {
  const t = await getTranslations('lead');
  const tsrc = await getTranslations('sources');
  const { date } = await leadFormat();
  const messages = await leadMessages();
  const { lead } = detail;
  return (
    <>
      {detail.duplicates.length ? (
        <section aria-labelledby="dup-title" className="mb-4 rounded-md border-2 border-amber-600 bg-amber-50 p-3">
          <h2 id="dup-title" className="font-bold">
            {t('duplicatesTitle')}
          </h2>
          <ul className="mt-2 space-y-2">
            {detail.duplicates.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-3">
                <a className="text-brand-700 underline" href={`/staff/leads/${d.id}`}>
                  {d.name} · {steps[d.status as LeadStatus]} · {tsrc(d.source)} · {date(d.createdAt)}
                </a>
                {/* No one-click damage: the first click says what merging does (for good), the second merges. */}
                <ConfirmStep
                  label={t('mergeInto')}
                  name={t('mergeConfirmName', { other: d.name })}
                  consequence={t('mergeConfirm', { other: d.name, source: tsrc(d.source), date: date(d.createdAt), name: lead.name })}
                  cancelHint={t('mergeCancel')}
                  testId={`merge-${d.id}`}
                >
                  <ActionForm
                    idPrefix={`merge-${d.id}`}
                    action={mergeLeadsAction}
                    fields={[
                      { kind: 'hidden', name: 'keepId', value: lead.id },
                      { kind: 'hidden', name: 'mergeId', value: d.id },
                    ]}
                    submitLabel={t('mergeConfirmSubmit')}
                    submitVariant="danger"
                    submitSize="small"
                    messages={messages}
                  />
                </ConfirmStep>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!lead.mergedIntoId ? (
        <details className="mb-4 rounded-md bg-white p-3 shadow-sm">
          <summary className="cursor-pointer font-semibold text-brand-800">{t('mergeOtherTitle')}</summary>
          <p className="mt-2">{t('mergeOtherIntro')}</p>
          <p className="mt-1 font-semibold">{t('mergeIrreversible')}</p>
          <ActionForm
            idPrefix="merge-other"
            action={mergeLeadsAction}
            className="mt-3"
            fields={[
              { kind: 'hidden', name: 'keepId', value: lead.id },
              { kind: 'text', name: 'mergeId', label: t('mergeOtherId'), required: true },
              { kind: 'checkbox', name: 'samePerson', label: t('mergeSamePerson'), required: true },
              { kind: 'textarea', name: 'reason', label: t('mergeReason'), required: true, maxLength: 500 },
            ]}
            submitLabel={t('mergeOtherSubmit')}
            submitVariant="danger"
            messages={messages}
          />
        </details>
      ) : null}
    </>
  );
}
