import { getTranslations } from 'next-intl/server';

/**
 * In place of a page that needs the database while it is out of reach (a restart, a failover): a
 * plain "try again in a minute" in the page's language, with a link that loads the page again.
 * Server-rendered, so it reads the same without JavaScript.
 */
export async function TryAgain({ href }: { href: string }) {
  const t = await getTranslations('errors');
  return (
    <section aria-labelledby="try-again-title" className="rounded-lg bg-white p-5 shadow-sm" data-testid="try-again">
      <h1 id="try-again-title" className="text-2xl font-bold text-brand-800">
        {t('errorPageTitle')}
      </h1>
      <p className="mt-3 text-lg">{t('tryAgain')}</p>
      <p className="mt-4">
        <a href={href} className="text-brand-700 underline">
          {t('errorPageRetry')}
        </a>
      </p>
    </section>
  );
}
