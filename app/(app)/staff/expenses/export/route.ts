import { getTranslations } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { audit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/gate';
import { CSV_BOM, csvRow } from '@/lib/csv';
import { payoutOfMonth } from '@/lib/expenses/queries';
import { centsForCsv } from '@/lib/expenses/rates';
import { isMonth } from '@/lib/expenses/schema';
import { clientIp, hashIp } from '@/lib/security/ip';

export const dynamic = 'force-dynamic';

/**
 * GET /staff/expenses/export?month=YYYY-MM: the month's payout (claims approved or paid, by shift
 * date) as a CSV file for Dutch Excel. Per ambassador a line with the name, the number of dagdelen
 * and the total, followed by that ambassador's claim lines; a grand total at the end.
 * Authorized here (never by the layout). The audit entry holds the month and counts, no names.
 */
export async function GET(req: NextRequest) {
  const user = await requirePermission('expenses.manage');
  const t = await getTranslations('expenses');
  const month = req.nextUrl.searchParams.get('month');
  if (!isMonth(month)) {
    return new Response(t('exportMonthInvalid'), {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
    });
  }

  const db = getDb();
  const payout = await payoutOfMonth(db, month);
  await audit(db, {
    action: 'expense.exported',
    actorUserId: user.id,
    ipHash: hashIp(clientIp(req.headers)),
    details: { month, ambassadors: payout.ambassadors.length, claims: payout.dagdelen, totalCents: payout.totalCents },
  });

  let body =
    CSV_BOM +
    csvRow([
      t('csvAmbassador'),
      t('csvDagdelen'),
      t('csvTotal'),
      t('csvDate'),
      t('csvDagdeel'),
      t('csvEvent'),
      t('csvAmount'),
      t('csvStatus'),
    ]);
  for (const a of payout.ambassadors) {
    body += csvRow([a.name, a.dagdelen, centsForCsv(a.totalCents), '', '', '', '', '']);
    for (const l of a.lines) {
      body += csvRow([a.name, '', '', l.date, t(`dagdeel.${l.dagdeel}`), l.meetingKind ? t(`meeting.${l.meetingKind}`) : l.eventTitle, centsForCsv(l.amountCents), t(`status.${l.status}`)]);
    }
  }
  body += csvRow([t('csvGrandTotal'), payout.dagdelen, centsForCsv(payout.totalCents), '', '', '', '', '']);

  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${t('csvFilePrefix')}-${month}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
