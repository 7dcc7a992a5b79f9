import { getLocale, getTranslations } from 'next-intl/server';
import './globals.css';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <head>
        <title>{`${t('title')} – Wijkwerf`}</title>
      </head>
      <body className="min-h-screen bg-slate-50">
        <main id="main" className="mx-auto max-w-xl px-4 py-12">
          <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
          <p className="mt-3 text-lg">{t('text')}</p>
          <p className="mt-6">
            <a className="text-brand-700 underline" href="/">
              {t('toHome')}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
