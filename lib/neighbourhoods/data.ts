/** Zoetermeer's wijken (brief, glossary). Loaded by migration 0001; kept here for tests and demo data. */
export const ZOETERMEER_WIJKEN = [
  { code: 'meerzicht', name: 'Meerzicht' },
  { code: 'buytenwegh', name: 'Buytenwegh' },
  { code: 'seghwaert', name: 'Seghwaert' },
  { code: 'rokkeveen', name: 'Rokkeveen' },
  { code: 'oosterheem', name: 'Oosterheem' },
  { code: 'palenstein', name: 'Palenstein' },
  { code: 'driemanspolder', name: 'Driemanspolder' },
  { code: 'noordhove', name: 'Noordhove' },
  { code: 'dorp', name: 'Dorp' },
  { code: 'centrum', name: 'Centrum' },
] as const;
