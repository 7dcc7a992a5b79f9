import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { SMALL_COUNT, diversityOverview } from '@/lib/diversity/queries';
import { requireAreaPermission } from '@/lib/auth/gate';
import { BackLink } from '@/app/_components/ui/back-link';
import { ButtonLink } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { CorpsSections, GapsSection, SideBySideSections } from './_sections/tables';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('diversity'))('metaTitle') };
}

/**
 * The corps' diversity for the coordinator: the active corps by language, wijk, background and
 * NT2 level next to the open leads, with the gaps spelled out; the same as CSV. Aggregates only:
 * no ambassador or resident is named on this page.
 */
export default async function DiversityPage() {
  await requireAreaPermission('staff', 'corps.manage');
  const t = await getTranslations('diversity');
  const o = await diversityOverview(getDb());

  return (
    <>
      <BackLink href="/staff/ambassadors">{t('back')}</BackLink>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <p className="mt-2" data-testid="diversity-summary">
        {t('summary', { ambassadors: o.activeAmbassadors, leads: o.openLeads })}
      </p>
      <GapsSection gaps={o.gaps} />
      <SideBySideSections o={o} />
      <CorpsSections o={o} />
      <Section id="export" title={t('exportTitle')} className="mt-6 max-w-3xl">
        <p className="mt-1">{t('exportIntro', { mask: `<${SMALL_COUNT}` })}</p>
        <p className="mt-2">
          <ButtonLink href="/staff/ambassadors/diversity/export" variant="secondary" download>
            {t('export')}
          </ButtonLink>
        </p>
      </Section>
    </>
  );
}
