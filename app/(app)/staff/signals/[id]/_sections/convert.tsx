import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { Heading } from '@/app/_components/ui/heading';
import { cardClass } from '@/app/_components/ui/card';
import { signalToLeadAction, signalToReferralAction } from '@/lib/signals/actions';
import { CONTACT_PREFERENCES } from '@/lib/socialmap/referrals/schema';
import { LANGUAGE_CODES } from '@/lib/languages';
import type { Signal } from './shared';

/**
 * An ambassador's signal where the resident agreed after all: staff turn it into a referral (the
 * one createReferral) or a lead (the one createLead). The resident's details go there, never onto
 * the signal.
 */
export async function ConvertSection({ signal, services }: { signal: Signal; services: { id: string; name: string; inTheme: boolean }[] }) {
  const t = await getTranslations('signalsInbox');
  const tr = await getTranslations('referrals');
  const tl = await getTranslations('languages');
  const hidden = { kind: 'hidden' as const, name: 'signalId', value: signal.id };
  return (
    <section aria-labelledby="convert-title" className={`mt-6 ${cardClass}`} data-testid="signal-convert">
      <Heading level={2} id="convert-title">
        {t('convertTitle')}
      </Heading>
      <p className="mt-1">{t('convertIntro')}</p>
      {signal.referralId ? (
        <p className="mt-3 font-semibold" data-testid="signal-referred">
          {t('referred')}{' '}
          <a className="text-brand-700 underline" href={`/staff/referrals/${signal.referralId}`}>
            {t('openReferral')}
          </a>
        </p>
      ) : (
        <div className="mt-4">
          <Heading level={3}>{t('referTitle')}</Heading>
          <ActionForm
            idPrefix="refer"
            action={signalToReferralAction}
            className="mt-2 max-w-xl"
            messages={{ referralMade: t('referralMade') }}
            submitLabel={t('refer')}
            fields={[
              hidden,
              { kind: 'select', name: 'serviceId', label: t('fieldService'), required: true, placeholder: t('fieldServicePlaceholder'), options: services.map((s) => ({ value: s.id, label: s.name })) },
              { kind: 'text', name: 'firstName', label: t('fieldFirstName'), required: true, maxLength: 100, autoComplete: 'off' },
              { kind: 'tel', name: 'phone', label: t('fieldPhone'), required: true, maxLength: 32, autoComplete: 'off' },
              { kind: 'select', name: 'contactPreference', label: tr('contactPreference'), required: true, defaultValue: 'phone', options: CONTACT_PREFERENCES.map((c) => ({ value: c, label: t(`contactPreferences.${c}`) })) },
              { kind: 'checkbox', name: 'consent', label: t('fieldConsent'), required: true },
            ]}
          />
        </div>
      )}
      <div className="mt-6">
        <Heading level={3}>{t('leadTitle')}</Heading>
        <ActionForm
          idPrefix="lead"
          action={signalToLeadAction}
          className="mt-2 max-w-xl"
          messages={{ leadMade: t('leadMade') }}
          submitLabel={t('makeLead')}
          fields={[
            hidden,
            { kind: 'text', name: 'name', label: t('fieldName'), required: true, maxLength: 100, autoComplete: 'off' },
            { kind: 'tel', name: 'phone', label: t('fieldPhone'), required: true, maxLength: 32, autoComplete: 'off' },
            { kind: 'select', name: 'language', label: t('fieldLanguage'), required: true, defaultValue: 'nl', options: LANGUAGE_CODES.map((c) => ({ value: c, label: tl(c as never) })) },
            { kind: 'checkbox', name: 'consent', label: t('fieldLeadConsent'), required: true },
          ]}
        />
      </div>
    </section>
  );
}
