import { getTranslations } from 'next-intl/server';

/** The success messages of the forms on an association's page (errors come as message keys). */
export async function associationMessages() {
  const t = await getTranslations('associationsAdmin');
  return {
    saved: t('saved'),
    keyFigureAdded: t('keyFigureAdded'),
    keyFigureSaved: t('keyFigureSaved'),
    keyFigureRemoved: t('keyFigureRemoved'),
  };
}

/** The association's leads in the lead list, optionally those that came in between two days. */
export const leadsUrl = (associationId: string, from?: string, to?: string) =>
  `/staff/leads?association=${associationId}${from ? `&from=${from}` : ''}${to ? `&to=${to}` : ''}`;
