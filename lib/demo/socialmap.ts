import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  address,
  attribute,
  language,
  leads,
  location,
  neighbourhoods,
  organization,
  phone,
  referralEvents,
  referrals,
  schedule,
  service,
  service_at_location,
  service_neighbourhood,
  taxonomy,
  taxonomy_term,
  users,
} from '@/db/schema';

/**
 * Demo social map ("sociale kaart") of Zoetermeer: the theme taxonomy, about 60 fictional
 * services across all themes (addresses in Zoetermeer, 27xx postcodes; phones only in the
 * fictional 079 369 9xxx and 06 19xx xxxx blocks), weekly opening hours, languages, wijken, a
 * spread of verification dates (some stale), and a few demo referrals in several statuses.
 */

export const SOCIAL_MAP_TAXONOMY = 'Sociale kaart Zoetermeer';

export const SOCIAL_MAP_THEMES = [
  {
    code: 'geld',
    name: 'Geldzaken en schulden',
    subs: [
      { code: 'geld.schuldhulp', name: 'Schuldhulp' },
      { code: 'geld.administratie', name: 'Administratie en budget' },
      { code: 'geld.toeslagen', name: 'Toeslagen en regelingen' },
      { code: 'geld.voedsel', name: 'Voedsel en noodhulp' },
    ],
  },
  {
    code: 'wonen',
    name: 'Wonen',
    subs: [
      { code: 'wonen.huur', name: 'Huur en huurproblemen' },
      { code: 'wonen.zoeken', name: 'Woning zoeken' },
      { code: 'wonen.energie', name: 'Energie en woonlasten' },
    ],
  },
  {
    code: 'werk',
    name: 'Werk en opleiding',
    subs: [
      { code: 'werk.zoeken', name: 'Werk zoeken' },
      { code: 'werk.vrijwilligerswerk', name: 'Vrijwilligerswerk' },
      { code: 'werk.opleiding', name: 'Opleiding en diploma' },
    ],
  },
  {
    code: 'zorg',
    name: 'Zorg en gezondheid',
    subs: [
      { code: 'zorg.huisarts', name: 'Huisarts en gezondheid' },
      { code: 'zorg.psychisch', name: 'Psychische hulp' },
      { code: 'zorg.thuis', name: 'Zorg thuis en mantelzorg' },
      { code: 'zorg.verslaving', name: 'Verslaving' },
    ],
  },
  {
    code: 'gezin',
    name: 'Opvoeding en gezin',
    subs: [
      { code: 'gezin.jgz', name: 'Consultatiebureau en jeugdgezondheid' },
      { code: 'gezin.opvoeden', name: 'Hulp bij opvoeden' },
      { code: 'gezin.school', name: 'Kinderopvang en school' },
    ],
  },
  {
    code: 'taal',
    name: 'Taal en inburgering',
    subs: [
      { code: 'taal.lessen', name: 'Nederlandse les' },
      { code: 'taal.inburgering', name: 'Inburgering' },
      { code: 'taal.digitaal', name: 'Computer en digitale hulp' },
    ],
  },
  {
    code: 'recht',
    name: 'Juridische hulp',
    subs: [
      { code: 'recht.advies', name: 'Gratis juridisch advies' },
      { code: 'recht.verblijf', name: 'Verblijf en asiel' },
      { code: 'recht.werk', name: 'Arbeidsrecht en ontslag' },
    ],
  },
  {
    code: 'welzijn',
    name: 'Welzijn en ontmoeting',
    subs: [
      { code: 'welzijn.buurthuis', name: 'Buurthuis en ontmoeting' },
      { code: 'welzijn.eenzaamheid', name: 'Eenzaamheid' },
      { code: 'welzijn.sport', name: 'Sport en bewegen' },
    ],
  },
  {
    code: 'veilig',
    name: 'Veiligheid en huiselijk geweld',
    subs: [
      { code: 'veilig.huiselijk', name: 'Huiselijk geweld en kindermishandeling' },
      { code: 'veilig.slachtoffer', name: 'Slachtofferhulp' },
      { code: 'veilig.buurt', name: 'Veilige buurt' },
    ],
  },
] as const;

export type ThemeCode = (typeof SOCIAL_MAP_THEMES)[number]['code'] | (typeof SOCIAL_MAP_THEMES)[number]['subs'][number]['code'];
export const THEME_CODES: ThemeCode[] = SOCIAL_MAP_THEMES.flatMap((t) => [t.code, ...t.subs.map((s) => s.code)]);
export const THEME_NAMES: Record<ThemeCode, string> = Object.fromEntries(
  SOCIAL_MAP_THEMES.flatMap((t) => [[t.code, t.name], ...t.subs.map((s) => [s.code, s.name])]),
) as Record<ThemeCode, string>;

const ALL_WIJKEN = ['meerzicht', 'buytenwegh', 'seghwaert', 'rokkeveen', 'oosterheem', 'palenstein', 'driemanspolder', 'noordhove', 'dorp', 'centrum'] as const;
type Wijk = (typeof ALL_WIJKEN)[number];

/** Opening hours: [days, opens, closes]. */
type Hours = [string, string, string][];
const OFFICE: Hours = [['MO,TU,WE,TH,FR', '09:00', '17:00']];
const MORNINGS: Hours = [['MO,TU,WE,TH,FR', '09:00', '12:30']];

interface OrgSpec {
  key: string;
  name: string;
  description: string;
  website?: string;
  email?: string;
  street: string;
  postcode: string;
  wijk: Wijk;
  phone: string;
}

