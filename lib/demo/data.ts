/** Demo data drawn from the brief's figures (Zoetermeer pilot "Wijkgericht inburgeren", 2010). */

export const DEMO_PASSWORD = 'wijkwerf-demo';
/**
 * The demo's staff accounts (admin, coordinator, caseworker, coach) sign in with a second factor
 * like real staff: this TOTP secret is already enrolled for them. Add it to an authenticator app
 * (`npm run seed` prints it) or generate codes with otpauth; the browser tests do the latter.
 */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export const DEMO_ASSOCIATIONS = [
  { key: 'afghan', name: 'Afghaanse Vereniging Zoetermeer', community: 'Afghaans' },
  { key: 'turkish', name: 'Turks Cultureel Centrum Zoetermeer', community: 'Turks' },
  { key: 'eritrean', name: 'Eritrese Gemeenschap Zoetermeer', community: 'Eritrees' },
  { key: 'moroccan', name: 'Marokkaanse Vrouwenvereniging Meerzicht', community: 'Marokkaans' },
] as const;

/** 23 ambassadors of diverse origins; two stopped because they found paid work (brief). */
export const DEMO_AMBASSADORS: {
  name: string;
  languages: string[];
  origin: string;
  wijk: string;
  nt2: string;
  children: boolean;
  status: 'active' | 'stopped';
  stopReason?: string;
}[] = [
  { name: 'Fatima El Amrani', languages: ['nl', 'ar', 'ber'], origin: 'Marokko', wijk: 'meerzicht', nt2: 'B1', children: true, status: 'active' },
  { name: 'Ahmad Karimi', languages: ['nl', 'prs', 'fa'], origin: 'Afghanistan', wijk: 'meerzicht', nt2: 'A2', children: true, status: 'active' },
  { name: 'Ayşe Yılmaz', languages: ['nl', 'tr'], origin: 'Turkije', wijk: 'palenstein', nt2: 'B1', children: true, status: 'active' },
  { name: 'Semhar Tesfay', languages: ['nl', 'ti', 'ar'], origin: 'Eritrea', wijk: 'oosterheem', nt2: 'A2', children: true, status: 'active' },
  { name: 'Hodan Abdi', languages: ['nl', 'so'], origin: 'Somalië', wijk: 'buytenwegh', nt2: 'A2', children: true, status: 'active' },
  { name: 'Samira Haddad', languages: ['nl', 'ar'], origin: 'Syrië', wijk: 'seghwaert', nt2: 'B1', children: false, status: 'active' },
  { name: 'Mehmet Demir', languages: ['nl', 'tr', 'ku'], origin: 'Turkije', wijk: 'meerzicht', nt2: 'A2', children: true, status: 'active' },
  { name: 'Nadia Rahimi', languages: ['nl', 'prs', 'ps'], origin: 'Afghanistan', wijk: 'rokkeveen', nt2: 'A2', children: true, status: 'active' },
  { name: 'Li Wei', languages: ['nl', 'zh'], origin: 'China', wijk: 'centrum', nt2: 'B1', children: false, status: 'active' },
  { name: 'Agnieszka Nowak', languages: ['nl', 'pl'], origin: 'Polen', wijk: 'driemanspolder', nt2: 'B1', children: true, status: 'active' },
  { name: 'Yusuf Osman', languages: ['nl', 'ar', 'so'], origin: 'Soedan', wijk: 'noordhove', nt2: 'A2', children: false, status: 'active' },
  { name: 'Rania Mansour', languages: ['nl', 'ar'], origin: 'Irak', wijk: 'meerzicht', nt2: 'A2', children: true, status: 'active' },
  { name: 'Olena Kovalenko', languages: ['nl', 'uk', 'ru'], origin: 'Oekraïne', wijk: 'oosterheem', nt2: 'A2', children: true, status: 'active' },
  { name: 'Maria Santos', languages: ['nl', 'pt', 'es'], origin: 'Kaapverdië', wijk: 'dorp', nt2: 'B1', children: true, status: 'active' },
  { name: 'Karim Benali', languages: ['nl', 'ar', 'fr'], origin: 'Algerije', wijk: 'palenstein', nt2: 'B1', children: false, status: 'active' },
  { name: 'Zahra Hosseini', languages: ['nl', 'fa'], origin: 'Iran', wijk: 'seghwaert', nt2: 'B1', children: true, status: 'active' },
  { name: 'Senait Gebremedhin', languages: ['nl', 'ti'], origin: 'Eritrea', wijk: 'meerzicht', nt2: 'A2', children: true, status: 'active' },
  { name: 'Hatice Kaya', languages: ['nl', 'tr'], origin: 'Turkije', wijk: 'buytenwegh', nt2: 'A2', children: true, status: 'active' },
  { name: 'Bilal Hussain', languages: ['nl', 'ur', 'en'], origin: 'Pakistan', wijk: 'rokkeveen', nt2: 'B1', children: false, status: 'active' },
  { name: 'Ivana Petrova', languages: ['nl', 'bg', 'ru'], origin: 'Bulgarije', wijk: 'centrum', nt2: 'A2', children: false, status: 'active' },
  { name: 'Khadija Ouali', languages: ['nl', 'ber', 'ar'], origin: 'Marokko', wijk: 'meerzicht', nt2: 'A2', children: true, status: 'active' },
  { name: 'Farid Noori', languages: ['nl', 'prs'], origin: 'Afghanistan', wijk: 'noordhove', nt2: 'B1', children: true, status: 'stopped', stopReason: 'Betaald werk gevonden' },
  { name: 'Elena Popescu', languages: ['nl', 'ro'], origin: 'Roemenië', wijk: 'driemanspolder', nt2: 'B1', children: false, status: 'stopped', stopReason: 'Betaald werk gevonden' },
];

const FIRST = ['Amina', 'Omar', 'Leyla', 'Hassan', 'Mariam', 'Ali', 'Zeynep', 'Mustafa', 'Aisha', 'Tesfaye', 'Huda', 'Reza', 'Sara', 'Yonas', 'Fatma', 'Jamal', 'Parisa', 'Abdi', 'Nour', 'Emre', 'Salma', 'Gul', 'Dawit', 'Hiba', 'Kemal', 'Shirin', 'Ilham', 'Tariq', 'Marta', 'Oksana'];
const LAST = ['Ahmadi', 'Yıldız', 'Mohamed', 'Haile', 'Benali', 'Sahin', 'Rahman', 'Ali', 'Hassan', 'Mahmoud', 'Tekle', 'Nazari', 'Aydın', 'Farah', 'Bakr', 'Kowalski', 'Popa', 'Jafari', 'Said', 'Öztürk'];

/** Deterministic pseudo-random numbers so the demo looks the same on every machine. */
export function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function demoName(rand: () => number): string {
  return `${FIRST[Math.floor(rand() * FIRST.length)]} ${LAST[Math.floor(rand() * LAST.length)]}`;
}

/** Fictional Dutch mobile numbers in a block no real subscriber has in this demo (06 19xx xxxx). */
export function demoPhone(i: number): string {
  return `+31619${String(100000 + i).slice(-6)}`;
}
