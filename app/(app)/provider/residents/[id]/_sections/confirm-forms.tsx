import { getTranslations } from 'next-intl/server';
import { ActionForm, type FieldSpec } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';
import { todayLocal } from '@/lib/dates';
import { STEPS, type Step, isOpen } from '@/lib/leads/journey/steps';
import { confirmDroppedAction, confirmOfferAction, confirmProgressAction, confirmSignedAction } from '@/lib/providers/actions';
import type { Course, ProviderResident } from '@/lib/providers/queries';

const before = (status: string, step: Step) => STEPS.indexOf(status as Step) < STEPS.indexOf(step);

/**
 * What the provider can report next, by the step the resident is at: the offer (a course from the
 * own catalogue), the signed plan, the start, the completion; dropping out while the resident is
 * still open. Each form carries the version it was shown with.
 */
export async function ConfirmForms({ resident, courses }: { resident: ProviderResident; courses: Course[] }) {
  const t = await getTranslations('providers');
  const messages = { 'providers.confirmed': t('confirmed') };
  const hidden: FieldSpec[] = [
    { kind: 'hidden', name: 'leadId', value: resident.id },
    { kind: 'hidden', name: 'version', value: String(resident.version) },
  ];
  const today = todayLocal();
  if (!isOpen(resident.status)) {
    return (
      <Section id="confirm" title={t('resident.confirmTitle')} className="mt-6">
        <p className="mt-2">{resident.status === 'completed' ? t('resident.completed') : t('resident.closed')}</p>
      </Section>
    );
  }
  const s = resident.status;
  return (
    <Section id="confirm" title={t('resident.confirmTitle')} className="mt-6">
      {before(s, 'offer') ? (
        <section aria-labelledby="offer-title" className="mt-3 rounded-lg bg-white p-4 shadow-sm">
          <h3 id="offer-title" className="text-lg font-bold">
            {t('offer.title')}
          </h3>
          {courses.length ? (
            <ActionForm
              idPrefix="offer"
              action={confirmOfferAction}
              submitLabel={t('offer.submit')}
              messages={messages}
              fields={[
                ...hidden,
                {
                  kind: 'select',
                  name: 'courseId',
                  label: t('offer.course'),
                  required: true,
                  placeholder: '—',
                  defaultValue: resident.courseId ?? '',
                  options: courses.map((c) => ({ value: c.id, label: `${c.name} (${c.level}, ${c.place}, ${c.schedule})` })),
                },
                { kind: 'date', name: 'offerOn', label: t('offer.offerOn'), required: true, defaultValue: today },
                { kind: 'date', name: 'courseStartOn', label: t('offer.courseStartOn'), defaultValue: resident.courseStartOn ?? '' },
              ]}
            />
          ) : (
            <p className="mt-2">{t('offer.noCourses')}</p>
          )}
        </section>
      ) : null}
      {before(s, 'plan_signed') ? (
        <section aria-labelledby="signed-title" className="mt-3 rounded-lg bg-white p-4 shadow-sm">
          <h3 id="signed-title" className="text-lg font-bold">
            {t('signed.title')}
          </h3>
          <ActionForm
            idPrefix="signed"
            action={confirmSignedAction}
            submitLabel={t('signed.submit')}
            messages={messages}
            fields={[...hidden, { kind: 'date', name: 'planSignedOn', label: t('signed.planSignedOn'), required: true, defaultValue: today }]}
          />
        </section>
      ) : null}
      {s === 'plan_signed' || s === 'started' ? (
        <ActionForm
          idPrefix="progress"
          className="mt-3"
          action={confirmProgressAction}
          submitLabel={s === 'plan_signed' ? t('progress.started') : t('progress.completed')}
          messages={messages}
          fields={[...hidden, { kind: 'hidden', name: 'step', value: s === 'plan_signed' ? 'started' : 'completed' }]}
        />
      ) : null}
      <section aria-labelledby="dropped-title" className="mt-3 rounded-lg bg-white p-4 shadow-sm">
        <h3 id="dropped-title" className="text-lg font-bold">
          {t('dropped.title')}
        </h3>
        <ActionForm
          idPrefix="dropped"
          action={confirmDroppedAction}
          submitLabel={t('dropped.submit')}
          submitVariant="secondary"
          messages={messages}
          fields={[...hidden, { kind: 'textarea', name: 'reason', label: t('dropped.reason'), required: true, maxLength: 500 }]}
        />
      </section>
    </Section>
  );
}
