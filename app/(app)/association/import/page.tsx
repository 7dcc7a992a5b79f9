import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listBatches } from '@/lib/imports/queries';
import { requireArea } from '@/lib/auth/gate';
import { UploadForm } from './upload-form';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('associationImport');
  return { title: `${t('title')} – Wijkwerf` };
}

export default async function AssociationImportPage() {
  const user = await requireArea('association');
  const t = await getTranslations('associationImport');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const batches = user.associationId ? await listBatches(getDb(), user.associationId) : [];

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="rounded-lg bg-white p-4 shadow-sm">
          <h2 className="text-xl font-bold">{t('columnsTitle')}</h2>
          <p className="mt-2">{t('columnsText')}</p>
          <p className="mb-4 mt-2">{t('columnsLanguage')}</p>
          <UploadForm
            text={{
              file: t('file'),
              limits: t('limits'),
              consent: t('consent'),
              requiredMarker: tc('requiredMarker'),
              upload: t('upload'),
              uploading: t('uploading'),
              errorSummary: t('errorSummary'),
            }}
          />
        </div>
        <section className="rounded-lg bg-white p-4 shadow-sm" aria-labelledby="recent-batches">
          <h2 id="recent-batches" className="text-xl font-bold">
            {t('recentTitle')}
          </h2>
          {batches.length === 0 ? (
            <p className="mt-2">{t('recentNone')}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-200">
              {batches.map((b) => (
                <li key={b.id} className="py-2">
                  <a href={`/association/import/${b.id}`} className="break-all text-brand-700 underline">
                    {b.fileName}
                  </a>
                  <p className="text-sm text-slate-700">
                    {t('recentLine', { date: format.dateTime(b.createdAt, { dateStyle: 'medium', timeStyle: 'short' }), rows: b.rowCount })} ·{' '}
                    {b.status === 'imported' ? t('statusImported') : t('statusPreviewed')}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
