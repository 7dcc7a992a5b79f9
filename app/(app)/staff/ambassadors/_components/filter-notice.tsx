import { getTranslations } from 'next-intl/server';
import type { CorpsFilters } from '@/lib/ambassadors/schema';
import { formatDay } from '@/app/_components/ui/target-progress';

/** Above a filtered corps list (reached from a figure of the evaluation report): what it shows, and the way back to everyone. */
export async function CorpsFilterNotice({ filters: f, count }: { filters: CorpsFilters; count: number }) {
  const t = await getTranslations('corps');
  const parts: string[] = [];
  if (f.status) parts.push(t('filter.status', { status: t(`status.${f.status}`) }));
  if (f.source) parts.push(t('filter.source', { source: t(`source.${f.source}`) }));
  if (f.reason) parts.push(t('filter.reason', { reason: t(`stopReason.${f.reason}`) }));
  if (f.cameFrom || f.cameTo) parts.push(t('filter.came', { from: f.cameFrom ? await formatDay(f.cameFrom) : '…', to: f.cameTo ? await formatDay(f.cameTo) : '…' }));
  if (f.stoppedFrom || f.stoppedTo) parts.push(t('filter.stopped', { from: f.stoppedFrom ? await formatDay(f.stoppedFrom) : '…', to: f.stoppedTo ? await formatDay(f.stoppedTo) : '…' }));
  return (
    <p id="corps" className="mt-6 rounded border border-brand-700 bg-brand-50 p-3" role="status" data-testid="corps-filter">
      {t('filter.showing', { count, filters: parts.join(', ') })}{' '}
      <a className="text-brand-700 underline" href="/staff/ambassadors">
        {t('filter.clear')}
      </a>
    </p>
  );
}
