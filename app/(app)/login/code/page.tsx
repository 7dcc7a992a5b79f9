import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { ActionForm } from '@/app/_components/action-form';
import { cardClass } from '@/app/_components/ui/card';
import { safeNextPath } from '@/lib/auth/redirect';
import { TICKET_COOKIE } from '@/lib/auth/ticket';
import { loginCodeAction } from '@/lib/session/actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('codeTitle') };
}

/** Sign-in, step two: the code from the authenticator app (or a recovery code). */
export default async function LoginCodePage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (!(await cookies()).has(TICKET_COOKIE)) redirect('/login');
  const t = await getTranslations('account');
  const tc = await getTranslations('common');
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <p className="text-xl font-bold text-brand-800">{tc('appName')}</p>
      <h1 className="mt-4 text-3xl font-bold">{t('codeTitle')}</h1>
      <p className="mt-2">{t('codeIntro')}</p>
      <ActionForm
        action={loginCodeAction}
        idPrefix="code"
        className={`mt-6 ${cardClass} p-5`}
        submitLabel={t('codeSubmit')}
        fields={[
          { kind: 'hidden', name: 'next', value: safeNextPath(next) ?? '' },
          { kind: 'text', name: 'code', label: t('code'), hint: t('codeHint'), required: true, maxLength: 40, autoComplete: 'one-time-code' },
        ]}
      />
      <p className="mt-8">
        <a href="/login" className="text-brand-700 underline">
          {t('backToLogin')}
        </a>
      </p>
    </main>
  );
}
