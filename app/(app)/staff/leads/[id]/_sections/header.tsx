import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/app/_components/ui/heading';
import type { StepNames } from '@/lib/leads/settings/queries';
import { isOverdue, type LeadStatus } from '@/lib/leads/journey/steps';
import type { Lead } from './shared';
import { BackLink } from '@/app/_components/ui/back-link';

/** Back to the list, the name with its step (and overdue badge), and the note on a merged lead. */
export async function LeadHeader({ lead, steps }: { lead: Lead; steps: StepNames }) {
  const t = await getTranslations('lead');
  const status = lead.status as LeadStatus;
  const merged = !!lead.mergedIntoId;
  const overdue = !merged && isOverdue(status, lead.lastActivityAt);
  return (
    <>
      <BackLink href="/staff/leads">{t('backToList')}</BackLink>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <PageHeading>{lead.name}</PageHeading>
        <span className="rounded-full bg-brand-50 px-3 py-1 font-semibold text-brand-800" data-testid="lead-step">
          {steps[status]}
          {status === 'closed' && lead.closeReason ? ` · ${t(`closeReasons.${lead.closeReason}`)}` : ''}
        </span>
        {overdue ? <span className="rounded-full bg-amber-100 px-3 py-1 font-semibold text-amber-900">{t('overdue')}</span> : null}
      </div>

      {merged ? (
        <p role="note" className="mb-4 rounded-md border-2 border-slate-500 bg-slate-100 p-3">
          {t('mergedInto')}{' '}
          <a className="text-brand-700 underline" href={`/staff/leads/${lead.mergedIntoId}`}>
            {t('openKept')}
          </a>
        </p>
      ) : null}
    </>
  );
}
