import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { Button, ButtonLink } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { requireAreaPermission } from '@/lib/auth/gate';
import { issueCertificateAction, revokeCertificateAction } from '@/lib/training/actions';
import { formatCode } from '@/lib/training/code';
import { openAmbassadorTraining } from '@/lib/training/queries';
import { ModuleChecklist } from '../../_components/module-checklist';
import { DoneBanner, dayFormatter, doneText } from '../../_components/shared';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('training'))('metaTitle') };
}

/** One ambassador's training: modules done, the certificate (download, revoke, issue anew). */
export default async function AmbassadorTrainingPage({ params, searchParams }: Props) {
  const user = await requireAreaPermission('staff', 'training.manage');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const db = getDb();
  // Opening the record is audited (training.progress_viewed) in the same transaction as the read.
  const opened = await openAmbassadorTraining(db, user.id, id);
  if (!opened) notFound();
  const { person, progress } = opened;
  const t = await getTranslations('training.ambassador');
  const day = await dayFormatter('long');
  const done = await doneText((await searchParams).done);
  const cert = progress.certificate;

  return (
    <>
      <p className="mb-2">
        <a href="/staff/training" className="text-brand-700 underline">
          {t('back')}
        </a>
      </p>
      <PageHeading>{t('title', { name: person.name })}</PageHeading>
      <div className="mt-3">
        <DoneBanner text={done} />
      </div>

      <Section id="certificate" title={t('certificateTitle')} card className="mt-2" data-testid="certificate">
        {cert && !cert.revokedAt ? (
          <>
            <p className="mt-1">{t('certificateValid', { date: day(cert.issuedOn) })}</p>
            <p className="mt-1 font-mono">{t('code', { code: formatCode(cert.code) })}</p>
            <div className="mt-3 flex flex-wrap gap-3">
              <ButtonLink href={`/api/certificates/${cert.id}`} variant="secondary">
                {t('download')}
              </ButtonLink>
              <PlainActionForm action={revokeCertificateAction}>
                <input type="hidden" name="certificateId" value={cert.id} />
                <Button type="submit" variant="danger">
                  {t('revoke')}
                </Button>
              </PlainActionForm>
            </div>
          </>
        ) : (
          <>
            <p className="mt-1">{cert ? t('certificateRevoked', { date: day(cert.issuedOn) }) : t('noCertificate')}</p>
            {progress.complete && progress.requiredTotal > 0 ? (
              <PlainActionForm action={issueCertificateAction} className="mt-3">
                <p className="mb-2">{t('issueIntro')}</p>
                <input type="hidden" name="ambassadorId" value={id} />
                <Button type="submit">{t('issue')}</Button>
              </PlainActionForm>
            ) : null}
          </>
        )}
      </Section>

      <Section id="modules" title={t('progressTitle')} className="mt-6">
        <p className="mt-1">{t('summary', { done: progress.requiredDone, total: progress.requiredTotal })}</p>
        <ModuleChecklist progress={progress} />
      </Section>
    </>
  );
}
