import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import { linkSignalLeadAction, replyToSignalAction, setSignalHandledAction, unlinkSignalLeadAction } from '@/lib/associations/actions';
import { getSignal, searchLeads } from '@/lib/associations/queries';
import { leadSearchSchema } from '@/lib/associations/schema';
import { requireAreaPermission } from '@/lib/auth/gate';
import { getStepNames } from '@/lib/leads/step-names';
import { DataTable } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';
import { Button } from '@/app/_components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('signalsInbox');
  return { title: `${t('title')} – Wijkwerf` };
}

const smallButton = 'rounded border border-brand-700 px-3 py-1 text-brand-700';

/** One signal: reply, mark handled or reopen, and link the leads it is about. */
export default async function SignalPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAreaPermission('staff', 'associations.manage');
  const { id } = await params;
  const db = getDb();
  const signal = await getSignal(db, id);
  if (!signal) notFound();
  const sp = await searchParams;
  const search = leadSearchSchema.parse({ q: typeof sp.q === 'string' ? sp.q : undefined, scope: sp.scope });
  const t = await getTranslations('signalsInbox');
  const ts = await getTranslations('steps');
  const format = await getFormatter();
  const steps = await getStepNames(db, await getLocale(), (s) => ts(s));
  const hits = await searchLeads(db, { q: search.q, scope: search.scope, associationId: signal.associationId });
  const linkedIds = new Set(signal.leads.map((l) => l.id));
  const messages = {
    replied: t('replied'),
    repliedAndHandled: t('repliedAndHandled'),
    handled: t('handled'),
    reopened: t('reopened'),
    linked: t('linked'),
    unlinked: t('unlinked'),
  };
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <>
      <p className="text-sm">
        <a className="text-brand-700 underline" href="/staff/signals">{t('backToInbox')}</a>
      </p>
      <PageHeading className="mt-2">{t('signalTitle', { association: signal.associationName })}</PageHeading>

      <section aria-label={t('title')} className="mt-4 rounded-lg bg-white p-4 shadow-sm" data-testid="signal">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className={`rounded px-1.5 py-0.5 font-semibold ${signal.status === 'new' ? 'bg-amber-100 text-amber-900' : 'bg-green-100 text-green-900'}`} data-testid="signal-status">
            {signal.status === 'new' ? t('statusNew') : t('statusHandled')}
          </span>
          <span className="font-semibold">{t(`kinds.${signal.kind}`)}</span>
          <span>· {signal.authorName ? t('fromBy', { association: signal.associationName, name: signal.authorName }) : t('from', { association: signal.associationName })}</span>
          <span>· {t('receivedOn', { date: when(signal.createdAt) })}</span>
        </p>
        <p className="mt-3 whitespace-pre-line text-lg">{signal.text}</p>
        {signal.status === 'handled' && signal.handledAt ? (
          <p className="mt-3 text-sm">
            {signal.handledByName ? t('handledOn', { date: when(signal.handledAt), name: signal.handledByName }) : t('handledOnNoName', { date: when(signal.handledAt) })}
          </p>
        ) : null}
        <ActionForm
          idPrefix="status"
          action={setSignalHandledAction}
          className="mt-3"
          fields={[
            { kind: 'hidden', name: 'signalId', value: signal.id },
            { kind: 'hidden', name: 'handled', value: signal.status === 'new' ? 'true' : 'false' },
          ]}
          submitLabel={signal.status === 'new' ? t('markHandled') : t('reopen')}
          submitVariant="secondary" submitSize="small"
          messages={messages}
        />
      </section>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="replies-title">
          <h2 id="replies-title" className="text-xl font-bold">{t('repliesTitle')}</h2>
          {signal.replies.length === 0 ? (
            <p className="mt-2">{t('noReplies')}</p>
          ) : (
            <ol className="mt-2 space-y-2" data-testid="replies">
              {signal.replies.map((r) => (
                <li key={r.id} className="rounded-lg bg-white p-3 shadow-sm">
                  <p className="text-sm text-slate-700">{t('replyBy', { name: r.userName ?? '–', date: when(r.createdAt) })}</p>
                  <p className="mt-1 whitespace-pre-line">{r.text}</p>
                </li>
              ))}
            </ol>
          )}
          <h3 className="mt-4 text-lg font-bold">{t('replyTitle')}</h3>
          <ActionForm
            idPrefix="reply"
            action={replyToSignalAction}
            className="mt-2 rounded-lg bg-white p-4 shadow-sm"
            fields={[
              { kind: 'hidden', name: 'signalId', value: signal.id },
              { kind: 'textarea', name: 'text', label: t('fieldReply'), required: true, maxLength: 2000 },
              ...(signal.status === 'new' ? [{ kind: 'checkbox' as const, name: 'handle', label: t('fieldHandleToo'), defaultChecked: true }] : []),
            ]}
            submitLabel={t('sendReply')}
            messages={messages}
          />
        </section>

        <section aria-labelledby="leads-title">
          <h2 id="leads-title" className="text-xl font-bold">{t('leadsTitle')}</h2>
          <p className="mt-1">{t('leadsIntro')}</p>
          {signal.leads.length === 0 ? (
            <p className="mt-2">{t('noLeads')}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-200 rounded-lg bg-white shadow-sm" data-testid="linked-leads">
              {signal.leads.map((l) => (
                <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <span>
                    <a className="font-semibold text-brand-700 underline" href={`/staff/leads/${l.id}`}>{l.name}</a> · {steps[l.status]}
                  </span>
                  <ActionForm
                    idPrefix={`unlink-${l.id}`}
                    action={unlinkSignalLeadAction}
                    fields={[
                      { kind: 'hidden', name: 'signalId', value: signal.id },
                      { kind: 'hidden', name: 'leadId', value: l.id },
                    ]}
                    submitLabel={t('unlink', { name: l.name })}
                    submitVariant="secondary" submitSize="small"
                    messages={messages}
                  />
                </li>
              ))}
            </ul>
          )}

          <h3 className="mt-4 text-lg font-bold">{t('searchTitle')}</h3>
          <form method="get" action={`/staff/signals/${signal.id}`} className="mt-2 rounded-lg bg-white p-4 shadow-sm" role="search" aria-label={t('searchTitle')}>
            <label htmlFor="lead-q" className="block font-semibold">{t('fieldSearch')}</label>
            <input id="lead-q" name="q" type="search" defaultValue={search.q ?? ''} maxLength={100} className="mt-1 block w-full rounded-md border border-slate-500 px-3 py-2" />
            <fieldset className="mt-3">
              <legend className="font-semibold">{t('scope')}</legend>
              <div className="mt-1 flex flex-wrap gap-4">
                {(['association', 'all'] as const).map((s) => (
                  <div key={s} className="flex items-center gap-2">
                    <input id={`scope-${s}`} type="radio" name="scope" value={s} defaultChecked={search.scope === s} className="h-5 w-5" />
                    <label htmlFor={`scope-${s}`}>{s === 'association' ? t('scopeAssociation', { association: signal.associationName }) : t('scopeAll')}</label>
                  </div>
                ))}
              </div>
            </fieldset>
            <Button className="mt-3">{t('search')}</Button>
          </form>

          {search.q || search.scope === 'association' ? (
            <div className="mt-3">
              <h4 className="font-bold">{search.q ? t('searchResults') : t('newestOfAssociation', { association: signal.associationName })}</h4>
              {hits.length === 0 ? (
                <p className="mt-1">{t('noHits')}</p>
              ) : (
                <DataTable caption={t('searchTitle')} captionHidden columns={[{ header: t('colLeadName') }, { header: t('colLeadPhone') }, { header: t('colLeadStep') }, { header: t('colAction') }]} className="mt-1" data-testid="lead-hits">
                    {hits.map((l) => (
                      <tr key={l.id} className="border-b border-slate-200">
                        <th scope="row" className="p-2 font-normal">
                          <a className="text-brand-700 underline" href={`/staff/leads/${l.id}`}>{l.name}</a>
                        </th>
                        <td className="p-2 tabular-nums">{l.phone}</td>
                        <td className="p-2">{steps[l.status]}</td>
                        <td className="p-2">
                          {linkedIds.has(l.id) ? (
                            t('alreadyLinked')
                          ) : (
                            <ActionForm
                              idPrefix={`link-${l.id}`}
                              action={linkSignalLeadAction}
                              fields={[
                                { kind: 'hidden', name: 'signalId', value: signal.id },
                                { kind: 'hidden', name: 'leadId', value: l.id },
                              ]}
                              submitLabel={t('link', { name: l.name })}
                              submitVariant="secondary" submitSize="small"
                              messages={messages}
                            />
                          )}
                        </td>
                      </tr>
                    ))}
                  </DataTable>
              )}
            </div>
          ) : null}
        </section>
      </div>
    </>
  );
}
