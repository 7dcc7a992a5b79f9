import type { Metadata } from 'next';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PlainMessages } from '@/app/_components/plain-messages';
import { Alert } from '@/app/_components/ui/alert';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { alternatesFor } from '@/lib/i18n/alternates';
import { plainMessages } from '@/lib/i18n/plain';
import { verifyLink } from '@/lib/notifications/links';
import { textIn } from '@/lib/survey/logic';
import { findInvite, loadSurvey } from '@/lib/survey/queries';
import { SurveyForm, type ShownSection } from './survey-form';

/** The same survey in every language (without a personal `?link=`: that one is for one resident only). */
export async function generateMetadata({ params }: { params: Promise<{ locale: string; id: string }> }): Promise<Metadata> {
  const { locale, id } = await params;
  return isUuid(id) ? { alternates: alternatesFor(locale, `/enquete/${id}`) } : {};
}

/** The public survey: anonymous, or with a personal single-use link (`?link=`). */
export default async function SurveyPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ link?: string | string[] }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { link: rawLink } = await searchParams;
  if (!isUuid(id)) notFound();
  const def = await loadSurvey(getDb(), id);
  if (!def || def.status === 'draft') notFound();
  const t = await getTranslations('survey');
  const title = textIn(def.title, locale);

  let link = '';
  let linkProblem: 'linkUsed' | 'linkInvalid' | null = null;
  if (typeof rawLink === 'string' && rawLink) {
    const check = verifyLink('survey-invite', rawLink);
    const invite = check.ok ? await findInvite(getDb(), check.id) : null;
    if (!invite || invite.surveyId !== def.id) linkProblem = 'linkInvalid';
    else if (invite.usedAt) linkProblem = 'linkUsed';
    else link = rawLink;
  }

  const sections: ShownSection[] = def.sections
    .filter((s) => s.questions.length > 0)
    .map((s) => ({
      id: s.id,
      title: textIn(s.title, locale),
      questions: s.questions.map((q) => ({
        id: q.id,
        kind: q.kind,
        required: q.required,
        text: textIn(q.text, locale),
        options: q.options.map((o) => ({ value: o.value, label: textIn(o.label, locale) })),
        showIf: q.showIf,
      })),
    }));
  const intro = textIn(def.intro, locale);
  const privacy = textIn(def.privacy, locale);

  return (
    <>
      <h1 className="text-3xl font-bold text-brand-800">{title}</h1>
      {intro ? <p className="mt-3 text-lg">{intro}</p> : null}
      <p className="mt-3 font-semibold">{t('duration', { minutes: def.durationMinutes })}</p>
      <section aria-labelledby="privacy-title" className="mt-4 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="privacy-title" className="text-lg font-bold">
          {t('privacyTitle')}
        </h2>
        <p className="mt-2">{privacy || t('privacyText')}</p>
      </section>
      <section aria-label={title} className="mt-6 rounded-lg border-2 border-brand-700 bg-white p-5">
        {def.status === 'closed' ? (
          <Alert type="info">{t('closed')}</Alert>
        ) : linkProblem ? (
          <Alert type="error">{t(linkProblem)}</Alert>
        ) : (
          <PlainMessages locale={locale} messages={plainMessages(await getMessages(), ['survey'])}>
            <SurveyForm surveyId={def.id} locale={locale} link={link} asksForHelpers={def.asksForHelpers} sections={sections} />
          </PlainMessages>
        )}
      </section>
    </>
  );
}
