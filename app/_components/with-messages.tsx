import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { portalMessages } from '@/lib/i18n/pick';
import { IntlMessages } from './intl-messages';

/**
 * Sends one or more whole namespaces to the browser for the client components below, on top of
 * what the portal layout sends, so they translate with next-intl themselves (with arguments:
 * `t('savedText', { name })`) instead of receiving texts with placeholders to fill in by hand.
 * The form layer's texts (`useMessage`, `useText`) come from the same messages (`IntlMessages`).
 */
export async function WithMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  return (
    <NextIntlClientProvider messages={portalMessages(await getMessages(), namespaces)}>
      <IntlMessages>{children}</IntlMessages>
    </NextIntlClientProvider>
  );
}
