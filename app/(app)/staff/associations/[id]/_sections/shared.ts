import { getTranslations } from 'next-intl/server';
import { ASSOCIATION_ERROR_KEYS } from '@/lib/associations/schema';

/** The messages of every form on an association's page. */
export async function associationMessages() {
  const t = await getTranslations('associationsAdmin');
  return {
    ...Object.fromEntries(ASSOCIATION_ERROR_KEYS.map((k) => [k, t(`errors.${k}` as 'errors.notFound')])),
    invalidForm: t('errors.invalidForm'),
    saved: t('saved'),
    keyFigureAdded: t('keyFigureAdded'),
    keyFigureSaved: t('keyFigureSaved'),
    keyFigureRemoved: t('keyFigureRemoved'),
  };
}

/** The association's leads in the lead list, optionally those that came in between two days. */
export const leadsUrl = (associationId: string, from?: string, to?: string) =>
  `/staff/leads?association=${associationId}${from ? `&from=${from}` : ''}${to ? `&to=${to}` : ''}`;
