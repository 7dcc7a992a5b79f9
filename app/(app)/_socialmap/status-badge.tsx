import type { ReferralStatus } from '@/lib/socialmap/referrals/schema';
import { badge } from './format';

const COLOURS: Record<ReferralStatus, string> = {
  sent: 'bg-blue-100 text-blue-900',
  in_contact: 'bg-amber-100 text-amber-900',
  helped: 'bg-green-100 text-green-900',
  not_helped: 'bg-red-100 text-red-900',
  not_interested: 'bg-slate-200 text-slate-900',
  expired: 'bg-slate-200 text-slate-900',
};

export function StatusBadge({ status, label }: { status: ReferralStatus; label: string }) {
  return <span className={`${badge} ${COLOURS[status]}`}>{label}</span>;
}
