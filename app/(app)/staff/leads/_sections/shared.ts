import { getTranslations } from 'next-intl/server';
import type { LeadListSort } from '@/lib/leads/list/queries';

const SORT_LABEL = {
  createdAt: 'sortCreatedAt',
  name: 'sortName',
  status: 'sortStatus',
  lastActivityAt: 'sortLastActivityAt',
} as const satisfies Record<LeadListSort, string>;

/** The list's words: its texts, a sort order's name, and a language's name (the code when it has none). */
export async function leadListText() {
  const t = await getTranslations('leadList');
  const tl = await getTranslations('languages');
  return {
    t,
    sortLabel: (s: LeadListSort) => t(SORT_LABEL[s]),
    languageName: (code: string) => (tl.has(code) ? tl(code) : code),
  };
}
