import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { audit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/gate';
import { toCsv } from '@/lib/csv';
import { todayLocal } from '@/lib/dates';
import { diversityOverview } from '@/lib/diversity/queries';
import { parseReportPeriod } from '@/lib/reports/period';
import { periodReport } from '@/lib/reports/queries';
import { clientIp, hashIp } from '@/lib/security/ip';
import { TABLE_IDS, type TableId, reportTables } from '../../_sections/tables';

export const dynamic = 'force-dynamic';

/**
 * GET /staff/reports/csv/<table>?period=…: one table of the report as CSV for Dutch Excel, with
 * the figures exactly as the page shows them ("<5" included). Counts only; the audit entry holds
 * the table's name and the period.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ table: string }> }) {
  const user = await requirePermission('reports.view');
  const { table } = await params;
  if (!(TABLE_IDS as readonly string[]).includes(table)) return new Response('Not found', { status: 404 });
  const db = getDb();
  const today = todayLocal();
  const period = parseReportPeriod(req.nextUrl.searchParams, today);
  const [report, diversity] = await Promise.all([periodReport(db, period, today), diversityOverview(db)]);
  const t = (await reportTables(report, diversity.backgrounds)).find((x) => x.id === (table as TableId))!;
  await audit(db, {
    action: 'report.exported',
    actorUserId: user.id,
    ipHash: hashIp(clientIp(req.headers)),
    details: { table, from: period.from, to: period.to },
  });
  const csv = toCsv(
    t.columns.map((c) => c.header),
    t.rows.map((r) => r.map((c) => c.text)),
  );
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="rapport-${table}-${period.from}-${period.to}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
