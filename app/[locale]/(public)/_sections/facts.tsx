import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { BidiText } from '@/app/_components/bidi-text';
import type { PublicPageSettings } from '@/lib/public-page/defaults';
import { normalizePhone } from '@/lib/phone';

/**
 * "Good to know": what residents ask first (cost, when, where, childcare) and a number to call, from
 * the public-page settings. The page awaits this before it renders: the section is no async
 * component of its own, so the page streams in one piece (a later chunk would leave the language
 * menu's ?ref= links as their fallback without JavaScript).
 */
export async function facts(s: PublicPageSettings) {
  const t = await getTranslations('public.facts');
  const locale = await getLocale();
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const when = t('when', { days: list(s.lessonDays.map((d) => t(`day.${d}`))), times: list(s.lessonTimes.map((x) => t(`time.${x}`))) });
  const tel = normalizePhone(s.phone);
  const rows = [
    { id: 'cost', q: t('costQ'), a: t(`cost.${s.cost}`) },
    { id: 'when', q: t('whenQ'), a: when.charAt(0).toLocaleUpperCase(locale) + when.slice(1) },
    // The place is shown as typed (Dutch); <bdi> keeps it whole inside right-to-left text.
    { id: 'where', q: t('whereQ'), a: <bdi>{s.lessonPlace}</bdi> },
    { id: 'childcare', q: t('childcareQ'), a: t(`childcare.${s.childcare}`) },
    {
      id: 'call',
      q: t('callQ'),
      a: t.rich('call', {
        phone: s.phone,
        call: () => (
          <a className="font-semibold text-brand-700 underline" href={tel ? `tel:${tel}` : undefined}>
            <BidiText>{s.phone}</BidiText>
          </a>
        ),
      }),
    },
  ];
  return <Facts title={t('title')} rows={rows} />;
}

function Facts({ title, rows }: { title: string; rows: { id: string; q: string; a: ReactNode }[] }) {
  return (
    <section aria-labelledby="facts-title" className="mt-6 rounded-lg bg-white p-5 shadow-sm" data-testid="facts">
      <h2 id="facts-title" className="text-xl font-bold">
        {title}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {rows.map((r) => (
          <div key={r.id} data-fact={r.id}>
            <dt className="font-semibold">{r.q}</dt>
            <dd>{r.a}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
