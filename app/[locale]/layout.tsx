import type { Metadata, Viewport } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { LanguageSwitcher } from '@/app/_components/language-switcher';
import { Link } from '@/lib/i18n/navigation';
import { fontCssFor } from '@/lib/i18n/fonts';
import { pickMessages } from '@/lib/i18n/pick';
import { dirFor, routing } from '@/lib/i18n/routing';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'public' });
  return { title: t('metaTitle'), description: t('metaDescription') };
}

export default async function PublicLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('common');
  const tl = await getTranslations('localeNames');
  // One language's messages go to the browser: this locale's (over English where it has no namespace).
  const messages = pickMessages(await getMessages(), ['public', 'errors', 'languages', 'common']);
  // Arabic script (ar, fa-AF) and Ethiopic (ti) get their self-hosted font; other pages load none.
  const fontCss = fontCssFor(locale);
  const nonce = fontCss ? ((await headers()).get('x-nonce') ?? undefined) : undefined;

  return (
    <html lang={locale} dir={dirFor(locale)}>
      {fontCss && (
        <head>
          <style nonce={nonce}>{fontCss}</style>
        </head>
      )}
      <body className="min-h-screen bg-slate-50">
        <NextIntlClientProvider messages={messages}>
        <a href="#main" className="skip-link">
          {t('skipToContent')}
        </a>
        <header className="bg-brand-800 text-white">
          <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3">
            <Link href="/" className="text-xl font-bold text-white no-underline">
              {t('appName')}
              <span className="block text-sm font-normal">{t('tagline')}</span>
            </Link>
            <LanguageSwitcher
              label={t('languageMenu')}
              current={locale}
              locales={routing.locales.map((l) => ({ code: l, name: tl(l) }))}
            />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-4xl border-t border-slate-300 px-4 py-6 text-sm">
          <p>{t('footerText')}</p>
          <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link className="text-brand-700 underline" href="/privacy">
                {t('privacy')}
              </Link>
            </li>
            <li>
              <Link className="text-brand-700 underline" href="/toegankelijkheid">
                {t('accessibility')}
              </Link>
            </li>
          </ul>
        </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
