import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import { headers } from 'next/headers';
import { IntlMessages } from '@/app/_components/intl-messages';
import { fontCssFor } from '@/lib/i18n/fonts';
import { portalMessages } from '@/lib/i18n/pick';
import { dirFor } from '@/lib/i18n/routing';

export const metadata: Metadata = { title: 'Wijkwerf', robots: { index: false, follow: false } };
export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/**
 * The portal for staff, ambassadors and associations: Dutch or English, for ambassadors also
 * Arabic, Dari and Turkish (the user's choice, lib/i18n/request.ts); right to left for ar and fa-AF.
 */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const all = await getMessages();
  // Feature namespaces send only their `errors`: the form component translates any key an action returns.
  const messages = portalMessages(all);
  // Arabic script (ar, fa-AF) gets its self-hosted font; Dutch and English pages load none.
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
          <IntlMessages>{children}</IntlMessages>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
