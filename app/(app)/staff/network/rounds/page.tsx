import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { todayLocal, weekStartOf, addDays } from '@/lib/dates';
import { logContactAction } from '@/lib/network/actions';
import { roundList } from '@/lib/network/queries';
import { ActionForm } from '@/app/_components/action-form';
import { DataBadge } from '@/app/_components/ui/badge';
import { BackLink } from '@/app/_components/ui/back-link';
import { cardClass } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('network');
  return { title: `${t('round.title')} – Wijkwerf` };
}

/**
 * This week's network round: every organisation due for a visit this week (from its visit
 * frequency) or behind schedule, ticked off by logging the visit (with "retold the offer").
 */
export default async function NetworkRoundPage() {
  const user = await requireAreaPermission('staff', 'network.manage');
  const t = await getTranslations('network');
  const format = await getFormatter();
  const today = todayLocal();
  const rows = await roundList(getDb(), today);
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium' });
  const monday = weekStartOf(today);
  const open = rows.filter((r) => r.round.state !== 'done').length;
  const badge = { overdue: 'danger', due: 'warning', done: 'success', later: 'neutral' } as const;

  return (
    <>
      <BackLink href="/staff/network">{t('backToList')}</BackLink>
      <PageHeading>{t('round.title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('round.intro', { from: day(monday), to: day(addDays(monday, 6)) })}</p>
      <p className="mt-2 font-semibold" data-testid="round-open">{t('round.openCount', { count: open, total: rows.length })}</p>
      {rows.length === 0 ? (
        <p className="mt-4">{t('round.empty')}</p>
      ) : (
        <ul className="mt-4 space-y-3" data-testid="round-list">
          {rows.map((o) => (
            <li key={o.id} className={cardClass} data-testid="round-item">
              <h2 className="flex flex-wrap items-center gap-2 text-lg font-bold">
                <a className="text-brand-700 underline" href={`/staff/network/${o.id}`}>{o.name}</a>
                <DataBadge tone={badge[o.round.state]} data-testid="round-state">{t(`round.state.${o.round.state}`)}</DataBadge>
                {o.round.offerNotRetold ? <DataBadge tone="attention">{t('round.offerBadge')}</DataBadge> : null}
              </h2>
              <p className="mt-1 text-sm">
                {t(`kinds.${o.kind}`)} · {o.wijkName ?? t('noWijk')} · {t('round.every', { weeks: o.visitEveryWeeks })} ·{' '}
                {o.round.state === 'done' ? t('round.visitedOn', { date: day(o.lastContactOn!) }) : t('round.dueBy', { date: day(o.round.dueBy) })}
              </p>
              {o.round.state !== 'done' ? (
                <ActionForm
                  idPrefix={`tick-${o.id}`}
                  action={logContactAction}
                  className="mt-2"
                  messages={{ contactLogged: t('contactLogged') }}
                  submitLabel={t('round.tick')}
                  submitSize="small"
                  fields={[
                    { kind: 'hidden', name: 'organisationId', value: o.id },
                    { kind: 'hidden', name: 'userId', value: user.id },
                    { kind: 'hidden', name: 'kind', value: 'visit' },
                    { kind: 'hidden', name: 'date', value: today },
                    { kind: 'checkbox', name: 'offerRetold', label: t('fieldOfferRetold'), defaultChecked: o.round.offerNotRetold },
                  ]}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
