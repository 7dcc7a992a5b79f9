import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { uuid } from '@/lib/actions/validation';
import { auditActions, auditActors, listAudit } from '@/lib/audit/queries';
import { FilterInput, FilterSelect } from '@/app/_components/ui/filter-field';
import { requireAreaPermission } from '@/lib/auth/gate';
import { DataTable } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';
import { Button } from '@/app/_components/ui/button';

const filterSchema = z.object({
  entity: uuid().optional().catch(undefined),
  action: z.string().regex(/^[a-z_.]{1,40}$/).optional().catch(undefined),
  user: uuid().optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10000).optional().catch(undefined),
});

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireAreaPermission('admin', 'audit.view');
  const f = filterSchema.parse(await searchParams);
  const t = await getTranslations('auditLog');
  const tr = await getTranslations('roles');
  const format = await getFormatter();
  const db = getDb();
  const [rows, actors, actions] = await Promise.all([
    listAudit(db, { entityId: f.entity, action: f.action, userId: f.user, from: f.from, to: f.to, page: f.page }),
    auditActors(db),
    auditActions(db),
  ]);
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-4 mt-1">{t('intro')}</p>
      <p className="mb-4">{t('chainNote')}</p>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 shadow-sm">
        <div>
          <label htmlFor="audit-entity" className="block font-semibold">
            {t('entity')}
          </label>
          <input id="audit-entity" name="entity" defaultValue={f.entity ?? ''} className="mt-1 w-80 max-w-full rounded border border-slate-500 px-2 py-1" />
        </div>
        <FilterSelect id="audit-action" name="action" label={t('action')} value={f.action} all={t('all')} options={actions.map((a) => ({ value: a, label: a }))} />
        <FilterSelect id="audit-user" name="user" label={t('who')} value={f.user} all={t('all')} options={actors.map((u) => ({ value: u.id, label: `${u.name} (${tr(u.role)})` }))} />
        <FilterInput id="audit-from" name="from" type="date" label={t('from')} value={f.from} />
        <FilterInput id="audit-to" name="to" type="date" label={t('to')} value={f.to} />
        <Button size="small">
          {t('filter')}
        </Button>
      </form>
      <DataTable caption={t('title')} captionHidden columns={[{ header: t('when') }, { header: t('who') }, { header: t('action') }, { header: t('record') }, { header: t('details') }]}>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top">
                <td className="p-2 whitespace-nowrap">{format.dateTime(r.at, { dateStyle: 'short', timeStyle: 'medium' })}</td>
                <td className="p-2">{r.actorName ? `${r.actorName} (${tr(r.actorRole!)})` : t('anonymous')}</td>
                <td className="p-2 font-mono">{r.action}</td>
                <td className="p-2 font-mono text-xs">{r.entityId ? `${r.entityType}:${r.entityId}` : '—'}</td>
                <td className="p-2 font-mono text-xs">{r.details ? JSON.stringify(r.details) : ''}</td>
              </tr>
            ))}
          </DataTable>
    </>
  );
}