const ORGS: OrgSpec[] = [
  { key: 'schuldmaatje', name: 'Schuldhulpmaatje Zoetermeer', description: 'Vrijwilligers die mensen met geldzorgen en schulden helpen.', website: 'https://schuldhulpmaatje-zoetermeer.example', email: 'info@schuldhulpmaatje-zoetermeer.example', street: 'Meerzichtlaan 112', postcode: '2713 HE', wijk: 'meerzicht', phone: '079 369 9101' },
  { key: 'gemeente', name: 'Gemeente Zoetermeer (fictief loket)', description: 'Loket van de gemeente voor inkomen, schulden, wonen en zorg.', website: 'https://gemeente-zoetermeer.example', email: 'loket@gemeente-zoetermeer.example', street: 'Stadhuisplein 1', postcode: '2711 EC', wijk: 'centrum', phone: '079 369 9000' },
  { key: 'voedselbank', name: 'Voedselbank Zoetermeer (demo)', description: 'Voedselpakketten voor huishoudens die even niet rond kunnen komen.', website: 'https://voedselbank-zoetermeer.example', street: 'Bredewater 26', postcode: '2715 CA', wijk: 'rokkeveen', phone: '079 369 9120' },
  { key: 'formulierenbrigade', name: 'Formulierenbrigade Zoetermeer', description: 'Hulp bij formulieren, brieven en toeslagen.', street: 'Dorpsstraat 40', postcode: '2712 AK', wijk: 'dorp', phone: '079 369 9130' },
  { key: 'huurteam', name: 'Huurteam Zoetermeer', description: 'Gratis hulp voor huurders bij problemen met de huur, de verhuurder of onderhoud.', website: 'https://huurteam-zoetermeer.example', street: 'Amerikaweg 9', postcode: '2717 AT', wijk: 'palenstein', phone: '079 369 9140' },
  { key: 'woonstichting', name: 'Woonstichting De Meerhoeve', description: 'Verhuurder van sociale huurwoningen in Zoetermeer.', website: 'https://demeerhoeve.example', email: 'klant@demeerhoeve.example', street: 'Europaweg 150', postcode: '2711 ER', wijk: 'centrum', phone: '079 369 9150' },
  { key: 'energiecoach', name: 'Energiecoaches Zoetermeer', description: 'Vrijwillige energiecoaches helpen u energie en geld te besparen.', street: 'Seghwaert 18', postcode: '2716 GA', wijk: 'seghwaert', phone: '06 1901 2201' },
  { key: 'werkpunt', name: 'WerkPunt Zoetermeer', description: 'Hulp bij werk zoeken, solliciteren en een uitkering.', website: 'https://werkpunt-zoetermeer.example', street: 'Markt 12', postcode: '2711 CZ', wijk: 'centrum', phone: '079 369 9160' },
  { key: 'vrijwilligerscentrale', name: 'Vrijwilligerscentrale Zoetermeer', description: 'Bemiddeling naar vrijwilligerswerk in de stad.', website: 'https://vrijwilligerscentrale-zoetermeer.example', street: 'Osloweg 4', postcode: '2726 RT', wijk: 'oosterheem', phone: '079 369 9170' },
  { key: 'mbo', name: 'Vakschool Zoetermeer (demo)', description: 'Beroepsopleidingen en taal- en rekentrainingen voor volwassenen.', street: 'Brechtzijde 33', postcode: '2725 NB', wijk: 'oosterheem', phone: '079 369 9180' },
  { key: 'huisartsen', name: 'Gezondheidscentrum Meerzicht', description: 'Huisartsen, praktijkondersteuners en fysiotherapie onder één dak.', website: 'https://gc-meerzicht.example', street: 'Meerzichtlaan 60', postcode: '2713 HD', wijk: 'meerzicht', phone: '079 369 9200' },
  { key: 'ggz', name: 'GGZ Wijkteam Zoetermeer (demo)', description: 'Hulp bij psychische klachten, dichtbij huis.', street: 'Zwaardslootseweg 7', postcode: '2722 AA', wijk: 'palenstein', phone: '079 369 9210' },
  { key: 'mantelzorg', name: 'Steunpunt Mantelzorg Zoetermeer', description: 'Informatie, advies en ontspanning voor mantelzorgers.', street: 'Croesinckplein 2', postcode: '2722 EA', wijk: 'palenstein', phone: '079 369 9220' },
  { key: 'verslaving', name: 'Verslavingszorg Haaglanden (demo)', description: 'Anonieme hulp bij problemen met alcohol, drugs en gokken.', street: 'Oranjelaan 15', postcode: '2712 LG', wijk: 'noordhove', phone: '079 369 9230' },
  { key: 'cjg', name: 'Centrum voor Jeugd en Gezin Zoetermeer (demo)', description: 'Alle vragen over opgroeien en opvoeden.', website: 'https://cjg-zoetermeer.example', street: 'Van Leeuwenhoeklaan 3', postcode: '2713 RB', wijk: 'meerzicht', phone: '079 369 9240' },
  { key: 'consultatiebureau', name: 'Consultatiebureau Meerzicht', description: 'Jeugdgezondheidszorg voor kinderen van 0 tot 4 jaar.', street: 'Zoetermeerse Plas 5', postcode: '2713 PA', wijk: 'meerzicht', phone: '079 369 9250' },
  { key: 'kinderopvang', name: 'Kinderopvang De Vlinder', description: 'Kinderdagverblijf en peuteropvang.', street: 'Buytenwegh 77', postcode: '2718 KD', wijk: 'buytenwegh', phone: '079 369 9260' },
  { key: 'taalhuis', name: 'Taalhuis Zoetermeer (Bibliotheek)', description: 'Oefenen met Nederlands, lezen, schrijven en computer.', website: 'https://taalhuis-zoetermeer.example', street: 'Stadhuisplein 4', postcode: '2711 EC', wijk: 'centrum', phone: '079 369 9270' },
  { key: 'vluchtelingenwerk', name: 'VluchtelingenWerk Zoetermeer (demo)', description: 'Begeleiding van statushouders bij inburgering, wonen en werk.', street: 'Leidsewallen 62', postcode: '2712 LD', wijk: 'noordhove', phone: '079 369 9280' },
  { key: 'juridischloket', name: 'Juridisch Spreekuur Zoetermeer', description: 'Gratis juridisch advies door vrijwillige juristen.', street: 'Stadhuisplein 10', postcode: '2711 EC', wijk: 'centrum', phone: '079 369 9290' },
  { key: 'sociaaladvocaat', name: 'Advocatenkollektief Zoetermeer (demo)', description: 'Advocaten voor mensen met een laag inkomen (toevoeging).', street: 'Stationsplein 8', postcode: '2712 AB', wijk: 'dorp', phone: '079 369 9300' },
  { key: 'buurthuisstek', name: 'Buurthuis De Stek', description: 'Buurthuis in Meerzicht met koffie, activiteiten en spreekuren.', street: 'Aleidahof 9', postcode: '2713 BS', wijk: 'meerzicht', phone: '079 369 9310' },
  { key: 'buurthuiskern', name: 'Wijkcentrum De Kern', description: 'Ontmoetingsplek in Oosterheem voor jong en oud.', street: 'Van Doornenplantsoen 21', postcode: '2722 GK', wijk: 'oosterheem', phone: '079 369 9320' },
  { key: 'welzijn', name: 'Welzijnsstichting Zoetermeer Samen', description: 'Welzijnswerk, ouderenwerk en sociaal werk in alle wijken.', website: 'https://zoetermeersamen.example', street: 'Dorpsstraat 112', postcode: '2712 AM', wijk: 'dorp', phone: '079 369 9330' },
  { key: 'sport', name: 'Sportpunt Zoetermeer', description: 'Sport en bewegen voor iedereen, ook met een kleine beurs.', street: 'Van Stolberglaan 15', postcode: '2713 ES', wijk: 'meerzicht', phone: '079 369 9340' },
  { key: 'veiligthuis', name: 'Veilig Thuis Zoetermeer (demo)', description: 'Advies en meldpunt bij huiselijk geweld en kindermishandeling.', street: 'Europaweg 200', postcode: '2711 ES', wijk: 'centrum', phone: '079 369 9350' },
  { key: 'slachtofferhulp', name: 'Slachtofferhulp Zoetermeer (demo)', description: 'Praktische en emotionele steun na een misdrijf of ongeval.', street: 'Markt 30', postcode: '2711 DB', wijk: 'centrum', phone: '079 369 9360' },
  { key: 'buurtbemiddeling', name: 'Buurtbemiddeling Zoetermeer', description: 'Vrijwillige bemiddelaars bij ruzie met de buren.', street: 'Seghwaert 60', postcode: '2716 GC', wijk: 'seghwaert', phone: '06 1902 3301' },
  { key: 'moskee', name: 'Stichting Al-Amal Zoetermeer', description: 'Moskee en vrijwilligersorganisatie met spreekuren en huiswerkklas.', street: 'Australiëweg 5', postcode: '2717 AG', wijk: 'palenstein', phone: '06 1903 4401' },
  { key: 'kledingbank', name: 'Kledingbank Zoetermeer (demo)', description: 'Gratis kleding voor volwassenen en kinderen.', street: 'Koraalrood 3', postcode: '2718 SA', wijk: 'buytenwegh', phone: '06 1904 5501' },
];

