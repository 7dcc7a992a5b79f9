import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { fromStored } from '@/lib/imports/validate';
import { getBatch } from '@/lib/imports/queries';
import { requireArea } from '@/lib/auth/gate';
import { FailedRows, ValidRows } from './_sections/rows';
import { BatchStatus } from './_sections/status';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('associationImport');
  return { title: `${t('title')} – Wijkwerf` };
}

/** A batch of the user's own association: the preview with its errors, or the result. */
export default async function ImportBatchPage({ params }: { params: Promise<{ batchId: string }> }) {
  const user = await requireArea('association');
  const { batchId } = await params;
  if (!user.associationId) notFound();
  const batch = await getBatch(getDb(), user.associationId, batchId);
  if (!batch) notFound();

  const t = await getTranslations('associationImport');
  const failed = batch.failedRows ?? [];
  const valid = (batch.rows ?? []).map(fromStored);

  return (
    <>
      <PageHeading className="break-words">{t('batchTitle', { file: batch.fileName })}</PageHeading>
      <BatchStatus batch={batch} failedCount={failed.length} knownCount={valid.filter((r) => r.known).length} />
      {failed.length > 0 ? <FailedRows batchId={batch.id} failed={failed} /> : null}
      {batch.status === 'previewed' && valid.length > 0 ? <ValidRows valid={valid} /> : null}
    </>
  );
}
