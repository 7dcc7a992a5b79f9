import { getLocale, getTranslations } from 'next-intl/server';
import { LANGUAGE_CODES } from '@/lib/languages';
import { ASSIGNED_ME, ASSIGNED_NONE, type FilterOptions, LEAD_LIST_SORTS, LEAD_SOURCES, type LeadListFilters, REPORT_FILTER_KEYS, WIJK_OTHER } from '@/lib/leads/list/queries';
import type { StepNames } from '@/lib/leads/settings/queries';
import { ALL_STATUSES, OVERDUE_DAYS } from '@/lib/leads/journey/steps';
import { FilterForm, moreFiltersInUse } from '../_components/filter-form';
import { leadListText } from './shared';

const LABEL_KEYS = [
  'search', 'searchHint', 'step', 'stepAll', 'source', 'sourceAll', 'ambassador', 'ambassadorAll', 'association', 'associationAll',
  'wijk', 'wijkAll', 'language', 'languageAll', 'createdFrom', 'createdTo', 'assigned', 'assignedAll', 'sort', 'dir', 'apply', 'reset',
] as const;

/** The list's filters with their choices, in the page's language. */
export async function LeadFilters({ filters, options, steps }: { filters: LeadListFilters; options: FilterOptions; steps: StepNames }) {
  const { t, sortLabel, languageName } = await leadListText();
  const tsrc = await getTranslations('sources');
  const locale = await getLocale();
  const tch = await getTranslations('channels');
  const tb = await getTranslations('lead.barrierNames');
  const tc = await getTranslations('lead.closeReasons');
  const nameOf = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? id;
  const valueLabel = (k: (typeof REPORT_FILTER_KEYS)[number], v: string): string => {
    switch (k) {
      case 'channel':
        return tch(v);
      case 'credited':
        return nameOf(options.ambassadors, v);
      case 'network':
        return nameOf(options.networks, v);
      case 'provider':
        return nameOf(options.providers, v);
      case 'reached':
        return steps[v as keyof StepNames];
      case 'barrier':
        return tb(v);
      case 'closeReason':
        return tc(v);
      default:
        return v;
    }
  };
  const extraItems = REPORT_FILTER_KEYS.flatMap((k) => {
    const v = filters[k];
    return v === undefined ? [] : [{ name: k, value: v, label: t('extraFilter', { name: t(`extra_${k}`), value: valueLabel(k, v) }) }];
  });
  return (
    <FilterForm
      filters={filters}
      labels={{
        ...(Object.fromEntries(LABEL_KEYS.map((k) => [k, t(k)])) as Record<(typeof LABEL_KEYS)[number], string>),
        title: t('filtersTitle'),
        overdue: t('overdue', { days: OVERDUE_DAYS }),
        more: moreFiltersInUse(filters) ? t('moreFiltersInUse', { count: moreFiltersInUse(filters) }) : t('moreFilters'),
      }}
      extra={{ title: t('extraFiltersTitle'), items: extraItems }}
      options={{
        step: ALL_STATUSES.map((s) => ({ value: s, label: steps[s] })),
        source: LEAD_SOURCES.map((s) => ({ value: s, label: tsrc(s) })),
        ambassador: options.ambassadors.map((a) => ({ value: a.id, label: a.name })),
        association: options.associations.map((a) => ({ value: a.id, label: a.name })),
        wijk: [...options.wijken.map((w) => ({ value: w.code, label: w.name })), { value: WIJK_OTHER, label: t('wijkOther') }],
        language: LANGUAGE_CODES.map((c) => ({ value: c, label: languageName(c) })).sort((a, b) => a.label.localeCompare(b.label, locale)),
        assigned: [
          { value: ASSIGNED_ME, label: t('assignedMe') },
          { value: ASSIGNED_NONE, label: t('assignedNone') },
          ...options.staff.map((s) => ({ value: s.id, label: s.active ? s.name : t('inactiveUser', { name: s.name }) })),
        ],
        sort: LEAD_LIST_SORTS.map((s) => ({ value: s, label: sortLabel(s) })),
        dir: [
          { value: 'asc', label: t('dirAsc') },
          { value: 'desc', label: t('dirDesc') },
        ],
      }}
    />
  );
}