interface ServiceSpec {
  org: string;
  name: string;
  description: string;
  themes: ThemeCode[];
  languages: string[];
  hours: Hours;
  wijken: readonly Wijk[] | 'all';
  status?: 'active' | 'inactive' | 'temporarily closed';
  apply?: string;
  fees?: string;
  eligibility?: string;
  phone?: string;
}

const NL_EN = ['nl', 'en'];
const S: ServiceSpec[] = [
  // Geldzaken en schulden
  { org: 'schuldmaatje', name: 'Schuldhulpmaatje: hulp bij schulden', description: 'Een getraind maatje helpt u bij schulden, betalingsachterstanden en post die u niet durft te openen. Samen maakt u een plan en een overzicht van uw schulden.', themes: ['geld.schuldhulp', 'geld.administratie'], languages: ['nl', 'en', 'ar', 'tr'], hours: [['MO,WE', '10:00', '16:00'], ['TH', '13:00', '20:00']], wijken: 'all', apply: 'Bel of meld u aan via de website. Binnen twee weken belt een maatje u terug.', eligibility: 'Voor iedereen in Zoetermeer met geldzorgen.' },
  { org: 'gemeente', name: 'Schuldhulpverlening gemeente', description: 'De gemeente helpt bij problematische schulden: een schuldregeling, budgetbeheer of bewindvoering. Ook bij een dreigende huisuitzetting of afsluiting van energie.', themes: ['geld.schuldhulp'], languages: NL_EN, hours: OFFICE, wijken: 'all', apply: 'Maak een afspraak bij het loket of bel het algemene nummer.', eligibility: 'Inwoners van Zoetermeer van 18 jaar en ouder.' },
  { org: 'gemeente', name: 'Bijzondere bijstand en minimaregelingen', description: 'Geld voor noodzakelijke kosten die u zelf niet kunt betalen, de Zoetermeerpas, en kwijtschelding van gemeentelijke belastingen bij een laag inkomen.', themes: ['geld.toeslagen'], languages: NL_EN, hours: OFFICE, wijken: 'all', eligibility: 'Bij een laag inkomen en weinig vermogen.' },
  { org: 'formulierenbrigade', name: 'Formulierenbrigade: hulp bij toeslagen en formulieren', description: 'Hulp bij het aanvragen van huurtoeslag, zorgtoeslag en kinderopvangtoeslag, bij de belastingaangifte en bij moeilijke brieven.', themes: ['geld.toeslagen', 'geld.administratie'], languages: ['nl', 'ar', 'tr', 'pl'], hours: [['TU,TH', '09:30', '12:30']], wijken: 'all', apply: 'Loop binnen tijdens het spreekuur. Neem uw DigiD en de brief mee.' },
  { org: 'formulierenbrigade', name: 'Thuisadministratie Meerzicht', description: 'Een vrijwilliger komt bij u thuis en helpt u uw administratie op orde te brengen: post sorteren, rekeningen betalen, toeslagen controleren.', themes: ['geld.administratie'], languages: ['nl', 'ar'], hours: [['MO,WE', '13:00', '16:00']], wijken: ['meerzicht', 'palenstein', 'buytenwegh'] },
  { org: 'voedselbank', name: 'Voedselpakket', description: 'Wekelijks een gratis voedselpakket voor huishoudens met een zeer laag inkomen of schulden. Een hulpverlener meldt u aan.', themes: ['geld.voedsel'], languages: ['nl', 'en', 'ar'], hours: [['FR', '13:00', '16:00']], wijken: 'all', eligibility: 'Na aanmelding door een hulpverlener; uw inkomen wordt getoetst.' },
  { org: 'kledingbank', name: 'Kledingbank', description: 'Gratis kleding en schoenen voor volwassenen en kinderen bij een laag inkomen of schulden.', themes: ['geld.voedsel'], languages: ['nl'], hours: [['WE', '10:00', '13:00'], ['SA', '10:00', '12:00']], wijken: 'all', apply: 'Kom langs met een verwijzing van een hulpverlener of ambassadeur.' },
  { org: 'welzijn', name: 'Geldcafé Buytenwegh', description: 'Elke week een inloop waar u vragen stelt over geld, rekeningen, toeslagen en sparen. Met koffie en zonder afspraak.', themes: ['geld.administratie', 'welzijn.buurthuis'], languages: ['nl', 'tr', 'so'], hours: [['TU', '13:30', '15:30']], wijken: ['buytenwegh', 'seghwaert', 'noordhove'] },
  { org: 'schuldmaatje', name: 'Budgetcursus Rondkomen', description: 'Cursus van vier avonden over geld: een budget maken, besparen en schulden voorkomen.', themes: ['geld.administratie'], languages: ['nl'], hours: [['TU', '19:00', '21:00']], wijken: 'all', status: 'temporarily closed', fees: 'Gratis.' },
  { org: 'moskee', name: 'Spreekuur geldzaken Al-Amal', description: 'Vrijwilligers helpen in het Arabisch en Nederlands met brieven, schulden en toeslagen.', themes: ['geld.administratie', 'geld.toeslagen'], languages: ['nl', 'ar', 'ber'], hours: [['SA', '11:00', '14:00']], wijken: ['palenstein', 'meerzicht'] },

  // Wonen
  { org: 'huurteam', name: 'Huurteam: hulp bij huur en verhuurder', description: 'Gratis advies bij een te hoge huur, achterstallig onderhoud, schimmel of problemen met de verhuurder. Het huurteam controleert ook uw servicekosten.', themes: ['wonen.huur'], languages: ['nl', 'en', 'pl'], hours: [['MO,TU,WE,TH', '09:00', '17:00']], wijken: 'all' },
  { org: 'woonstichting', name: 'Huurachterstand en betalingsregeling', description: 'Heeft u een huurachterstand? Neem snel contact op: samen maken we een betalingsregeling en voorkomen we huisuitzetting.', themes: ['wonen.huur', 'geld.schuldhulp'], languages: NL_EN, hours: OFFICE, wijken: 'all', eligibility: 'Voor huurders van De Meerhoeve.' },
  { org: 'woonstichting', name: 'Woningzoeken en urgentie', description: 'Uitleg over inschrijven voor een sociale huurwoning, wachttijd en urgentie.', themes: ['wonen.zoeken'], languages: NL_EN, hours: MORNINGS, wijken: 'all' },
  { org: 'gemeente', name: 'Wooncoach statushouders', description: 'Begeleiding bij uw eerste woning in Zoetermeer: huur, energie, afval en contact met de buren.', themes: ['wonen.zoeken', 'taal.inburgering'], languages: ['nl', 'ar', 'ti', 'prs'], hours: [['MO,WE,FR', '09:00', '13:00']], wijken: 'all' },
  { org: 'energiecoach', name: 'Energiecoach aan huis', description: 'Een energiecoach komt langs en geeft tips om energie te besparen en uw energierekening en woonlasten te verlagen. U krijgt gratis spullen zoals ledlampen.', themes: ['wonen.energie'], languages: ['nl', 'en', 'tr'], hours: [['MO,TU,WE,TH,FR', '09:00', '17:00'], ['SA', '10:00', '14:00']], wijken: 'all' },
  { org: 'gemeente', name: 'Energietoeslag en noodfonds energie', description: 'Hulp als u de energierekening niet kunt betalen, ook bij een dreigende afsluiting.', themes: ['wonen.energie', 'geld.toeslagen'], languages: NL_EN, hours: OFFICE, wijken: 'all', status: 'inactive' },
  { org: 'buurthuisstek', name: 'Woonspreekuur De Stek', description: 'Vragen over huur, huurtoeslag, reparaties of verhuizen? Elke woensdag spreekuur in Meerzicht.', themes: ['wonen.huur', 'geld.toeslagen'], languages: ['nl', 'ar', 'tr'], hours: [['WE', '09:30', '11:30']], wijken: ['meerzicht'] },

  // Werk en opleiding
  { org: 'werkpunt', name: 'WerkPunt: werk zoeken en solliciteren', description: 'Hulp bij het vinden van werk: cv maken, sollicitatiebrief, vacatures en oefenen met een gesprek.', themes: ['werk.zoeken'], languages: ['nl', 'en', 'ar'], hours: OFFICE, wijken: 'all' },
  { org: 'werkpunt', name: 'Werkcafé voor nieuwkomers', description: 'Elke week informatie over werken in Nederland, uw diploma laten waarderen en werken naast de inburgering.', themes: ['werk.zoeken', 'werk.opleiding'], languages: ['nl', 'ar', 'ti', 'prs', 'uk'], hours: [['TH', '13:00', '16:00']], wijken: 'all' },
  { org: 'gemeente', name: 'Uitkering aanvragen (bijstand)', description: 'Informatie en hulp bij het aanvragen van een bijstandsuitkering als u geen werk of inkomen heeft.', themes: ['werk.zoeken', 'geld.toeslagen'], languages: NL_EN, hours: OFFICE, wijken: 'all' },
  { org: 'vrijwilligerscentrale', name: 'Vrijwilligerswerk vinden', description: 'Wilt u vrijwilligerswerk doen, Nederlands oefenen en mensen leren kennen? Wij zoeken samen met u een plek.', themes: ['werk.vrijwilligerswerk'], languages: ['nl', 'en'], hours: [['MO,TU,WE,TH', '10:00', '15:00']], wijken: 'all' },
  { org: 'mbo', name: 'Beroepsopleiding voor volwassenen', description: 'Een mbo-opleiding in de zorg, techniek of logistiek, ook in deeltijd naast werk.', themes: ['werk.opleiding'], languages: ['nl'], hours: OFFICE, wijken: 'all', fees: 'Lesgeld volgens het mbo-tarief; soms vergoed door de gemeente.' },
  { org: 'mbo', name: 'Diploma laten waarderen', description: 'Uitleg over het laten waarderen van een buitenlands diploma en welke opleiding daarna past.', themes: ['werk.opleiding'], languages: NL_EN, hours: [['WE', '13:00', '17:00']], wijken: 'all' },
  { org: 'vluchtelingenwerk', name: 'Werkfit-traject statushouders', description: 'Een traject van zes maanden met werkervaring, coaching en taal op de werkvloer.', themes: ['werk.zoeken', 'taal.inburgering'], languages: ['nl', 'ar', 'ti', 'prs', 'so'], hours: OFFICE, wijken: 'all', status: 'inactive' },

  // Zorg en gezondheid
  { org: 'huisartsen', name: 'Huisartsenpraktijk Meerzicht', description: 'Huisarts voor patiënten uit Meerzicht en Palenstein. Ook de praktijkondersteuner voor diabetes, astma en psychische klachten.', themes: ['zorg.huisarts'], languages: ['nl', 'en', 'ar', 'tr'], hours: [['MO,TU,WE,TH,FR', '08:00', '17:00']], wijken: ['meerzicht', 'palenstein'] },
  { org: 'huisartsen', name: 'Fysiotherapie Meerzicht', description: 'Fysiotherapie bij rugklachten, nekklachten en na een operatie.', themes: ['zorg.huisarts'], languages: NL_EN, hours: [['MO,TU,WE,TH,FR', '08:00', '18:00']], wijken: ['meerzicht', 'palenstein', 'buytenwegh'], fees: 'Vergoed vanuit de aanvullende verzekering.' },
  { org: 'gemeente', name: 'Zorgverzekering en zorgkosten', description: 'Hulp bij het kiezen van een zorgverzekering, de gemeentepolis en zorgtoeslag.', themes: ['zorg.huisarts', 'geld.toeslagen'], languages: NL_EN, hours: MORNINGS, wijken: 'all' },
  { org: 'ggz', name: 'GGZ Wijkteam: hulp bij somberheid en stress', description: 'Praat met een psycholoog of verpleegkundige over somberheid, angst, stress of trauma. Ook voor vluchtelingen met nare ervaringen.', themes: ['zorg.psychisch'], languages: ['nl', 'en', 'ar', 'fa'], hours: OFFICE, wijken: 'all', apply: 'Via de huisarts of het wijkteam.' },
  { org: 'ggz', name: 'Lotgenotengroep rouw en verlies', description: 'Een groep voor mensen die iemand verloren hebben. Samen praten helpt.', themes: ['zorg.psychisch', 'welzijn.eenzaamheid'], languages: ['nl'], hours: [['TH', '19:30', '21:30']], wijken: 'all' },
  { org: 'mantelzorg', name: 'Steunpunt Mantelzorg', description: 'Zorgt u voor een ziek familielid? Wij geven advies, respijtzorg en een luisterend oor aan mantelzorgers.', themes: ['zorg.thuis'], languages: ['nl', 'tr'], hours: [['MO,TU,WE,TH', '09:00', '16:00']], wijken: 'all' },
  { org: 'gemeente', name: 'Wmo-loket: hulp thuis', description: 'Huishoudelijke hulp, hulpmiddelen of aanpassingen in huis als u dat zelf niet meer kunt.', themes: ['zorg.thuis'], languages: NL_EN, hours: OFFICE, wijken: 'all' },
  { org: 'verslaving', name: 'Anoniem spreekuur verslaving', description: 'Maakt u zich zorgen over alcohol, drugs, gokken of gamen, bij uzelf of iemand anders? Kom anoniem praten.', themes: ['zorg.verslaving'], languages: NL_EN, hours: [['TU', '14:00', '17:00'], ['TH', '18:00', '20:00']], wijken: 'all' },

  // Opvoeding en gezin
  { org: 'consultatiebureau', name: 'Consultatiebureau Meerzicht', description: 'Controle van groei en ontwikkeling van baby’s en peuters, vaccinaties, en vragen over voeding, slapen en opvoeding.', themes: ['gezin.jgz'], languages: ['nl', 'en', 'ar', 'ber'], hours: [['MO,TU,TH', '08:30', '16:30']], wijken: ['meerzicht', 'palenstein', 'buytenwegh'], fees: 'Gratis.' },
  { org: 'cjg', name: 'Opvoedspreekuur CJG', description: 'Vragen over opvoeding, pubers, ruzie thuis of school? Een opvoedadviseur denkt met u mee.', themes: ['gezin.opvoeden'], languages: ['nl', 'en', 'tr'], hours: [['MO,WE,FR', '09:00', '12:00']], wijken: 'all' },
  { org: 'cjg', name: 'Cursus Opvoeden in twee culturen', description: 'Een cursus voor ouders die opvoeden tussen twee culturen: grenzen stellen, praten met je kind en school.', themes: ['gezin.opvoeden'], languages: ['nl', 'ar', 'tr', 'so'], hours: [['TU', '09:30', '11:30']], wijken: ['meerzicht', 'oosterheem', 'palenstein'] },
  { org: 'cjg', name: 'Jeugdverpleegkundige op school', description: 'De jeugdverpleegkundige ziet kinderen op school en helpt bij vragen over gezondheid en opgroeien.', themes: ['gezin.jgz', 'gezin.school'], languages: NL_EN, hours: MORNINGS, wijken: 'all' },
  { org: 'kinderopvang', name: 'Peuteropvang De Vlinder', description: 'Peuteropvang voor kinderen van 2 tot 4 jaar, ook voor extra Nederlands voor de basisschool (VVE).', themes: ['gezin.school'], languages: ['nl'], hours: [['MO,TU,WE,TH,FR', '08:30', '12:30']], wijken: ['buytenwegh', 'seghwaert'], fees: 'Met kinderopvangtoeslag of een gemeentelijke bijdrage.' },
  { org: 'welzijn', name: 'Home-Start gezinsondersteuning', description: 'Een ervaren ouder komt één dagdeel per week bij u thuis en helpt bij de opvoeding en drukte in het gezin.', themes: ['gezin.opvoeden'], languages: ['nl', 'en', 'ar'], hours: OFFICE, wijken: 'all' },
  { org: 'moskee', name: 'Huiswerkklas Al-Amal', description: 'Huiswerkbegeleiding voor kinderen van groep 6 tot de brugklas.', themes: ['gezin.school'], languages: ['nl', 'ar'], hours: [['MO,WE', '15:30', '17:30']], wijken: ['palenstein', 'meerzicht', 'seghwaert'] },

  // Taal en inburgering
  { org: 'taalhuis', name: 'Taalhuis: Nederlands oefenen', description: 'Gratis oefenen met Nederlands praten, lezen en schrijven, met een taalmaatje of in een groep.', themes: ['taal.lessen'], languages: ['nl'], hours: [['MO,TU,WE,TH,FR', '10:00', '17:00'], ['SA', '10:00', '13:00']], wijken: 'all' },
  { org: 'taalhuis', name: 'Digitaal Hulpplein', description: 'Hulp met de computer, DigiD, e-mail en online formulieren van de overheid.', themes: ['taal.digitaal'], languages: ['nl', 'en'], hours: [['TU,TH', '10:00', '12:00']], wijken: 'all' },
  { org: 'taalhuis', name: 'Taalcafé Meerzicht', description: 'Elke week een taalcafé om Nederlands te spreken met buren en vrijwilligers.', themes: ['taal.lessen', 'welzijn.buurthuis'], languages: ['nl'], hours: [['FR', '10:00', '11:30']], wijken: ['meerzicht'] },
  { org: 'vluchtelingenwerk', name: 'Begeleiding inburgering', description: 'Uitleg over de inburgering, de brede intake en het persoonlijk plan (PIP), en hulp bij contact met de gemeente.', themes: ['taal.inburgering'], languages: ['nl', 'ar', 'ti', 'prs', 'so', 'uk'], hours: OFFICE, wijken: 'all' },
  { org: 'gemeente', name: 'Vrijwillige inburgering', description: 'Wilt u Nederlands leren terwijl u niet hoeft in te burgeren? De gemeente helpt u een taalcursus te vinden.', themes: ['taal.inburgering', 'taal.lessen'], languages: ['nl', 'ar', 'tr', 'prs'], hours: OFFICE, wijken: 'all' },
  { org: 'mbo', name: 'NT2 avondcursus', description: 'Nederlands als tweede taal in de avond, van A1 tot B1.', themes: ['taal.lessen'], languages: ['nl'], hours: [['MO,WE', '19:00', '21:30']], wijken: 'all', fees: 'EUR 150 per cursus; korting met de Zoetermeerpas.' },

  // Juridische hulp
  { org: 'juridischloket', name: 'Gratis juridisch spreekuur', description: 'Vragen over een boete, ontslag, huur, scheiding of een conflict met een bedrijf? Vrijwillige juristen geven gratis advies.', themes: ['recht.advies', 'recht.werk'], languages: ['nl', 'en'], hours: [['TU', '18:30', '20:30'], ['SA', '10:00', '12:00']], wijken: 'all' },
  { org: 'sociaaladvocaat', name: 'Sociaal advocaat', description: 'Advocaten voor mensen met een laag inkomen, bijvoorbeeld bij huisuitzetting, uitkering of vreemdelingenrecht.', themes: ['recht.advies', 'recht.verblijf'], languages: ['nl', 'en', 'fr'], hours: OFFICE, wijken: 'all', fees: 'Eigen bijdrage volgens uw inkomen.' },
  { org: 'vluchtelingenwerk', name: 'Spreekuur verblijf en gezinshereniging', description: 'Hulp bij vragen over uw verblijfsvergunning, naturalisatie en gezinshereniging.', themes: ['recht.verblijf'], languages: ['nl', 'ar', 'ti', 'prs'], hours: [['WE', '13:00', '16:00']], wijken: 'all' },
  { org: 'werkpunt', name: 'Spreekuur arbeidsrecht', description: 'Wordt u niet betaald, of dreigt ontslag? Wij leggen uw rechten als werknemer uit.', themes: ['recht.werk'], languages: ['nl', 'pl', 'en'], hours: [['TH', '16:00', '18:00']], wijken: 'all', status: 'temporarily closed' },

  // Welzijn en ontmoeting
  { org: 'buurthuisstek', name: 'Buurthuis De Stek: inloop en koffie', description: 'Kom binnen voor koffie, een praatje en activiteiten zoals koken, naailes en een vrouwengroep.', themes: ['welzijn.buurthuis'], languages: ['nl', 'ar', 'tr'], hours: [['MO,TU,WE,TH,FR', '09:00', '17:00']], wijken: ['meerzicht', 'palenstein'] },
  { org: 'buurthuiskern', name: 'Wijkcentrum De Kern: activiteiten', description: 'Activiteiten voor jong en oud: spelletjes, kookclub, jongerenavond en een repaircafé.', themes: ['welzijn.buurthuis'], languages: ['nl'], hours: [['MO,TU,WE,TH,FR', '09:00', '22:00']], wijken: ['oosterheem', 'rokkeveen'] },
  { org: 'welzijn', name: 'Ouderenadviseur', description: 'Advies voor 65-plussers over wonen, zorg, geld en eenzaamheid. De adviseur komt ook thuis.', themes: ['welzijn.eenzaamheid', 'zorg.thuis'], languages: NL_EN, hours: OFFICE, wijken: 'all' },
  { org: 'welzijn', name: 'Maatjesproject tegen eenzaamheid', description: 'Voelt u zich alleen? Een vrijwilliger komt regelmatig bij u op bezoek voor een wandeling of een praatje.', themes: ['welzijn.eenzaamheid'], languages: ['nl', 'tr', 'ar'], hours: [['MO,TU,WE,TH', '09:00', '16:00']], wijken: 'all' },
  { org: 'sport', name: 'Sportpunt: sporten met korting', description: 'Sport voor volwassenen en kinderen, met korting via de Zoetermeerpas of het Jeugdfonds.', themes: ['welzijn.sport'], languages: ['nl', 'en'], hours: [['MO,TU,WE,TH,FR', '09:00', '17:00']], wijken: 'all' },
  { org: 'sport', name: 'Vrouwen zwemmen Palenstein', description: 'Zwemles en vrij zwemmen alleen voor vrouwen, met vrouwelijke badmeesters.', themes: ['welzijn.sport'], languages: ['nl', 'ar', 'tr'], hours: [['SU', '09:00', '11:00']], wijken: ['palenstein', 'meerzicht', 'oosterheem'], fees: 'EUR 3 per keer.' },
  { org: 'welzijn', name: 'Buurtkamer Driemanspolder', description: 'Een huiskamer in de wijk om buren te ontmoeten, met een maaltijd op vrijdag.', themes: ['welzijn.buurthuis', 'welzijn.eenzaamheid'], languages: ['nl'], hours: [['WE,FR', '10:00', '14:00']], wijken: ['driemanspolder', 'rokkeveen'], status: 'inactive' },

  // Veiligheid en huiselijk geweld
  { org: 'veiligthuis', name: 'Veilig Thuis: advies bij huiselijk geweld', description: 'Advies en hulp bij huiselijk geweld, kindermishandeling en ouderenmishandeling. Ook als u twijfelt of zich zorgen maakt.', themes: ['veilig.huiselijk'], languages: ['nl', 'en', 'ar', 'tr'], hours: [['MO,TU,WE,TH,FR,SA,SU', '00:00', '23:59']], wijken: 'all', apply: 'Bel dag en nacht. Bij direct gevaar: bel 112.' },
  { org: 'welzijn', name: 'Vrouwengroep Sterk Staan', description: 'Een veilige groep voor vrouwen over relaties, grenzen en je eigen keuzes maken.', themes: ['veilig.huiselijk', 'welzijn.buurthuis'], languages: ['nl', 'ar', 'so', 'ti'], hours: [['TH', '10:00', '12:00']], wijken: ['meerzicht', 'palenstein', 'oosterheem'] },
  { org: 'slachtofferhulp', name: 'Slachtofferhulp', description: 'Steun na een inbraak, overval, geweld of verkeersongeluk: praktisch, juridisch en emotioneel.', themes: ['veilig.slachtoffer'], languages: NL_EN, hours: [['MO,TU,WE,TH,FR', '08:00', '20:00']], wijken: 'all' },
  { org: 'buurtbemiddeling', name: 'Buurtbemiddeling', description: 'Ruzie of overlast met de buren? Twee vrijwillige bemiddelaars helpen u samen een oplossing te vinden.', themes: ['veilig.buurt', 'wonen.huur'], languages: ['nl'], hours: [['MO,TU,WE,TH', '09:00', '17:00']], wijken: 'all' },
  { org: 'gemeente', name: 'Wijkagent en wijkboa-spreekuur', description: 'Spreekuur van de wijkagent en de wijkboa over veiligheid, overlast en criminaliteit in de buurt.', themes: ['veilig.buurt'], languages: ['nl'], hours: [['WE', '18:30', '19:30']], wijken: ['meerzicht', 'palenstein', 'seghwaert', 'centrum'] },
];

