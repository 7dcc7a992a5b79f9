import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { LanguageSwitcher } from '@/app/_components/language-switcher';
import { PlainMessages } from '@/app/_components/plain-messages';
import { fontCssFor } from '@/lib/i18n/fonts';
import { plainMessages, PUBLIC_CLIENT_NAMESPACES } from '@/lib/i18n/plain';
import { dirFor, localePath, routing } from '@/lib/i18n/routing';
import { currentPublicPageSettings } from '@/lib/public-page/settings';
import { publicUrl } from '@/lib/security/origin';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'public' });
  const { municipalityName } = await currentPublicPageSettings();
  // The sharing preview (WhatsApp, Facebook…): Open Graph in the page's language, one static image
  // (public/og-image.png, 1200×630) at its absolute address; no metadataBase, which would also
  // rewrite the hreflang alternates. The favicon is app/icon.svg.
  return {
    title: t('metaTitle'),
    description: t('metaDescription'),
    openGraph: {
      type: 'website',
      locale,
      siteName: `Wijkwerf – ${municipalityName}`,
      title: t('metaTitle'),
      description: t('metaDescription'),
      images: [{ url: publicUrl('/og-image.png'), width: 1200, height: 630, alt: t('heroTitle') }],
    },
  };
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
  const tp = await getTranslations('privacy');
  // One language's messages go to the browser: this locale's (over English where it has no namespace),
  // as plain strings (PlainMessages): no next-intl client provider, so no ICU message parser in the
  // public pages' scripts (~12 KiB gzip). Links are plain <a> with the locale's path (lib/i18n/routing
  // localePath): next-intl's Link would add its navigation runtime (~6 KiB gzip) for no visible difference.
  const messages = plainMessages(await getMessages(), PUBLIC_CLIENT_NAMESPACES);
  // Arabic script (ar, fa-AF) and Ethiopic (ti) get their self-hosted font; other pages load none.
  const fontCss = fontCssFor(locale);
  const { municipalityName, logoPath } = await currentPublicPageSettings();
  const nonce = fontCss ? ((await headers()).get('x-nonce') ?? undefined) : undefined;

  return (
    <html lang={locale} dir={dirFor(locale)}>
      {fontCss && (
        <head>
          <style nonce={nonce}>{fontCss}</style>
        </head>
      )}
      <body className="min-h-screen bg-slate-50">
        <PlainMessages locale={locale} messages={messages}>
        <a href="#main" className="skip-link">
          {t('skipToContent')}
        </a>
        <header className="bg-brand-800 text-white">
          <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3">
            <a href={localePath(locale)} className="flex items-center gap-3 text-xl font-bold text-white no-underline">
              {/* eslint-disable-next-line @next/next/no-img-element -- a small file of our own (public/logos), named by a setting; the name beside it says what it is */}
              <img src={logoPath} alt="" width={44} height={44} className="h-11 w-11 shrink-0" />
              <span>
                <span className="block text-sm font-normal" data-testid="municipality">
                  <bdi>{municipalityName}</bdi>
                </span>
                {t('appName')}
                <span className="block text-sm font-normal">{t('tagline')}</span>
              </span>
            </a>
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
              <a className="text-brand-700 underline" href={localePath(locale, '/privacy')}>
                {t('privacy')}
              </a>
            </li>
            <li>
              <a className="text-brand-700 underline" href={localePath(locale, '/toegankelijkheid')}>
                {t('accessibility')}
              </a>
            </li>
            <li>
              {/* Withdrawing consent from every public page, the sign-up page included (the statement's promise). */}
              <a className="text-brand-700 underline" href={localePath(locale, '/intrekken')}>
                {tp('withdrawLink')}
              </a>
            </li>
          </ul>
        </footer>
        </PlainMessages>
      </body>
    </html>
  );
}
