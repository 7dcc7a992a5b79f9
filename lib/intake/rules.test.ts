import { describe, expect, it } from 'vitest';
import { checklistComplete, dagdeelOfTime, firstNameOf } from './rules';

describe('intake rules', () => {
  it('puts an appointment in the dagdeel an ambassador would claim', () => {
    expect(dagdeelOfTime('08:30')).toBe('morning');
    expect(dagdeelOfTime('12:45')).toBe('morning');
    expect(dagdeelOfTime('13:00')).toBe('afternoon');
    expect(dagdeelOfTime('17:59')).toBe('afternoon');
    expect(dagdeelOfTime('18:00')).toBe('evening');
  });

  it('is complete only with all four items', () => {
    expect(checklistComplete(['id', 'residencePermit', 'addressProof'])).toBe(false);
    expect(checklistComplete(['diplomas', 'addressProof', 'residencePermit', 'id'])).toBe(true);
  });

  it('shows an ambassador the first name only', () => {
    expect(firstNameOf('  Amina El Idrissi ')).toBe('Amina');
  });
});
