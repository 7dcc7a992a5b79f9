import { ActionForm } from '@/app/_components/action-form';
import { Button } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { FilterInput } from '@/app/_components/ui/filter-field';
import { Heading } from '@/app/_components/ui/heading';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { linkSignalLeadAction, unlinkSignalLeadAction } from '@/lib/signals/actions';
import type { StepNames } from '@/lib/leads/settings/queries';
import { type LeadHit, type Signal, signalLead, signalText } from './shared';

/** The leads the signal is about: unlink one; search (this association's or all) and link another. */
export async function SignalLeadsSection({ signal, search, hits, steps }: { signal: Signal; search: { q?: string; scope: 'association' | 'all' }; hits: LeadHit[]; steps: StepNames }) {
  const { t, messages } = await signalText();
  const linkedIds = new Set(signal.leads.map((l) => l.id));
  return (
    <Section id="leads" title={t('leadsTitle')}>
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
              <ActionForm idPrefix={`unlink-${l.id}`} action={unlinkSignalLeadAction} fields={signalLead(signal.id, l.id)} submitLabel={t('unlink', { name: l.name })} submitVariant="secondary" submitSize="small" messages={messages} />
            </li>
          ))}
        </ul>
      )}

      <Heading level={3} className="mt-4">
        {t('searchTitle')}
      </Heading>
      <form method="get" action={`/staff/signals/${signal.id}`} className="mt-2 rounded-lg bg-white p-4 shadow-sm" role="search" aria-label={t('searchTitle')}>
        <FilterInput id="lead-q" name="q" type="search" label={t('fieldSearch')} value={search.q} maxLength={100} />
        <fieldset className="mt-3">
          <legend className="font-semibold">{t('scope')}</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {(['association', 'all'] as const).map((s) => (
              <div key={s} className="flex items-center gap-2">
                <input id={`scope-${s}`} type="radio" name="scope" value={s} defaultChecked={search.scope === s} className="h-5 w-5" />
                <label htmlFor={`scope-${s}`}>{s === 'association' ? t('scopeAssociation', { association: signal.associationName ?? '' }) : t('scopeAll')}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <Button className="mt-3">{t('search')}</Button>
      </form>

      {search.q || search.scope === 'association' ? (
        <div className="mt-3">
          <h4 className="font-bold">{search.q ? t('searchResults') : t('newestOfAssociation', { association: signal.associationName ?? '' })}</h4>
          <DataTable
            caption={t('searchTitle')}
            captionHidden
            columns={[{ header: t('colLeadName') }, { header: t('colLeadPhone') }, { header: t('colLeadStep') }, { header: t('colAction') }]}
            rowCount={hits.length}
            empty={t('noHits')}
            className="mt-1"
            data-testid="lead-hits"
          >
            {hits.map((l) => (
              <Tr key={l.id}>
                <RowHeader>
                  <a className="text-brand-700 underline" href={`/staff/leads/${l.id}`}>{l.name}</a>
                </RowHeader>
                <Td className="tabular-nums">{l.phone}</Td>
                <Td>{steps[l.status]}</Td>
                <Td>
                  {linkedIds.has(l.id) ? (
                    t('alreadyLinked')
                  ) : (
                    <ActionForm idPrefix={`link-${l.id}`} action={linkSignalLeadAction} fields={signalLead(signal.id, l.id)} submitLabel={t('link', { name: l.name })} submitVariant="secondary" submitSize="small" messages={messages} />
                  )}
                </Td>
              </Tr>
            ))}
          </DataTable>
        </div>
      ) : null}
    </Section>
  );
}
