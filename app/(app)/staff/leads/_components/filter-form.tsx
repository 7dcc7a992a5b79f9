import type { LeadListFilters } from '@/lib/leads/list/queries';
import { Button } from '@/app/_components/ui/button';

const controlClass = 'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900';

export interface Option {
  value: string;
  label: string;
}

function Select({ name, label, value, all, options }: { name: keyof LeadListFilters; label: string; value?: string; all?: string; options: Option[] }) {
  const id = `lf-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className={controlClass}>
        {all !== undefined ? <option value="">{all}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateInput({ name, label, value }: { name: 'from' | 'to'; label: string; value?: string }) {
  const id = `lf-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input id={id} name={name} type="date" defaultValue={value ?? ''} className={controlClass} />
    </div>
  );
}

export interface FilterFormProps {
  filters: LeadListFilters;
  labels: Record<
    | 'title' | 'search' | 'searchHint' | 'step' | 'stepAll' | 'source' | 'sourceAll' | 'ambassador' | 'ambassadorAll'
    | 'association' | 'associationAll' | 'wijk' | 'wijkAll' | 'language' | 'languageAll' | 'createdFrom' | 'createdTo'
    | 'assigned' | 'assignedAll' | 'overdue' | 'sort' | 'dir' | 'apply' | 'reset',
    string
  >;
  options: Record<'step' | 'source' | 'ambassador' | 'association' | 'wijk' | 'language' | 'assigned' | 'sort' | 'dir', Option[]>;
}

/**
 * The filters as a plain GET form: works without JavaScript, and the URL it makes can be
 * bookmarked and shared with a colleague. Every value comes back from the URL into the form.
 */
export function FilterForm({ filters: f, labels: l, options: o }: FilterFormProps) {
  return (
    <section aria-labelledby="filters-title" className="mb-6 rounded-lg bg-white p-4 shadow-sm">
      <h2 id="filters-title" className="mb-3 text-lg font-bold">
        {l.title}
      </h2>
      <form method="get" action="/staff/leads" role="search" aria-labelledby="filters-title">
        <div className="mb-4 max-w-xl">
          <label htmlFor="lf-q" className="block font-semibold">
            {l.search}
          </label>
          <p id="lf-q-hint" className="text-sm text-slate-700">
            {l.searchHint}
          </p>
          <input id="lf-q" name="q" type="search" defaultValue={f.q ?? ''} maxLength={100} aria-describedby="lf-q-hint" className={controlClass} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Select name="step" label={l.step} all={l.stepAll} value={f.step} options={o.step} />
          <Select name="source" label={l.source} all={l.sourceAll} value={f.source} options={o.source} />
          <Select name="ambassador" label={l.ambassador} all={l.ambassadorAll} value={f.ambassador} options={o.ambassador} />
          <Select name="association" label={l.association} all={l.associationAll} value={f.association} options={o.association} />
          <Select name="wijk" label={l.wijk} all={l.wijkAll} value={f.wijk} options={o.wijk} />
          <Select name="language" label={l.language} all={l.languageAll} value={f.language} options={o.language} />
          <DateInput name="from" label={l.createdFrom} value={f.from} />
          <DateInput name="to" label={l.createdTo} value={f.to} />
          <Select name="assigned" label={l.assigned} all={l.assignedAll} value={f.assigned} options={o.assigned} />
          <Select name="sort" label={l.sort} value={f.sort} options={o.sort} />
          <Select name="dir" label={l.dir} value={f.dir} options={o.dir} />
        </div>
        <div className="mt-4 flex items-start gap-3">
          <input id="lf-overdue" type="checkbox" name="overdue" value="1" defaultChecked={f.overdue} className="mt-1 h-5 w-5 shrink-0" />
          <label htmlFor="lf-overdue">{l.overdue}</label>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <Button>
            {l.apply}
          </Button>
          <a href="/staff/leads" className="text-brand-700 underline">
            {l.reset}
          </a>
        </div>
      </form>
    </section>
  );
}
