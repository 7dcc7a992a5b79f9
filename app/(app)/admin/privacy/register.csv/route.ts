import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/gate';
import { toCsv } from '@/lib/csv';
import { REGISTER_FIELDS, RETENTION_KINDS } from '@/lib/privacy/defaults';
import { getPrivacySettings } from '@/lib/privacy/settings';

export const dynamic = 'force-dynamic';

/** GET /admin/privacy/register.csv: the processing register (art. 30) with the retention periods, for Dutch Excel. */
export async function GET() {
  await requirePermission('privacy.settings');
  const t = await getTranslations('privacyRights');
  const s = await getPrivacySettings(getDb());
  const rows = [
    ...REGISTER_FIELDS.map((f) => [t(`register.${f}`), s.register[f]]),
    ...RETENTION_KINDS.map((k) => [t(`retention.${k}`), t('settings.months', { months: s.retention[k] })]),
    [t('settings.officerTitle'), [s.officer.name, s.officer.email, s.officer.phone].filter(Boolean).join(', ')],
  ];
  return new Response(toCsv([t('settings.csvField'), t('settings.csvValue')], rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="verwerkingsregister.csv"', 'Cache-Control': 'no-store' },
  });
}
