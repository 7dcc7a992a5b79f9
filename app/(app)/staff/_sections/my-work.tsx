import { getFormatter, getTranslations } from 'next-intl/server';
import { Section } from '@/app/_components/ui/card';
import type { MyWorkKey } from '@/lib/leads/list/my-work';
import { OVERDUE_DAYS } from '@/lib/leads/journey/steps';

/** The caseworker's own work, first on their start page: each count opens the list it counts. */
export async function MyWorkSection({ items }: { items: { key: MyWorkKey; count: number; href: string }[] }) {
  const t = await getTranslations('staffHome');
  const format = await getFormatter();
  return (
    <Section id="my-work" title={t('myWorkTitle')} card className="mb-6">
      <p className="mt-1 text-slate-700">{t('myWorkIntro')}</p>
      <ul className="mt-3 grid gap-3 sm:grid-cols-3" data-testid="my-work">
        {items.map((x) => (
          <li key={x.key} className="rounded border border-slate-300 p-3" data-testid={`my-work-${x.key}`}>
            <a href={x.href} className="block text-brand-700 underline underline-offset-4">
              <span className="block text-3xl font-bold text-brand-800">{format.number(x.count)}</span>
              <span className="block">{t(`myWork_${x.key}`, { count: x.count, days: OVERDUE_DAYS })}</span>
            </a>
          </li>
        ))}
      </ul>
    </Section>
  );
}
