import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { fromStored } from '@/lib/association/import/validate';
import { getMessageText } from '@/lib/i18n/message';
import { getBatch } from '@/lib/association/queries';
import { requireArea } from '@/lib/auth/gate';
import { ConfirmImportForm } from './confirm-form';
import { DataTable } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('associationImport');
  return { title: `${t('title')} – Wijkwerf` };
}

/** Valid rows shown on the page; the rest are counted (a 5,000-row table helps no one). */
const SHOWN_VALID = 200;
const FIELD_ORDER = ['name', 'phone', 'language', 'neighbourhood', 'note', 'consent'] as const;

const th = 'border-b border-slate-300 px-2 py-1 text-start font-semibold';
const td = 'border-b border-slate-200 px-2 py-1 align-top';

/** A batch of the user's own association: the preview with its errors, or the result. */
export default async function ImportBatchPage({ params }: { params: Promise<{ batchId: string }> }) {
  const user = await requireArea('association');
  const { batchId } = await params;
  if (!user.associationId) notFound();
  const batch = await getBatch(getDb(), user.associationId, batchId);
  if (!batch) notFound();

  const t = await getTranslations('associationImport');
  const tl = await getTranslations('languages');
  const format = await getFormatter();

  const fieldName = (f: string) => (t.has(`fields.${f}`) ? t(`fields.${f}` as never) : f);
  const message = await getMessageText();
  const failed = batch.failedRows ?? [];
  const valid = (batch.rows ?? []).map(fromStored);
  const known = valid.filter((r) => r.known).length;
  const languageName = (code: string) => (tl.has(code as never) ? tl(code as never) : code);

  return (
    <>
      <PageHeading className="break-words">{t('batchTitle', { file: batch.fileName })}</PageHeading>

      {batch.status === 'imported' ? (
        <section role="status" className="mt-4 rounded-md border-2 border-green-700 bg-green-50 p-4" data-testid="import-result">
          <h2 className="text-xl font-bold text-green-900">{t('importedTitle')}</h2>
          <p className="mt-2 text-lg">
            {t('importedText', { count: batch.importedCount, date: format.dateTime(batch.importedAt ?? batch.createdAt, { dateStyle: 'long', timeStyle: 'short' }) })}
          </p>
          <p className="mt-3 flex flex-wrap gap-4">
            <a href="/association/contacts" className="text-brand-700 underline">
              {t('toContacts')}
            </a>
            <a href="/association/import" className="text-brand-700 underline">
              {t('uploadAgain')}
            </a>
          </p>
        </section>
      ) : (
        <p className="mt-2">{t('previewIntro')}</p>
      )}

      <ul className="mt-4 grid gap-1 rounded-lg bg-white p-4 shadow-sm" data-testid="import-summary">
        <li>{t('summaryRows', { count: batch.rowCount })}</li>
        <li>{t('summaryValid', { count: batch.validCount })}</li>
        <li>{t('summaryFailed', { count: failed.length })}</li>
        {batch.status === 'previewed' && known > 0 ? <li>{t('summaryKnown', { count: known })}</li> : null}
      </ul>

      {batch.status === 'previewed' ? (
        <section className="mt-4 rounded-lg bg-white p-4 shadow-sm" aria-labelledby="confirm-title">
          <h2 id="confirm-title" className="sr-only">
            {t('confirm', { count: batch.validCount })}
          </h2>
          {batch.validCount > 0 ? (
            <>
              <p className="mb-3">{t('confirmHint')}</p>
              <ConfirmImportForm
                batchId={batch.id}
                label={t('confirm', { count: batch.validCount })}
                pendingLabel={t('confirming', { count: batch.validCount })}
              />
            </>
          ) : (
            <p>{t('nothingValid')}</p>
          )}
          <p className="mt-3">
            <a href="/association/import" className="text-brand-700 underline">
              {t('uploadAgain')}
            </a>
          </p>
        </section>
      ) : null}

      {failed.length > 0 ? (
        <section className="mt-6 rounded-lg bg-white p-4 shadow-sm" aria-labelledby="failed-title">
          <h2 id="failed-title" className="text-xl font-bold">
            {t('failedTitle')}
          </h2>
          <p className="mt-1">{t('failedIntro')}</p>
          <p className="mt-2">
            <a href={`/association/import/${batch.id}/failed`} className="text-brand-700 underline" download>
              {t('downloadFailed')}
            </a>
          </p>
          <DataTable caption={t('failedTitle')} captionHidden columns={[{ header: t('colRow') }, { header: fieldName('name') }, { header: fieldName('phone') }, { header: t('colProblem') }]} className="mt-3" data-testid="failed-rows">
                {failed.map((f) => (
                  <tr key={f.row} data-row={f.row}>
                    <th scope="row" className={`${td} font-normal`}>
                      {f.row}
                    </th>
                    <td className={td}>{f.values.name}</td>
                    <td className={td} dir="ltr">
                      {f.values.phone}
                    </td>
                    <td className={td}>
                      <ul>
                        {FIELD_ORDER.filter((k) => f.errors[k]).map((k) => (
                          <li key={k}>
                            <strong>{fieldName(k)}:</strong> {message(f.errors[k]!, f.errorValues?.[f.errors[k]!])}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </DataTable>
        </section>
      ) : null}

      {batch.status === 'previewed' && valid.length > 0 ? (
        <section className="mt-6 rounded-lg bg-white p-4 shadow-sm" aria-labelledby="valid-title">
          <h2 id="valid-title" className="text-xl font-bold">
            {t('validTitle')}
          </h2>
          <DataTable caption={t('validTitle')} captionHidden columns={[{ header: t('colRow') }, { header: fieldName('name') }, { header: fieldName('phone') }, { header: fieldName('language') }, { header: t('colNotice') }]} className="mt-3" data-testid="valid-rows">
                {valid.slice(0, SHOWN_VALID).map((r) => (
                  <tr key={r.row} data-row={r.row}>
                    <th scope="row" className={`${td} font-normal`}>
                      {r.row}
                    </th>
                    <td className={td}>{r.name}</td>
                    <td className={td} dir="ltr">
                      {r.phone}
                    </td>
                    <td className={td}>{languageName(r.language)}</td>
                    <td className={td}>{r.known ? t('knownWarning') : null}</td>
                  </tr>
                ))}
              </DataTable>
          {valid.length > SHOWN_VALID ? <p className="mt-2">{t('moreValid', { count: valid.length - SHOWN_VALID })}</p> : null}
        </section>
      ) : null}
    </>
  );
}
