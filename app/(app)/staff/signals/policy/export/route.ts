import { getTranslations } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/gate';
import { toCsv } from '@/lib/csv';
import { todayLocal } from '@/lib/dates';
import { policyCsvRows, policyOverview } from '@/lib/signals/queries';
import { policyFilterSchema } from '@/lib/signals/schema';

export const dynamic = 'force-dynamic';

/** GET /staff/signals/policy/export?months=3: the policy overview as CSV (counts only, "<5" for 1–4). */
export async function GET(req: NextRequest) {
  await requirePermission('associations.manage');
  const { months } = policyFilterSchema.parse({ months: req.nextUrl.searchParams.get('months') ?? undefined });
  const t = await getTranslations('signalsInbox');
  const { cells } = await policyOverview(getDb(), Number(months));
  const csv = toCsv([t('policy.colTheme'), t('policy.colWijk'), t('policy.colCount')], policyCsvRows(cells, t('policy.noWijk')));
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="signalen-beleid-${months}m-${todayLocal()}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
