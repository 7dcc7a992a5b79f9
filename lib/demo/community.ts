import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  associations,
  keyFigures,
  languageProviders,
  leadEvents,
  leads,
  neighbourhoods,
  networkContacts,
  networkOrganisations,
  signalLeads,
  signalReplies,
  signals,
  users,
} from '@/db/schema';
import { sqlInAmsterdam, todayLocal } from '@/lib/dates';
import type { LeadStatus } from '@/lib/leads/journey/steps';
import { DEMO_ASSOCIATIONS, prng } from './data';

/** The source's Afghan figures: 62 Afghans received an offer in total, 13 of them in 2010. */
export const AFGHAN_OFFERS_TOTAL = 62;
export const AFGHAN_OFFERS_2010 = 13;

type AssocKey = (typeof DEMO_ASSOCIATIONS)[number]['key'];

/** Contact details, subsidy note and key figures per demo association (fictional; phones in the 06 19xx block). */
const DETAILS: Record<
  AssocKey,
  { contactPerson: string; contactPhone: string; contactEmail: string; subsidyNote: string; keyFigures: { name: string; role: string; phone: string; email?: string }[] }
> = {
  afghan: {
    contactPerson: 'Wahid Popal',
    contactPhone: '06 1900 1001',
    contactEmail: 'bestuur@afghaanse-vereniging.test',
    subsidyNote: 'Kleine subsidie van de gemeente voor activiteiten en zaalhuur (2010: EUR 2.500). Geeft gegevens van mogelijke deelnemers door aan de projectmedewerker.',
    keyFigures: [
      { name: 'Zarmina Hashimi', role: 'Voorzitter vrouwengroep', phone: '06 1900 1011', email: 'zarmina@afghaanse-vereniging.test' },
      { name: 'Abdul Rahim Safi', role: 'Imam en vertrouwenspersoon', phone: '06 1900 1012' },
      { name: 'Nadia Wardak', role: 'Huiswerkbegeleiding kinderen', phone: '06 1900 1013', email: 'nadia@afghaanse-vereniging.test' },
    ],
  },
  turkish: {
    contactPerson: 'Selin Arslan',
    contactPhone: '06 1900 2001',
    contactEmail: 'info@turks-centrum.test',
    subsidyNote: 'Subsidie voor het ontmoetingscentrum; geeft signalen door over de gemeenschap.',
    keyFigures: [
      { name: 'Hatice Demir', role: 'Coördinator vrouwenochtend', phone: '06 1900 2011', email: 'hatice@turks-centrum.test' },
      { name: 'Murat Koç', role: 'Bestuurslid jongeren', phone: '06 1900 2012' },
    ],
  },
  eritrean: {
    contactPerson: 'Tesfay Gebremedhin',
    contactPhone: '06 1900 3001',
    contactEmail: 'contact@eritrese-gemeenschap.test',
    subsidyNote: 'Geen vaste subsidie; eenmalige bijdrage voor de voorlichtingsavond.',
    keyFigures: [
      { name: 'Saba Tesfamariam', role: 'Tolk en sleutelfiguur nieuwkomers', phone: '06 1900 3011' },
      { name: 'Yohannes Kidane', role: 'Kerkbestuur', phone: '06 1900 3012', email: 'yohannes@eritrese-gemeenschap.test' },
    ],
  },
  moroccan: {
    contactPerson: 'Khadija Bouzid',
    contactPhone: '06 1900 4001',
    contactEmail: 'vrouwen@meerzicht-vereniging.test',
    subsidyNote: 'Kleine subsidie voor de wekelijkse vrouwenochtend in het buurthuis.',
    keyFigures: [
      { name: 'Fatiha El Idrissi', role: 'Voorzitter', phone: '06 1900 4011', email: 'fatiha@meerzicht-vereniging.test' },
      { name: 'Naima Azzouz', role: 'Contact met de basisscholen', phone: '06 1900 4012' },
    ],
  },
};

