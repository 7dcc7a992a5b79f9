import { getTranslations } from 'next-intl/server';
import type { FlyerLanguage } from '@/lib/field/flyer-texts';

const choice = 'inline-block rounded-md border-2 border-brand-700 px-4 py-2 font-semibold';

/** The second language of the flyer: one of the ambassador's own (links, so it works without JavaScript). */
export async function LanguageChoice({ choices, current }: { choices: FlyerLanguage[]; current: FlyerLanguage | null }) {
  const t = await getTranslations('flyer');
  const tl = await getTranslations('languages');
  if (!choices.length) return <p className="mt-4">{t('onlyDutch')}</p>;
  return (
    <nav aria-labelledby="flyer-lang-title" className="mt-4">
      <h2 id="flyer-lang-title" className="font-semibold">
        {t('chooseLanguage')}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {choices.map((code) => (
          <li key={code}>
            <a
              href={`/ambassador/flyer?lang=${code}`}
              aria-current={code === current ? 'page' : undefined}
              className={code === current ? `${choice} bg-brand-700 text-white` : `${choice} bg-white text-brand-700 underline`}
            >
              {tl(code as never)}
              {code === current ? <span className="sr-only"> ({t('current')})</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