export const DEMO_SERVICE_COUNT = S.length;

/** "079 369 9101" → "+31793699101"; "06 1901 2201" → "+31619012201". */
function e164(nl: string): string {
  return `+31${nl.replace(/\s/g, '').slice(1)}`;
}

/**
 * Loads the taxonomy and the demo services. Demo referrals are added when the demo accounts
 * exist (ambassador@wijkwerf.test with their leads, caseworker and coordinator).
 */
export async function seedSocialMap(tx: DbOrTx, now = new Date()): Promise<void> {
  const day = 24 * 3600 * 1000;
  const wijkRows = await tx.select({ id: neighbourhoods.id, code: neighbourhoods.code }).from(neighbourhoods);
  const wijkId = new Map(wijkRows.map((w) => [w.code, w.id]));

  // Taxonomy and terms.
  const [tax] = await tx
    .insert(taxonomy)
    .values({ name: SOCIAL_MAP_TAXONOMY, description: 'Thema’s van de sociale kaart van Zoetermeer, voor ambassadeurs en medewerkers.', version: '1' })
    .returning({ id: taxonomy.id });
  const termId = new Map<string, string>();
  const parents = await tx
    .insert(taxonomy_term)
    .values(SOCIAL_MAP_THEMES.map((t) => ({ code: t.code, name: t.name, description: t.name, taxonomy: SOCIAL_MAP_TAXONOMY, taxonomy_id: tax!.id, language: 'nl' })))
    .returning({ id: taxonomy_term.id, code: taxonomy_term.code });
  for (const p of parents) termId.set(p.code!, p.id);
  const subs = await tx
    .insert(taxonomy_term)
    .values(
      SOCIAL_MAP_THEMES.flatMap((t) =>
        t.subs.map((s) => ({ code: s.code, name: s.name, description: s.name, parent_id: termId.get(t.code)!, taxonomy: SOCIAL_MAP_TAXONOMY, taxonomy_id: tax!.id, language: 'nl' })),
      ),
    )
    .returning({ id: taxonomy_term.id, code: taxonomy_term.code });
  for (const s of subs) termId.set(s.code!, s.id);

  // Organisations, each with one location, address and phone.
  const orgRows = await tx
    .insert(organization)
    .values(ORGS.map((o) => ({ name: o.name, description: o.description, website: o.website ?? null, email: o.email ?? null })))
    .returning({ id: organization.id });
  const orgId = new Map(ORGS.map((o, i) => [o.key, orgRows[i]!.id]));
  const locRows = await tx
    .insert(location)
    .values(ORGS.map((o, i) => ({ organization_id: orgRows[i]!.id, name: o.name, neighbourhood_id: wijkId.get(o.wijk) ?? null, transportation: 'Bus of RandstadRail, halte in de buurt.' })))
    .returning({ id: location.id });
  const locId = new Map(ORGS.map((o, i) => [o.key, locRows[i]!.id]));
  await tx.insert(address).values(
    ORGS.map((o, i) => ({ location_id: locRows[i]!.id, address_1: o.street, city: 'Zoetermeer', state_province: 'Zuid-Holland', postal_code: o.postcode, country: 'NL' })),
  );
  await tx.insert(phone).values(ORGS.map((o, i) => ({ organization_id: orgRows[i]!.id, number: e164(o.phone), type: o.phone.startsWith('06') ? 'cell' : 'voice' })));

  // Services: verified 0–18 months ago (about one in three more than 12 months ago: stale).
  const svcRows = await tx
    .insert(service)
    .values(
      S.map((s, i) => ({
        organization_id: orgId.get(s.org)!,
        name: s.name,
        description: s.description,
        status: s.status ?? 'active',
        application_process: s.apply ?? 'Bel of loop binnen tijdens de openingstijden. Een ambassadeur mag met u meegaan.',
        fees_description: s.fees ?? 'Gratis.',
        eligibility_description: s.eligibility ?? 'Voor alle inwoners van Zoetermeer.',
        interpretation_services: s.languages.length > 2 ? 'Medewerkers spreken de genoemde talen; anders met een tolk via de telefoon.' : null,
        assured_date: new Date(now.getTime() - ((i * 47) % 545) * day).toISOString().slice(0, 10),
        assurer_email: 'socialekaart@gemeente-zoetermeer.example',
        email: ORGS.find((o) => o.key === s.org)!.email ?? null,
        referral_email: ORGS.find((o) => o.key === s.org)!.email ?? null,
        url: ORGS.find((o) => o.key === s.org)!.website ?? null,
        last_modified: new Date(now.getTime() - ((i * 47) % 545) * day),
      })),
    )
    .returning({ id: service.id });
  const svc = (name: string) => svcRows[S.findIndex((s) => s.name === name)]!.id;

  await tx.insert(service_at_location).values(S.map((s, i) => ({ service_id: svcRows[i]!.id, location_id: locId.get(s.org)! })));
  await tx.insert(attribute).values(
    S.flatMap((s, i) => s.themes.map((code) => ({ link_id: svcRows[i]!.id, link_entity: 'service', link_type: 'theme', taxonomy_term_id: termId.get(code)! }))),
  );
  await tx.insert(language).values(S.flatMap((s, i) => s.languages.map((code) => ({ service_id: svcRows[i]!.id, code }))));
  await tx.insert(schedule).values(
    S.flatMap((s, i) => s.hours.map(([byday, opens, closes]) => ({ service_id: svcRows[i]!.id, freq: 'WEEKLY', byday, opens_at: opens, closes_at: closes }))),
  );
  await tx.insert(service_neighbourhood).values(
    S.flatMap((s, i) => (s.wijken === 'all' ? ALL_WIJKEN : s.wijken).filter((w) => wijkId.has(w)).map((w) => ({ service_id: svcRows[i]!.id, neighbourhood_id: wijkId.get(w)! }))),
  );
  // A few services have a direct number of their own (fictional 06 19xx block).
  await tx.insert(phone).values([
    { service_id: svc('Schuldhulpmaatje: hulp bij schulden'), number: '+31619050101', type: 'cell', description: 'WhatsApp en bellen' },
    { service_id: svc('Energiecoach aan huis'), number: '+31619050102', type: 'cell' },
    { service_id: svc('Veilig Thuis: advies bij huiselijk geweld'), number: '+31793699351', type: 'voice', description: 'Dag en nacht bereikbaar' },
  ]);

  // Demo referrals (only when the demo accounts exist).
  const byEmail = async (email: string) => (await tx.select({ id: users.id, ambassadorId: users.ambassadorId }).from(users).where(eq(users.email, email)))[0];
  const amb = await byEmail('ambassador@wijkwerf.test');
  const cw = await byEmail('caseworker@wijkwerf.test');
  const co = await byEmail('coordinator@wijkwerf.test');
  if (!amb || !cw || !co) return;
  const ownLeads = amb.ambassadorId
    ? await tx
        .select({ id: leads.id, neighbourhoodId: leads.neighbourhoodId })
        .from(leads)
        .where(and(eq(leads.recruitedByAmbassadorId, amb.ambassadorId), isNull(leads.mergedIntoId)))
        .orderBy(asc(leads.createdAt))
        .limit(2)
    : [];
  type Step = { to: 'sent' | 'in_contact' | 'helped' | 'not_helped' | 'not_interested' | 'expired'; by: string | null; daysAgo: number; note?: string };
  const demo: { by: string; service: string; theme: ThemeCode; lead?: { id: string; neighbourhoodId: string | null }; person?: [string, string]; wijk: Wijk; pref: 'phone' | 'whatsapp' | 'sms' | 'in_person'; steps: Step[] }[] = [
    { by: amb.id, service: 'Schuldhulpmaatje: hulp bij schulden', theme: 'geld.schuldhulp', lead: ownLeads[0], person: ownLeads[0] ? undefined : ['Amina', '+31619980001'], wijk: 'meerzicht', pref: 'whatsapp', steps: [{ to: 'sent', by: amb.id, daysAgo: 12 }, { to: 'in_contact', by: cw.id, daysAgo: 6, note: 'Eerste gesprek met maatje gepland.' }] },
    { by: amb.id, service: 'Consultatiebureau Meerzicht', theme: 'gezin.jgz', person: ['Samira', '+31619980002'], wijk: 'meerzicht', pref: 'phone', steps: [{ to: 'sent', by: amb.id, daysAgo: 24 }, { to: 'in_contact', by: cw.id, daysAgo: 20 }, { to: 'helped', by: cw.id, daysAgo: 9, note: 'Afspraak gehad, kind is ingeschreven.' }] },
    { by: amb.id, service: 'Gratis juridisch spreekuur', theme: 'recht.advies', person: ['Yusuf', '+31619980003'], wijk: 'palenstein', pref: 'phone', steps: [{ to: 'sent', by: amb.id, daysAgo: 3 }] },
    { by: amb.id, service: 'Voedselpakket', theme: 'geld.voedsel', lead: ownLeads[1], person: ownLeads[1] ? undefined : ['Hiba', '+31619980004'], wijk: 'meerzicht', pref: 'in_person', steps: [{ to: 'sent', by: amb.id, daysAgo: 52 }, { to: 'expired', by: null, daysAgo: 22 }] },
    { by: cw.id, service: 'Taalhuis: Nederlands oefenen', theme: 'taal.lessen', person: ['Olena', '+31619980005'], wijk: 'oosterheem', pref: 'sms', steps: [{ to: 'sent', by: cw.id, daysAgo: 30 }, { to: 'not_helped', by: cw.id, daysAgo: 14, note: 'Wachtlijst voor een taalmaatje tot na de zomer.' }] },
    { by: co.id, service: 'Huurteam: hulp bij huur en verhuurder', theme: 'wonen.huur', person: ['Ahmed', '+31619980006'], wijk: 'palenstein', pref: 'phone', steps: [{ to: 'sent', by: co.id, daysAgo: 18 }, { to: 'not_interested', by: co.id, daysAgo: 10, note: 'Heeft het zelf met de verhuurder opgelost.' }] },
    { by: cw.id, service: 'WerkPunt: werk zoeken en solliciteren', theme: 'werk.zoeken', person: ['Tesfaye', '+31619980007'], wijk: 'buytenwegh', pref: 'whatsapp', steps: [{ to: 'sent', by: cw.id, daysAgo: 8 }] },
    { by: co.id, service: 'Formulierenbrigade: hulp bij toeslagen en formulieren', theme: 'geld.toeslagen', person: ['Mariam', '+31619980008'], wijk: 'meerzicht', pref: 'phone', steps: [{ to: 'sent', by: co.id, daysAgo: 5 }, { to: 'in_contact', by: cw.id, daysAgo: 2 }] },
  ];
  for (const d of demo) {
    const first = d.steps[0]!;
    const last = d.steps[d.steps.length - 1]!;
    const at = (n: number) => new Date(now.getTime() - n * day);
    const [r] = await tx
      .insert(referrals)
      .values({
        service_id: svc(d.service),
        lead_id: d.lead?.id ?? null,
        first_name: d.lead ? null : d.person![0],
        phone: d.lead ? null : d.person![1],
        consent_at: at(first.daysAgo),
        referred_by_user_id: d.by,
        taxonomy_term_id: termId.get(d.theme)!,
        neighbourhood_id: d.lead?.neighbourhoodId ?? wijkId.get(d.wijk) ?? null,
        contact_preference: d.pref,
        status: last.to,
        status_reason: last.to === 'not_helped' || last.to === 'not_interested' ? (last.note ?? null) : null,
        last_update_at: at(last.daysAgo),
        created_at: at(first.daysAgo),
      })
      .returning({ id: referrals.id });
    await tx.insert(referralEvents).values(
      d.steps.map((s, i) => ({ referral_id: r!.id, from_status: i === 0 ? null : d.steps[i - 1]!.to, to_status: s.to, actor_user_id: s.by, note: s.note ?? null, created_at: at(s.daysAgo) })),
    );
  }
}
