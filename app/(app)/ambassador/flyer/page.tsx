import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { CITY_PHONE } from '@/lib/field/constants';
import { FLYER_TEXTS, type FlyerText, flyerLanguagesOf, flyerLine, pickFlyerLanguage } from '@/lib/field/flyer-texts';
import { qrSvg } from '@/lib/field/qr';
import { ambassadorProfile } from '@/lib/field/queries';
import { publicUrl } from '@/lib/security/origin';
import { NotActiveNotice } from '../not-active-notice';
import { PrintButton } from './print-button';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('flyer');
  return { title: t('metaTitle') };
}

/**
 * Only the flyer goes to paper: one A6 sheet, without the portal's header and controls. The size
 * is also given in millimetres for browsers that do not know the keyword A6 (Chromium ignores it).
 */
const PRINT_CSS = `
@page { size: 105mm 148mm; }
@page { size: A6; margin: 8mm; }
@media print {
  html, body { background: #fff !important; }
  .skip-link, header, .no-print { display: none !important; }
  main { padding: 0 !important; margin: 0 !important; max-width: none !important; }
  .flyer { max-width: none !important; width: 100% !important; margin: 0 !important; padding: 0 !important;
    border: 0 !important; box-shadow: none !important; font-size: 9pt; line-height: 1.3; break-inside: avoid; }
  .flyer h2 { font-size: 10.5pt; }
  .flyer .flyer-slogan { font-size: 13pt; }
  .flyer .flyer-qr { width: 30mm !important; height: 30mm !important; }
  .flyer .flyer-link { font-size: 7.5pt; }
}
`;

function FlyerBlock({ text, code, testId }: { text: FlyerText; code: string; testId: string }) {
  return (
    <section lang={text.lang} dir={text.dir} className="mt-3" data-testid={testId}>
      <h2 className="text-lg font-bold text-brand-800">{text.title}</h2>
      {text.lines.map((line, i) => (
        <p key={i} className="mt-0.5">
          {flyerLine(line, { code, phone: CITY_PHONE }).map((part, j) =>
            'ltr' in part ? (
              <bdi key={j} dir="ltr" className="font-bold">
                {part.ltr}
              </bdi>
            ) : (
              <span key={j}>{part.text}</span>
            ),
          )}
        </p>
      ))}
    </section>
  );
}

/** A printable A6 flyer: Dutch plus one of the ambassador's languages, the QR code and the referral link. */
export default async function FlyerPage({ searchParams }: { searchParams: Promise<{ lang?: string | string[] }> }) {
  const user = await requireArea('ambassador');
  const t = await getTranslations('flyer');
  const tl = await getTranslations('languages');
  const { lang } = await searchParams;
  const profile = user.ambassadorId ? await ambassadorProfile(getDb(), user.ambassadorId) : null;
  if (!profile) {
    const tf = await getTranslations('fieldContact');
    return (
      <>
        <PageHeading>{t('title')}</PageHeading>
        <p className="mt-2">{tf('errors.notAmbassador')}</p>
      </>
    );
  }

  if (!profile.active) {
    return (
      <>
        <h1 className="text-2xl font-bold text-brand-800">{t('title')}</h1>
        <div className="mt-4">
          <NotActiveNotice status={profile.status} />
        </div>
      </>
    );
  }

  const choices = flyerLanguagesOf(profile.languages);
  const second = pickFlyerLanguage(profile.languages, typeof lang === 'string' ? lang : undefined);
  const link = publicUrl(`/?ref=${encodeURIComponent(profile.referralCode)}`);
  const qr = await qrSvg(link, t('qrName'));
  // The page's own <style> carries the request's CSP nonce (set by proxy.ts).
  const nonce = (await headers()).get('x-nonce') ?? undefined;

  return (
    <>
      <style nonce={nonce}>{PRINT_CSS}</style>
      <div className="no-print mb-6 max-w-xl">
        <PageHeading>{t('title')}</PageHeading>
        <p className="mt-1">{t('intro')}</p>
        {choices.length ? (
          <nav aria-labelledby="flyer-lang-title" className="mt-4">
            <h2 id="flyer-lang-title" className="font-semibold">
              {t('chooseLanguage')}
            </h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {choices.map((code) => (
                <li key={code}>
                  <a
                    href={`/ambassador/flyer?lang=${code}`}
                    aria-current={code === second ? 'page' : undefined}
                    className={
                      code === second
                        ? 'inline-block rounded-md border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white'
                        : 'inline-block rounded-md border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 underline'
                    }
                  >
                    {tl(code as never)}
                    {code === second ? <span className="sr-only"> ({t('current')})</span> : null}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : (
          <p className="mt-4">{t('onlyDutch')}</p>
        )}
        <div className="mt-4">
          <PrintButton label={t('print')} />
          <p className="mt-2 text-sm text-slate-700">{t('printHint')}</p>
        </div>
      </div>

      <article
        aria-label={t('flyerLabel')}
        data-testid="flyer"
        className="flyer mx-auto w-full max-w-[105mm] rounded-md border-2 border-slate-300 bg-white p-4 shadow-sm"
      >
        <p lang="nl" className="flyer-slogan text-xl font-bold text-brand-800">
          {t('slogan')}
        </p>
        <FlyerBlock text={FLYER_TEXTS.nl} code={profile.referralCode} testId="flyer-nl" />
        {second ? <FlyerBlock text={FLYER_TEXTS[second]} code={profile.referralCode} testId="flyer-second" /> : null}
        <div className="mt-3 flex items-center gap-3">
          <div className="flyer-qr h-28 w-28 shrink-0" data-testid="flyer-qr" dangerouslySetInnerHTML={{ __html: qr }} />
          <p dir="ltr" className="flyer-link min-w-0 break-all font-mono text-sm">
            {link}
          </p>
        </div>
      </article>

      <p className="no-print mt-6">
        <a href="/ambassador" className="text-brand-700 underline">
          {t('back')}
        </a>
      </p>
    </>
  );
}
