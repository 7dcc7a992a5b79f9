import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { WithMessages } from '@/app/_components/with-messages';
import { BackLink } from '@/app/_components/ui/back-link';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { requireAreaPermission } from '@/lib/auth/gate';
import { dirFor, PUBLIC_LOCALES } from '@/lib/i18n/routing';
import { textIn } from '@/lib/survey/logic';
import { loadSurvey } from '@/lib/survey/queries';
import { PaperEntryForm } from './paper-entry-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('surveyAdmin'))('metaTitle') };
}

/**
 * The paper version: the whole survey on one printable page in a chosen language (`?lang=`), with
 * boxes to tick and lines to write on; below it (not printed) the form to type a paper response in.
 */
export default async function PaperPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string }> }) {
  await requireAreaPermission('staff', 'survey.manage');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const def = await loadSurvey(getDb(), id);
  if (!def) notFound();
  const { lang: rawLang } = await searchParams;
  const lang = (PUBLIC_LOCALES as readonly string[]).includes(rawLang ?? '') ? rawLang! : 'nl';
  const t = await getTranslations('surveyAdmin');
  const tp = await getTranslations({ locale: lang, namespace: 'survey' });
  const tl = await getTranslations('localeNames');
  const shown = (l: string) =>
    def.sections.map((s) => ({
      id: s.id,
      title: textIn(s.title, l),
      questions: s.questions.map((q) => ({ id: q.id, kind: q.kind, required: q.required, text: textIn(q.text, l), options: q.options.map((o) => ({ value: o.value, label: textIn(o.label, l) })), showIf: q.showIf })),
    }));
  const printed = shown(lang);

  return (
    <>
      <div className="print:hidden">
        <BackLink href={`/staff/surveys/${id}`}>{t('backToSurvey')}</BackLink>
        <PageHeading>{t('paperTitle', { title: textIn(def.title, 'nl') })}</PageHeading>
        <p className="mt-2">{t('paperIntro')}</p>
        <p className="mt-2 flex flex-wrap gap-3">
          {PUBLIC_LOCALES.map((l) => (
            <a key={l} className="text-brand-700 underline" href={`/staff/surveys/${id}/paper?lang=${l}`} aria-current={l === lang ? 'true' : undefined}>
              {tl(l)}
            </a>
          ))}
        </p>
      </div>
      <article lang={lang} dir={dirFor(lang)} className="mt-6 rounded-lg bg-white p-6 shadow-sm print:shadow-none" aria-label={textIn(def.title, lang)}>
        <h2 className="text-2xl font-bold">{textIn(def.title, lang)}</h2>
        {textIn(def.intro, lang) ? <p className="mt-2">{textIn(def.intro, lang)}</p> : null}
        <p className="mt-2 font-semibold">{tp('duration', { minutes: def.durationMinutes })}</p>
        <p className="mt-2 text-sm">{textIn(def.privacy, lang) || tp('privacyText')}</p>
        {printed.map((s) => (
          <section key={s.id} className="mt-6 break-inside-avoid">
            <h3 className="text-xl font-bold">{s.title}</h3>
            {s.questions.map((q) => {
              const dep = q.showIf ? printed.flatMap((x) => x.questions).find((d) => d.id === q.showIf!.questionId) : undefined;
              const choices = q.kind === 'scale' ? ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v })) : q.options;
              return (
                <div key={q.id} className="mt-4 break-inside-avoid">
                  <p className="font-semibold">
                    {q.text}
                    {q.required ? ' *' : ''}
                  </p>
                  {dep ? <p className="text-sm italic">{tp('onlyIf', { question: dep.text, answers: q.showIf!.values.map((v) => dep.options.find((o) => o.value === v)?.label ?? v).join(', ') })}</p> : null}
                  {choices.length ? (
                    <ul className="mt-1 space-y-1">
                      {choices.map((c) => (
                        <li key={c.value}>
                          <span aria-hidden="true">☐</span> {c.label}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <div className={`mt-1 border-b border-slate-500 ${q.kind === 'long_text' ? 'h-24' : 'h-8'}`} />
                  )}
                </div>
              );
            })}
          </section>
        ))}
        {def.asksForHelpers ? (
          <section className="mt-6 break-inside-avoid">
            <h3 className="text-xl font-bold">{tp('helpTitle')}</h3>
            <p className="mt-1">{tp('helpQuestion')}</p>
            <p className="mt-1">
              <span aria-hidden="true">☐</span> {tp('yes')} <span aria-hidden="true">☐</span> {tp('no')}
            </p>
            <p className="mt-2 text-sm">{tp('contactIntro')}</p>
            <p className="mt-1">
              <span aria-hidden="true">☐</span> {tp('helpConsent')}
            </p>
            {(['name', 'phone', 'email'] as const).map((f) => (
              <p key={f} className="mt-3">
                {tp(f)}: <span className="inline-block w-64 border-b border-slate-500">&nbsp;</span>
              </p>
            ))}
          </section>
        ) : null}
      </article>
      <Section id="entry" title={t('paperEntryTitle')} card className="mt-8 max-w-3xl print:hidden">
        <WithMessages namespaces={['survey']}>
          <PaperEntryForm
            surveyId={id}
            sections={shown('nl').filter((s) => s.questions.length)}
            asksForHelpers={def.asksForHelpers}
            languages={PUBLIC_LOCALES.map((l) => ({ value: l, label: tl(l) }))}
            texts={{ language: t('paperLanguage'), save: t('saveResponse'), saved: t('paperSaved'), help: t('paperHelp') }}
          />
        </WithMessages>
      </Section>
    </>
  );
}
