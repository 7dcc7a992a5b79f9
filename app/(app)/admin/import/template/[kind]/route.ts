import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/gate';
import { toCsv } from '@/lib/csv';
import { isOnboardingKind, KIND_FIELDS } from '@/lib/onboarding/kinds';

export const dynamic = 'force-dynamic';

/** GET /admin/import/template/<kind>: the kind's template, its column names in the portal language (Dutch Excel CSV). */
export async function GET(_req: Request, { params }: { params: Promise<{ kind: string }> }) {
  await requirePermission('onboarding.import');
  const { kind } = await params;
  if (!isOnboardingKind(kind)) return new Response('Not found', { status: 404 });
  const t = await getTranslations('onboardingImport');
  const header = KIND_FIELDS[kind].map((f) => t(`fields.${f}`));
  return new Response(toCsv(header, []), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="wijkwerf-${kind}.csv"`, 'Cache-Control': 'no-store' },
  });
}
