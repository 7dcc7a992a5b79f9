/**
 * Who to deploy on a shift. Pure (no I/O) so the ranking is unit-tested on its own; the data comes
 * from `shiftSuggestions` in ./queries.ts.
 *
 * The source's matching rule: deploy an ambassador with a similar (cultural) background; at
 * schools preferably an ambassador who has children. Ranked by:
 *   - language:   speaks one of the event's target languages (Dutch does not count: everyone speaks it)
 *   - background: the event's target group names the ambassador's country of origin or its people
 *   - children:   a school event and the ambassador has children
 *   - wijk:       lives in the event's neighbourhood
 * Only eligible ambassadors (lib/ambassadors/eligibility: active, VOG, …) who are free at the
 * shift's date and dagdeel, not absent that day and available on that weekday × dagdeel
 * (lib/availability; `shiftOffers` leaves the others out before ranking) are suggested; the event
 * page lists the others with the reason.
 */

export type Reason = 'language' | 'background' | 'children' | 'wijk';

export const REASON_WEIGHTS: Record<Reason, number> = { language: 4, background: 4, children: 2, wijk: 1 };

export interface SuggestionEvent {
  kind: string;
  targetLanguages: string[];
  targetGroup: string | null;
  neighbourhoodId: string | null;
}

export interface Candidate {
  id: string;
  displayName: string;
  status: string;
  languages: string[];
  countryOfOrigin: string | null;
  hasChildren: boolean;
  neighbourhoodId: string | null;
  /** Already has a shift at this date and dagdeel (any event), or is on this shift. */
  busy: boolean;
  /** Shifts in the weeks around this one: fewer comes first among equals (spreads the work). */
  load?: number;
}

export interface Suggestion {
  id: string;
  displayName: string;
  score: number;
  reasons: Reason[];
  /** The target languages this ambassador speaks (for the badge). */
  languages: string[];
}

/** Lower case, accents removed, only letters and spaces: "Somalië" → "somalie". */
export function normalize(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()} `;
}

/**
 * Countries of origin and the words for their people, in Dutch and English, so that a target group
 * like "Marokkaanse moeders" or "Afghan families" finds ambassadors from Marokko or Afghanistan.
 */
const ORIGINS: string[][] = [
  ['marokko', 'marokkaans', 'marokkaanse', 'marokkaan', 'marokkanen', 'morocco', 'moroccan', 'moroccans'],
  ['afghanistan', 'afghaans', 'afghaanse', 'afghaan', 'afghanen', 'afghan', 'afghans'],
  ['turkije', 'turks', 'turkse', 'turk', 'turken', 'turkey', 'turkish'],
  ['eritrea', 'eritrees', 'eritrese', 'eritreeer', 'eritreeers', 'eritrean', 'eritreans'],
  ['somalie', 'somalisch', 'somalische', 'somalier', 'somaliers', 'somalia', 'somali', 'somalis'],
  ['syrie', 'syrisch', 'syrische', 'syrier', 'syriers', 'syria', 'syrian', 'syrians'],
  ['irak', 'iraaks', 'iraakse', 'irakees', 'irakezen', 'iraq', 'iraqi', 'iraqis'],
  ['iran', 'iraans', 'iraanse', 'iranier', 'iraniers', 'perzisch', 'perzische', 'iranian', 'iranians', 'persian'],
  ['soedan', 'soedanees', 'soedanese', 'soedanezen', 'sudan', 'sudanese'],
  ['algerije', 'algerijns', 'algerijnse', 'algerijn', 'algerijnen', 'algeria', 'algerian', 'algerians'],
  ['china', 'chinees', 'chinese', 'chinezen'],
  ['polen', 'pools', 'poolse', 'pool', 'poland', 'polish', 'poles'],
  ['bulgarije', 'bulgaars', 'bulgaarse', 'bulgaar', 'bulgaren', 'bulgaria', 'bulgarian', 'bulgarians'],
  ['roemenie', 'roemeens', 'roemeense', 'roemeen', 'roemenen', 'romania', 'romanian', 'romanians'],
  ['oekraine', 'oekraiens', 'oekraiense', 'oekrainer', 'oekrainers', 'ukraine', 'ukrainian', 'ukrainians'],
  ['kaapverdie', 'kaapverdiaans', 'kaapverdiaanse', 'kaapverdiaan', 'kaapverdianen', 'cape verde', 'cape verdean', 'cape verdeans'],
  ['pakistan', 'pakistaans', 'pakistaanse', 'pakistaan', 'pakistanen', 'pakistani', 'pakistanis'],
  ['ethiopie', 'ethiopisch', 'ethiopische', 'ethiopier', 'ethiopiers', 'ethiopia', 'ethiopian', 'ethiopians'],
  ['suriname', 'surinaams', 'surinaamse', 'surinamer', 'surinamers', 'surinamese'],
  ['curacao', 'antillen', 'antilliaans', 'antilliaanse', 'antilliaan', 'antillianen', 'curacaos', 'curacaose', 'antillean', 'antilleans'],
  ['koerdistan', 'koerdisch', 'koerdische', 'koerd', 'koerden', 'kurdistan', 'kurdish', 'kurds'],
].map((terms) => terms.map((t) => normalize(t)));

/** The words that name an origin and its people (normalized, space-padded). */
function termsFor(origin: string): string[] {
  const o = normalize(origin);
  return ORIGINS.find((terms) => terms.includes(o)) ?? [o];
}

/** Does the target group text name the ambassador's country of origin or its people? */
export function sharesBackground(countryOfOrigin: string | null, targetGroup: string | null): boolean {
  if (!countryOfOrigin?.trim() || !targetGroup?.trim()) return false;
  const text = normalize(targetGroup);
  return termsFor(countryOfOrigin).some((term) => term.trim() !== '' && text.includes(term));
}

/** The reasons one candidate fits one event (no availability check). */
export function reasonsFor(event: SuggestionEvent, c: Candidate): { reasons: Reason[]; languages: string[] } {
  const wanted = event.targetLanguages.filter((l) => l !== 'nl');
  const languages = wanted.filter((l) => c.languages.includes(l));
  const reasons: Reason[] = [];
  if (languages.length) reasons.push('language');
  if (sharesBackground(c.countryOfOrigin, event.targetGroup)) reasons.push('background');
  if (event.kind === 'school' && c.hasChildren) reasons.push('children');
  if (event.neighbourhoodId && c.neighbourhoodId === event.neighbourhoodId) reasons.push('wijk');
  return { reasons, languages };
}

/**
 * Active, free ambassadors for a shift, best match first. Ties go to whoever has fewer shifts
 * (spreads the work), then by name.
 */
export function rankSuggestions(event: SuggestionEvent, candidates: Candidate[]): Suggestion[] {
  return candidates
    .filter((c) => c.status === 'active' && !c.busy)
    .map((c) => {
      const { reasons, languages } = reasonsFor(event, c);
      const score = reasons.reduce((s, r) => s + REASON_WEIGHTS[r], 0);
      return { id: c.id, displayName: c.displayName, score, reasons, languages, load: c.load ?? 0 };
    })
    .sort((a, b) => b.score - a.score || a.load - b.load || a.displayName.localeCompare(b.displayName, 'nl', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1))
    .map(({ load: _load, ...s }) => s);
}
