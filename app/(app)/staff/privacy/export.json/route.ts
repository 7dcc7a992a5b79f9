import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { requirePermission } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { exportPersonData } from '@/lib/privacy/mutations';

export const dynamic = 'force-dynamic';

/**
 * GET /staff/privacy/export.json?lead=…: everything about the person with these leads (art. 15),
 * one section per table of the registry. Authorized here; the read, the access request's log line
 * and its audit entry are one data-layer call.
 */
export async function GET(req: NextRequest) {
  const user = await requirePermission('privacy.requests');
  const ids = req.nextUrl.searchParams.getAll('lead').filter(isUuid).slice(0, 100);
  if (!ids.length) return new Response('Not found', { status: 404 });
  const data = await exportPersonData(getDb(), user.id, ids, 'json');
  const body = JSON.stringify({ exportedAt: new Date().toISOString(), leadIds: data.subject.leadIds, tables: Object.fromEntries(data.tables.map((t) => [t.table, t.rows])) }, null, 2);
  return new Response(body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="gegevens-${todayLocal()}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}
