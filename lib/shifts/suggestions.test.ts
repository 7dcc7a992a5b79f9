import { describe, expect, it } from 'vitest';
import { type Candidate, type SuggestionEvent, rankSuggestions, reasonsFor, sharesBackground } from './suggestions';

const MEERZICHT = 'wijk-meerzicht';
const PALENSTEIN = 'wijk-palenstein';

function person(name: string, p: Partial<Candidate> = {}): Candidate {
  return {
    id: `id-${name}`,
    displayName: name,
    status: 'active',
    languages: ['nl'],
    countryOfOrigin: null,
    hasChildren: false,
    neighbourhoodId: null,
    busy: false,
    ...p,
  };
}

const schoolInMeerzicht: SuggestionEvent = {
  kind: 'school',
  targetLanguages: ['ar', 'ber'],
  targetGroup: 'Marokkaanse moeders',
  neighbourhoodId: MEERZICHT,
};

const names = (event: SuggestionEvent, people: Candidate[]) => rankSuggestions(event, people).map((s) => s.displayName);

describe('rankSuggestions', () => {
  it('puts the ambassador who matches on language, background, children and wijk first, and says why', () => {
    const ranked = rankSuggestions(schoolInMeerzicht, [
      person('Li Wei', { languages: ['nl', 'zh'], countryOfOrigin: 'China', neighbourhoodId: PALENSTEIN }),
      person('Fatima', { languages: ['nl', 'ar', 'ber'], countryOfOrigin: 'Marokko', hasChildren: true, neighbourhoodId: MEERZICHT }),
      person('Samira', { languages: ['nl', 'ar'], countryOfOrigin: 'Syrië' }),
    ]);
    expect(ranked.map((s) => s.displayName)).toEqual(['Fatima', 'Samira', 'Li Wei']);
    expect(ranked[0]).toMatchObject({ reasons: ['language', 'background', 'children', 'wijk'], languages: ['ar', 'ber'] });
    expect(ranked[1]).toMatchObject({ reasons: ['language'], languages: ['ar'] });
    expect(ranked[2]!.reasons).toEqual([]);
  });

  it('ranks a shared language above having children or living in the wijk', () => {
    expect(
      names(schoolInMeerzicht, [
        person('Parent in the wijk', { hasChildren: true, neighbourhoodId: MEERZICHT }),
        person('Speaks Berber', { languages: ['nl', 'ber'] }),
      ]),
    ).toEqual(['Speaks Berber', 'Parent in the wijk']);
  });

  it('counts a shared background from the target group text, in Dutch or English, without accents mattering', () => {
    const event = { ...schoolInMeerzicht, targetLanguages: [], neighbourhoodId: null, kind: 'market' };
    expect(names({ ...event, targetGroup: 'Afghaanse gezinnen' }, [person('Other'), person('Ahmad', { countryOfOrigin: 'Afghanistan' })])).toEqual(['Ahmad', 'Other']);
    expect(sharesBackground('Somalië', 'Somalische en Eritrese moeders')).toBe(true);
    expect(sharesBackground('Eritrea', 'Somalische en Eritrese moeders')).toBe(true);
    expect(sharesBackground('Turkije', 'Turkish families')).toBe(true);
    expect(sharesBackground('Marokko', 'Marokkaans')).toBe(true);
    // Similar words of other origins do not count.
    expect(sharesBackground('Iran', 'Iraakse vrouwen')).toBe(false);
    expect(sharesBackground('Irak', 'Iraanse vrouwen')).toBe(false);
    expect(sharesBackground('Marokko', null)).toBe(false);
    expect(sharesBackground(null, 'Marokkaanse moeders')).toBe(false);
  });

  it('counts children only at school events', () => {
    const parent = person('Parent', { hasChildren: true });
    expect(reasonsFor(schoolInMeerzicht, parent).reasons).toEqual(['children']);
    expect(reasonsFor({ ...schoolInMeerzicht, kind: 'market' }, parent).reasons).toEqual([]);
  });

  it('counts the wijk only when the event has one', () => {
    const local = person('Local', { neighbourhoodId: MEERZICHT });
    expect(reasonsFor(schoolInMeerzicht, local).reasons).toContain('wijk');
    expect(reasonsFor({ ...schoolInMeerzicht, neighbourhoodId: null }, person('Nowhere')).reasons).not.toContain('wijk');
  });

  it('does not count Dutch as a matching language: everyone speaks it', () => {
    expect(reasonsFor({ ...schoolInMeerzicht, targetLanguages: ['nl'] }, person('Anyone')).reasons).not.toContain('language');
  });

  it('leaves out ambassadors who are busy at that dagdeel, and those who are not active', () => {
    const ranked = names(schoolInMeerzicht, [
      person('Busy Fatima', { languages: ['ar', 'ber'], countryOfOrigin: 'Marokko', hasChildren: true, neighbourhoodId: MEERZICHT, busy: true }),
      person('Stopped Khadija', { languages: ['ar', 'ber'], countryOfOrigin: 'Marokko', status: 'stopped' }),
      person('Candidate Rania', { languages: ['ar'], status: 'candidate' }),
      person('Free Samira', { languages: ['ar'] }),
    ]);
    expect(ranked).toEqual(['Free Samira']);
  });

  it('among equal matches, suggests who has fewer shifts first, then by name', () => {
    expect(
      names(schoolInMeerzicht, [
        person('Busy bee', { languages: ['ar'], load: 4 }),
        person('Zahra', { languages: ['ar'], load: 1 }),
        person('Amal', { languages: ['ar'], load: 1 }),
      ]),
    ).toEqual(['Amal', 'Zahra', 'Busy bee']);
  });
});
