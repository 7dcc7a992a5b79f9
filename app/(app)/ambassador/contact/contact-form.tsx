'use client';

import { useTranslations } from 'next-intl';
import { ContactForm, type ContactFormText } from '@/app/_components/contact-form';
import { SavedPanel } from '@/app/_components/ui/alert';
import { ButtonLink } from '@/app/_components/ui/button';
import { type Option, RadioGroup } from '@/app/_components/ui/form-field';
import { MAX_NAME, MAX_PHONE, SOCIAL_MAP_PATH } from '@/lib/field/constants';
import { registerFieldContactAction } from '@/lib/field/actions';

/**
 * The phone-first form an ambassador registers a contact with: the shared contact fields and what
 * the person wants. Its texts come from the `fieldContact` namespace (the page sends it along).
 */
export function FieldContactForm({ ownLanguages, otherLanguages, neighbourhoods }: { ownLanguages: Option[]; otherLanguages: Option[]; neighbourhoods: Option[] }) {
  const t = useTranslations('fieldContact');
  const tc = useTranslations('common');
  const text: ContactFormText = {
    labels: { name: t('name'), phone: t('phone'), language: t('language'), neighbourhood: t('neighbourhood'), wants: t('wants'), consent: t('consent') },
    phoneHint: t('phoneHint'),
    languagePlaceholder: t('languagePlaceholder'),
    neighbourhoodPlaceholder: t('neighbourhoodPlaceholder'),
    requiredMarker: tc('requiredMarker'),
    submit: t('submit'),
    submitting: t('submitting'),
    errorSummary: t('errorSummary'),
  };
  return (
    <ContactForm
      action={registerFieldContactAction}
      testId="contact-form"
      text={text}
      maxLength={{ name: MAX_NAME, phone: MAX_PHONE }}
      languageGroups={[
        // The ambassador's own languages first: the people they meet mostly speak them.
        { label: t('yourLanguages'), options: ownLanguages },
        { label: t('otherLanguages'), options: otherLanguages },
      ]}
      neighbourhoods={neighbourhoods}
      // In the field the shared "required" and "phone" errors have their own, shorter words.
      messages={{ required: t('errors.required'), phoneInvalid: t('errors.phoneInvalid') }}
      fields={({ values: v, error: err }) => (
        <RadioGroup
          name="wants"
          label={text.labels.wants!}
          required
          requiredLabel={text.requiredMarker}
          defaultValue={v.wants ?? 'course'}
          options={[
            { value: 'course', label: t('wantsCourse') },
            { value: 'other_help', label: t('wantsOtherHelp') },
            { value: 'both', label: t('wantsBoth') },
          ]}
          error={err('wants')}
        />
      )}
      saved={(d) => (
        <SavedPanel title={t('savedTitle')} testId="contact-saved">
          <p className="mt-2">{t('savedText', { firstName: String(d.firstName ?? '') })}</p>
          {d.partner ? <p className="mt-2">{t('savedPartner', { partner: String(d.partner) })}</p> : null}
          {d.wants === 'other_help' || d.wants === 'both' ? (
            <p className="mt-2">
              {t('socialMapComing')}{' '}
              <a className="font-semibold text-brand-700 underline" href={SOCIAL_MAP_PATH}>
                {t('socialMapLink')}
              </a>
            </p>
          ) : null}
          <p className="mt-4">
            <ButtonLink href="/ambassador/contact" size="large" block>
              {t('another')}
            </ButtonLink>
          </p>
          <p className="mt-3">
            <a href="/ambassador" className="text-brand-700 underline">
              {t('toStart')}
            </a>
          </p>
        </SavedPanel>
      )}
    />
  );
}
