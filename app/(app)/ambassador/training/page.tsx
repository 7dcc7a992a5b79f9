import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ModuleChecklist } from '@/app/(app)/staff/training/_components/module-checklist';
import { dayFormatter, sessionFormat } from '@/app/(app)/staff/training/_components/shared';
import { ButtonLink } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { formatCode } from '@/lib/training/code';
import { ambassadorProgress, nextSessionFor } from '@/lib/training/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('training'))('metaTitle') };
}

/** The ambassador's own training: modules done, the next session, the certificate to download. */
export default async function MyTrainingPage() {
  const user = await requireAreaPermission('ambassador', 'training.self');
  const t = await getTranslations('training.mine');
  const db = getDb();
  const ambassadorId = user.ambassadorId;
  const [progress, next] = ambassadorId
    ? await Promise.all([ambassadorProgress(db, ambassadorId), nextSessionFor(db, ambassadorId, new Date())])
    : [null, null];
  const f = await sessionFormat();
  const day = await dayFormatter('long');
  const cert = progress?.certificate ?? null;

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>

      <Section id="certificate" title={t('certificateTitle')} card className="mt-4" data-testid="my-certificate">
        {cert && !cert.revokedAt ? (
          <>
            <p className="mt-1">{t('certificateReady', { code: formatCode(cert.code) })}</p>
            <p className="mt-1 text-slate-800">{day(cert.issuedOn)}</p>
            <ButtonLink href={`/api/certificates/${cert.id}`} className="mt-3" download>
              {t('download')}
            </ButtonLink>
          </>
        ) : (
          <p className="mt-1">{cert ? t('certificateRevoked') : t('certificateNotYet')}</p>
        )}
      </Section>

      <Section id="next" title={t('nextTitle')} card className="mt-4" data-testid="next-session">
        <p className="mt-1">
          {next ? t('next', { module: f.name(next), when: f.when(next), room: next.room, trainer: next.trainer }) : t('nextNone')}
        </p>
      </Section>

      {progress ? (
        <Section id="modules" title={(await getTranslations('training.ambassador'))('progressTitle')} className="mt-6">
          <p className="mt-1" data-testid="progress-summary">
            {t('summary', { done: progress.requiredDone, total: progress.requiredTotal })}
          </p>
          <ModuleChecklist progress={progress} />
        </Section>
      ) : null}
    </>
  );
}
