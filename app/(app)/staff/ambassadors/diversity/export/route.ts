import { getTranslations } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { exportDiversity } from '@/lib/diversity/queries';
import { requirePermission } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { clientIp, hashIp } from '@/lib/security/ip';

export const dynamic = 'force-dynamic';

/**
 * GET /staff/ambassadors/diversity/export: the diversity overview as CSV for Dutch Excel, every
 * count of 1–4 as "<5". Authorized here (never by the layout); the read and its audit entry
 * (`diversity.exported`) are one data-layer call.
 */
export async function GET(req: NextRequest) {
  const user = await requirePermission('corps.manage');
  const t = await getTranslations('diversity');
  const tl = await getTranslations('languages');
  const csv = await exportDiversity(
    getDb(),
    user.id,
    {
      header: { dimension: t('csv.dimension'), category: t('csv.category'), ambassadors: t('col.ambassadors'), openLeads: t('col.openLeads') },
      dimension: { language: t('csv.language'), wijk: t('csv.wijk'), background: t('csv.background'), nt2: t('csv.nt2') },
      language: (code) => (tl.has(code) ? tl(code) : code),
      noWijk: t('noWijk'),
      notRecorded: t('notRecorded'),
      unknownLevel: t('unknownLevel'),
    },
    hashIp(clientIp(req.headers)),
  );
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${t('csv.fileName')}-${todayLocal()}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
