import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import { removeKeyFigureAction, saveAssociationAction, saveKeyFigureAction } from '@/lib/associations/actions';
import { type ResultCounts, associationResults, getAssociation, linkedUsers, listKeyFigures } from '@/lib/associations/queries';
import { requireAreaPermission } from '@/lib/auth/gate';
import { associationFields } from '../association-fields';
import { DataTable } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations('associationsAdmin');
  const a = await getAssociation(getDb(), (await params).id);
  return { title: `${a?.name ?? t('title')} – Wijkwerf` };
}

const cell = 'p-2 text-end tabular-nums';

/** One association: its results (total, per period, per year), details, key figures and accounts. */
export default async function AssociationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAreaPermission('staff', 'associations.manage');
  const { id } = await params;
  const db = getDb();
  const assoc = await getAssociation(db, id);
  if (!assoc) notFound();
  const t = await getTranslations('associationsAdmin');
  const format = await getFormatter();
  const [results, figures, accounts] = await Promise.all([associationResults(db, id), listKeyFigures(db, id), linkedUsers(db, id)]);
  const messages = {
    saved: t('saved'),
    keyFigureAdded: t('keyFigureAdded'),
    keyFigureSaved: t('keyFigureSaved'),
    keyFigureRemoved: t('keyFigureRemoved'),
  };
  const leadsUrl = (from?: string, to?: string) =>
    `/staff/leads?association=${id}${from ? `&from=${from}` : ''}${to ? `&to=${to}` : ''}`;
  const counts = (c: ResultCounts, href: string, label: string) => (
    <>
      <td className={cell}>
        {c.contacts ? (
          <a className="text-brand-700 underline" href={href} aria-label={label}>{format.number(c.contacts)}</a>
        ) : (
          '0'
        )}
      </td>
      <td className={cell}>{format.number(c.offers)}</td>
      <td className={cell}>{format.number(c.plans)}</td>
    </>
  );
  const columns = (first: string) => [
    { header: first },
    { header: t('colContacts'), numeric: true },
    { header: t('colOffers'), numeric: true },
    { header: t('colPlans'), numeric: true },
  ];

  return (
    <>
      <p className="text-sm">
        <a className="text-brand-700 underline" href="/staff/associations">{t('backToList')}</a>
      </p>
      <PageHeading className="mt-2">{assoc.name}</PageHeading>
      <p className="mt-1 text-slate-700">
        {assoc.community} · {assoc.active ? t('active') : t('inactive')}
      </p>
      <p className="mt-2 flex flex-wrap gap-4">
        <a className="text-brand-700 underline" href={leadsUrl()}>{t('openLeads')}</a>
        <a className="text-brand-700 underline" href={`/staff/signals?status=all&association=${id}`}>{t('openSignals')}</a>
      </p>

      <section aria-labelledby="results-title" className="mt-4 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="results-title" className="text-xl font-bold">{t('resultsTitle')}</h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t('resultsIntro')}</p>
        <dl className="mt-3 grid max-w-xl grid-cols-3 gap-3 text-center" data-testid="results-total">
          {(['contacts', 'offers', 'plans'] as const).map((k) => (
            <div key={k} className="rounded-md border border-slate-300 p-3">
              <dt className="text-sm">{t(k === 'contacts' ? 'colContacts' : k === 'offers' ? 'colOffers' : 'colPlans')}</dt>
              <dd className="text-2xl font-bold tabular-nums">
                {k === 'contacts' && results.total.contacts ? (
                  <a className="text-brand-700 underline" href={leadsUrl()} aria-label={t('contactsLink', { count: results.total.contacts, name: assoc.name })}>
                    {format.number(results.total.contacts)}
                  </a>
                ) : (
                  format.number(results.total[k])
                )}
              </dd>
            </div>
          ))}
        </dl>

        <div className="mt-4 grid gap-6 lg:grid-cols-2">
          <div>
            <h3 className="text-lg font-bold">{t('perPeriodTitle')}</h3>
            {results.periods.length === 0 ? (
              <p className="mt-1">{t('noPeriods')}</p>
            ) : (
              <DataTable caption={t('perPeriodTitle')} captionHidden columns={columns(t('colPeriod'))} className="mt-1" data-testid="results-periods">
                  {results.periods.map((p) => (
                    <tr key={p.id} className="border-b border-slate-200">
                      <th scope="row" className="p-2 font-normal">{p.name}</th>
                      {counts(p, leadsUrl(p.startsOn, p.endsOn), t('contactsInLink', { count: p.contacts, name: assoc.name, period: p.name }))}
                    </tr>
                  ))}
                </DataTable>
            )}
          </div>
          <div>
            <h3 className="text-lg font-bold">{t('perYearTitle')}</h3>
            {results.years.length === 0 ? (
              <p className="mt-1">{t('noYears')}</p>
            ) : (
              <DataTable caption={t('perYearTitle')} captionHidden columns={columns(t('colYear'))} className="mt-1" data-testid="results-years">
                  {results.years.map((y) => (
                    <tr key={y.year} className="border-b border-slate-200">
                      <th scope="row" className="p-2 font-normal">{y.year}</th>
                      {counts(y, leadsUrl(`${y.year}-01-01`, `${y.year}-12-31`), t('contactsInLink', { count: y.contacts, name: assoc.name, period: String(y.year) }))}
                    </tr>
                  ))}
                </DataTable>
            )}
          </div>
        </div>
      </section>

      <section aria-labelledby="figures-title" className="mt-6">
        <h2 id="figures-title" className="text-xl font-bold">{t('keyFiguresTitle')}</h2>
        <p className="mt-1">{t('keyFiguresIntro')}</p>
        {figures.length === 0 ? (
          <p className="mt-2">{t('noKeyFigures')}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200 rounded-lg bg-white shadow-sm" data-testid="key-figures">
            {figures.map((f) => (
              <li key={f.id} className="p-3">
                <p>
                  <span className="font-semibold">{f.name}</span>
                  {f.role ? <> · {f.role}</> : null}
                  {f.phone ? <> · {f.phone}</> : null}
                  {f.email ? <> · {f.email}</> : null}
                </p>
                <div className="mt-2 flex flex-wrap items-start gap-4">
                  <details className="grow">
                    <summary className="cursor-pointer text-brand-700 underline">{t('editKeyFigure', { name: f.name })}</summary>
                    <ActionForm
                      idPrefix={`kf-${f.id}`}
                      action={saveKeyFigureAction}
                      className="mt-2 max-w-xl"
                      fields={[
                        { kind: 'hidden', name: 'associationId', value: id },
                        { kind: 'hidden', name: 'id', value: f.id },
                        { kind: 'text', name: 'name', label: t('fieldKeyName'), required: true, maxLength: 120, defaultValue: f.name },
                        { kind: 'text', name: 'role', label: t('fieldRole'), maxLength: 120, defaultValue: f.role ?? '' },
                        { kind: 'tel', name: 'phone', label: t('fieldPhone'), maxLength: 20, defaultValue: f.phone ?? '' },
                        { kind: 'email', name: 'email', label: t('fieldEmail'), maxLength: 200, defaultValue: f.email ?? '' },
                      ]}
                      submitLabel={t('saveKeyFigure')}
                      messages={messages}
                    />
                  </details>
                  <ActionForm
                    idPrefix={`kf-rm-${f.id}`}
                    action={removeKeyFigureAction}
                    fields={[
                      { kind: 'hidden', name: 'associationId', value: id },
                      { kind: 'hidden', name: 'id', value: f.id },
                    ]}
                    submitLabel={t('removeKeyFigure', { name: f.name })}
                    submitVariant="danger" submitSize="small"
                    messages={messages}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
        <h3 className="mt-4 text-lg font-bold">{t('addKeyFigureTitle')}</h3>
        <ActionForm
          idPrefix="kf-new"
          action={saveKeyFigureAction}
          className="mt-2 max-w-xl rounded-lg bg-white p-4 shadow-sm"
          fields={[
            { kind: 'hidden', name: 'associationId', value: id },
            { kind: 'text', name: 'name', label: t('fieldKeyName'), required: true, maxLength: 120 },
            { kind: 'text', name: 'role', label: t('fieldRole'), maxLength: 120 },
            { kind: 'tel', name: 'phone', label: t('fieldPhone'), maxLength: 20 },
            { kind: 'email', name: 'email', label: t('fieldEmail'), maxLength: 200 },
          ]}
          submitLabel={t('addKeyFigure')}
          messages={messages}
        />
      </section>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="details-title">
          <h2 id="details-title" className="text-xl font-bold">{t('detailsTitle')}</h2>
          <ActionForm
            idPrefix="assoc"
            action={saveAssociationAction}
            className="mt-2 rounded-lg bg-white p-4 shadow-sm"
            fields={associationFields(t, assoc)}
            submitLabel={t('save')}
            messages={messages}
          />
        </section>
        <section aria-labelledby="users-title">
          <h2 id="users-title" className="text-xl font-bold">{t('usersTitle')}</h2>
          <p className="mt-1">{t('usersIntro')}</p>
          {accounts.length === 0 ? (
            <p className="mt-2">{t('noUsers')}</p>
          ) : (
            <DataTable caption={t('usersTitle')} captionHidden columns={[{ header: t('colUserName') }, { header: t('colUserEmail') }, { header: t('colUserActive') }]} className="mt-2" data-testid="linked-users">
                {accounts.map((u) => (
                  <tr key={u.id} className="border-b border-slate-200">
                    <td className="p-2">{u.name}</td>
                    <td className="p-2">{u.email}</td>
                    <td className="p-2">{u.active ? t('userActive') : t('userInactive')}</td>
                  </tr>
                ))}
              </DataTable>
          )}
        </section>
      </div>
    </>
  );
}
