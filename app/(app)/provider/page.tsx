import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { getStepNames } from '@/lib/leads/settings/queries';
import { listProviderResidents } from '@/lib/providers/queries';
import { Welcome } from '@/app/_components/area-shell';
import { BidiText } from '@/app/_components/bidi-text';
import { Section } from '@/app/_components/ui/card';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('providers');
  return { title: `${t('home.title')} – Wijkwerf` };
}

/** The provider's start: the residents referred to its school (scoped to its provider), each with the step to act on. */
export default async function ProviderHomePage() {
  const user = await requireAreaPermission('provider', 'provider.self');
  if (!user.providerId) forbidden();
  const t = await getTranslations('providers');
  const ts = await getTranslations('steps');
  const tl = await getTranslations('languages');
  const db = getDb();
  const [rows, steps] = await Promise.all([listProviderResidents(db, user.providerId), getStepNames(db, await getLocale(), (s) => ts(s))]);
  return (
    <>
      <Welcome user={user} intro={t('home.intro')} />
      <Section id="residents" title={t('home.title')}>
        <p className="mt-1">{t('home.count', { count: rows.length })}</p>
        <DataTable
          caption={t('home.title')}
          captionHidden
          className="mt-2"
          rowCount={rows.length}
          empty={t('home.empty')}
          columns={[{ header: t('col.name') }, { header: t('col.phone') }, { header: t('col.language') }, { header: t('col.step') }, { header: t('col.course') }]}
          data-testid="provider-residents"
        >
          {rows.map((r) => (
            <Tr key={r.id}>
              <RowHeader>
                <a href={`/provider/residents/${r.id}`} className="underline">
                  {r.name}
                </a>
              </RowHeader>
              <Td>
                <BidiText>{r.phone}</BidiText>
              </Td>
              <Td>{tl.has(r.preferredLanguage) ? tl(r.preferredLanguage) : r.preferredLanguage}</Td>
              <Td>{steps[r.status]}</Td>
              <Td>{r.courseName ?? r.courseType ?? ''}</Td>
            </Tr>
          ))}
        </DataTable>
      </Section>
    </>
  );
}
