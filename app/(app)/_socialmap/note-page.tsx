import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import type { CurrentUser } from '@/lib/auth/gate';
import { weekHours } from '@/lib/socialmap/opening-hours';
import { getServiceDetail } from '@/lib/socialmap/search/queries';
import { displayPhone, linkClass } from './format';
import { PrintButton } from './print-button';
import { type SearchArea, socialMapBase } from './routes';

export const NOTE_LANGS = ['nl', 'en'] as const;
export type NoteLang = (typeof NOTE_LANGS)[number];
export function noteLang(v: string | string[] | undefined): NoteLang {
  const s = Array.isArray(v) ? v[0] : v;
  return s === 'en' ? 'en' : 'nl';
}

/** Print: only the note, on A6 (fits A5 too); the portal's header and the buttons are hidden. */
const PRINT_CSS = `
@page { size: A6; margin: 8mm; }
@media print {
  body { background: #fff !important; }
  body > header, .skip-link, .no-print { display: none !important; }
  main { padding: 0 !important; margin: 0 !important; max-width: none !important; }
  .note { box-shadow: none !important; border: 0 !important; padding: 0 !important; font-size: 10.5pt; }
  .note a { color: #000 !important; text-decoration: none !important; }
}`;

/** A printable referral note for the resident: what, where, when, phone — in Dutch or English. */
export async function NotePage({ area, user, id, lang }: { area: SearchArea; user: CurrentUser; id: string; lang: NoteLang }) {
  const s = await getServiceDetail(getDb(), id);
  if (!s) notFound();
  const t = await getTranslations({ locale: lang, namespace: 'socialMap' });
  const tPortal = await getTranslations('socialMap');
  const week = weekHours(s.schedules).filter((d) => d.hours.length);
  const addr = s.locations.flatMap((l) => l.addresses)[0];
  const base = socialMapBase(area);
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="no-print mb-4 flex flex-wrap items-center gap-4">
        <a href={`${base}/${s.id}`} className={linkClass}>
          ← {tPortal('note.back')}
        </a>
        <PrintButton label={tPortal('note.print')} />
        <span className="text-slate-700">{tPortal('note.printHint')}</span>
      </div>
      <article lang={lang} className="note mx-auto max-w-md rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
        <h1 className="text-xl font-bold">{t('note.title')}</h1>
        <p className="mt-1">{t('note.intro')}</p>
        <h2 className="mt-3 text-lg font-bold">{s.name}</h2>
        <p>{s.organization.name}</p>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-2">
          {s.description ? (
            <>
              <dt className="font-semibold">{t('note.what')}</dt>
              <dd>
                <span lang="nl">{s.description}</span>
                {lang !== 'nl' ? <span className="block text-sm">{t('note.descriptionInDutch')}</span> : null}
              </dd>
            </>
          ) : null}
          {addr ? (
            <>
              <dt className="font-semibold">{t('note.where')}</dt>
              <dd>
                {addr.line1}
                <br />
                {addr.postalCode} {addr.city}
              </dd>
            </>
          ) : null}
          {week.length ? (
            <>
              <dt className="font-semibold">{t('note.when')}</dt>
              <dd>
                <ul>
                  {week.map((d) => (
                    <li key={d.day}>
                      <span className="capitalize">{t(`days.${d.day}`)}</span> {d.hours.map((h) => t('hours', { opens: h.opens, closes: h.closes })).join(', ')}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {s.phones[0] ? (
            <>
              <dt className="font-semibold">{t('note.phone')}</dt>
              <dd className="text-lg font-bold">{displayPhone(s.phones[0].number)}</dd>
            </>
          ) : null}
          {s.url ?? s.organization.website ? (
            <>
              <dt className="font-semibold">{t('note.website')}</dt>
              <dd className="break-all">{s.url ?? s.organization.website}</dd>
            </>
          ) : null}
        </dl>
        <p className="mt-4 text-sm">{t('note.from', { name: user.name.split(' ')[0]! })}</p>
      </article>
    </>
  );
}
