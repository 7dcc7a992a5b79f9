import { getFormatter, getTranslations } from 'next-intl/server';
import { ResponsiveTable } from '@/app/_components/ui/table';
import { TIME_ZONE } from '@/lib/dates';
import { actionLabel, typeLabel } from './shared';

export interface AuditRow {
  id: string;
  at: Date;
  action: string;
  entityType: string | null;
  entityId: string | null;
  actorName: string | null;
  actorRole: string | null;
  details: unknown;
}

/**
 * The entries: when (as dates are shown everywhere), who, what (a readable description), which
 * record (an account's or organisation's name; for anything about a resident only its kind, with
 * a link to every entry about that record), and the raw entry in a <details> for the technical
 * reader.
 */
export async function AuditEntries({ rows, names, filtered }: { rows: AuditRow[]; names: Map<string, string>; filtered: boolean }) {
  const t = await getTranslations('auditLog');
  const tr = await getTranslations('roles');
  const format = await getFormatter();
  const describe = actionLabel(t);
  const kind = typeLabel(t);
  return (
    <ResponsiveTable
      caption={t('title')}
      captionHidden
      rows={rows}
      rowKey={(r) => r.id}
      rowAttributes={(r) => ({ 'data-action': r.action })}
      empty={
        <span data-testid="audit-empty">
          {filtered ? t('empty') : t('emptyAll')}{' '}
          {filtered ? (
            <a href="/admin/audit" className="text-brand-700 underline">
              {t('emptyReset')}
            </a>
          ) : null}
        </span>
      }
      columns={[
        { key: 'when', header: t('when'), cellClassName: 'whitespace-nowrap', cell: (r) => format.dateTime(r.at, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }) },
        { key: 'who', header: t('who'), cell: (r) => (r.actorName ? `${r.actorName} (${tr(r.actorRole as never)})` : t('anonymous')) },
        { key: 'what', header: t('action'), cell: (r) => describe(r.action) },
        {
          key: 'record',
          header: t('record'),
          cell: (r) =>
            r.entityType || r.entityId ? (
              <>
                {r.entityType ? kind(r.entityType) : null}
                {r.entityType && r.entityId && names.has(`${r.entityType}:${r.entityId}`) ? `: ${names.get(`${r.entityType}:${r.entityId}`)}` : null}
                {r.entityId ? (
                  <a href={`/admin/audit?entity=${r.entityId}`} className="block text-sm text-brand-700 underline">
                    {t('recordLink')}
                  </a>
                ) : null}
              </>
            ) : (
              '—'
            ),
        },
        {
          key: 'raw',
          header: t('rawDetails'),
          hiddenHeader: true,
          cell: (r) => (
            <details>
              <summary className="cursor-pointer text-sm text-brand-700 underline">{t('rawDetails')}</summary>
              <dl className="mt-1 font-mono text-xs [overflow-wrap:anywhere]">
                <dt className="font-semibold">{t('rawAction')}</dt>
                <dd>{r.action}</dd>
                <dt className="font-semibold">{t('rawTime')}</dt>
                <dd>{r.at.toISOString()}</dd>
                {r.entityId ? (
                  <>
                    <dt className="font-semibold">{t('rawRecord')}</dt>
                    <dd>{`${r.entityType ?? '?'}:${r.entityId}`}</dd>
                  </>
                ) : null}
                {r.details ? (
                  <>
                    <dt className="font-semibold">{t('details')}</dt>
                    <dd>{JSON.stringify(r.details)}</dd>
                  </>
                ) : null}
              </dl>
            </details>
          ),
        },
      ]}
    />
  );
}
