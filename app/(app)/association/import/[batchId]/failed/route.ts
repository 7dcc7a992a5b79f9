import { getTranslations } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { openFailedRows } from '@/lib/imports/queries';
import { requirePermission } from '@/lib/auth/gate';
import { toCsv } from '@/lib/csv';
import type { FailedRow } from '@/lib/imports/validate';
import { getMessageText } from '@/lib/i18n/message';

export const dynamic = 'force-dynamic';

const FIELDS = ['name', 'phone', 'language', 'neighbourhood', 'note'] as const;
const REASON_ORDER = ['name', 'phone', 'language', 'neighbourhood', 'note', 'consent'] as const;

/**
 * GET /association/import/[batchId]/failed: the rows of a file that were not imported, with the
 * reason, as CSV for Dutch Excel (lib/csv neutralises formula-looking cells). Authorized here;
 * the batch is looked up with the user's association in the WHERE clause, so another
 * association's batch is simply not found.
 */
export async function GET(_req: NextRequest, { params }: { params: Promise<{ batchId: string }> }) {
  const user = await requirePermission('association.self');
  const { batchId } = await params;
  const db = getDb();
  // Read and audited (import.failed_downloaded) by one data-layer call.
  const batch = user.associationId ? await openFailedRows(db, user.id, user.associationId, batchId) : null;
  if (!batch) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

  const t = await getTranslations('associationImport');
  const message = await getMessageText();
  const reason = ({ errors, errorValues }: FailedRow) =>
    REASON_ORDER.filter((f) => errors[f])
      .map((f) => `${t(`fields.${f}`)}: ${message(errors[f]!, errorValues?.[errors[f]!])}`)
      .join(' ');

  const failed = batch.failedRows ?? [];
  const body = toCsv(
    [t('csvRow'), ...FIELDS.map((f) => t(`columnNames.${f}`)), t('csvReason')],
    failed.map((r) => [r.row, ...FIELDS.map((f) => r.values[f] ?? ''), reason(r)]),
  );
  const base = batch.fileName.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '-').slice(0, 80) || 'bestand';
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${base}-fouten.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
