import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { Heading } from '@/app/_components/ui/heading';
import { registerRequestAction } from '@/lib/privacy/actions';
import { INCOMING_KINDS } from '@/lib/privacy/defaults';

/** Logging a request that came in by phone, at the desk or by letter: it stays open, with its deadline, until handled. */
export async function RegisterRequestSection() {
  const t = await getTranslations('privacyRights');
  return (
    <section aria-labelledby="register-title" className="mb-6 max-w-3xl rounded-lg bg-white p-3 shadow-sm">
      <Heading level={2} id="register-title">
        {t('registerTitle')}
      </Heading>
      <p className="mb-2">{t('registerIntro')}</p>
      <ActionForm
        idPrefix="register"
        action={registerRequestAction}
        fields={[
          { kind: 'select', name: 'kind', label: t('registerKind'), required: true, options: INCOMING_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })) },
          { kind: 'tel', name: 'phone', label: t('phone'), maxLength: 32 },
          { kind: 'text', name: 'name', label: t('name'), hint: t('nameHint'), maxLength: 200 },
        ]}
        submitLabel={t('registerSubmit')}
        messages={{ registered: t('registered') }}
      />
    </section>
  );
}
