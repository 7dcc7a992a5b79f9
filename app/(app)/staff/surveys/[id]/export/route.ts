import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { requirePermission } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { parseResultFilters } from '@/lib/survey/filters';
import { exportResponses, loadSurvey } from '@/lib/survey/queries';

export const dynamic = 'force-dynamic';

/** GET /staff/surveys/<id>/export: every (filtered) response as CSV for Dutch Excel, formula-safe. Authorized here. */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('survey.manage');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const def = await loadSurvey(getDb(), id);
  if (!def) notFound();
  const t = await getTranslations('surveyAdmin');
  const { filters } = parseResultFilters(Object.fromEntries(req.nextUrl.searchParams));
  const csv = await exportResponses(getDb(), user.id, def, filters, {
    submitted: t('csv.submitted'),
    language: t('csv.language'),
    channel: t('csv.channel'),
    helper: t('csv.helper'),
    channels: { public: t('groups.public'), personal: t('invitesTitle'), paper: t('groups.paper') },
    yes: t('yes'),
    no: t('no'),
  });
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${t('csv.fileName')}-${todayLocal()}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
