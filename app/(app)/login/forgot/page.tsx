import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { cardClass } from '@/app/_components/ui/card';
import { forgotPasswordAction } from '@/lib/users/account-actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('forgotTitle') };
}

/** Ask for a reset link. The answer is the same whether or not the address has an account. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations('account');
  const ta = await getTranslations('auth');
  const tc = await getTranslations('common');
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <p className="text-xl font-bold text-brand-800">{tc('appName')}</p>
      <h1 className="mt-4 text-3xl font-bold">{t('forgotTitle')}</h1>
      <p className="mt-2">{t('forgotIntro')}</p>
      <ActionForm
        action={forgotPasswordAction}
        idPrefix="forgot"
        className={`mt-6 ${cardClass} p-5`}
        submitLabel={t('forgotSubmit')}
        messages={{ 'account.forgotSent': t('forgotSent') }}
        fields={[{ kind: 'email', name: 'email', label: ta('email'), required: true, maxLength: 254, autoComplete: 'username' }]}
      />
      <p className="mt-8">
        <a href="/login" className="text-brand-700 underline">
          {t('backToLogin')}
        </a>
      </p>
    </main>
  );
}
