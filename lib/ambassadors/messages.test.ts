import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en/corps.json';
import nl from '@/lib/i18n/messages/nl/corps.json';
import { AGREEMENT_VERSION, AMBASSADOR_STATUSES, STOP_REASONS } from './lifecycle';

describe('corps messages', () => {
  it('the agreement text carries the version the code records (change the text → raise both)', () => {
    expect(nl.agreement.version).toBe(AGREEMENT_VERSION);
    expect(en.agreement.version).toBe(AGREEMENT_VERSION);
  });
  it('names every status and stop reason', () => {
    for (const s of AMBASSADOR_STATUSES) expect(nl.status[s], s).toBeTruthy();
    for (const r of STOP_REASONS) expect(nl.stopReason[r], r).toBeTruthy();
  });
});
