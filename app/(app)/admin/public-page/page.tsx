import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { LESSON_DAYS, LESSON_TIMES } from '@/lib/public-page/defaults';
import { savePublicPageSettingsAction } from '@/lib/public-page/actions';
import { getPublicPageSettings } from '@/lib/public-page/settings';

/** The administrator's settings of the public sign-up page: name, logo, phone number and the facts residents ask first. */
export default async function PublicPageSettingsPage() {
  await requireAreaPermission('admin', 'publicPage.settings');
  const t = await getTranslations('publicPageSettings');
  const tf = await getTranslations('public.facts');
  const s = await getPublicPageSettings(getDb());
  return (
    <div className="max-w-3xl">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-2 mt-1">{t('intro')}</p>
      <p className="mb-4">
        <a className="text-brand-700 underline" href="/">
          {t('view')}
        </a>
      </p>
      <ActionForm
        idPrefix="public-page"
        action={savePublicPageSettingsAction}
        className="rounded-lg bg-white p-4 shadow-sm"
        fields={[
          { kind: 'text', name: 'municipalityName', label: t('municipalityName'), defaultValue: s.municipalityName, required: true, maxLength: 120 },
          { kind: 'text', name: 'logoPath', label: t('logoPath'), hint: t('logoHint'), defaultValue: s.logoPath, required: true, maxLength: 80 },
          { kind: 'tel', name: 'phone', label: t('phone'), defaultValue: s.phone, required: true, maxLength: 32 },
          { kind: 'radio', name: 'cost', label: t('cost'), defaultValue: s.cost, required: true, options: [{ value: 'free', label: t('costFree') }, { value: 'contribution', label: t('costContribution') }] },
          { kind: 'checkboxes', name: 'lessonDays', label: t('lessonDays'), defaultValues: s.lessonDays, options: LESSON_DAYS.map((d) => ({ value: d, label: tf(`day.${d}`) })) },
          { kind: 'checkboxes', name: 'lessonTimes', label: t('lessonTimes'), defaultValues: s.lessonTimes, options: LESSON_TIMES.map((x) => ({ value: x, label: tf(`time.${x}`) })) },
          { kind: 'text', name: 'lessonPlace', label: t('lessonPlace'), hint: t('lessonPlaceHint'), defaultValue: s.lessonPlace, required: true, maxLength: 160 },
          {
            kind: 'radio',
            name: 'childcare',
            label: t('childcare'),
            defaultValue: s.childcare,
            required: true,
            options: [{ value: 'yes', label: t('childcareYes') }, { value: 'no', label: t('childcareNo') }, { value: 'ask', label: t('childcareAsk') }],
          },
        ]}
        submitLabel={t('save')}
        messages={{ saved: t('saved') }}
      />
    </div>
  );
}
