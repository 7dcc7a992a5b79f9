'use client';

import { useTranslations } from 'next-intl';
import { ContactForm } from '@/app/_components/contact-form';
import { Alert, SavedPanel } from '@/app/_components/ui/alert';
import { Button, ButtonLink } from '@/app/_components/ui/button';
import { type Option, TextArea } from '@/app/_components/ui/form-field';
import { submitContactAction } from '@/lib/associations/actions';
import { MAX_NAME, MAX_NOTE } from '@/lib/associations/schema';

/**
 * One contact, passed on by an association: the shared contact fields and a note. Its texts come
 * from the `associationArea` namespace (the page sends it along).
 */
export function AssociationContactForm({ languages, neighbourhoods }: { languages: Option[]; neighbourhoods: Option[] }) {
  const t = useTranslations('associationArea');
  const tc = useTranslations('common');
  return (
    <ContactForm
      action={submitContactAction}
      testId="association-contact-form"
      text={{
        labels: { name: t('name'), phone: t('phone'), language: t('language'), neighbourhood: t('neighbourhood'), note: t('note'), consent: t('consent') },
        phoneHint: t('phoneHint'),
        languagePlaceholder: t('languagePlaceholder'),
        neighbourhoodPlaceholder: t('neighbourhoodPlaceholder'),
        requiredMarker: tc('requiredMarker'),
        submit: t('submitButton'),
        submitting: t('submitting'),
        errorSummary: t('errorSummary'),
      }}
      maxLength={{ name: MAX_NAME, phone: 32 }}
      languages={languages}
      neighbourhoods={neighbourhoods}
      fields={({ values: v, error: err }) => (
        <>
          <TextArea name="note" label={t('note')} hint={t('noteHint')} maxLength={MAX_NOTE} defaultValue={v.note} error={err('note')} />
          {err('confirmKnown') ? (
            // The import's warning for a number passed on before: pass it on anyway, or cancel.
            <Alert type="warning" role="group" aria-labelledby="known-number" className="mb-6" data-testid="known-number">
              <p id="known-number" className="font-semibold">{err('confirmKnown')}</p>
              <p className="mt-1">{t('knownQuestion')}</p>
              <p className="mt-3 flex flex-wrap gap-4">
                <Button name="confirmKnown" value="on" variant="secondary">{t('knownConfirm')}</Button>
                <a href="/association/submit" className="self-center text-brand-700 underline">{t('knownCancel')}</a>
              </p>
            </Alert>
          ) : null}
        </>
      )}
      saved={(d) => (
        <SavedPanel title={t('savedTitle')} testId="contact-saved">
          <p className="mt-2">{t('savedText', { name: String(d.name ?? '') })}</p>
          <p className="mt-4 flex flex-wrap gap-4">
            <ButtonLink href="/association/submit">{t('another')}</ButtonLink>
            <a href="/association/contacts" className="self-center text-brand-700 underline">
              {t('toContacts')}
            </a>
          </p>
        </SavedPanel>
      )}
    />
  );
}
