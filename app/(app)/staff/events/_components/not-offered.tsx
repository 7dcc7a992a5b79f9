import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { notOffered } from '@/lib/ambassadors/eligibility';
import { Section } from '@/app/_components/ui/card';

/** Who is missing from the suggestions and why (lib/ambassadors/eligibility): not active, no VOG, … */
export async function NotOffered() {
  const rows = await notOffered(getDb());
  const t = await getTranslations();
  const reason = (key: string) => (t.has(key as never) ? t(key as never) : key);
  return (
    <Section id="not-offered" title={t('corps.notOffered.title')} card className="mt-6" data-testid="not-offered">
      {rows.length === 0 ? (
        <p className="mt-1">{t('corps.notOffered.none')}</p>
      ) : (
        <>
          <p className="mt-1">{t('corps.notOffered.intro')}</p>
          <ul className="mt-2 divide-y divide-slate-200">
            {rows.map((r) => (
              <li key={r.id} className="py-1.5" data-testid={`not-offered-${r.id}`}>
                <a href={`/staff/ambassadors/${r.id}`} className="font-semibold text-brand-700 underline">
                  {r.displayName}
                </a>{' '}
                ({t(`corps.status.${r.status}` as never)}): {r.reasons.map(reason).join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
