import { DataBadge, type BadgeTone } from './ui/badge';
import type { ClaimStatus } from '@/lib/expenses/schema';

const TONE: Record<ClaimStatus, BadgeTone> = { submitted: 'warning', approved: 'success', rejected: 'danger', paid: 'neutral' };

/** An expense claim's status word, coloured the same for the ambassador and the coordinator. */
export function ClaimStatusBadge({ status, label, hiddenPrefix, className }: { status: ClaimStatus; label: string; /** read before the word by screen readers ("Status: ") */ hiddenPrefix?: string; className?: string }) {
  return (
    <DataBadge tone={TONE[status]} className={className}>
      {hiddenPrefix ? <span className="sr-only">{hiddenPrefix}: </span> : null}
      {label}
    </DataBadge>
  );
}
