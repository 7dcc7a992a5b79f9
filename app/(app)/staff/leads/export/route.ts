import { getLocale, getTranslations } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { audit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/gate';
import { CSV_BOM, csvRow } from '@/lib/csv';
import { toLocalDateTimeInput, todayLocal } from '@/lib/dates';
import { type LeadListRow, activeFilterKeys, countLeads, exportLeads, parseLeadListFilters } from '@/lib/leads/list/queries';
import { getStepNames } from '@/lib/leads/settings/queries';
import { clientIp, hashIp } from '@/lib/security/ip';

export const dynamic = 'force-dynamic';

/** YYYY-MM-DD HH:mm in Amsterdam: a form Excel reads as a date in every locale. */
const dateTime = { format: (d: Date) => toLocalDateTimeInput(d).replace('T', ' ') };

/**
 * GET /staff/leads/export?…the list's filters…: the filtered list as a CSV file for Dutch Excel.
 * Authorized here (never by the layout); read in keyset batches and streamed, so 100,000 leads
 * never sit in memory at once. The audit entry holds the row count and the names of the filters
 * used, no values (a search could be a name).
 */
export async function GET(req: NextRequest) {
  const user = await requirePermission('leads.view');
  const filters = parseLeadListFilters(req.nextUrl.searchParams);
  const db = getDb();
  const now = new Date();
  const locale = await getLocale();
  const t = await getTranslations('leadList');
  const ts = await getTranslations('steps');
  const tsrc = await getTranslations('sources');
  const tl = await getTranslations('languages');
  const steps = await getStepNames(db, locale, (s) => ts(s));

  const ctx = { userId: user.id, now };
  const total = await countLeads(db, filters, ctx);
  await audit(db, {
    action: 'lead.exported',
    actorUserId: user.id,
    ipHash: hashIp(clientIp(req.headers)),
    details: { rows: total, filters: activeFilterKeys(filters).join(',') || null, sort: `${filters.sort} ${filters.dir}` },
  });

  const header = [
    t('colId'),
    t('colName'),
    t('colPhone'),
    t('colStep'),
    t('colSource'),
    t('ambassador'),
    t('association'),
    t('colWijk'),
    t('colLanguage'),
    t('colCreatedAt'),
    t('colLastActivity'),
    t('colOverdue'),
    t('colDuplicate'),
    t('colAssigned'),
  ];
  const yesNo = (b: boolean) => (b ? t('yes') : t('no'));
  const line = (r: LeadListRow) =>
    csvRow([
      r.id,
      r.name,
      r.phone,
      steps[r.status],
      tsrc(r.source),
      r.ambassadorName,
      r.associationName,
      r.wijkName,
      tl.has(r.preferredLanguage) ? tl(r.preferredLanguage) : r.preferredLanguage,
      dateTime.format(r.createdAt),
      dateTime.format(r.lastActivityAt),
      yesNo(r.overdue),
      yesNo(r.possibleDuplicate),
      r.assignedToName,
    ]);

  const batches = exportLeads(db, filters, ctx);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvRow(header)));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value.map(line).join('')));
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });

  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="aanmeldingen-${todayLocal(now)}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
