import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { OUTBOX_PAGE_SIZE, openOutbox } from '@/lib/notifications/queries';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';

const filterSchema = z.object({ page: z.coerce.number().int().min(1).max(10000).optional().catch(undefined) });

/** Every message sent or waiting, with its text: how the demo and the e2e tests see what was "sent". */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireAreaPermission('admin', 'notifications.outbox');
  const { page = 1 } = filterSchema.parse(await searchParams);
  const t = await getTranslations('notifications.outbox');
  const format = await getFormatter();
  const { rows, total } = await openOutbox(getDb(), user.id, page);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'short', timeStyle: 'short' }) : '—');
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-4 mt-1">{t('intro')}</p>
      <DataTable
        caption={t('title')}
        captionHidden
        rowCount={rows.length}
        empty={t('empty')}
        data-testid="outbox"
        columns={[{ header: t('template') }, { header: t('recipient') }, { header: t('status') }, { header: t('created') }, { header: t('sent') }, { header: t('text') }]}
      >
        {rows.map((r) => (
          <Tr key={r.id} data-template={r.template}>
            <RowHeader>
              <span className="font-semibold">{r.subject}</span>
              <br />
              <span className="font-mono text-xs">{r.template}</span>
            </RowHeader>
            <Td className="[overflow-wrap:anywhere]">{r.recipient}</Td>
            <Td>
              {t(`statuses.${r.status}`)}
              {r.attempts > 0 ? ` (${t('attempts')}: ${r.attempts})` : ''}
              {r.lastError ? <span className="block font-mono text-xs">{`${t('error')}: ${r.lastError}`}</span> : null}
            </Td>
            <Td className="whitespace-nowrap">{when(r.createdAt)}</Td>
            <Td className="whitespace-nowrap">{when(r.sentAt)}</Td>
            <Td>
              <pre className="max-w-xl whitespace-pre-wrap font-sans text-sm [overflow-wrap:anywhere]">{r.text}</pre>
            </Td>
          </Tr>
        ))}
      </DataTable>
      {total > page * OUTBOX_PAGE_SIZE ? (
        <p className="mt-4">
          <a className="text-brand-700 underline" href={`/admin/outbox?page=${page + 1}`}>
            {t('older')}
          </a>
        </p>
      ) : null}
    </>
  );
}
