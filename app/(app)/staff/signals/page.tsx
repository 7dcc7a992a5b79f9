import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { associationOptions } from '@/lib/associations/queries';
import { listSignalInbox } from '@/lib/signals/queries';
import { SIGNAL_STATUS_FILTERS, parseSignalFilters } from '@/lib/signals/schema';
import { requireAreaPermission } from '@/lib/auth/gate';
import { PageHeading } from '@/app/_components/ui/heading';
import { Button } from '@/app/_components/ui/button';
import { SignalSourceLine } from './_source';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('signalsInbox');
  return { title: `${t('title')} – Wijkwerf` };
}

const selectClass = 'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900';
const STATUS_LABEL = { new: 'statusNew', handled: 'statusHandled', all: 'statusAll' } as const;

/** The inbox of all associations' signals: new first, filter by status and association. */
export default async function SignalsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAreaPermission('staff', 'associations.manage');
  const filters = parseSignalFilters(await searchParams);
  const t = await getTranslations('signalsInbox');
  const format = await getFormatter();
  const db = getDb();
  const [rows, assocs] = await Promise.all([listSignalInbox(db, filters), associationOptions(db)]);

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <p className="mt-2">
        <a className="font-semibold text-brand-700 underline" href="/staff/signals/policy">{t('policyLink')}</a>
      </p>

      <form method="get" action="/staff/signals" className="mt-4 flex flex-wrap items-end gap-4 rounded-lg bg-white p-4 shadow-sm" aria-label={t('filterTitle')}>
        <fieldset>
          <legend className="font-semibold">{t('filterStatus')}</legend>
          <div className="mt-1 flex gap-4">
            {SIGNAL_STATUS_FILTERS.map((s) => (
              <div key={s} className="flex items-center gap-2">
                <input id={`status-${s}`} type="radio" name="status" value={s} defaultChecked={filters.status === s} className="h-5 w-5" />
                <label htmlFor={`status-${s}`}>{t(STATUS_LABEL[s])}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="min-w-48">
          <label htmlFor="filter-source" className="block font-semibold">{t('filterSource')}</label>
          <select id="filter-source" name="source" defaultValue={filters.source} className={selectClass}>
            <option value="all">{t('sourceAll')}</option>
            <option value="association">{t('sourceAssociations')}</option>
            <option value="ambassador">{t('sourceAmbassadors')}</option>
          </select>
        </div>
        <div className="min-w-64">
          <label htmlFor="filter-association" className="block font-semibold">{t('filterAssociation')}</label>
          <select id="filter-association" name="association" defaultValue={filters.association ?? ''} className={selectClass}>
            <option value="">{t('allAssociations')}</option>
            {assocs.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </select>
        </div>
        <Button>{t('apply')}</Button>
      </form>

      <section aria-labelledby="signals-title" className="mt-6">
        <h2 id="signals-title" className="text-xl font-bold">{t('count', { count: rows.length })}</h2>
        {rows.length === 0 ? (
          <p className="mt-2">{t('empty')}</p>
        ) : (
          <ul className="mt-2 space-y-3" data-testid="signal-list">
            {rows.map((s) => (
              <li key={s.id} className="rounded-lg bg-white p-4 shadow-sm" data-testid="signal-item">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <span className={`rounded px-1.5 py-0.5 font-semibold ${s.status === 'new' ? 'bg-amber-100 text-amber-900' : 'bg-green-100 text-green-900'}`}>
                    {s.status === 'new' ? t('statusNew') : t('statusHandled')}
                  </span>
                  <SignalSourceLine t={t} s={s} />
                  <span>· {t('receivedOn', { date: format.dateTime(s.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</span>
                </p>
                <p className="mt-2 whitespace-pre-line">{s.text}</p>
                <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
                  <a className="font-semibold text-brand-700 underline" href={`/staff/signals/${s.id}`}>{t('open')}<span className="sr-only">: {s.text.slice(0, 60)}</span></a>
                  <span>{t('replies', { count: s.replies })}</span>
                  <span>· {t('linkedLeads', { count: s.leads })}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
