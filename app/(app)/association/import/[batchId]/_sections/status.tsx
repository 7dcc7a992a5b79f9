import { getFormatter } from 'next-intl/server';
import { cardClass } from '@/app/_components/ui/card';
import { ConfirmImportForm } from '../confirm-form';
import { type Batch, importText } from './shared';

/** Imported: how many and when. Previewed: the counts, and the button that imports the valid rows. */
export async function BatchStatus({ batch, failedCount, knownCount }: { batch: Batch; failedCount: number; knownCount: number }) {
  const { t } = await importText();
  const format = await getFormatter();
  const previewed = batch.status === 'previewed';
  const uploadAgain = (
    <a href="/association/import" className="text-brand-700 underline">
      {t('uploadAgain')}
    </a>
  );
  return (
    <>
      {previewed ? (
        <p className="mt-2">{t('previewIntro')}</p>
      ) : (
        <section role="status" className="mt-4 rounded-md border-2 border-green-700 bg-green-50 p-4" data-testid="import-result">
          <h2 className="text-xl font-bold text-green-900">{t('importedTitle')}</h2>
          <p className="mt-2 text-lg">
            {t('importedText', { count: batch.importedCount, date: format.dateTime(batch.importedAt ?? batch.createdAt, { dateStyle: 'long', timeStyle: 'short' }) })}
          </p>
          <p className="mt-3 flex flex-wrap gap-4">
            <a href="/association/contacts" className="text-brand-700 underline">
              {t('toContacts')}
            </a>
            {uploadAgain}
          </p>
        </section>
      )}

      <ul className={`mt-4 grid gap-1 ${cardClass}`} data-testid="import-summary">
        <li>{t('summaryRows', { count: batch.rowCount })}</li>
        <li>{t('summaryValid', { count: batch.validCount })}</li>
        <li>{t('summaryFailed', { count: failedCount })}</li>
        {previewed && knownCount > 0 ? <li>{t('summaryKnown', { count: knownCount })}</li> : null}
      </ul>

      {previewed ? (
        <section className={`mt-4 ${cardClass}`} aria-labelledby="confirm-title">
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
          <p className="mt-3">{uploadAgain}</p>
        </section>
      ) : null}
    </>
  );
}
