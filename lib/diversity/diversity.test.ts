import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, auditLog, leads, neighbourhoods, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { createUser } from '@/lib/users/mutations';
import { type DiversityCsvLabels, LEADS_PER_SPEAKER_LIMIT, diversityOverview, exportDiversity, findGaps, maskCount } from './queries';

const labels: DiversityCsvLabels = {
  header: { dimension: 'Onderdeel', category: 'Groep', ambassadors: 'Ambassadeurs', openLeads: 'Open aanmeldingen' },
  dimension: { language: 'Taal', wijk: 'Wijk', background: 'Achtergrond', nt2: 'NT2' },
  language: (c) => ({ ti: 'Tigrinya', ar: 'Arabisch', nl: 'Nederlands', tr: 'Turks' })[c] ?? c,
  noWijk: 'Geen wijk',
  notRecorded: 'Niet ingevuld',
  unknownLevel: 'Onbekend',
};

/** The CSV's cells of the rows of one dimension, by category. */
function csvRows(csv: string, dimension: string): Map<string, string[]> {
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(';'));
  return new Map(lines.filter((c) => c[0] === dimension).map((c) => [c[1]!, c.slice(2)]));
}

describe.each(testDrivers)('the diversity overview on $name', ({ name, open }) => {
  let h: DbHandle;
  let coordinator: string;
  let n = 0;
  const wijk: Record<string, string> = {};

  const amb = async (v: { languages: string[]; origin?: string | null; wijk?: string; nt2?: string | null; status?: 'active' | 'paused' | 'stopped' | 'candidate' }) =>
    (
      await h.db
        .insert(ambassadors)
        .values({
          displayName: `Ambassadeur ${++n}`,
          referralCode: `D${n}${name}`,
          languages: v.languages,
          countryOfOrigin: v.origin ?? null,
          neighbourhoodId: v.wijk ? wijk[v.wijk] : null,
          nt2Level: v.nt2 ?? null,
          status: v.status ?? 'active',
        })
        .returning()
    )[0]!.id;
  const lead = (language: string, w: string | null, status: 'new' | 'intake' | 'closed' | 'completed' = 'new', mergedIntoId: string | null = null) =>
    h.db.insert(leads).values({
      name: `Inwoner ${++n}`,
      phone: `+3161${String(1000000 + n).slice(-7)}`,
      preferredLanguage: language,
      neighbourhoodId: w ? wijk[w] : null,
      source: 'desk',
      consentAt: new Date(),
      consentVersion: 'test',
      status,
      mergedIntoId,
    }).returning();

  beforeAll(async () => {
    h = await open();
    coordinator = await createUser(h.db, { email: `coord-${name}@t.nl`, name: 'Coördinator', role: 'coordinator', password: 'a-long-password' });
    for (const w of await h.db.select().from(neighbourhoods)) wijk[w.code] = w.id;

    // The active corps: five with a Syrian background (two spelled differently), two Turkish speakers; the Tigrinya speakers are not active.
    for (let i = 0; i < 5; i++) await amb({ languages: ['nl', 'ar'], origin: i % 2 ? ' syrië ' : 'Syrië', wijk: 'meerzicht', nt2: 'B1' });
    await amb({ languages: ['nl', 'tr'], origin: 'Turkije', wijk: 'palenstein', nt2: 'A2' });
    await amb({ languages: ['nl', 'tr'], origin: null, wijk: 'palenstein', nt2: null });
    await amb({ languages: ['nl', 'ti'], origin: 'Eritrea', wijk: 'oosterheem', status: 'paused' });
    await amb({ languages: ['nl', 'ti'], origin: 'Eritrea', wijk: 'oosterheem', status: 'stopped' });
    await amb({ languages: ['ti'], origin: 'Eritrea', wijk: 'oosterheem', status: 'candidate' });
    // An active ambassador whose login was deactivated is not active either.
    const off = await amb({ languages: ['ti'], origin: 'Eritrea', wijk: 'oosterheem' });
    await h.db.insert(users).values({ email: `off-${name}@t.nl`, name: 'Uit', passwordHash: 'x', role: 'ambassador', active: false, ambassadorId: off });

    // Open leads: 12 prefer Tigrinya (in Oosterheem), 3 Arabic; closed, completed and merged ones do not count.
    for (let i = 0; i < 12; i++) await lead('ti', 'oosterheem', i % 2 ? 'new' : 'intake');
    for (let i = 0; i < 3; i++) await lead('ar', 'meerzicht');
    const [kept] = await lead('ar', null);
    await lead('ti', 'oosterheem', 'closed');
    await lead('ti', 'oosterheem', 'completed');
    await lead('ti', 'oosterheem', 'new', kept!.id);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('counts only the active corps and only open leads', async () => {
    const o = await diversityOverview(h.db);
    expect(o.activeAmbassadors).toBe(7);
    expect(o.openLeads).toBe(16);
    const ti = o.languages.find((l) => l.code === 'ti');
    // Paused, stopped, candidate and deactivated Tigrinya speakers are not counted; closed, completed and merged leads neither.
    expect(ti).toEqual({ code: 'ti', ambassadors: 0, openLeads: 12 });
    expect(o.languages.find((l) => l.code === 'ar')).toEqual({ code: 'ar', ambassadors: 5, openLeads: 4 });
    expect(o.languages.find((l) => l.code === 'nl')).toEqual({ code: 'nl', ambassadors: 7, openLeads: 0 });
    // Most open leads first.
    expect(o.languages[0]!.code).toBe('ti');
    const oost = o.wijken.find((w) => w.code === 'oosterheem');
    expect(oost).toMatchObject({ ambassadors: 0, openLeads: 12 });
    expect(o.wijken.find((w) => w.code === 'meerzicht')).toMatchObject({ ambassadors: 5, openLeads: 3 });
    // The lead without a wijk gets its own row.
    expect(o.wijken.find((w) => w.code === null)).toMatchObject({ ambassadors: 0, openLeads: 1 });
    expect(o.nt2.find((r) => r.level === 'B1')?.count).toBe(5);
    expect(o.nt2.find((r) => r.level === 'A2')?.count).toBe(1);
    expect(o.nt2.find((r) => r.level === null)?.count).toBe(1);
  });

  it('spells out the gap: open leads prefer Tigrinya and no active ambassador speaks it; no one lives in Oosterheem', async () => {
    const o = await diversityOverview(h.db);
    expect(o.gaps).toContainEqual({ kind: 'languageNoSpeaker', code: 'ti', openLeads: 12 });
    expect(o.gaps).toContainEqual({ kind: 'wijkNoAmbassador', code: 'oosterheem', name: 'Oosterheem', openLeads: 12 });
    // Arabic has speakers enough; Dutch has no open leads; the lead without a wijk is not a wijk gap.
    expect(o.gaps.map((g) => g.code)).toEqual(['ti', 'oosterheem']);
  });

  it('groups background without a person next to it: spellings together, never a name or id', async () => {
    const o = await diversityOverview(h.db);
    expect(o.backgrounds).toEqual([
      { label: 'Syrië', count: 5 },
      { label: 'Turkije', count: 1 },
      { label: null, count: 1 },
    ]);
    for (const row of o.backgrounds) expect(Object.keys(row).sort()).toEqual(['count', 'label']);
    // Nothing in the overview names or identifies an ambassador.
    const all = JSON.stringify(o);
    expect(all).not.toMatch(/Ambassadeur \d|Inwoner \d/);
    const ids = (await h.db.select({ id: ambassadors.id }).from(ambassadors)).map((r) => r.id);
    for (const id of ids) expect(all).not.toContain(id);
  });

  it('exports with "<5" for every count from 1 to 4, audited as an export', async () => {
    const csv = await exportDiversity(h.db, coordinator, labels, 'iphash');
    expect(csv.startsWith('\uFEFFOnderdeel;Groep;Ambassadeurs;Open aanmeldingen\r\n')).toBe(true);
    const lang = csvRows(csv, 'Taal');
    expect(lang.get('Tigrinya')).toEqual(['0', '12']);
    expect(lang.get('Arabisch')).toEqual(['5', '<5']);
    expect(lang.get('Turks')).toEqual(['<5', '0']);
    const bg = csvRows(csv, 'Achtergrond');
    expect(bg.get('Syrië')).toEqual(['5', '']);
    expect(bg.get('Turkije')).toEqual(['<5', '']);
    expect(bg.get('Niet ingevuld')).toEqual(['<5', '']);
    expect(csvRows(csv, 'Wijk').get('Palenstein')).toEqual(['<5', '0']);
    expect(csvRows(csv, 'NT2').get('A2')).toEqual(['<5', '']);
    // No figure from 1 to 4 anywhere in the file.
    expect(csv).not.toMatch(/;[1-4](;|\r\n)/);
    const [entry] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'diversity.exported'));
    expect(entry).toMatchObject({ actorUserId: coordinator, ipHash: 'iphash' });
    expect(entry!.details).toEqual({ rows: expect.any(Number) });
  });
});

