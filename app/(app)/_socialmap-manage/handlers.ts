import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/gate';
import { CSV_BOM, csvRow } from '@/lib/csv';
import { todayLocal } from '@/lib/dates';
import { CSV_COLUMNS, exportDirectory, exportRows } from '@/lib/socialmap/hsds/export';
import { savePending } from '@/lib/socialmap/hsds/pending';
import { readHsdsUpload } from '@/lib/socialmap/hsds/upload';

/**
 * Route handlers of the curation section (mounted in the staff and admin areas; `base` is the
 * section's path from app/(app)/_socialmap/routes.ts). Each asks the gate itself
 * (a layout never guards a route handler).
 */

/** A relative Location: never built from the request's (forgeable) Host header. */
function redirectTo(_req: NextRequest, path: string): Response {
  return new Response(null, { status: 303, headers: { location: path } });
}

/** POST …/import/upload: keeps the uploaded package (hsds_pending_imports) for the preview page; nothing enters the map until confirmed. */
export async function uploadHandler(req: NextRequest, base: string): Promise<Response> {
  const user = await requirePermission('socialmap.curate');
  const origin = req.headers.get('origin');
  if (origin && origin !== req.nextUrl.origin) return redirectTo(req, `${base}/import?error=forbiddenOrigin`);
  // The body is read with a cap (also when Content-Length lies or is absent), then limited in
  // records and nesting before anything walks it.
  const upload = await readHsdsUpload(req);
  if (!upload.ok) return redirectTo(req, `${base}/import?error=${upload.error}`);
  const token = await savePending(getDb(), user.id, upload.fileName, upload.payload);
  return redirectTo(req, `${base}/import/${token}`);
}

const DOWNLOAD_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };

/**
 * Exports are not audited: the social map is public information (the only personal detail, the
 * curator's e-mail as assurer, stays within curators).
 */
/** GET …/export/json: the whole directory as HSDS JSON (organizations with their services). */
export async function exportJsonHandler(): Promise<Response> {
  await requirePermission('socialmap.curate');
  const db = getDb();
  const orgs = await exportDirectory(db);
  return new Response(JSON.stringify(orgs, null, 2), {
    headers: {
      ...DOWNLOAD_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="sociale-kaart-hsds-${todayLocal()}.json"`,
    },
  });
}

/** GET …/export/csv: one row per service, for Dutch Excel. */
export async function exportCsvHandler(): Promise<Response> {
  await requirePermission('socialmap.curate');
  const t = await getTranslations('socialMapManage');
  const db = getDb();
  const rows = await exportRows(db, { status: (s) => t(`status.${s as 'active'}`), day: (d) => t(`csv.dayShort.${d}`) });
  let body = CSV_BOM + csvRow(CSV_COLUMNS.map((c) => t(`csv.${c}`)));
  for (const r of rows) body += csvRow(r);
  return new Response(body, {
    headers: {
      ...DOWNLOAD_HEADERS,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="sociale-kaart-${todayLocal()}.csv"`,
    },
  });
}
