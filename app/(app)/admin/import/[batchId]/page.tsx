import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { isOnboardingKind } from '@/lib/onboarding/kinds';
import { getOnboardingBatch } from '@/lib/onboarding/queries';
import { OnboardingFailedRows, OnboardingValidRows } from './_sections/rows';
import { OnboardingStatus } from './_sections/status';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('onboardingImport');
  return { title: `${t('title')} – Wijkwerf` };
}

/** An onboarding batch: the preview with its row errors and the confirm button, or what was imported. */
export default async function OnboardingBatchPage({ params }: { params: Promise<{ batchId: string }> }) {
  await requireAreaPermission('admin', 'onboarding.import');
  const { batchId } = await params;
  const batch = await getOnboardingBatch(getDb(), batchId);
  if (!batch || !isOnboardingKind(batch.kind)) notFound();
  const t = await getTranslations('onboardingImport');
  const failed = batch.failedRows ?? [];
  return (
    <>
      <PageHeading className="break-words">{t('batchTitle', { file: batch.fileName })}</PageHeading>
      <p className="mt-2">{t('batchKind', { kind: t(`kinds.${batch.kind}`) })}</p>
      <OnboardingStatus batch={batch} failedCount={failed.length} />
      {failed.length > 0 ? <OnboardingFailedRows kind={batch.kind} failed={failed} /> : null}
      {batch.status === 'previewed' && failed.length === 0 ? <OnboardingValidRows rows={batch.rows ?? []} /> : null}
    </>
  );
}
