import { and, count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, associations, leads, neighbourhoods, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import {
  type LeadListFilters,
  type LeadListRow,
  SEARCH_TOTAL_CAP,
  countLeads,
  countLeadsUpTo,
  exportLeads,
  leadListFilterOptions,
  leadListQuery,
  listLeads,
  parseLeadListFilters,
} from './queries';
import type { LeadStatus } from '@/lib/leads/journey/steps';

const DAY = 24 * 3600 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const filters = (params: Record<string, string> = {}) => parseLeadListFilters(params);
const names = (rows: LeadListRow[]) => rows.map((r) => r.name).sort();

describe('parseLeadListFilters', () => {
  it('has sensible defaults for an empty URL', () => {
    expect(filters()).toEqual({ overdue: false, sort: 'createdAt', dir: 'desc', page: 1 });
  });

  it('ignores bad values one by one instead of failing', () => {
    const f = parseLeadListFilters({
      q: ['amina', 'second'],
      step: 'bogus',
      source: 'ambassador',
      ambassador: 'not-a-uuid',
      association: "1'; drop table leads;--",
      wijk: 'Meerzicht',
      language: 'xx',
      from: '2025-13-45',
      to: '2025-03-31',
      assigned: 'everyone',
      overdue: 'maybe',
      sort: 'password',
      dir: 'sideways',
      page: '-3',
    });
    expect(f).toEqual({
      q: 'amina',
      source: 'ambassador',
      wijk: 'meerzicht',
      to: '2025-03-31',
      overdue: false,
      sort: 'createdAt',
      dir: 'desc',
      page: 1,
    });
  });

  it('reads URLSearchParams, empty form fields and the checkbox', () => {
    const f = parseLeadListFilters(new URLSearchParams('q=&step=intake&overdue=1&sort=name&page=3&assigned=me'));
    expect(f).toEqual({ step: 'intake', overdue: true, sort: 'name', dir: 'asc', page: 3, assigned: 'me' });
  });

  it('writes a short query string back, leaving out defaults', () => {
    const f = filters({ q: 'a b', step: 'new', overdue: 'on', sort: 'name', dir: 'asc', page: '2' });
    expect(leadListQuery(f)).toBe('?q=a+b&step=new&overdue=1&sort=name&page=2');
    expect(leadListQuery(f, { page: 1, dir: 'desc' })).toBe('?q=a+b&step=new&overdue=1&sort=name&dir=desc');
    expect(leadListQuery(filters())).toBe('');
  });
});

describe.each(testDrivers)('the lead list on $name', ({ open }) => {
  let h: DbHandle;
  let me: string;
  let colleague: string;
  let fatima: string;
  let ahmad: string;
  let afghan: string;
  let bulkClub: string;
  const ids: Record<string, string> = {};
  let phoneSeq = 0;

  const list = (params: Record<string, string> = {}, ctx: { pageSize?: number; searchCap?: number } = {}) =>
    listLeads(h.db, filters(params), { userId: me, ...ctx });
  const namesFor = async (params: Record<string, string>) => names((await list(params)).rows);
  const rowOf = async (name: string, params: Record<string, string> = {}) =>
    (await list({ q: name, ...params })).rows.find((r) => r.name === name);
  async function exportAll(f: LeadListFilters, batchSize: number) {
    const batches: LeadListRow[][] = [];
    for await (const b of exportLeads(h.db, f, { userId: me, batchSize })) batches.push(b);
    return batches;
  }

  beforeAll(async () => {
    h = await open();
    const db = h.db;
    const wijken = await db.select().from(neighbourhoods);
    const wijk = (code: string) => wijken.find((w) => w.code === code)!.id;
    const staff = await db
      .insert(users)
      .values([
        { email: 'me@example.test', name: 'Marco Jansen', passwordHash: 'x', role: 'coordinator' },
        { email: 'colleague@example.test', name: 'Sanne Bakker', passwordHash: 'x', role: 'caseworker' },
      ])
      .returning({ id: users.id });
    [me, colleague] = staff.map((s) => s.id) as [string, string];
    const amb = await db
      .insert(ambassadors)
      .values([
        { displayName: 'Fatima El Amrani', referralCode: 'LT01', status: 'active' },
        { displayName: 'Ahmad Karimi', referralCode: 'LT02', status: 'active' },
      ])
      .returning({ id: ambassadors.id });
    [fatima, ahmad] = amb.map((a) => a.id) as [string, string];
    const assoc = await db
      .insert(associations)
      .values([
        { name: 'Afghaanse Vereniging Zoetermeer', community: 'Afghaans' },
        { name: 'Bulk Club', community: 'Test' },
      ])
      .returning({ id: associations.id });
    [afghan, bulkClub] = assoc.map((a) => a.id) as [string, string];

    type Spec = {
      name: string;
      phone?: string;
      status?: LeadStatus;
      source?: 'public' | 'ambassador' | 'association' | 'network' | 'desk';
      amb?: string;
      assoc?: string;
      wijk?: string | null;
      lang?: string;
      createdAt?: Date;
      lastActivityAt?: Date;
      assigned?: string;
    };
    const add = async (s: Spec) => {
      const createdAt = s.createdAt ?? new Date();
      const [row] = await db
        .insert(leads)
        .values({
          name: s.name,
          phone: s.phone ?? `+316555${String(++phoneSeq).padStart(5, '0')}`,
          preferredLanguage: s.lang ?? 'nl',
          neighbourhoodId: s.wijk ? wijk(s.wijk) : null,
          source: s.source ?? 'public',
          recruitedByAmbassadorId: s.amb ?? null,
          associationId: s.assoc ?? null,
          consentAt: createdAt,
          consentVersion: 'test',
          status: s.status ?? 'new',
          assignedToUserId: s.assigned ?? null,
          createdAt,
          // Left out: the database's now(), with microseconds.
          ...(s.lastActivityAt ? { lastActivityAt: s.lastActivityAt } : {}),
        })
        .returning({ id: leads.id });
      ids[s.name] = row!.id;
      return row!.id;
    };

    await add({ name: 'Amina El Idrissi', phone: '+31612340001', wijk: 'meerzicht', lang: 'ar', createdAt: new Date('2025-01-10T10:00:00Z'), lastActivityAt: daysAgo(20), assigned: me });
    // 2025-01-15 00:30 in Amsterdam (CET): inside a range that starts on the 15th.
    await add({ name: 'Hassan Öztürk', phone: '+31612340002', status: 'contacted', source: 'ambassador', amb: fatima, wijk: 'palenstein', lang: 'tr', createdAt: new Date('2025-01-14T23:30:00Z'), lastActivityAt: daysAgo(1), assigned: colleague });
    await add({ name: 'Leyla Haddad', phone: '+31612340003', status: 'intake', source: 'association', assoc: afghan, wijk: 'meerzicht', lang: 'prs', createdAt: new Date('2025-02-01T12:00:00Z'), lastActivityAt: daysAgo(30) });
    await add({ name: 'Omar Tekle', phone: '+31612340004', status: 'completed', source: 'network', lang: 'ti', createdAt: new Date('2025-02-10T12:00:00Z'), lastActivityAt: daysAgo(40), assigned: me });
    // 2025-04-01 00:30 in Amsterdam (CEST): just outside a range that ends on 31 March.
    await add({ name: 'Mariam Yildiz', phone: '+31612340005', status: 'closed', source: 'desk', wijk: 'palenstein', lang: 'tr', createdAt: new Date('2025-03-31T22:30:00Z'), lastActivityAt: daysAgo(40) });
    // 2025-03-31 23:30 in Amsterdam: the last hour of the range's last day.
    await add({ name: 'AMINA Rahman', phone: '+31687650006', status: 'plan_signed', source: 'ambassador', amb: ahmad, wijk: 'meerzicht', lang: 'ar', createdAt: new Date('2025-03-31T21:30:00Z'), lastActivityAt: daysAgo(3), assigned: colleague });
    // Two open leads with one number: both possible duplicates.
    await add({ name: 'Dup One', phone: '+31611112222' });
    await add({ name: 'Dup Two', phone: '+31611112222', status: 'contacted', source: 'ambassador', amb: fatima });
    // A closed lead and a newer open one: the closed one has an open twin, not the other way round.
    await add({ name: 'Dup Closed', phone: '+31622223333', status: 'closed' });
    await add({ name: 'Dup Open', phone: '+31622223333' });
    // A merged lead leaves the list and does not make its twin a duplicate.
    const target = await add({ name: 'Merge Target', phone: '+31633334444' });
    await add({ name: 'Merged Away', phone: '+31633334444', lastActivityAt: daysAgo(50) });
    await db.update(leads).set({ mergedIntoId: target }).where(eq(leads.id, ids['Merged Away']!));
    // 105 leads for paging, with repeated names and creation times to test the tie-breaker.
    const base = new Date('2024-06-01T08:00:00Z').getTime();
    await db.insert(leads).values(
      Array.from({ length: 105 }, (_, i) => ({
        name: `Bulk ${String(i % 40).padStart(3, '0')}`,
        phone: `+316100${String(i).padStart(5, '0')}`,
        preferredLanguage: 'so',
        neighbourhoodId: wijk('dorp'),
        source: 'association' as const,
        associationId: bulkClub,
        consentAt: new Date(base),
        consentVersion: 'test',
        createdAt: new Date(base + Math.floor(i / 3) * 60_000),
      })),
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  const BASE = ['Amina El Idrissi', 'Hassan Öztürk', 'Leyla Haddad', 'Omar Tekle', 'Mariam Yildiz', 'AMINA Rahman', 'Dup One', 'Dup Two', 'Dup Closed', 'Dup Open', 'Merge Target'];

  it('lists every lead except merged ones, with the total counted in SQL', async () => {
    const page = await list();
    expect(page.total).toBe(BASE.length + 105);
    expect(await countLeads(h.db, filters())).toBe(BASE.length + 105);
    const all = await list({ q: 'e' }, { pageSize: 500 });
    expect(all.rows.map((r) => r.name)).not.toContain('Merged Away');
    expect(await namesFor({ q: 'merged away' })).toEqual([]);
  });

  it("takes the whole list's and one step's total from the summary, equal to counting the rows", async () => {
    const direct = async (step?: string) => {
      const rows = await h.db.select({ n: count() }).from(leads).where(and(isNull(leads.mergedIntoId), step ? eq(leads.status, step as LeadStatus) : undefined));
      return rows[0]!.n;
    };
    for (const step of [undefined, 'new', 'contacted', 'closed', 'completed']) {
      const params: Record<string, string> = step ? { step } : {};
      expect(await countLeads(h.db, filters(params))).toBe(await direct(step));
      expect(await countLeads(h.db, filters({ ...params, sort: 'name', page: '2' }))).toBe(await direct(step));
      expect((await list(params)).total).toBe(await direct(step));
    }
    // Another filter is still counted over the rows.
    expect(await countLeads(h.db, filters({ q: 'amina' }))).toBe(2);
  });

  it('shows the attribution, wijk, language and assignee of a lead', async () => {
    expect(await rowOf('Hassan Öztürk')).toMatchObject({
      phone: '+31612340002',
      status: 'contacted',
      source: 'ambassador',
      ambassadorName: 'Fatima El Amrani',
      associationName: null,
      wijkName: 'Palenstein',
      preferredLanguage: 'tr',
      assignedToName: 'Sanne Bakker',
    });
    expect(await rowOf('Leyla Haddad')).toMatchObject({ associationName: 'Afghaanse Vereniging Zoetermeer', ambassadorName: null, assignedToName: null });
  });

  it.each([
    [{ step: 'contacted' }, ['Dup Two', 'Hassan Öztürk']],
    [{ step: 'closed' }, ['Dup Closed', 'Mariam Yildiz']],
    [{ source: 'ambassador' }, ['AMINA Rahman', 'Dup Two', 'Hassan Öztürk']],
    [{ source: 'desk' }, ['Mariam Yildiz']],
    [{ ambassador: 'fatima' }, ['Dup Two', 'Hassan Öztürk']],
    [{ ambassador: 'ahmad' }, ['AMINA Rahman']],
    [{ association: 'afghan' }, ['Leyla Haddad']],
    [{ wijk: 'meerzicht' }, ['AMINA Rahman', 'Amina El Idrissi', 'Leyla Haddad']],
    [{ wijk: 'palenstein' }, ['Hassan Öztürk', 'Mariam Yildiz']],
    [{ wijk: 'other' }, ['Dup Closed', 'Dup One', 'Dup Open', 'Dup Two', 'Merge Target', 'Omar Tekle']],
    [{ wijk: 'atlantis' }, []],
    [{ language: 'tr' }, ['Hassan Öztürk', 'Mariam Yildiz']],
    [{ source: 'ambassador', language: 'ar' }, ['AMINA Rahman']],
    [{ step: 'intake', wijk: 'meerzicht' }, ['Leyla Haddad']],
  ] as const)('filter %j narrows the list', async (params, expected) => {
    const resolved: Record<string, string> = { ...params };
    if (resolved.ambassador) resolved.ambassador = resolved.ambassador === 'fatima' ? fatima : ahmad;
    if (resolved.association) resolved.association = afghan;
    const page = await list(resolved);
    expect(names(page.rows)).toEqual([...expected].sort());
    expect(page.total).toBe(expected.length);
  });

  it('filters by creation date, both ends inclusive, by the day in Amsterdam', async () => {
    expect(await namesFor({ from: '2025-01-15', to: '2025-03-31' })).toEqual(['AMINA Rahman', 'Hassan Öztürk', 'Leyla Haddad', 'Omar Tekle']);
    expect(await namesFor({ from: '2025-04-01', to: '2025-04-01' })).toEqual(['Mariam Yildiz']);
    expect(await namesFor({ to: '2025-01-14' })).toContain('Amina El Idrissi');
    expect(await namesFor({ to: '2025-01-14' })).not.toContain('Hassan Öztürk');
  });

  it('filters on "assigned to me", on a colleague and on nobody', async () => {
    expect(await namesFor({ assigned: 'me' })).toEqual(['Amina El Idrissi', 'Omar Tekle']);
    expect(await namesFor({ assigned: colleague })).toEqual(['AMINA Rahman', 'Hassan Öztürk']);
    const nobody = await list({ assigned: 'none' });
    expect(nobody.total).toBe(BASE.length - 4 + 105);
    // "Me" is whoever is signed in.
    const forColleague = await listLeads(h.db, filters({ assigned: 'me' }), { userId: colleague });
    expect(names(forColleague.rows)).toEqual(['AMINA Rahman', 'Hassan Öztürk']);
  });

  it('finds part of a name, whatever the case', async () => {
    expect(await namesFor({ q: 'amina' })).toEqual(['AMINA Rahman', 'Amina El Idrissi']);
    expect(await namesFor({ q: 'RAHMAN' })).toEqual(['AMINA Rahman']);
    expect(await namesFor({ q: 'öZTÜRK' })).toEqual(['Hassan Öztürk']);
    expect(await namesFor({ q: 'el id' })).toEqual(['Amina El Idrissi']);
  });

  it('takes % and _ in the search literally', async () => {
    expect(await namesFor({ q: '%' })).toEqual([]);
    expect(await namesFor({ q: 'a_ina' })).toEqual([]);
  });

  it('finds a phone number typed the Dutch way, in full or in part', async () => {
    expect(await namesFor({ q: '06 1234' })).toEqual(['Amina El Idrissi', 'Hassan Öztürk', 'Leyla Haddad', 'Mariam Yildiz', 'Omar Tekle']);
    expect(await namesFor({ q: '06-12 34 00 02' })).toEqual(['Hassan Öztürk']);
    expect(await namesFor({ q: '+31 6 8765' })).toEqual(['AMINA Rahman']);
    expect(await namesFor({ q: '0031 6 8765' })).toEqual(['AMINA Rahman']);
    expect(await namesFor({ q: '8765 0006' })).toEqual(['AMINA Rahman']);
  });

  it('marks open leads without activity for 14 days as overdue, and filters on it', async () => {
    expect(await namesFor({ overdue: '1' })).toEqual(['Amina El Idrissi', 'Leyla Haddad']);
    expect((await rowOf('Amina El Idrissi'))!.overdue).toBe(true);
    expect((await rowOf('Hassan Öztürk'))!.overdue).toBe(false);
    // Completed and closed leads are never overdue, however long ago.
    expect((await rowOf('Omar Tekle'))!.overdue).toBe(false);
    expect((await rowOf('Mariam Yildiz'))!.overdue).toBe(false);
    // The merged lead (50 days) stays out.
    expect(await namesFor({ overdue: '1', q: 'merged' })).toEqual([]);
  });

  it('flags a possible duplicate when another open, non-merged lead has the same phone number', async () => {
    const flags = Object.fromEntries((await list({ q: 'd' }, { pageSize: 500 })).rows.map((r) => [r.name, r.possibleDuplicate]));
    expect(flags).toMatchObject({
      'Dup One': true,
      'Dup Two': true,
      'Dup Closed': true,
      'Dup Open': false,
      'Leyla Haddad': false,
    });
    expect((await rowOf('Merge Target'))!.possibleDuplicate).toBe(false);
  });

  it.each([
    [{ sort: 'createdAt' }, ['AMINA Rahman', 'Leyla Haddad', 'Amina El Idrissi']],
    [{ sort: 'createdAt', dir: 'asc' }, ['Amina El Idrissi', 'Leyla Haddad', 'AMINA Rahman']],
    [{ sort: 'name' }, ['Amina El Idrissi', 'AMINA Rahman', 'Leyla Haddad']],
    [{ sort: 'name', dir: 'desc' }, ['Leyla Haddad', 'AMINA Rahman', 'Amina El Idrissi']],
    [{ sort: 'status' }, ['Amina El Idrissi', 'Leyla Haddad', 'AMINA Rahman']],
    [{ sort: 'status', dir: 'desc' }, ['AMINA Rahman', 'Leyla Haddad', 'Amina El Idrissi']],
    [{ sort: 'lastActivityAt' }, ['AMINA Rahman', 'Amina El Idrissi', 'Leyla Haddad']],
    [{ sort: 'lastActivityAt', dir: 'asc' }, ['Leyla Haddad', 'Amina El Idrissi', 'AMINA Rahman']],
    [{}, ['AMINA Rahman', 'Leyla Haddad', 'Amina El Idrissi']],
  ] as const)('sorts by %j', async (params, expected) => {
    const page = await list({ wijk: 'meerzicht', ...params });
    expect(page.rows.map((r) => r.name)).toEqual(expected);
  });

  it('pages by 50 with the total and the number of pages', async () => {
    const bulk = { association: bulkClub, sort: 'name' };
    const p1 = await list(bulk);
    expect(p1).toMatchObject({ total: 105, page: 1, pageCount: 3, pageSize: 50 });
    expect(p1.rows).toHaveLength(50);
    const p2 = await list({ ...bulk, page: '2' });
    const p3 = await list({ ...bulk, page: '3' });
    expect(p2.rows).toHaveLength(50);
    expect(p3).toMatchObject({ page: 3, pageCount: 3 });
    expect(p3.rows).toHaveLength(5);
    const seen = new Set([...p1.rows, ...p2.rows, ...p3.rows].map((r) => r.id));
    expect(seen.size).toBe(105);
    // Names are in order across pages.
    const all = [...p1.rows, ...p2.rows, ...p3.rows].map((r) => r.name);
    expect(all).toEqual([...all].sort());
    // Past the end: the last page.
    expect(await list({ ...bulk, page: '99' })).toMatchObject({ page: 3, pageCount: 3 });
    expect((await list({ ...bulk, page: '99' })).rows.map((r) => r.id)).toEqual(p3.rows.map((r) => r.id));
  });

  it("counts a search's matches exactly up to the cap, and says \"more than\" above it", async () => {
    // 105 "Bulk …" leads match "bulk".
    expect(await countLeadsUpTo(h.db, filters({ q: 'bulk' }), 105)).toEqual({ total: 105, capped: false });
    expect(await countLeadsUpTo(h.db, filters({ q: 'bulk' }), 104)).toEqual({ total: 104, capped: true });
    expect(await countLeadsUpTo(h.db, filters({ q: 'bulk', sort: 'name' }), 10)).toEqual({ total: 10, capped: true });
    expect(await countLeadsUpTo(h.db, filters({ q: 'niemand heet zo' }), 10)).toEqual({ total: 0, capped: false });
    // With the list's own cap, a search below it is exact.
    expect(SEARCH_TOTAL_CAP).toBeGreaterThan(105);
    expect(await list({ q: 'bulk' }, { pageSize: 10 })).toMatchObject({ total: 105, capped: false, page: 1, pageCount: 11 });
    expect(await list({ q: 'amina' })).toMatchObject({ total: 2, capped: false, pageCount: 1 });
    // Lists without a search count exactly, whatever their size.
    expect(await list({ association: bulkClub }, { pageSize: 10, searchCap: 30 })).toMatchObject({ total: 105, capped: false, pageCount: 11 });
  });

  it('pages through a capped search to its end: the next page is there while rows remain', async () => {
    const search = { q: 'bulk', sort: 'name' };
    const opts = { pageSize: 10, searchCap: 30 };
    const p1 = await list(search, opts);
    // More than 30: the pages up to the 31st row are known.
    expect(p1).toMatchObject({ total: 30, capped: true, page: 1, pageCount: 4 });
    expect(p1.rows).toHaveLength(10);
    // Deeper than the cap the count reaches past the page asked for: still "more than", one page further.
    expect(await list({ ...search, page: '4' }, opts)).toMatchObject({ total: 40, capped: true, page: 4, pageCount: 5 });
    // Follow "next" while there is one.
    const seen: string[] = [];
    let page = 1;
    for (;;) {
      const p = await list({ ...search, page: String(page) }, opts);
      expect(p.page).toBe(page);
      seen.push(...p.rows.map((r) => r.name + r.id));
      if (p.page >= p.pageCount) break;
      page += 1;
      expect(page).toBeLessThan(20);
    }
    expect(page).toBe(11);
    expect(seen).toHaveLength(105);
    expect(new Set(seen).size).toBe(105);
    expect(seen).toEqual([...seen].sort());
    // Near the end the count is exact again, and past the end is the last page.
    expect(await list({ ...search, page: '11' }, opts)).toMatchObject({ total: 105, capped: false, page: 11, pageCount: 11 });
    const past = await list({ ...search, page: '99' }, opts);
    expect(past).toMatchObject({ total: 105, capped: false, page: 11, pageCount: 11 });
    expect(past.rows).toHaveLength(5);
    // The export is not capped: every match, in the same order.
    const exported = (await exportAll(filters(search), 7)).flat();
    expect(exported.map((r) => r.name + r.id)).toEqual(seen);
  });

  it('shows page 1 of 1 when nothing matches', async () => {
    expect(await list({ q: 'niemand heet zo', page: '4' })).toMatchObject({ rows: [], total: 0, page: 1, pageCount: 1 });
  });

  it('exports every matching lead in batches, in the list order, none twice', async () => {
    for (const sort of ['createdAt', 'name', 'status', 'lastActivityAt'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const f = filters({ association: bulkClub, sort, dir });
        const batches = await exportAll(f, 20);
        expect(batches.map((b) => b.length), `${sort} ${dir}`).toEqual([20, 20, 20, 20, 20, 5]);
        const exported = batches.flat().map((r) => r.id);
        const listed = (await listLeads(h.db, f, { pageSize: 500 })).rows.map((r) => r.id);
        expect(exported, `${sort} ${dir}`).toEqual(listed);
      }
    }
  });

  it('exports with the database timestamps (microseconds) as cursor, and with every filter', async () => {
    // These leads' lastActivityAt came from now() in the database.
    const f = filters({ sort: 'lastActivityAt' });
    const exported = (await exportAll(f, 3)).flat();
    expect(exported).toHaveLength(BASE.length + 105);
    expect(new Set(exported.map((r) => r.id)).size).toBe(BASE.length + 105);
    const overdue = (await exportAll(filters({ overdue: '1' }), 2000)).flat();
    expect(names(overdue)).toEqual(['Amina El Idrissi', 'Leyla Haddad']);
    expect(overdue.every((r) => r.overdue)).toBe(true);
    const mine = (await exportAll(filters({ assigned: 'me' }), 1)).flat();
    expect(names(mine)).toEqual(['Amina El Idrissi', 'Omar Tekle']);
  });

  it('yields nothing when nothing matches', async () => {
    expect(await exportAll(filters({ q: 'niemand heet zo' }), 10)).toEqual([]);
  });

  it('gives the pick lists for the filter form', async () => {
    const o = await leadListFilterOptions(h.db);
    expect(o.ambassadors.map((a) => a.name)).toEqual(['Ahmad Karimi', 'Fatima El Amrani']);
    expect(o.associations.map((a) => a.name)).toEqual(['Afghaanse Vereniging Zoetermeer', 'Bulk Club']);
    expect(o.wijken.map((w) => w.code)).toContain('meerzicht');
    expect(o.staff.map((s) => s.name)).toEqual(['Marco Jansen', 'Sanne Bakker']);
  });
});
