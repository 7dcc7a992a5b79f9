import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import { portalMessages } from '@/lib/i18n/pick';

export const metadata: Metadata = { title: 'Wijkwerf', robots: { index: false, follow: false } };
export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The portal for staff, ambassadors and associations (Dutch or English, the user's choice). */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const all = await getMessages();
  // Feature namespaces send only their `errors`: the form component translates any key an action returns.
  const messages = portalMessages(all);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50">
        <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
