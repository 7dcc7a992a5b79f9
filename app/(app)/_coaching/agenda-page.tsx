import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/app/_components/ui/back-link';
import { PageHeading } from '@/app/_components/ui/heading';
import { WithMessages } from '@/app/_components/with-messages';
import { AgendaImportForm } from './agenda-import-form';

/** Importing the city's event agenda (.ics or CSV) into the events the shifts are planned on (mounted at `base`/agenda). */
export async function AgendaImport({ base }: { base: string }) {
  const t = await getTranslations('cityAgenda');
  const tm = await getTranslations('meetings');
  return (
    <>
      <BackLink href={base}>{tm('back')}</BackLink>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <WithMessages namespaces={['cityAgenda']}>
        <AgendaImportForm base={base} />
      </WithMessages>
    </>
  );
}
