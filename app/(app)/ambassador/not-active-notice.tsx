import { getTranslations } from 'next-intl/server';

/**
 * Shown in the ambassador area when the ambassador is no longer active (stopped, or not yet
 * started): the field work is closed to them, and the server refuses it as well.
 */
export async function NotActiveNotice({ status }: { status: string }) {
  const t = await getTranslations('ambassadorHome');
  return (
    <section role="status" aria-labelledby="not-active-title" className="mb-6 rounded-md border-2 border-amber-700 bg-amber-50 p-4 text-amber-950" data-testid="not-active">
      <h2 id="not-active-title" className="text-lg font-bold">
        {status === 'stopped' ? t('stoppedTitle') : t('notActiveTitle')}
      </h2>
      <p className="mt-1">{t('notActiveText')}</p>
    </section>
  );
}