const AFGHAN_FIRST = ['Mariam', 'Hamid', 'Zahra', 'Nasrin', 'Karim', 'Shafiq', 'Laila', 'Rahima', 'Omid', 'Parwana', 'Sakina', 'Habib', 'Najiba', 'Wali', 'Fereshta', 'Jawad', 'Roya', 'Masood'];
const AFGHAN_LAST = ['Ahmadi', 'Hashimi', 'Karimi', 'Noori', 'Rahimi', 'Sultani', 'Safi', 'Wardak', 'Azizi', 'Haidari', 'Stanekzai', 'Amiri', 'Sharifi'];

const DAY = 24 * 3600 * 1000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
/** A calendar day `n` days before `today` (both YYYY-MM-DD). */
const daysBefore = (today: string, n: number) => iso(new Date(Date.parse(`${today}T00:00:00Z`) - n * DAY));

/**
 * Community demo data, on top of seedDemo: the associations' contact details, key figures and
 * subsidy notes; the Afghan association's offers as in the source (62 in total, 13 of them in
 * 2010: it counts what the main seed created and adds only the difference); signals with
 * replies; the network organisations with a contact log (some recent, some overdue, some never
 * contacted). Runs once: a database that already has network organisations is left alone.
 */
export async function seedCommunity(tx: DbOrTx, now: Date): Promise<void> {
  const [{ n: orgCount }] = (await tx.select({ n: count() }).from(networkOrganisations)) as [{ n: number }];
  if (orgCount > 0) return;
  const assocRows = await tx.select({ id: associations.id, name: associations.name }).from(associations);
  const assocId = (key: AssocKey) => assocRows.find((a) => a.name === DEMO_ASSOCIATIONS.find((d) => d.key === key)!.name)?.id;
  const afghanId = assocId('afghan');
  if (!afghanId) return; // not the demo database
  const rand = prng(62);
  const today = todayLocal(now);
  const userRows = await tx.select({ id: users.id, email: users.email }).from(users);
  const userId = (email: string) => userRows.find((u) => u.email === email)?.id ?? null;
  const coordinatorId = userId('coordinator@wijkwerf.test');
  const caseworkerId = userId('caseworker@wijkwerf.test');
  const wijken = await tx.select({ id: neighbourhoods.id, code: neighbourhoods.code }).from(neighbourhoods);
  const wijkId = (code: string) => wijken.find((w) => w.code === code)?.id ?? null;

  // 1. Associations: contact details, subsidy notes and key figures.
  for (const d of DEMO_ASSOCIATIONS) {
    const id = assocId(d.key);
    if (!id) continue;
    const { keyFigures: figures, ...details } = DETAILS[d.key];
    await tx.update(associations).set(details).where(eq(associations.id, id));
    await tx.insert(keyFigures).values(figures.map((f) => ({ ...f, email: f.email ?? null, associationId: id })));
  }

  // 2. The Afghan figures. Offers count by offer date, on leads that are not merged.
  await seedAfghanOffers(tx, afghanId, rand, wijkId('meerzicht'));

  // 3. Signals in both states, with replies, one linked to leads.
  const afghanLeads = await tx
    .select({ id: leads.id })
    .from(leads)
    .where(and(eq(leads.associationId, afghanId), isNull(leads.mergedIntoId)))
    .orderBy(asc(leads.createdAt))
    .limit(2);
  const at = (daysAgo: number, hour = 10) => new Date(now.getTime() - daysAgo * DAY - (now.getUTCHours() - hour) * 3600 * 1000);
  const signalSpecs: {
    key: AssocKey;
    author: string | null;
    kind: 'potential_participants' | 'community_development' | 'concern';
    text: string;
    daysAgo: number;
    reply?: string;
    linkLeads?: boolean;
  }[] = [
    {
      key: 'afghan',
      author: 'association@wijkwerf.test',
      kind: 'potential_participants',
      text: 'Drie moeders uit de vrouwengroep willen graag Nederlands leren. Ze kunnen alleen op de ochtend, als de kinderen op school zijn.',
      daysAgo: 2,
    },
    {
      key: 'afghan',
      author: 'association@wijkwerf.test',
      kind: 'potential_participants',
      text: 'Twee gezinnen die vorige maand in Meerzicht kwamen wonen, vragen naar een cursus. Hun gegevens heb ik doorgegeven.',
      daysAgo: 30,
      reply: 'Dank u wel. We hebben beide gezinnen gebeld; ze komen volgende week naar het Publieksplein voor de intake.',
      linkLeads: true,
    },
    {
      key: 'turkish',
      author: 'association2@wijkwerf.test',
      kind: 'concern',
      text: 'Een paar oudere vrouwen durven niet naar de cursus omdat die ’s avonds is. Kan er een cursus overdag komen?',
      daysAgo: 5,
    },
    {
      key: 'turkish',
      author: 'association2@wijkwerf.test',
      kind: 'community_development',
      text: 'In het ontmoetingscentrum start in maart een koffieochtend voor nieuwe buurtbewoners. Een ambassadeur is welkom.',
      daysAgo: 21,
      reply: 'Mooi initiatief. Ambassadeur Ayşe Yılmaz komt de eerste koffieochtend langs met folders.',
    },
    {
      key: 'eritrean',
      author: null,
      kind: 'community_development',
      text: 'Er zijn deze maand vijf nieuwe gezinnen uit Eritrea in Oosterheem komen wonen.',
      daysAgo: 9,
    },
    {
      key: 'moroccan',
      author: null,
      kind: 'potential_participants',
      text: 'Bij de vrouwenochtend vroegen vier vrouwen naar een taalcursus dicht bij huis.',
      daysAgo: 40,
      reply: 'We nemen contact op met de vrouwen. De cursus in het buurthuis Meerzicht heeft nog plaats.',
    },
  ];
  for (const s of signalSpecs) {
    const associationId = assocId(s.key);
    if (!associationId) continue;
    const createdAt = at(s.daysAgo);
    const handledAt = s.reply ? at(s.daysAgo - 1, 14) : null;
    const [row] = await tx
      .insert(signals)
      .values({
        associationId,
        userId: s.author ? userId(s.author) : null,
        kind: s.kind,
        text: s.text,
        status: s.reply ? 'handled' : 'new',
        handledAt,
        handledByUserId: s.reply ? coordinatorId : null,
        createdAt,
      })
      .returning({ id: signals.id });
    if (s.reply) await tx.insert(signalReplies).values({ signalId: row!.id, userId: coordinatorId, text: s.reply, createdAt: handledAt! });
    if (s.linkLeads && afghanLeads.length) await tx.insert(signalLeads).values(afghanLeads.map((l) => ({ signalId: row!.id, leadId: l.id })));
  }

  // 4. The network: schools, clinics, the mosque, welfare, the library; some recent, some overdue.
  const orgs: {
    name: string;
    kind: (typeof networkOrganisations.$inferInsert)['kind'];
    wijk: string;
    contactPerson: string;
    phone: string;
    email?: string;
    may?: boolean;
    notes?: string;
    /** Days ago of each logged contact (none: never contacted). */
    contacts: number[];
  }[] = [
    { name: 'Basisschool De Regenboog', kind: 'primary_school', wijk: 'meerzicht', contactPerson: 'Ellen Visser (intern begeleider)', phone: '06 1900 5001', email: 'ib@regenboog-zoetermeer.test', contacts: [12, 26, 40], notes: 'Koffieochtend voor ouders op vrijdag.' },
    { name: 'Basisschool Het Palet', kind: 'primary_school', wijk: 'meerzicht', contactPerson: 'Joost de Boer (directeur)', phone: '06 1900 5002', may: true, contacts: [2, 9, 16], notes: 'Wij mogen ouders op het schoolplein aanspreken.' },
    { name: 'Montessorischool Meerzicht', kind: 'primary_school', wijk: 'meerzicht', contactPerson: 'Annemiek Smit', phone: '06 1900 5003', contacts: [] },
    { name: 'Consultatiebureau Meerzicht', kind: 'child_health_clinic', wijk: 'meerzicht', contactPerson: 'Ingrid Mulder (wijkverpleegkundige)', phone: '06 1900 5004', email: 'meerzicht@cb-zoetermeer.test', contacts: [5, 19, 33] },
    { name: 'Consultatiebureau Oosterheem', kind: 'child_health_clinic', wijk: 'oosterheem', contactPerson: 'Petra Kok', phone: '06 1900 5005', contacts: [30, 58] },
    { name: 'Moskee Meerzicht', kind: 'mosque', wijk: 'meerzicht', contactPerson: 'Mustafa Yılmaz (secretaris)', phone: '06 1900 5006', may: true, contacts: [1, 8, 29], notes: 'Na het vrijdaggebed mogen we folders uitdelen en mensen aanspreken.' },
    { name: 'Welzijn Zoetermeer, wijkteam Meerzicht', kind: 'welfare', wijk: 'meerzicht', contactPerson: 'Rob van Dijk', phone: '06 1900 5007', email: 'wijkteam.meerzicht@welzijn.test', contacts: [20, 48] },
    { name: 'Bibliotheek Meerzicht', kind: 'other', wijk: 'meerzicht', contactPerson: 'Karin Bos (Taalhuis)', phone: '06 1900 5008', contacts: [9, 37], notes: 'Taalhuis op dinsdag en donderdag.' },
    { name: 'Buurthuis De Vaart', kind: 'other', wijk: 'buytenwegh', contactPerson: 'Henk Willems', phone: '06 1900 5009', contacts: [7, 35] },
    { name: 'Taalschool De Brug', kind: 'language_provider', wijk: 'centrum', contactPerson: 'Marieke Jansen', phone: '06 1900 5010', email: 'info@taalschooldebrug.test', contacts: [3, 24] },
    { name: 'Vrouwengroep Seghwaert', kind: 'other', wijk: 'seghwaert', contactPerson: 'Samira Ouali', phone: '06 1900 5011', contacts: [] },
  ];
  const notes = ['Het verhaal opnieuw verteld aan het team.', 'Folders en posters gebracht.', 'Koffieochtend bezocht; zes ouders gesproken.', 'Nieuwe contactpersoon leren kennen.', 'Afspraak over een voorlichting gemaakt.'];
  const steps = ['Over een maand opnieuw langs.', 'Voorlichting voor ouders plannen.', 'Folders in het Dari en Arabisch brengen.', null];
  const kinds = ['visit', 'visit', 'call', 'meeting', 'email'] as const;
  for (const o of orgs) {
    const [row] = await tx
      .insert(networkOrganisations)
      .values({
        name: o.name,
        kind: o.kind,
        neighbourhoodId: wijkId(o.wijk),
        contactPerson: o.contactPerson,
        phone: o.phone,
        email: o.email ?? null,
        mayApproachMembers: o.may ?? false,
        notes: o.notes ?? null,
        createdAt: new Date(now.getTime() - 90 * DAY),
      })
      .returning({ id: networkOrganisations.id });
    if (!o.contacts.length) continue;
    await tx.insert(networkContacts).values(
      o.contacts.map((d, i) => ({
        organisationId: row!.id,
        date: daysBefore(today, d),
        userId: i % 3 === 2 ? caseworkerId : coordinatorId,
        kind: kinds[Math.floor(rand() * kinds.length)]!,
        notes: notes[Math.floor(rand() * notes.length)]!,
        nextStep: steps[Math.floor(rand() * steps.length)] ?? null,
        createdAt: new Date(Date.parse(`${daysBefore(today, d)}T15:00:00Z`)),
      })),
    );
  }
}

