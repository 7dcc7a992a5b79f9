import { getTranslations } from 'next-intl/server';
import { Button } from '@/app/_components/ui/button';
import { FilterInput, FilterSelect, filterControlClass } from '@/app/_components/ui/filter-field';
import { actionLabel, type AuditFilters } from './shared';

/** The log's filters: a plain GET form (record id, action, who, period). Actions by their description. */
export async function AuditFilterForm({ f, actions, actors }: { f: AuditFilters; actions: string[]; actors: { id: string; name: string; role: string }[] }) {
  const t = await getTranslations('auditLog');
  const tr = await getTranslations('roles');
  const label = actionLabel(t);
  return (
    <form method="get" role="search" aria-label={t('filtersLabel')} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 shadow-sm">
      <div>
        <label htmlFor="audit-entity" className="block font-semibold">
          {t('entity')}
        </label>
        <input id="audit-entity" name="entity" defaultValue={f.entity ?? ''} className={`${filterControlClass} w-80 max-w-full`} />
      </div>
      <FilterSelect
        id="audit-action"
        name="action"
        label={t('action')}
        value={f.action}
        all={t('all')}
        options={actions.map((a) => ({ value: a, label: label(a) })).sort((a, b) => a.label.localeCompare(b.label))}
      />
      <FilterSelect id="audit-user" name="user" label={t('who')} value={f.user} all={t('all')} options={actors.map((u) => ({ value: u.id, label: `${u.name} (${tr(u.role as never)})` }))} />
      <FilterInput id="audit-from" name="from" type="date" label={t('from')} value={f.from} />
      <FilterInput id="audit-to" name="to" type="date" label={t('to')} value={f.to} />
      <Button size="small">{t('filter')}</Button>
    </form>
  );
}
