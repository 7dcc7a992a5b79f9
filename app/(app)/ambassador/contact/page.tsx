import type { Metadata } from 'next';
import { getMessages, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { ambassadorProfile } from '@/lib/field/queries';
import { LANGUAGE_CODES } from '@/lib/leads/languages';
import { listNeighbourhoods } from '@/lib/neighbourhoods/queries';
import { NotActiveNotice } from '../not-active-notice';
import { ContactForm, type ContactFormText } from './contact-form';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('fieldContact');
  return { title: t('metaTitle') };
}

/** An ambassador registers a contact in the field (phone first, works without JavaScript). */
export default async function FieldContactPage() {
  const user = await requireArea('ambassador');
  const t = await getTranslations('fieldContact');
  const tl = await getTranslations('languages');
  const tc = await getTranslations('common');
  const db = getDb();
  const [profile, wijken] = await Promise.all([
    user.ambassadorId ? ambassadorProfile(db, user.ambassadorId) : null,
    listNeighbourhoods(db),
  ]);

  // The ambassador's own languages first: the people they meet mostly speak them.
  const own = new Set(profile?.languages ?? []);
  const option = (code: string) => ({ value: code, label: tl(code as never) });
  const ownLanguages = LANGUAGE_CODES.filter((c) => own.has(c)).map(option);
  const otherLanguages = LANGUAGE_CODES.filter((c) => !own.has(c)).map(option);

  // The shared keys as the message file has them, then this form's own texts.
  const errors: Record<string, string> = { ...((await getMessages()).errors as Record<string, string>) };
  for (const key of ['consentGiven', 'required', 'phoneInvalid', 'notAmbassador', 'notActive'] as const) errors[key] = t(`errors.${key}`);

  const text: ContactFormText = {
    labels: {
      name: t('name'),
      phone: t('phone'),
      language: t('language'),
      neighbourhood: t('neighbourhood'),
      wants: t('wants'),
      consent: t('consent'),
    },
    phoneHint: t('phoneHint'),
    languagePlaceholder: t('languagePlaceholder'),
    yourLanguages: t('yourLanguages'),
    otherLanguages: t('otherLanguages'),
    neighbourhoodPlaceholder: t('neighbourhoodPlaceholder'),
    wants: { course: t('wantsCourse'), other_help: t('wantsOtherHelp'), both: t('wantsBoth') },
    requiredMarker: tc('requiredMarker'),
    submit: t('submit'),
    submitting: t('submitting'),
    errorSummary: t('errorSummary'),
    errors,
    // Placeholders are filled in by the form with the result of the action.
    savedTitle: t('savedTitle'),
    savedText: t('savedText', { firstName: '{firstName}' }),
    savedPartner: t('savedPartner', { partner: '{partner}' }),
    socialMapComing: t('socialMapComing'),
    socialMapLink: t('socialMapLink'),
    another: t('another'),
    toStart: t('toStart'),
  };

  return (
    <div className="max-w-xl">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-4 mt-1">{t('intro')}</p>
      {profile && !profile.active ? (
        <NotActiveNotice status={profile.status} />
      ) : (
        <div className="rounded-lg bg-white p-4 shadow-sm">
          <ContactForm
            text={text}
            ownLanguages={ownLanguages}
            otherLanguages={otherLanguages}
            neighbourhoods={[...wijken.map((w) => ({ value: w.code, label: w.name })), { value: 'other', label: t('neighbourhoodOther') }]}
          />
        </div>
      )}
    </div>
  );
}
