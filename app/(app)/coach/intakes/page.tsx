import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { saveChecklistAction } from '@/lib/intake/actions';
import { coachIntakes } from '@/lib/intake/queries';
import { INTAKE_CHECKLIST } from '@/lib/intake/rules';

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations('coach'))('intakes.metaTitle')} – Wijkwerf` };
}

/**
 * The coach's intakes: the next two weeks' intakes an ambassador goes along to, with the resident's
 * first name only, and the checklist of what to bring, which the coach ticks beforehand.
 */
export default async function CoachIntakesPage() {
  await requireAreaPermission('coach', 'intake.checklist');
  const t = await getTranslations('coach');
  const ti = await getTranslations('intake');
  const format = await getFormatter();
  const intakes = await coachIntakes(getDb(), new Date());
  return (
    <div className="max-w-2xl">
      <PageHeading>{t('intakes.title')}</PageHeading>
      <p className="mt-2">{t('intakes.intro')}</p>
      {intakes.length === 0 ? <p className="mt-4">{t('intakes.none')}</p> : null}
      {intakes.map((i) => (
        <Section key={i.leadId} id={`intake-${i.leadId}`} title={t('intakes.resident', { firstName: i.firstName })} card className="mt-4" headingClassName="mb-2">
          <p data-testid="coach-intake-when">{t('intakes.when', { when: format.dateTime(i.startsAt, { dateStyle: 'full', timeStyle: 'short' }), place: i.place })}</p>
          <p>{t('intakes.ambassador', { name: i.ambassadorName, status: t(`intakes.status.${i.escortStatus}`) })}</p>
          <p className="mt-1 font-semibold" data-testid="checklist-state">
            {i.checklistComplete ? ti('checklistDone') : ti('checklistOpen')}
          </p>
          <ActionForm
            idPrefix={`checklist-${i.leadId}`}
            action={saveChecklistAction}
            submitLabel={ti('saveChecklist')}
            messages={{ saved: ti('checklistSaved'), leadNotFound: t('intakes.gone') }}
            fields={[
              { kind: 'hidden', name: 'leadId', value: i.leadId },
              {
                kind: 'checkboxes',
                name: 'items',
                label: t('intakes.formLabel', { firstName: i.firstName }),
                defaultValues: i.checklist,
                options: INTAKE_CHECKLIST.map((item) => ({ value: item, label: ti(`checklist.${item}`) })),
              },
            ]}
          />
        </Section>
      ))}
    </div>
  );
}
