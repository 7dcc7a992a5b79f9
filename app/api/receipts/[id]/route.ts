import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { ENROL_PATH, getCurrentUser } from '@/lib/auth/gate';
import { type Role, can, homePathFor } from '@/lib/auth/permissions';
import { type ReceiptScope, openReceipt } from '@/lib/expenses/queries';
import { SAFE_RECEIPT_HEADERS, receiptHeaders } from '@/lib/expenses/receipt-headers';
import { clientIp, hashIp } from '@/lib/security/ip';

export const dynamic = 'force-dynamic';


const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * 403 / 404 as a small, complete HTML page (a route handler's forbidden() answers with an empty
 * body, which a browser shows as its own error). Static texts from the message files only.
 */
async function refusal(status: 403 | 404, role: Role): Promise<Response> {
  const t = await getTranslations(status === 403 ? 'forbidden' : 'notFound');
  const locale = await getLocale();
  const title = escapeHtml(t('title'));
  const html =
    `<!DOCTYPE html><html lang="${escapeHtml(locale)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Wijkwerf</title></head>` +
    `<body><main><h1>${title}</h1><p>${escapeHtml(t('text'))}</p>` +
    `<p><a href="${homePathFor(role)}">${escapeHtml(t('toHome'))}</a></p></main></body></html>`;
  return new Response(html, {
    status,
    headers: {
      ...SAFE_RECEIPT_HEADERS,
      // Our own static page: nothing to load, nothing to run, nothing to submit.
      'Content-Security-Policy': "default-src 'none'; base-uri 'none'; form-action 'none'",
      'Content-Type': 'text/html; charset=utf-8',
    },
  });
}

/**
 * GET /api/receipts/:id — a receipt, for its owner (the ambassador who uploaded it; the owner
 * check is in the query's WHERE clause) and for the coordinator. Everyone else gets 403, an
 * ambassador asking for someone else's receipt too (whether it exists or not), anonymous visitors
 * the login page. Served so a browser can never run it: only the type detected from the content
 * at upload, nosniff, a sandboxing CSP, no caching; PNG, JPEG and PDF inline (the coordinator's
 * "Bekijk bon"), other types as a download.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const { id } = await params;
  if (!user) redirect(`/login?next=${encodeURIComponent(`/api/receipts/${id}`)}`);
  if (user.mustEnrol) redirect(ENROL_PATH);

  let scope: ReceiptScope;
  if (can(user.role, 'expenses.manage')) scope = { kind: 'all' };
  else if (can(user.role, 'ambassador.self') && user.ambassadorId) scope = { kind: 'ambassador', ambassadorId: user.ambassadorId };
  else return refusal(403, user.role);

  if (!isUuid(id)) return refusal(404, user.role);
  const db = getDb();
  // Read and audited (receipt.viewed) by one data-layer call.
  const receipt = await openReceipt(db, { userId: user.id, ipHash: hashIp(clientIp(req.headers)) }, id, scope);
  // Someone else's receipt and a receipt that does not exist look the same to an ambassador.
  if (!receipt) return refusal(scope.kind === 'ambassador' ? 403 : 404, user.role);

  // Only the types accepted at upload are ever served as such; PNG, JPEG and PDF open inline, the rest downloads.
  const data = receipt.data;
  // A copy over a plain ArrayBuffer (what Response accepts); at most 5 MB.
  return new Response(new Uint8Array(data), { headers: receiptHeaders({ id: receipt.id, contentType: receipt.contentType, size: data.byteLength }) });
}
