import type { LeadListFilters } from '@/lib/leads/list/queries';
import { Button } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { FilterInput, FilterSelect } from '@/app/_components/ui/filter-field';

export type Option = { value: string; label: string };

export interface FilterFormProps {
  filters: LeadListFilters;
  labels: Record<
    | 'title' | 'search' | 'searchHint' | 'step' | 'stepAll' | 'source' | 'sourceAll' | 'ambassador' | 'ambassadorAll'
    | 'association' | 'associationAll' | 'wijk' | 'wijkAll' | 'language' | 'languageAll' | 'createdFrom' | 'createdTo'
    | 'assigned' | 'assignedAll' | 'overdue' | 'sort' | 'dir' | 'apply' | 'reset' | 'more',
    string
  >;
  options: Record<'step' | 'source' | 'ambassador' | 'association' | 'wijk' | 'language' | 'assigned' | 'sort' | 'dir', Option[]>;
  /** Filters a report linked with that have no field here: kept as hidden fields and named. */
  extra?: { title: string; items: { name: string; value: string; label: string }[] };
}

/** The filters in "Meer filters": when one is set, the disclosure is rendered open. */
const MORE_KEYS = ['source', 'ambassador', 'association', 'wijk', 'language', 'from', 'to', 'assigned'] as const;

/** Whether a filter under "Meer filters" narrows the list (sorting is not a filter: the headers sort too). */
export function moreFiltersInUse(f: LeadListFilters): number {
  return MORE_KEYS.filter((k) => f[k] !== undefined).length + (f.overdue ? 1 : 0);
}

/**
 * The filters as a plain GET form: works without JavaScript, and the URL it makes can be
 * bookmarked and shared with a colleague. Every value comes back from the URL into the form.
 * One line holds the search and the step (used most); the rest is under "Meer filters", a
 * <details> that is rendered open when one of its filters is set. Closed, its fields still submit.
 */
export function FilterForm({ filters: f, labels: l, options: o, extra }: FilterFormProps) {
  const inUse = moreFiltersInUse(f);
  return (
    <Section id="filters" title={l.title} card className="mb-6" headingClassName="sr-only">
      <form method="get" action="/staff/leads" role="search" aria-labelledby="filters-title">
        <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
          <FilterInput id="lf-q" name="q" type="search" label={l.search} hint={l.searchHint} hintAfter value={f.q} maxLength={100} className="min-w-64 flex-[2_1_18rem]" />
          <div className="min-w-48 flex-[1_1_12rem] self-start">
            <FilterSelect id="lf-step" name="step" label={l.step} all={l.stepAll} value={f.step} options={o.step} />
          </div>
          <div className="flex flex-wrap items-center gap-4 self-start sm:pt-7">
            <Button>{l.apply}</Button>
            <a href="/staff/leads" className="text-brand-700 underline">
              {l.reset}
            </a>
          </div>
        </div>
        {extra && extra.items.length ? (
          <div className="mt-4" data-testid="report-filters">
            <p className="font-semibold">{extra.title}</p>
            <ul className="list-disc ps-6">
              {extra.items.map((i) => (
                <li key={i.name}>
                  {i.label}
                  <input type="hidden" name={i.name} value={i.value} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <details className="mt-3" open={inUse > 0 ? true : undefined} data-testid="more-filters">
          <summary className="cursor-pointer py-2 font-semibold text-brand-700 underline">{l.more}</summary>
          <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <FilterSelect id="lf-source" name="source" label={l.source} all={l.sourceAll} value={f.source} options={o.source} />
            <FilterSelect id="lf-ambassador" name="ambassador" label={l.ambassador} all={l.ambassadorAll} value={f.ambassador} options={o.ambassador} />
            <FilterSelect id="lf-association" name="association" label={l.association} all={l.associationAll} value={f.association} options={o.association} />
            <FilterSelect id="lf-wijk" name="wijk" label={l.wijk} all={l.wijkAll} value={f.wijk} options={o.wijk} />
            <FilterSelect id="lf-language" name="language" label={l.language} all={l.languageAll} value={f.language} options={o.language} />
            <FilterInput id="lf-from" name="from" type="date" label={l.createdFrom} value={f.from} />
            <FilterInput id="lf-to" name="to" type="date" label={l.createdTo} value={f.to} />
            <FilterSelect id="lf-assigned" name="assigned" label={l.assigned} all={l.assignedAll} value={f.assigned} options={o.assigned} />
            <FilterSelect id="lf-sort" name="sort" label={l.sort} value={f.sort} options={o.sort} />
            <FilterSelect id="lf-dir" name="dir" label={l.dir} value={f.dir} options={o.dir} />
          </div>
          <div className="mt-4 flex items-start gap-3">
            <input id="lf-overdue" type="checkbox" name="overdue" value="1" defaultChecked={f.overdue} className="mt-1 h-5 w-5 shrink-0" />
            <label htmlFor="lf-overdue">{l.overdue}</label>
          </div>
        </details>
      </form>
    </Section>
  );
}