describe('the gap rules', () => {
  it('masks 1 to 4, not 0 or 5', () => {
    expect([0, 1, 4, 5, 12].map(maskCount)).toEqual(['0', '<5', '<5', '5', '12']);
  });

  it(`flags a language with more than ${LEADS_PER_SPEAKER_LIMIT} open leads per speaker, not "another language", and sorts by open leads`, () => {
    const gaps = findGaps(
      [
        { code: 'ps', ambassadors: 1, openLeads: LEADS_PER_SPEAKER_LIMIT + 1 },
        { code: 'ar', ambassadors: 2, openLeads: 2 * LEADS_PER_SPEAKER_LIMIT },
        { code: 'so', ambassadors: 0, openLeads: 2 },
        { code: 'ti', ambassadors: 0, openLeads: 9 },
        { code: 'other', ambassadors: 0, openLeads: 40 },
      ],
      [
        { code: 'dorp', name: 'Dorp', ambassadors: 0, openLeads: 0 },
        { code: null, name: null, ambassadors: 0, openLeads: 7 },
      ],
    );
    expect(gaps).toEqual([
      { kind: 'languageNoSpeaker', code: 'ti', openLeads: 9 },
      { kind: 'languageNoSpeaker', code: 'so', openLeads: 2 },
      { kind: 'languageFewSpeakers', code: 'ps', openLeads: LEADS_PER_SPEAKER_LIMIT + 1, ambassadors: 1 },
    ]);
  });
});
