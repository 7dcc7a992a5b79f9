import { getLocale, getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/gate';
import { homePathFor } from '@/lib/auth/permissions';
import './globals.css';

/** 403 page for forbidden() from pages, layouts and server actions (route handlers answer their own 403). */
export default async function Forbidden() {
  const t = await getTranslations('forbidden');
  const locale = await getLocale();
  const user = await getCurrentUser();
  return (
    <html lang={locale}>
      <head>
        <title>{`${t('title')} – Wijkwerf`}</title>
      </head>
      <body className="min-h-screen bg-slate-50">
        <main id="main" className="mx-auto max-w-xl px-4 py-12">
          <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
          <p className="mt-3 text-lg">{t('text')}</p>
          <ul className="mt-6 space-y-2">
            {user ? (
              <li>
                <a className="text-brand-700 underline" href={homePathFor(user.role)}>
                  {t('toHome')}
                </a>
              </li>
            ) : null}
            <li>
              <a className="text-brand-700 underline" href="/login">
                {t('toLogin')}
              </a>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
