import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { attribute, language, organization, service, service_neighbourhood, taxonomy_term, neighbourhoods } from '@/db/schema';
import { DEMO_SERVICE_COUNT, THEME_CODES, seedSocialMap } from '@/lib/demo/socialmap';
import { testDrivers } from '@/db/testing';
import { getServiceDetail } from './queries';
import { type SearchFilters, listThemes, searchServices } from './search';

const NOW = new Date('2026-01-15T12:00:00Z'); // a Thursday, 13:00 in Amsterdam
const base: SearchFilters = { q: '', theme: null, wijk: null, language: null, openNow: false, page: 1 };

describe.each(testDrivers)('social map search on $name', ({ open }) => {
  let h: DbHandle;
  const termId: Record<string, string> = {};
  beforeAll(async () => {
    h = await open();
    await h.db.transaction((tx) => seedSocialMap(tx, NOW));
    for (const t of await h.db.select().from(taxonomy_term)) termId[t.code!] = t.id;
    // Two services of our own: a name with "Schuldhulp" (no "schulden" in it at all) and a
    // community centre that mentions debts once in its description.
    const [org] = await h.db.insert(organization).values({ name: 'Stichting Zonnebloemhof', description: 'Testorganisatie' }).returning();
    const [meerzicht] = await h.db.select().from(neighbourhoods).where(eq(neighbourhoods.code, 'meerzicht'));
    const rows = await h.db
      .insert(service)
      .values([
        { organization_id: org!.id, name: 'Schuldhulp Testwijk', description: 'Begeleiding voor mensen met geldzorgen.' },
        { organization_id: org!.id, name: 'Buurtcentrum Testwijk', description: 'Koffie, een krant, activiteiten en soms hulp bij schulden.' },
        { organization_id: org!.id, name: 'Wekelijkse inloop', description: 'Gezellig samen eten.' },
      ])
      .returning();
    await h.db.insert(attribute).values({ link_id: rows[0]!.id, link_entity: 'service', taxonomy_term_id: termId['geld.schuldhulp']! });
    await h.db.insert(service_neighbourhood).values(rows.map((r) => ({ service_id: r.id, neighbourhood_id: meerzicht!.id })));
  });
  afterAll(async () => {
    await h?.close();
  });

  const names = async (f: Partial<SearchFilters>, now = NOW) =>
    (await searchServices(h.db, { ...base, ...f }, { now, pageSize: 200 })).rows.map((r) => r.name);

  it('seeds the themes with sub-themes and about 60 services', async () => {
    expect(THEME_CODES).toContain('geld.schuldhulp');
    expect(Object.keys(termId)).toEqual(expect.arrayContaining(THEME_CODES));
    expect(DEMO_SERVICE_COUNT).toBeGreaterThanOrEqual(55);
    const themes = await listThemes(h.db);
    const geld = themes.findIndex((t) => t.code === 'geld');
    expect(themes[geld + 1]!.parentId).toBe(themes[geld]!.id); // sub-themes follow their theme
  });

  it('ranks a service named "Schuldhulp…" above one that mentions debts once', async () => {
    const r = await names({ q: 'schulden' });
    expect(r).toContain('Schuldhulp Testwijk');
    expect(r).toContain('Buurtcentrum Testwijk');
    expect(r.indexOf('Schuldhulp Testwijk')).toBeLessThan(r.indexOf('Buurtcentrum Testwijk'));
    expect(r[0]).toMatch(/^Schuldhulp/);
  });

  it('stems Dutch words: "schuld" finds "schulden"', async () => {
    expect(await names({ q: 'schuld' })).toContain('Buurtcentrum Testwijk');
    expect(await names({ q: 'opvoeden' })).toContain('Opvoedspreekuur CJG'); // description says "opvoeding"
  });

  it('finds compounds: "huur toeslag" finds the service about huurtoeslag', async () => {
    const r = await searchServices(h.db, { ...base, q: 'huur toeslag' }, { now: NOW });
    expect(r.mode).toBe('fulltext');
    expect(r.rows.map((x) => x.name)).toContain('Woonspreekuur De Stek');
  });

  it('falls back to organisation names when the full text finds nothing', async () => {
    const r = await searchServices(h.db, { ...base, q: 'Zonnebloem' }, { now: NOW });
    expect(r.mode).toBe('names');
    expect(r.rows.map((x) => x.name)).toEqual(expect.arrayContaining(['Wekelijkse inloop']));
    expect((await searchServices(h.db, { ...base, q: 'xyzzyquux' }, { now: NOW })).total).toBe(0);
  });

  it('filters by theme including its sub-themes', async () => {
    const geld = await names({ theme: termId.geld });
    expect(geld).toContain('Schuldhulp Testwijk'); // linked to the sub-theme only
    expect(geld).toContain('Voedselpakket');
    expect(geld).not.toContain('Huurteam: hulp bij huur en verhuurder');
    const sub = await names({ theme: termId['geld.voedsel'] });
    expect(sub).toContain('Voedselpakket');
    expect(sub).not.toContain('Schuldhulp Testwijk');
  });

  it('filters by wijk: only services that serve it', async () => {
    expect(await names({ q: 'huurtoeslag', wijk: 'meerzicht' })).toContain('Woonspreekuur De Stek');
    expect(await names({ q: 'huurtoeslag', wijk: 'oosterheem' })).not.toContain('Woonspreekuur De Stek');
    const r = await names({ q: 'schulden', wijk: 'meerzicht' });
    expect(r).toContain('Schuldhulpmaatje: hulp bij schulden'); // serves all ten wijken
    expect(await names({ q: 'schulden', wijk: 'rokkeveen' })).not.toContain('Schuldhulp Testwijk');
  });

  it('filters by language spoken', async () => {
    const ti = await searchServices(h.db, { ...base, language: 'ti' }, { now: NOW, pageSize: 200 });
    expect(ti.rows.map((r) => r.name)).toContain('Begeleiding inburgering');
    expect(ti.rows.map((r) => r.name)).not.toContain('Taalhuis: Nederlands oefenen');
    expect(ti.rows.every((r) => r.languages.includes('ti'))).toBe(true);
  });

  it('"open now" uses the injected time in Amsterdam', async () => {
    // Sunday 22 March 2026: 08:30 UTC is 09:30 CET → women’s swimming (Sun 09–11) is open.
    expect(await names({ openNow: true }, new Date('2026-03-22T08:30:00Z'))).toContain('Vrouwen zwemmen Palenstein');
    expect(await names({ openNow: true }, new Date('2026-03-22T10:30:00Z'))).not.toContain('Vrouwen zwemmen Palenstein');
    // Thursday 13:00: office hours are open, the Tuesday-only service is not.
    const thu = await names({ openNow: true });
    expect(thu).toContain('WerkPunt: werk zoeken en solliciteren');
    expect(thu).not.toContain('Geldcafé Buytenwegh');
    expect(thu).not.toContain('Vrouwen zwemmen Palenstein');
  });

  it('never shows inactive services; temporarily closed ones carry their status and are never "open now"', async () => {
    expect(await names({ q: 'energietoeslag noodfonds' })).not.toContain('Energietoeslag en noodfonds energie');
    expect(await names({})).not.toContain('Buurtkamer Driemanspolder');
    const r = await searchServices(h.db, { ...base, q: 'budgetcursus' }, { now: NOW });
    expect(r.rows.find((x) => x.name === 'Budgetcursus Rondkomen')?.status).toBe('temporarily closed');
    expect(await names({ q: 'budgetcursus', openNow: true }, new Date('2026-01-13T18:30:00Z'))).not.toContain('Budgetcursus Rondkomen');
  });

  it('returns what a result shows, and pages by 20', async () => {
    const r = await searchServices(h.db, { ...base, q: 'schulden', wijk: 'meerzicht' }, { now: NOW });
    const maatje = r.rows.find((x) => x.name === 'Schuldhulpmaatje: hulp bij schulden')!;
    expect(maatje.organizationName).toBe('Schuldhulpmaatje Zoetermeer');
    expect(maatje.themes).toContain('Schuldhulp');
    expect(maatje.languages).toEqual(expect.arrayContaining(['nl', 'ar']));
    expect(maatje.hoursToday).toEqual([{ opens: '13:00', closes: '20:00' }]); // Thursday
    expect(maatje.openNow).toBe(true);
    expect(maatje.address).toMatch(/^Meerzichtlaan 112, 27\d\d [A-Z]{2} Zoetermeer$/);
    expect(maatje.phone).toMatch(/^\+31(79369|619)/);
    const p1 = await searchServices(h.db, base, { now: NOW });
    expect(p1.rows).toHaveLength(20);
    expect(p1.pageCount).toBe(Math.ceil(p1.total / 20));
    const p2 = await searchServices(h.db, { ...base, page: 2 }, { now: NOW });
    expect(p2.rows.map((r) => r.id)).not.toContain(p1.rows[0]!.id);
  });

  it('has the service page details', async () => {
    const [s] = await h.db.select().from(service).where(eq(service.name, 'Consultatiebureau Meerzicht'));
    const d = (await getServiceDetail(h.db, s!.id))!;
    expect(d.organization.name).toBe('Consultatiebureau Meerzicht');
    expect(d.themes.map((t) => t.parentName)).toContain('Opvoeding en gezin');
    expect(d.locations[0]!.addresses[0]!.postalCode).toMatch(/^27\d\d/);
    expect(d.wijken.map((w) => w.code).sort()).toEqual(['buytenwegh', 'meerzicht', 'palenstein']);
    expect(d.allWijken).toBe(false);
    expect(d.schedules.length).toBeGreaterThan(0);
    const langs = await h.db.select().from(language).where(eq(language.service_id, s!.id));
    expect(d.languages.sort()).toEqual(langs.map((l) => l.code).sort());
    expect(await getServiceDetail(h.db, '00000000-0000-0000-0000-000000000000')).toBeNull();
  });
});
