import { getFormatter, getTranslations } from 'next-intl/server';
import { cardClass } from '@/app/_components/ui/card';
import type { getOnboardingBatch } from '@/lib/onboarding/queries';
import { ConfirmOnboardingForm } from '../confirm-form';

type Batch = NonNullable<Awaited<ReturnType<typeof getOnboardingBatch>>>;

/** Imported: the summary (created, updated, unchanged). Previewed: the counts, and the button that imports the whole file. */
export async function OnboardingStatus({ batch, failedCount }: { batch: Batch; failedCount: number }) {
  const t = await getTranslations('onboardingImport');
  const format = await getFormatter();
  const previewed = batch.status === 'previewed';
  const uploadAgain = (
    <a href="/admin/import" className="text-brand-700 underline">
      {t('uploadAgain')}
    </a>
  );
  const s = batch.summary ?? { created: 0, updated: 0, unchanged: 0 };
  return (
    <>
      {previewed ? (
        <p className="mt-2">{t('previewIntro')}</p>
      ) : (
        <section role="status" className="mt-4 rounded-md border-2 border-green-700 bg-green-50 p-4" data-testid="import-result">
          <h2 className="text-xl font-bold text-green-900">{t('importedTitle')}</h2>
          <p className="mt-2">{t('importedText', { date: format.dateTime(batch.importedAt ?? batch.createdAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
          <ul className="mt-2 text-lg" data-testid="import-counts">
            <li>{t('resultCreated', { count: s.created })}</li>
            <li>{t('resultUpdated', { count: s.updated })}</li>
            <li>{t('resultUnchanged', { count: s.unchanged })}</li>
          </ul>
          <p className="mt-3">{uploadAgain}</p>
        </section>
      )}
      <ul className={`mt-4 grid gap-1 ${cardClass}`} data-testid="import-summary">
        <li>{t('summaryRows', { count: batch.rowCount })}</li>
        <li>{t('summaryValid', { count: batch.validCount })}</li>
        <li>{t('summaryFailed', { count: failedCount })}</li>
      </ul>
      {previewed ? (
        <section className={`mt-4 ${cardClass}`} aria-labelledby="confirm-title">
          <h2 id="confirm-title" className="sr-only">
            {t('confirm', { count: batch.validCount })}
          </h2>
          {failedCount === 0 && batch.validCount > 0 ? (
            <>
              <p className="mb-3">{t('confirmHint')}</p>
              <ConfirmOnboardingForm batchId={batch.id} label={t('confirm', { count: batch.validCount })} pendingLabel={t('confirming', { count: batch.validCount })} />
            </>
          ) : (
            <p>{t('nothingToImport')}</p>
          )}
          <p className="mt-3">{uploadAgain}</p>
        </section>
      ) : null}
    </>
  );
}
