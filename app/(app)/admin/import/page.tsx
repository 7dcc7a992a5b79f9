import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { isOnboardingKind, KIND_FIELDS, ONBOARDING_KINDS } from '@/lib/onboarding/kinds';
import { listOnboardingBatches } from '@/lib/onboarding/queries';
import { OnboardingUploadForm } from './upload-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('onboardingImport');
  return { title: `${t('title')} – Wijkwerf` };
}

/** Onboarding from the city's spreadsheets: per kind its columns and template, the upload, earlier files. */
export default async function OnboardingImportPage() {
  await requireAreaPermission('admin', 'onboarding.import');
  const t = await getTranslations('onboardingImport');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const batches = await listOnboardingBatches(getDb());
  const kindName = (k: string) => (isOnboardingKind(k) ? t(`kinds.${k}`) : k);
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <p className="mt-2 max-w-3xl">{t('order')}</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="grid gap-6">
          <Section id="upload" title={t('upload')} card>
            <OnboardingUploadForm
              kinds={ONBOARDING_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              text={{ kind: t('kindLabel'), file: t('file'), limits: t('limits'), requiredMarker: tc('requiredMarker'), upload: t('upload'), uploading: t('uploading'), errorSummary: t('errorSummary') }}
            />
          </Section>
          {ONBOARDING_KINDS.map((k) => (
            <Section key={k} id={`kind-${k}`} title={t(`kinds.${k}`)} card>
              <p className="mt-1">{KIND_FIELDS[k].map((f) => t(`fields.${f}`)).join(' · ')}</p>
              <p className="mt-2">{t(`keys.${k}`)}</p>
              <p className="mt-2">
                <a href={`/admin/import/template/${k}`} className="text-brand-700 underline" download data-testid={`template-${k}`}>
                  {t('template')}
                </a>
              </p>
            </Section>
          ))}
        </div>
        <Section id="recent" title={t('recentTitle')} card className="self-start">
          {batches.length === 0 ? (
            <p className="mt-2">{t('recentNone')}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-200">
              {batches.map((b) => (
                <li key={b.id} className="py-2">
                  <a href={`/admin/import/${b.id}`} className="break-all text-brand-700 underline">
                    {b.fileName}
                  </a>
                  <p className="text-sm text-slate-700">
                    {t('recentLine', { kind: kindName(b.kind), date: format.dateTime(b.createdAt, { dateStyle: 'medium', timeStyle: 'short' }), rows: b.rowCount })} ·{' '}
                    {b.status === 'imported' ? t('statusImported') : t('statusPreviewed')}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}
