import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { CITY_PHONE } from '@/lib/public-page/defaults';
import { FLYER_TEXTS, type FlyerLanguage, type FlyerText, flyerLine } from '@/lib/field/flyer-texts';
import { qrSvg } from '@/lib/field/qr';

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

/** The flyer's text in one language, with the referral code and the city's number kept left-to-right. */
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

/** The A6 sheet: the slogan, Dutch and the second language, the QR code and the referral link; with its print style. */
export async function FlyerSheet({ code, second, link }: { code: string; second: FlyerLanguage | null; link: string }) {
  const t = await getTranslations('flyer');
  const qr = await qrSvg(link, t('qrName'));
  // The page's own <style> carries the request's CSP nonce (set by proxy.ts).
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <>
      <style nonce={nonce}>{PRINT_CSS}</style>
      <article aria-label={t('flyerLabel')} data-testid="flyer" className="flyer mx-auto w-full max-w-[105mm] rounded-md border-2 border-slate-300 bg-white p-4 shadow-sm">
        <p lang="nl" className="flyer-slogan text-xl font-bold text-brand-800">
          {t('slogan')}
        </p>
        <FlyerBlock text={FLYER_TEXTS.nl} code={code} testId="flyer-nl" />
        {second ? <FlyerBlock text={FLYER_TEXTS[second]} code={code} testId="flyer-second" /> : null}
        <div className="mt-3 flex items-center gap-3">
          <div className="flyer-qr h-28 w-28 shrink-0" data-testid="flyer-qr" dangerouslySetInnerHTML={{ __html: qr }} />
          <p dir="ltr" className="flyer-link min-w-0 break-all font-mono text-sm">
            {link}
          </p>
        </div>
      </article>
    </>
  );
}
