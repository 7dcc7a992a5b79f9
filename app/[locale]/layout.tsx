import type { Metadata, Viewport } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { LanguageSwitcher } from '@/app/_components/language-switcher';
import { Link } from '@/lib/i18n/navigation';
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
  const messages = pickMessages(await getMessages(), ['public', 'errors', 'languages', 'common']);

  return (
    <html lang={locale} dir={dirFor(locale)}>
      <body className="min-h-screen bg-slate-50">
        <NextIntlClientProvider messages={messages}>
        <a href="#main" className="skip-link">
          {t('skipToContent')}
        </a>
        <header className="bg-brand-800 text-white">
          <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
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
