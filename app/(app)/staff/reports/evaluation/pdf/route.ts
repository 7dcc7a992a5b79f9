import { getTranslations } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { audit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { type EvaluationData, evaluationData, getVersion } from '@/lib/reports/evaluation';
import { parseReportPeriod } from '@/lib/reports/period';
import { evaluationPdf } from '@/lib/reports/pdf';
import { clientIp, hashIp } from '@/lib/security/ip';
import { evaluationSections } from '../../_sections/evaluation';

export const dynamic = 'force-dynamic';

/** GET /staff/reports/evaluation/pdf?period=…[&version=id]: the evaluation report as an A4 PDF (a published version as it was frozen). */
export async function GET(req: NextRequest) {
  const user = await requirePermission('reports.view');
  const t = await getTranslations('reports');
  const db = getDb();
  const today = todayLocal();
  const period = parseReportPeriod(req.nextUrl.searchParams, today);
  const id = req.nextUrl.searchParams.get('version');
  const version = id ? await getVersion(db, id) : null;
  const own = version && version.startsOn === period.from && version.endsOn === period.to ? version : null;
  const data = own?.status === 'published' && own.snapshot ? (own.snapshot as EvaluationData) : await evaluationData(db, period, today);
  const sections = await evaluationSections(data);
  const narratives = own?.narratives ?? {};
  const bytes = await evaluationPdf({
    title: t('evaluationTitle'),
    subtitle: t('periodLine', { from: period.from, to: period.to }),
    sections: sections.map((s) => ({
      title: s.title,
      narrative: narratives[s.key] ?? null,
      tables: s.tables.map((x) => ({
        title: x.title,
        columns: x.columns.map((c) => c.header),
        rows: x.rows.map((r) => r.map((c) => c.text)),
        chart: x.chart?.map((c) => ({ label: c.label, value: c.value, display: c.display })),
      })),
    })),
  });
  await audit(db, { action: 'report.exported', actorUserId: user.id, ipHash: hashIp(clientIp(req.headers)), entityType: 'report', entityId: own?.id ?? null, details: { pdf: true, from: period.from, to: period.to } });
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="evaluatie-${period.from}-${period.to}.pdf"`,
      'cache-control': 'no-store',
    },
  });
}
