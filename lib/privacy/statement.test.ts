import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/messages';
import type nlPrivacy from '@/lib/i18n/messages/nl/privacy.json';
import { PUBLIC_LOCALES } from '@/lib/i18n/routing';
import { RETENTION_DEFAULTS, statementPeriod } from './defaults';

/** The privacy statement's "how long" in one language, with the leads' retention from the settings. */
async function howLong(locale: string, months: { closedLeads: number; completedLeads: number }) {
  const t = createTranslator({ locale, messages: (await loadMessages(locale)) as { privacy: typeof nlPrivacy }, namespace: 'privacy' });
  return t('howLongText', statementPeriod(months));
}

describe('the privacy statement says the retention period the settings hold', () => {
  it('in whole years when it is one, else in months; the longer of the two lead periods', () => {
    expect(statementPeriod(RETENTION_DEFAULTS)).toEqual({ unit: 'year', count: 2 });
    expect(statementPeriod({ closedLeads: 18, completedLeads: 12 })).toEqual({ unit: 'month', count: 18 });
    expect(statementPeriod({ closedLeads: 12, completedLeads: 36 })).toEqual({ unit: 'year', count: 3 });
  });

  it.each([...PUBLIC_LOCALES])('%s: the text changes with the setting', async (locale) => {
    const digits = (n: number) => new Intl.NumberFormat(locale).format(n);
    const eighteenMonths = await howLong(locale, { closedLeads: 18, completedLeads: 6 });
    const threeYears = await howLong(locale, { closedLeads: 36, completedLeads: 36 });
    expect(eighteenMonths).toContain(digits(18));
    expect(threeYears).toContain(digits(3));
    expect(threeYears).not.toEqual(await howLong(locale, { closedLeads: 48, completedLeads: 48 }));
  });

  it('reads naturally in Dutch and English', async () => {
    expect(await howLong('nl', { closedLeads: 24, completedLeads: 24 })).toContain('2 jaar na de laatste stap');
    expect(await howLong('nl', { closedLeads: 12, completedLeads: 12 })).toContain('Eén jaar na de laatste stap');
    expect(await howLong('en', { closedLeads: 18, completedLeads: 18 })).toContain('18 months after the last step');
  });
});
