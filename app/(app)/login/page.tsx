import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/gate';
import { AREAS, canEnterArea, homePathFor } from '@/lib/auth/permissions';
import { safeNextPath } from '@/lib/auth/redirect';
import { LoginForm } from './login-form';
import { getDb } from '@/db/client';
import { needsFirstRun } from '@/lib/setup/mutations';

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; activated?: string; reset?: string; changed?: string }> }) {
  const { next, activated, reset, changed } = await searchParams;
  const back = safeNextPath(next);
  // A fresh installation without any account starts on the first-run page.
  if (await needsFirstRun(getDb())) redirect('/setup');
  const user = await getCurrentUser();
  if (user) {
    // Already signed in: continue to where they were going if their role may go there, else home.
    const area = back ? AREAS.find((a) => back === `/${a}` || back.startsWith(`/${a}/`)) : undefined;
    redirect(back && area && canEnterArea(user.role, area) ? back : homePathFor(user.role));
  }
  const t = await getTranslations('auth');
  const tc = await getTranslations('common');
  const tacc = await getTranslations('account');
  const notice = activated === '1' ? t('activated') : reset === '1' ? tacc('resetDone') : changed === '1' ? tacc('passwordChanged') : null;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <p className="text-xl font-bold text-brand-800">{tc('appName')}</p>
      <h1 className="mt-4 text-3xl font-bold">{t('loginTitle')}</h1>
      <p className="mt-2">{t('loginIntro')}</p>
      {notice ? (
        <p role="status" className="mt-4 rounded-md border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900" data-testid="activated">
          {notice}
        </p>
      ) : null}
      <LoginForm next={back ?? ''} />
      <p className="mt-4">
        <a href="/login/forgot" className="text-brand-700 underline">
          {tacc('forgotLink')}
        </a>
      </p>
      <p className="mt-8">
        <a href="/" className="text-brand-700 underline">
          {t('toPublic')}
        </a>
      </p>
    </main>
  );
}
