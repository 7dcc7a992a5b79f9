import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, associations, auditLog, importBatches, languageProviders, leadEvents, leads, neighbourhoods, networkOrganisations, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { confirmOnboarding, previewOnboarding } from './mutations';
import { type OnboardingKind } from './kinds';

const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));

async function expectError(p: Promise<unknown>, key: string) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, `expected ActionError ${key}`).toBeInstanceOf(ActionError);
  expect((e as ActionError).key).toBe(key);
}

describe.each(testDrivers)('onboarding imports on $name', ({ name, open }) => {
  let h: DbHandle;
  let admin: { id: string };
  let wijk: { code: string; name: string };

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: `admin-onb-${name}@t.nl`, name: 'Admin', passwordHash: 'x', role: 'admin' }).returning({ id: users.id });
    admin = { id: u!.id };
    const [w] = await h.db.select({ code: neighbourhoods.code, name: neighbourhoods.name }).from(neighbourhoods).orderBy(neighbourhoods.code).limit(1);
    wijk = w!;
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Preview and confirm one file; returns the preview and the summary. */
  async function run(kind: OnboardingKind, lines: string[], fileName = `${kind}.csv`) {
    const preview = await previewOnboarding(h.db, admin, kind, { name: fileName, bytes: csv(lines) });
    expect(preview.failedCount, `${kind}: no failed rows`).toBe(0);
    const summary = await confirmOnboarding(h.db, admin, preview.batchId);
    return { preview, summary };
  }

  /** A file with two bad rows: both reported, nothing imported, and it cannot be confirmed. */
  async function twoBad(kind: OnboardingKind, lines: string[], badRows: number[], count: () => Promise<number>) {
    const before = await count();
    const preview = await previewOnboarding(h.db, admin, kind, { name: 'bad.csv', bytes: csv(lines) });
    const [batch] = await h.db.select().from(importBatches).where(eq(importBatches.id, preview.batchId));
    expect(batch!.failedRows!.map((f) => f.row)).toEqual(badRows);
    await expectError(confirmOnboarding(h.db, admin, preview.batchId), 'onboardingImport.errors.fixFirst');
    expect(await count()).toBe(before);
    return batch!.failedRows!;
  }

  const countOf = (table: typeof ambassadors | typeof associations | typeof networkOrganisations | typeof languageProviders) => async () =>
    (await h.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

  it('language providers: created, a second run unchanged, a changed row updated; two bad rows import nothing', async () => {
    const file = ['Naam;Actief', `Taalschool Noord ${name};ja`, `Taalhuis Zuid ${name};nee`];
    const first = await run('providers', file);
    expect(first.summary).toMatchObject({ kind: 'providers', created: 2, updated: 0, unchanged: 0 });
    const again = await run('providers', file);
    expect(again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const changed = await run('providers', ['name,active', `taalhuis zuid ${name},yes`]);
    expect(changed.summary).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const failed = await twoBad('providers', ['Naam;Actief', 'Nieuw A;ja', ';ja', 'Nieuw B;misschien'], [3, 4], countOf(languageProviders));
    expect(failed[0]!.errors.name).toBe('required');
    expect(failed[1]!.errors.active).toBe('invalidChoice');
  });

  it('associations: the name is the key', async () => {
    const file = ['Naam;Gemeenschap;Contactpersoon;Telefoon;E-mail', `Stichting Brug ${name};Afghaans;Sara;0612345678;info@brug.nl`, `Vereniging Oost ${name};Eritrees;;;`];
    expect((await run('associations', file)).summary).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect((await run('associations', file)).summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const failed = await twoBad('associations', ['Naam;Gemeenschap;E-mail', 'X;;', 'Y;Turks;geen-adres', 'Z;Pools;'], [2, 3], countOf(associations));
    expect(failed[0]!.errors.community).toBe('required');
    expect(failed[1]!.errors.email).toBe('emailInvalid');
  });

  it('network organisations: kinds by their Dutch name, wijk by name', async () => {
    const file = ['Naam;Soort;Wijk;Bezoek elke (weken)', `Basisschool De Es ${name};Basisschool;${wijk.name};2`, `Moskee Centrum ${name};mosque;;`];
    expect((await run('network', file)).summary).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const [o] = await h.db.select().from(networkOrganisations).where(eq(networkOrganisations.name, `Basisschool De Es ${name}`));
    expect(o).toMatchObject({ kind: 'primary_school', visitEveryWeeks: 2 });
    expect((await run('network', file)).summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const failed = await twoBad('network', ['Naam;Soort', 'A;school?', `Moskee Centrum ${name};moskee`, `moskee centrum ${name};moskee`], [2, 4], countOf(networkOrganisations));
    expect(failed[0]!.errors.kind).toBe('invalidChoice');
    expect(failed[1]!.errors.name).toBe('onboardingImport.errors.duplicateInFile');
    expect(failed[1]!.errorValues).toEqual({ 'onboardingImport.errors.duplicateInFile': { row: '3' } });
  });

  it('ambassadors: languages, wijk, status; a referral code given is kept, else one is made; the e-mail or code is the key', async () => {
    const file = [
      'Naam;E-mail;Telefoon;Talen;Wijk;Status;Verwijscode',
      `Amina;amina-${name}@t.nl;0612000001;Arabisch, Dari;${wijk.code};actief;KEEP-${name.toUpperCase()}`,
      `Berhane;berhane-${name}@t.nl;;ti;;Kandidaat;`,
    ];
    const first = await run('ambassadors', file);
    expect(first.summary).toMatchObject({ kind: 'ambassadors', created: 2, updated: 0, unchanged: 0 });
    const rows = await h.db.select().from(ambassadors).where(inArray(ambassadors.email, [`amina-${name}@t.nl`, `berhane-${name}@t.nl`]));
    const amina = rows.find((r) => r.displayName === 'Amina')!;
    const berhane = rows.find((r) => r.displayName === 'Berhane')!;
    expect(amina).toMatchObject({ status: 'active', referralCode: `KEEP-${name.toUpperCase()}`, languages: ['ar', 'prs'] });
    expect(amina.neighbourhoodId).not.toBeNull();
    expect(amina.startedOn).not.toBeNull();
    expect(berhane.status).toBe('candidate');
    expect(berhane.referralCode).toMatch(/^AMB\d+$/);

    const again = await run('ambassadors', file);
    expect(again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const moved = await run('ambassadors', ['Naam;E-mail;Status', `Berhane;berhane-${name}@t.nl;training`]);
    expect(moved.summary).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect((await h.db.select({ s: ambassadors.status }).from(ambassadors).where(eq(ambassadors.id, berhane.id)))[0]!.s).toBe('training');

    const failed = await twoBad(
      'ambassadors',
      ['Naam;E-mail;Talen;Status', `Nieuw;nieuw-${name}@t.nl;nl;kandidaat`, 'Zonder sleutel;;nl;', `Gestopt;gestopt-${name}@t.nl;klingon;gestopt`],
      [3, 4],
      countOf(ambassadors),
    );
    expect(failed[0]!.errors.email).toBe('onboardingImport.errors.keyRequired');
    expect(failed[1]!.errors).toMatchObject({ languages: 'unknownLanguage', status: 'onboardingImport.errors.statusNotImportable' });
    // The message says which value it did not know and which names it does.
    expect(failed[1]!.errorValues?.unknownLanguage).toEqual({ value: 'klingon', accepted: expect.stringContaining('Tigrinya, Somalisch') });
  });

  it('leads: created through createLeads at their step, with source, attribution and the consent basis; a second run changes nothing, a later step moves forward', async () => {
    await run('associations', ['Naam;Gemeenschap', `Leadvereniging ${name};Syrisch`]);
    await run('ambassadors', ['Naam;Verwijscode', `Leadamb;LEAD-${name.toUpperCase()}`]);
    const [amb] = await h.db.select({ id: ambassadors.id }).from(ambassadors).where(eq(ambassadors.referralCode, `LEAD-${name.toUpperCase()}`));
    const [assoc] = await h.db.select({ id: associations.id }).from(associations).where(eq(associations.name, `Leadvereniging ${name}`));
    const header = 'Naam;Telefoon;Taal;Wijk;Stap;Trajectplan getekend op;Bron;Verwijscode;Vereniging;Grondslag toestemming;Aangemeld op';
    const file = [
      header,
      `Fatima;0687000001;Arabisch;${wijk.code};Intake;;Ambassadeur;LEAD-${name.toUpperCase()};;Formulier 2025;03-02-2026`,
      `Goitom;0687000002;ti;anders;trajectplan getekend;2026-02-20;vereniging;;Leadvereniging ${name};Formulier 2025;2026-01-15`,
      `Hana;0687000003;nl;${wijk.name};;;Publieksplein;;;Mondeling vastgelegd;`,
    ];
    const first = await run('leads', file);
    expect(first.summary).toMatchObject({ kind: 'leads', created: 3, updated: 0, unchanged: 0 });
    const made = await h.db.select().from(leads).where(eq(leads.importBatchId, first.preview.batchId));
    expect(made).toHaveLength(3);
    const fatima = made.find((l) => l.name === 'Fatima')!;
    expect(fatima).toMatchObject({ phone: '+31687000001', status: 'intake', source: 'ambassador', channel: 'ambassador', recruitedByAmbassadorId: amb!.id, consentVersion: 'Formulier 2025', preferredLanguage: 'ar' });
    expect(fatima.createdAt.toISOString().slice(0, 10)).toBe('2026-02-02'); // Amsterdam midnight of 3 February
    const goitom = made.find((l) => l.name === 'Goitom')!;
    expect(goitom).toMatchObject({ status: 'plan_signed', planSignedOn: '2026-02-20', source: 'association', associationId: assoc!.id, neighbourhoodId: null });
    const [created] = await h.db.select().from(leadEvents).where(and(eq(leadEvents.leadId, goitom.id), eq(leadEvents.kind, 'created')));
    expect(created).toMatchObject({ toStatus: 'plan_signed', actorUserId: admin.id });
    expect(made.find((l) => l.name === 'Hana')).toMatchObject({ status: 'new', source: 'desk', channel: 'desk' });

    expect((await run('leads', file)).summary).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const forward = await run('leads', [header, `fatima;06 8700 0001;ar;${wijk.code};Aanbod gedaan;;Ambassadeur;LEAD-${name.toUpperCase()};;Formulier 2025;03-02-2026`]);
    expect(forward.summary).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect((await h.db.select({ s: leads.status }).from(leads).where(eq(leads.id, fatima.id)))[0]!.s).toBe('offer');
    // Never back: the first file again leaves Fatima at "offer".
    expect((await run('leads', file)).summary).toMatchObject({ created: 0, updated: 0, unchanged: 3 });

    const leadCount = async () => (await h.db.select({ n: sql<number>`count(*)::int` }).from(leads))[0]!.n;
    const failed = await twoBad(
      'leads',
      [header, `Iman;0687000009;ar;${wijk.code};;;Publieksplein;;;Formulier;`, `Jamal;0687000010;ar;${wijk.code};Cursus gestart;;Ambassadeur;ONBEKEND;;Formulier;`, `Karim;12;ar;${wijk.code};;;Netwerkorganisatie;;;nee;`],
      [3, 4],
      leadCount,
    );
    expect(failed[0]!.errors).toMatchObject({ planSignedOn: 'onboardingImport.errors.planDateRequired', referralCode: 'onboardingImport.errors.unknownAmbassador' });
    expect(failed[1]!.errors).toMatchObject({ phone: 'phoneInvalid', networkOrganisation: 'onboardingImport.errors.attributionRequired', consentBasis: 'onboardingImport.errors.consentRefused' });
  });

  it('a batch is confirmed once; a file missing columns is refused; the audit holds counts only', async () => {
    const { preview } = await run('providers', ['Naam', `Eenmalig ${name}`]);
    await expectError(confirmOnboarding(h.db, admin, preview.batchId), 'associationImport.errors.alreadyImported');
    await expectError(confirmOnboarding(h.db, admin, 'not-a-uuid'), 'associationImport.errors.batchNotFound');
    const refused = await previewOnboarding(h.db, admin, 'leads', { name: 'x.csv', bytes: csv(['Naam;Telefoon', 'A;0612345678']) }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ActionError);
    expect((refused as ActionError).fieldErrors).toEqual({ file: 'associationImport.errors.missingColumns' });
    const entries = await h.db.select().from(auditLog).where(eq(auditLog.entityId, preview.batchId));
    expect(entries.map((e) => e.action).sort()).toEqual(['onboarding.imported', 'onboarding.previewed']);
    const text = JSON.stringify(entries.map((e) => e.details));
    expect(text).not.toContain('Eenmalig');
    expect(entries.find((e) => e.action === 'onboarding.imported')!.details).toMatchObject({ kind: 'providers', created: 1, updated: 0, unchanged: 0 });
  });
});