/**
 * Brings the Afghan association's offers to the source's figures: 62 leads with an offer, 13 of
 * them dated in 2010. Counts what is there first; the main seed's 2010 contacts whose offer slipped
 * into January 2011 are dated back into December 2010 first, then leads are added (offers in
 * 2010, and in 2008–2009 for the rest of the total).
 */
async function seedAfghanOffers(tx: DbOrTx, afghanId: string, rand: () => number, meerzichtId: string | null): Promise<void> {
  const own = and(eq(leads.associationId, afghanId), isNull(leads.mergedIntoId), isNotNull(leads.offerOn));
  const in2010 = and(own, gte(leads.offerOn, '2010-01-01'), lte(leads.offerOn, '2010-12-31'));
  const countOf = async (where: ReturnType<typeof and>) => (await tx.select({ n: count() }).from(leads).where(where))[0]!.n;

  let short2010 = AFGHAN_OFFERS_2010 - (await countOf(in2010));
  if (short2010 > 0) {
    const slipped = await tx
      .select({ id: leads.id })
      .from(leads)
      .where(and(own, sql`extract(year from ${sqlInAmsterdam(leads.createdAt)}) = 2010`, gte(leads.offerOn, '2011-01-01'), lte(leads.offerOn, '2011-01-31')))
      .orderBy(asc(leads.createdAt))
      .limit(short2010);
    if (slipped.length) {
      await tx.update(leads).set({ offerOn: '2010-12-22' }).where(inArray(leads.id, slipped.map((s) => s.id)));
      short2010 -= slipped.length;
    }
  }
  const add2010 = Math.max(0, short2010);
  const addBefore = Math.max(0, AFGHAN_OFFERS_TOTAL - (await countOf(own)) - add2010);
  if (add2010 + addBefore === 0) return;

  const providers = await tx.select({ id: languageProviders.id }).from(languageProviders).orderBy(asc(languageProviders.name));
  const courseTypes = ['Inburgering B1-route', 'Z-route (zelfredzaamheid)', 'Taalcursus NT2 A2'];
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const rows: (typeof leads.$inferInsert)[] = [];
  for (let i = 0; i < add2010 + addBefore; i++) {
    const is2010 = i < add2010;
    // Contacts passed on by the association: 2008–2009 for the earlier offers, early 2010 for the 2010 ones.
    const createdAt = is2010
      ? new Date(Date.UTC(2010, 0, 4) + Math.floor(rand() * 280) * DAY + 10 * 3600 * 1000)
      : new Date(Date.UTC(2008, 0, 7) + Math.floor(rand() * 660) * DAY + 10 * 3600 * 1000);
    const offer = new Date(createdAt.getTime() + (20 + Math.floor(rand() * 20)) * DAY);
    const r = rand();
    const status: LeadStatus = is2010 ? 'offer' : r < 0.7 ? 'completed' : r < 0.85 ? 'started' : r < 0.93 ? 'plan_signed' : 'offer';
    const signed = status === 'offer' ? null : new Date(offer.getTime() + (7 + Math.floor(rand() * 14)) * DAY);
    rows.push({
      name: `${pick(AFGHAN_FIRST)} ${pick(AFGHAN_LAST)}`,
      // Fictional numbers in the demo's 06 19xx block, after the main seed's.
      phone: `+31619${String(900000 + i).slice(-6)}`,
      preferredLanguage: rand() < 0.8 ? 'prs' : 'ps',
      neighbourhoodId: meerzichtId,
      source: 'association',
      channel: 'association',
      associationId: afghanId,
      consentAt: createdAt,
      consentVersion: 'demo',
      status,
      intakeAt: new Date(createdAt.getTime() + 12 * DAY),
      intakePlace: 'Publieksplein',
      providerId: providers.length ? pick(providers).id : null,
      courseType: pick(courseTypes),
      offerOn: iso(offer),
      planSignedOn: signed ? iso(signed) : null,
      courseStartOn: signed && status !== 'plan_signed' ? iso(new Date(signed.getTime() + 21 * DAY)) : null,
      lastActivityAt: signed ?? offer,
      createdAt,
      updatedAt: signed ?? offer,
    });
  }
  const inserted = await tx.insert(leads).values(rows).returning({ id: leads.id, status: leads.status, createdAt: leads.createdAt, updatedAt: leads.updatedAt });
  await tx.insert(leadEvents).values(
    inserted.flatMap((l) => [
      { leadId: l.id, kind: 'created' as const, toStatus: 'new' as const, meta: { source: 'association' }, createdAt: l.createdAt },
      { leadId: l.id, kind: 'status_change' as const, fromStatus: 'new' as const, toStatus: l.status, createdAt: l.updatedAt },
    ]),
  );
}
