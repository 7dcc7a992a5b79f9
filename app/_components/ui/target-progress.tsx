import { getFormatter, getTranslations } from 'next-intl/server';
import type { Pace } from '@/lib/targets/split';

/** The look of a <progress> bar (signed plans, modules done). */
export const progressBarClass =
  'mt-2 block h-4 w-full appearance-none overflow-hidden rounded bg-slate-200 ' +
  '[&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-700 [&::-moz-progress-bar]:bg-brand-700';

/** Signed plans against the target: the figure in words, and a labelled <progress> bar. */
export async function TargetProgress({
  id,
  signed,
  target,
  label,
  size = 'large',
}: {
  id: string;
  signed: number;
  target: number;
  /** The bar's accessible name (what is being measured). */
  label: string;
  size?: 'large' | 'small';
}) {
  const t = await getTranslations('targets');
  const format = await getFormatter();
  return (
    <div>
      <p className={size === 'large' ? 'text-lg' : ''} data-testid={`${id}-figure`}>
        {t.rich('signedOfTarget', {
          signed: format.number(signed),
          target: format.number(target),
          strong: (chunks) => <strong className={size === 'large' ? 'text-3xl font-bold text-brand-800' : 'font-bold'}>{chunks}</strong>,
        })}
      </p>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <progress id={id} max={Math.max(target, 1)} value={Math.min(signed, Math.max(target, 1))} className={progressBarClass}>
        {t('signedOfTargetPlain', { signed, target })}
      </progress>
    </div>
  );
}

/** The pace still needed: plans per week, or "target reached" / "period over". */
export async function PaceLine({ pace, startsOn, today }: { pace: Pace; startsOn: string; today: string }) {
  const t = await getTranslations('targets');
  const format = await getFormatter();
  const date = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'long' });
  if (pace.kind === 'reached') return <p className="mt-2 font-semibold text-green-800">{t('paceReached')}</p>;
  if (pace.kind === 'over') return <p className="mt-2 font-semibold">{t('paceOver', { remaining: pace.remaining })}</p>;
  return (
    <p className="mt-2">
      {today < startsOn ? <>{t('paceNotStarted', { date: date(startsOn) })} </> : null}
      {t('paceNeeded', {
        remaining: pace.remaining,
        days: pace.daysLeft,
        perWeek: format.number(pace.perWeek, { maximumFractionDigits: 1 }),
      })}
    </p>
  );
}

/** A date string (YYYY-MM-DD) as the user's language writes it. */
export async function formatDay(d: string, style: 'medium' | 'long' = 'medium'): Promise<string> {
  const format = await getFormatter();
  return format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: style });
}
