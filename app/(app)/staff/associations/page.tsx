import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { FormSection } from '@/app/_components/form-section';
import { getDb } from '@/db/client';
import { saveAssociationAction } from '@/lib/associations/actions';
import { listAssociations } from '@/lib/associations/queries';
import { requireAreaPermission } from '@/lib/auth/gate';
import { associationFields } from './association-fields';
import { DataTable } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('associationsAdmin');
  return { title: `${t('title')} – Wijkwerf` };
}

/** The associations registry with each one's results, and the form for a new one. */
export default async function AssociationsPage() {
  await requireAreaPermission('staff', 'associations.manage');
  const t = await getTranslations('associationsAdmin');
  const format = await getFormatter();
  const rows = await listAssociations(getDb());
  const messages = { created: t('created') };

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>

      {rows.length === 0 ? (
        <p className="mt-4">{t('empty')}</p>
      ) : (
        <DataTable caption={t('title')} captionHidden columns={[{ header: t('colName') }, { header: t('colCommunity') }, { header: t('colContactPerson') }, { header: t('colContacts'), numeric: true }, { header: t('colOffers'), numeric: true }, { header: t('colPlans'), numeric: true }, { header: t('colNewSignals'), numeric: true }, { header: t('colStatus') }]} className="mt-4">
              {rows.map((a) => (
                <tr key={a.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    <a className="font-semibold text-brand-700 underline" href={`/staff/associations/${a.id}`}>{a.name}</a>
                  </th>
                  <td className="p-2">{a.community}</td>
                  <td className="p-2">{a.contactPerson ?? ''}</td>
                  <td className="p-2 text-end tabular-nums">
                    <a className="text-brand-700 underline" href={`/staff/leads?association=${a.id}`} aria-label={t('contactsLink', { count: a.contacts, name: a.name })}>
                      {format.number(a.contacts)}
                    </a>
                  </td>
                  <td className="p-2 text-end tabular-nums">{format.number(a.offers)}</td>
                  <td className="p-2 text-end tabular-nums">{format.number(a.plans)}</td>
                  <td className="p-2 text-end tabular-nums">
                    {a.newSignals ? (
                      <a className="font-semibold text-brand-700 underline" href={`/staff/signals?status=new&association=${a.id}`}>{format.number(a.newSignals)}</a>
                    ) : (
                      '0'
                    )}
                  </td>
                  <td className="p-2">{a.active ? t('active') : t('inactive')}</td>
                </tr>
              ))}
            </DataTable>
      )}

      <FormSection id="new-assoc" title={t('newTitle')} className="mt-8 max-w-2xl" idPrefix="new-assoc" action={saveAssociationAction} fields={associationFields(t, null)} submitLabel={t('create')} messages={messages} />
    </>
  );
}
