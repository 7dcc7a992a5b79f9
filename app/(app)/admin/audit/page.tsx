import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { auditActions, auditActors, auditRecordNames, listAudit } from '@/lib/audit/queries';
import { requireAreaPermission } from '@/lib/auth/gate';
import { PageHeading } from '@/app/_components/ui/heading';
import { AuditEntries } from './_sections/entries';
import { AuditFilterForm } from './_sections/filters';
import { auditFilterSchema } from './_sections/shared';

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireAreaPermission('admin', 'audit.view');
  const f = auditFilterSchema.parse(await searchParams);
  const t = await getTranslations('auditLog');
  const db = getDb();
  const [rows, actors, actions] = await Promise.all([
    listAudit(db, { entityId: f.entity, action: f.action, userId: f.user, from: f.from, to: f.to, page: f.page }),
    auditActors(db),
    auditActions(db),
  ]);
  const names = await auditRecordNames(db, rows);
  const filtered = !!(f.entity || f.action || f.user || f.from || f.to);
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-4 mt-1">{t('intro')}</p>
      <p className="mb-4">{t('chainNote')}</p>
      <AuditFilterForm f={f} actions={actions} actors={actors} />
      <AuditEntries rows={rows} names={names} filtered={filtered} />
    </>
  );
}
