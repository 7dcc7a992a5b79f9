import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, neighbourhoods, organization, service, taxonomy_term } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { loadServiceAggregate } from '@/lib/socialmap/hsds/load';
import { hoursFromSchedules } from '@/lib/socialmap/opening-hours';
import { markVerified, retireOrganization, retireService, saveOrganization, saveService } from './mutations';
import { getServiceForEdit, listCurationOrganizations, listCurationServices, listStaleServices } from './queries';
import { serviceSchema, type ServiceInput } from './schema';

function serviceInput(orgId: string, extra: Record<string, unknown> = {}): Omit<ServiceInput, 'base'> {
  const { base, ...rest } = serviceSchema.parse({
    base: '/curation',
    organizationId: orgId,
    name: 'Formulierenhulp',
    description: 'Hulp bij formulieren van de gemeente.',
    status: 'active',
    phone1: '079 111 22 33',
    opens_MO: '09:00',
    closes_MO: '12:00',
    opens_TH: '9:00',
    closes_TH: '12:00',
    address1: 'Wijkplein 3',
    postalCode: '2711ab',
    city: 'Zoetermeer',
    ...extra,
  });
  void base;
  return rest;
}

describe.each(testDrivers)('social map curation ($name)', ({ open }) => {
  let h: DbHandle;
  let wijk: { id: string; code: string };
  let termId: string;

  beforeAll(async () => {
    h = await open();
    [wijk] = (await h.db.select({ id: neighbourhoods.id, code: neighbourhoods.code }).from(neighbourhoods).limit(1)) as [{ id: string; code: string }];
    const [t] = await h.db.insert(taxonomy_term).values({ name: 'Geldzaken', description: 'Geld en schulden' }).returning();
    termId = t!.id;
  });
  afterAll(async () => h?.close());

  it('creates an organisation and a service with hours, theme, wijk, language and address', async () => {
    const orgId = await saveOrganization(h.db, null, { name: 'Wijkteam Noord', alternateName: null, description: 'Het wijkteam.', email: null, website: null });
    const id = await saveService(h.db, null, serviceInput(orgId, { themes: termId, wijken: [wijk.code], languages: ['nl', 'tr'], locationWijk: wijk.code }));
    const agg = (await loadServiceAggregate(h.db, id))!;
    expect(agg.service.name).toBe('Formulierenhulp');
    expect(agg.organization.name).toBe('Wijkteam Noord');
    expect(hoursFromSchedules(agg.schedules)).toEqual({ MO: { opens: '09:00', closes: '12:00' }, TH: { opens: '09:00', closes: '12:00' } });
    expect(agg.schedules).toHaveLength(1);
    expect(agg.attributes.map((a) => a.term.name)).toEqual(['Geldzaken']);
    expect(agg.wijken.map((w) => w.code)).toEqual([wijk.code]);
    expect(agg.languages.map((l) => l.code).sort()).toEqual(['nl', 'tr']);
    expect(agg.phones.map((p) => p.number)).toEqual(['079 111 22 33']);
    expect(agg.locations[0]!.addresses[0]).toMatchObject({ address_1: 'Wijkplein 3', postal_code: '2711 AB', city: 'Zoetermeer' });
    expect(agg.locations[0]!.wijk?.code).toBe(wijk.code);
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.map((a) => a.action)).toEqual(['socialmap.saved']);
  });

  it('edits a service: changed hours, themes and address replace the old ones; last_modified moves', async () => {
    const orgId = await saveOrganization(h.db, null, { name: 'Buurthuis Oost', alternateName: null, description: 'x', email: null, website: null });
    const before = new Date('2025-01-01T10:00:00Z');
    const id = await saveService(h.db, null, serviceInput(orgId, { themes: termId }), before);
    const after = new Date('2025-02-01T10:00:00Z');
    await saveService(h.db, null, { ...serviceInput(orgId, { opens_MO: '', closes_MO: '', opens_SA: '10:00', closes_SA: '14:00', address1: 'Nieuweweg 8' }), id }, after);
    const form = (await getServiceForEdit(h.db, id))!;
    expect(form.values).toMatchObject({ opens_MO: '', opens_TH: '09:00', opens_SA: '10:00', closes_SA: '14:00', address1: 'Nieuweweg 8' });
    expect(form.themes).toEqual([]);
    expect(form.service.last_modified.toISOString()).toBe(after.toISOString());
  });

  it('refuses closing before opening and an unknown theme', async () => {
    expect(serviceSchema.safeParse({ base: '/curation', organizationId: crypto.randomUUID(), name: 'x', status: 'active', opens_TU: '12:00', closes_TU: '09:00' }).error?.issues[0]?.message).toBe('socialMapManage.errors.closesBeforeOpens');
    const orgId = await saveOrganization(h.db, null, { name: 'X', alternateName: null, description: 'x', email: null, website: null });
    await expect(saveService(h.db, null, serviceInput(orgId, { themes: crypto.randomUUID() }))).rejects.toBeInstanceOf(ActionError);
  });

  it('retires a service, and an organisation with its services', async () => {
    const orgId = await saveOrganization(h.db, null, { name: 'Stoppend', alternateName: null, description: 'x', email: null, website: null });
    const a = await saveService(h.db, null, serviceInput(orgId));
    const b = await saveService(h.db, null, serviceInput(orgId, { name: 'Tweede' }));
    await retireService(h.db, null, a);
    expect((await h.db.select().from(service).where(eq(service.id, a)))[0]!.status).toBe('defunct');
    expect((await h.db.select().from(service).where(eq(service.id, b)))[0]!.status).toBe('active');
    await retireOrganization(h.db, null, orgId);
    expect((await h.db.select().from(organization).where(eq(organization.id, orgId)))[0]!.status).toBe('defunct');
    expect((await h.db.select().from(service).where(eq(service.id, b)))[0]!.status).toBe('defunct');
  });

  it('marks verified today with the curator’s e-mail; the stale list has services unchecked for 12 months or more', async () => {
    const orgId = await saveOrganization(h.db, null, { name: 'Verificatie', alternateName: null, description: 'x', email: null, website: null });
    const mk = async (name: string, assured: string | null) => {
      const id = await saveService(h.db, null, serviceInput(orgId, { name }));
      await h.db.update(service).set({ assured_date: assured }).where(eq(service.id, id));
      return id;
    };
    const exactly = await mk('Precies twaalf maanden', '2024-06-15');
    const dayLess = await mk('Een dag minder', '2024-06-16');
    const never = await mk('Nooit gecontroleerd', null);
    const today = '2025-06-15';
    let stale = (await listStaleServices(h.db, today)).map((s) => s.id);
    expect(stale).toContain(exactly);
    expect(stale).toContain(never);
    expect(stale).not.toContain(dayLess);

    // 2025-06-15 12:00 in Amsterdam.
    const day = await markVerified(h.db, { id: null, email: 'coordinator@wijkwerf.test' }, never, new Date('2025-06-15T10:00:00Z'));
    expect(day).toBe('2025-06-15');
    const row = (await h.db.select().from(service).where(eq(service.id, never)))[0]!;
    expect(row).toMatchObject({ assured_date: '2025-06-15', assurer_email: 'coordinator@wijkwerf.test' });
    stale = (await listStaleServices(h.db, today)).map((s) => s.id);
    expect(stale).not.toContain(never);
    // Retired services are not on the list.
    await retireService(h.db, null, exactly);
    expect((await listStaleServices(h.db, today)).map((s) => s.id)).not.toContain(exactly);
  });

  it('counts each organisation’s services in the curation list, and finds organisations by name', async () => {
    const orgId = await saveOrganization(h.db, null, { name: 'Telhuis Zuid', alternateName: null, description: 'x', email: null, website: null });
    const empty = await saveOrganization(h.db, null, { name: 'Leeg Huis', alternateName: null, description: 'x', email: null, website: null });
    await saveService(h.db, null, serviceInput(orgId, { name: 'Eerste' }));
    await saveService(h.db, null, serviceInput(orgId, { name: 'Tweede' }));
    const all = await listCurationOrganizations(h.db);
    expect(all.find((o) => o.id === orgId)?.services).toBe(2);
    expect(all.find((o) => o.id === empty)?.services).toBe(0);
    const found = await listCurationOrganizations(h.db, 'telhuis');
    expect(found.map((o) => o.id)).toEqual([orgId]);
    expect(await listCurationOrganizations(h.db, '%')).toEqual([]);
    // The services table narrows by the service's name or its organisation's.
    expect((await listCurationServices(h.db, '2025-06-15', undefined, 'TELHUIS')).map((s) => s.name)).toEqual(['Eerste', 'Tweede']);
    expect((await listCurationServices(h.db, '2025-06-15', undefined, 'eerste')).map((s) => s.organizationName)).toEqual(['Telhuis Zuid']);
  });
});
