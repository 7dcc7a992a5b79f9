import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Pagination } from '@/app/_components/ui/pagination';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { type EventListItem, listEvents } from '@/lib/shifts/queries';
import { dayFormatter } from './_components/shared';
import { DataTable } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';
import { ButtonLink } from '@/app/_components/ui/button';

const paramsSchema = z.object({ past: z.coerce.number().int().min(1).max(10000).optional().catch(undefined) });

async function EventTable({ id, caption, rows }: { id: string; caption: string; rows: EventListItem[] }) {
  const t = await getTranslations('events');
  const day = await dayFormatter();
  return (
    <DataTable caption={caption} captionHidden columns={[{ header: t('colEvent') }, { header: t('colKind') }, { header: t('colDates') }, { header: t('colPlace') }, { header: t('colWijk') }, { header: t('colShifts') }]} data-testid={id}>
          {rows.map((e) => (
            <tr key={e.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">
                <a href={`/staff/events/${e.id}`} className="font-semibold text-brand-700 underline">
                  {e.title}
                </a>
              </th>
              <td className="p-2">{t(`kinds.${e.kind}`)}</td>
              <td className="p-2 whitespace-nowrap">
                {e.startsOn === e.endsOn ? day(e.startsOn) : t('dateRange', { from: day(e.startsOn), to: day(e.endsOn) })}
              </td>
              <td className="p-2">{e.place}</td>
              <td className="p-2">{e.wijkName ?? t('noWijk')}</td>
              <td className="p-2">
                {e.shiftCount === 0 ? t('noShifts') : t('shiftStats', { shifts: e.shiftCount, assigned: e.assigned, places: e.places })}
              </td>
            </tr>
          ))}
        </DataTable>
  );
}

/** The coordinator's agenda: upcoming events first, past events folded away and paged. */
export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireAreaPermission('staff', 'shifts.manage');
  const t = await getTranslations('events');
  const tp = await getTranslations('events.pagination');
  const params = paramsSchema.parse(await searchParams);
  const data = await listEvents(getDb(), todayLocal(), params.past ?? 1);

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <PageHeading>{t('title')}</PageHeading>
          <p className="mt-2 max-w-3xl">{t('intro')}</p>
        </div>
        <ButtonLink href="/staff/events/new">
          {t('new')}
        </ButtonLink>
      </div>

      <section aria-labelledby="upcoming-title" className="mt-6">
        <h2 id="upcoming-title" className="mb-2 text-xl font-bold">
          {t('upcomingTitle')}
        </h2>
        {data.upcoming.length ? <EventTable id="upcoming-events" caption={t('upcomingTitle')} rows={data.upcoming} /> : <p>{t('upcomingEmpty')}</p>}
      </section>

      <section aria-labelledby="past-title" className="mt-8">
        <details open={params.past !== undefined} className="rounded-lg bg-white p-3 shadow-sm">
          <summary className="cursor-pointer">
            <h2 id="past-title" className="inline text-xl font-bold">
              {t('pastTitle', { count: data.pastCount })}
            </h2>
          </summary>
          <div className="mt-3">
            {data.past.length ? (
              <>
                {data.pageCount > 1 ? <p className="mb-2 text-slate-700">{tp('pageOf', { page: data.page, pageCount: data.pageCount })}</p> : null}
                <EventTable id="past-events" caption={t('pastTitle', { count: data.pastCount })} rows={data.past} />
                <Pagination
                  page={data.page}
                  pageCount={data.pageCount}
                  href={(p) => `/staff/events?past=${p}#past-title`}
                  labels={{
                    nav: tp('nav'),
                    previous: tp('previous'),
                    previousLabel: tp('previousLabel'),
                    next: tp('next'),
                    nextLabel: tp('nextLabel'),
                    page: (p) => tp('page', { page: p }),
                  }}
                />
              </>
            ) : (
              <p>{t('pastEmpty')}</p>
            )}
          </div>
        </details>
      </section>
    </>
  );
}
