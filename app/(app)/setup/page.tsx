import type { Metadata } from 'next';
import { asc } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { neighbourhoods } from '@/db/schema';
import { firstRunAction } from '@/lib/setup/actions';
import { needsFirstRun } from '@/lib/setup/mutations';
import { ActionForm } from '@/app/_components/action-form';
import { Alert } from '@/app/_components/ui/alert';
import { cardClass } from '@/app/_components/ui/card';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('setup'))('title') };
}

/** First run of a fresh installation (no demo data): only while no account exists. */
export default async function SetupPage() {
  const db = getDb();
  const open = await needsFirstRun(db);
  const t = await getTranslations('setup');
  const tc = await getTranslations('common');
  if (!open) {
    return (
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        <p className="text-xl font-bold text-brand-800">{tc('appName')}</p>
        <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
        <Alert type="info" role="note" className="mt-4" data-testid="setup-done">
          {t('done')}
        </Alert>
        <p className="mt-6">
          <a href="/login" className="text-brand-700 underline">
            {t('toLogin')}
          </a>
        </p>
      </main>
    );
  }
  const wijken = await db.select({ name: neighbourhoods.name }).from(neighbourhoods).orderBy(asc(neighbourhoods.name));
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <p className="text-xl font-bold text-brand-800">{tc('appName')}</p>
      <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2">{t('intro')}</p>
      <ActionForm
        action={firstRunAction}
        idPrefix="setup"
        className={`mt-6 ${cardClass} p-5`}
        submitLabel={t('submit')}
        fields={[
          { kind: 'text', name: 'municipalityName', label: t('municipalityName'), required: true, maxLength: 120 },
          { kind: 'text', name: 'adminName', label: t('adminName'), required: true, maxLength: 120, autoComplete: 'name' },
          { kind: 'email', name: 'adminEmail', label: t('adminEmail'), required: true, maxLength: 254, autoComplete: 'username' },
          { kind: 'password', name: 'password', label: t('password'), required: true, autoComplete: 'new-password' },
          { kind: 'password', name: 'passwordConfirm', label: t('passwordConfirm'), required: true, autoComplete: 'new-password' },
          { kind: 'textarea', name: 'wijken', label: `${t('wijken')} — ${t('wijkenHint', { list: wijken.map((w) => w.name).join(', ') || '—' })}`, maxLength: 5000 },
          { kind: 'text', name: 'rate', label: t('rate'), required: true, maxLength: 6, defaultValue: '6,95' },
          { kind: 'text', name: 'periodName', label: t('periodName'), required: true, maxLength: 100 },
          { kind: 'date', name: 'startsOn', label: t('startsOn'), required: true },
          { kind: 'date', name: 'endsOn', label: t('endsOn'), required: true },
          { kind: 'number', name: 'groupTarget', label: t('groupTarget'), required: true },
        ]}
      />
    </main>
  );
}
