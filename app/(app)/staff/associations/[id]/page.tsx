import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { FormSection } from '@/app/_components/form-section';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { DataTable, Td, Tr } from '@/app/_components/ui/table';
import { getDb } from '@/db/client';
import { saveAssociationAction } from '@/lib/associations/actions';
import { associationResults, getAssociation, linkedUsers, listKeyFigures } from '@/lib/associations/queries';
import { requireAreaPermission } from '@/lib/auth/gate';
import { associationFields } from '../association-fields';
import { KeyFiguresSection } from './_sections/key-figures';
import { ResultsSection } from './_sections/results';
import { associationMessages, leadsUrl } from './_sections/shared';
import { BackLink } from '@/app/_components/ui/back-link';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations('associationsAdmin');
  const a = await getAssociation(getDb(), (await params).id);
  return { title: `${a?.name ?? t('title')} – Wijkwerf` };
}

/** One association: its results (total, per period, per year), details, key figures and accounts. */
export default async function AssociationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAreaPermission('staff', 'associations.manage');
  const { id } = await params;
  const db = getDb();
  const assoc = await getAssociation(db, id);
  if (!assoc) notFound();
  const t = await getTranslations('associationsAdmin');
  const [results, figures, accounts] = await Promise.all([associationResults(db, id), listKeyFigures(db, id), linkedUsers(db, id)]);

  return (
    <>
      <BackLink href="/staff/associations">{t('backToList')}</BackLink>
      <PageHeading>{assoc.name}</PageHeading>
      <p className="mt-1 text-slate-700">
        {assoc.community} · {assoc.active ? t('active') : t('inactive')}
      </p>
      <p className="mt-2 flex flex-wrap gap-4">
        <a className="text-brand-700 underline" href={leadsUrl(id)}>{t('openLeads')}</a>
        <a className="text-brand-700 underline" href={`/staff/signals?status=all&association=${id}`}>{t('openSignals')}</a>
      </p>

      <ResultsSection assoc={assoc} results={results} />
      <KeyFiguresSection associationId={id} figures={figures} />

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <FormSection id="details" title={t('detailsTitle')} idPrefix="assoc" action={saveAssociationAction} fields={associationFields(t, assoc)} submitLabel={t('save')} messages={await associationMessages()} />
        <Section id="users" title={t('usersTitle')}>
          <p className="mt-1">{t('usersIntro')}</p>
          <DataTable
            caption={t('usersTitle')}
            captionHidden
            columns={[{ header: t('colUserName') }, { header: t('colUserEmail') }, { header: t('colUserActive') }]}
            rowCount={accounts.length}
            empty={t('noUsers')}
            className="mt-2"
            data-testid="linked-users"
          >
            {accounts.map((u) => (
              <Tr key={u.id}>
                <Td>{u.name}</Td>
                <Td>{u.email}</Td>
                <Td>{u.active ? t('userActive') : t('userInactive')}</Td>
              </Tr>
            ))}
          </DataTable>
        </Section>
      </div>
    </>
  );
}
