import { getLocale, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';
import { DAGDEEL_TIMES, DAGDELEN, todayLocal } from '@/lib/dagdelen';
import { createSessionAction } from '@/lib/training/actions';
import { type TrainingModule, moduleName } from '@/lib/training/queries';

/** The coordinator plans a session: module, date, dagdeel, room, trainer. */
export async function PlanSession({ modules }: { modules: TrainingModule[] }) {
  const t = await getTranslations('training.plan');
  const tdg = await getTranslations('shifts.dagdeel');
  const locale = await getLocale();
  return (
    <Section id="plan" title={t('title')} card className="mt-6 max-w-xl">
      {modules.length === 0 ? (
        <p className="mt-1">{t('noModules')}</p>
      ) : (
        <>
          <p className="mb-3 mt-1">{t('intro')}</p>
          <ActionForm
            idPrefix="plan"
            action={createSessionAction}
            fields={[
              { kind: 'select', name: 'moduleId', label: t('module'), placeholder: t('modulePlaceholder'), required: true, options: modules.map((m) => ({ value: m.id, label: moduleName(m, locale) })) },
              { kind: 'date', name: 'date', label: t('date'), required: true, defaultValue: todayLocal() },
              {
                kind: 'radio',
                name: 'dagdeel',
                label: t('dagdeel'),
                required: true,
                defaultValue: 'morning',
                options: DAGDELEN.map((d) => ({ value: d, label: `${tdg(d)} (${DAGDEEL_TIMES[d].start}–${DAGDEEL_TIMES[d].end})` })),
              },
              { kind: 'text', name: 'room', label: t('room'), required: true, maxLength: 120 },
              { kind: 'text', name: 'trainer', label: t('trainer'), required: true, maxLength: 120 },
            ]}
            submitLabel={t('submit')}
          />
        </>
      )}
    </Section>
  );
}
