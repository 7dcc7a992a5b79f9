import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { ambassadorStatusEvents, ambassadors, associations, importBatches, languageProviders, leadEvents, leads, neighbourhoods, networkOrganisations } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { isUuid } from '@/lib/actions/validation';
import { nextReferralCode } from '@/lib/ambassadors/lifecycle';
import { audit } from '@/lib/audit';
import { amsterdamMidnight, todayLocal } from '@/lib/dates';
import enMessages from '@/lib/i18n/messages/en/onboardingImport.json';
import nlMessages from '@/lib/i18n/messages/nl/onboardingImport.json';
import { purgeOldImportData } from '@/lib/imports/mutations';
import { parseImportFile } from '@/lib/imports/parse';
import { createLeads, type LeadSource, type NewLead } from '@/lib/leads/create';
import { type Step, stepIndex } from '@/lib/leads/journey/steps';
import { type OnboardingKind, isOnboardingKind, kindColumns } from './kinds';
import { type StoredRow, type ValidationContext, nameKey, validateOnboardingRows } from './validate';

/**
 * The administrator's onboarding imports (ambassadors, associations, network organisations,
 * existing leads, language providers), with the association import's flow and parser: a file is
 * read and checked into a stored preview batch (`import_batches`, kind ≠ 'contacts', no
 * association), and confirming imports it — all of it in one transaction, or nothing: a file with
 * any failed row cannot be confirmed. Each kind has a key (ambassadors: the referral code, else
 * the e-mail address; organisations and providers: the name; leads: phone and name), so a second
 * run updates or leaves rows unchanged instead of duplicating. Audit entries hold the kind and the
 * counts only.
 */

export interface OnboardingActor {
  id: string;
}

export interface Summary {
  created: number;
  updated: number;
  unchanged: number;
}

const HEADERS = [nlMessages.fields, enMessages.fields] as Record<string, string>[];

async function wijkIds(tx: DbOrTx): Promise<Map<string, string>> {
  return new Map((await tx.select({ id: neighbourhoods.id, code: neighbourhoods.code }).from(neighbourhoods)).map((w) => [w.code, w.id]));
}

function group<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const i of items) m.set(key(i), [...(m.get(key(i)) ?? []), i]);
  return m;
}

/** What the rows of a kind may refer to, read from the database. */
async function contextFor(db: DbOrTx, kind: OnboardingKind): Promise<ValidationContext> {
  const wijken = await db.select({ code: neighbourhoods.code, name: neighbourhoods.name }).from(neighbourhoods);
  const ctx: ValidationContext = { wijken };
  if (kind === 'ambassadors' || kind === 'leads') {
    const rows = await db.select({ id: ambassadors.id, code: ambassadors.referralCode, email: ambassadors.email }).from(ambassadors);
    ctx.ambassadorByCode = new Map(rows.map((r) => [r.code.toUpperCase(), r.id]));
    ctx.ambassadorsByEmail = new Map([...group(rows.filter((r) => r.email), (r) => r.email!.toLowerCase())].map(([k, v]) => [k, v.map((r) => r.id)]));
  }
  if (kind === 'associations' || kind === 'leads') {
    const rows = await db.select({ id: associations.id, name: associations.name }).from(associations);
    ctx.associationsByName = new Map([...group(rows, (r) => nameKey(r.name))].map(([k, v]) => [k, v.map((r) => r.id)]));
  }
  if (kind === 'leads') {
    const rows = await db.select({ id: networkOrganisations.id, name: networkOrganisations.name }).from(networkOrganisations);
    ctx.networkByName = new Map(rows.map((r) => [nameKey(r.name), r.id]));
  }
  return ctx;
}

export interface OnboardingPreview {
  batchId: string;
  rowCount: number;
  validCount: number;
  failedCount: number;
}

/**
 * Reads and checks a file of one kind and stores it as a batch awaiting confirmation; imports
 * nothing. A file that cannot be read at all is refused with a field error on "file".
 */
export async function previewOnboarding(
  db: DbOrTx,
  actor: OnboardingActor,
  kind: OnboardingKind,
  file: { name: string; bytes: Uint8Array },
  /** a column's name in the user's language, for the list of missing columns */
  columnName: (field: string) => string = (field) => field,
  now = new Date(),
): Promise<OnboardingPreview> {
  if (!isOnboardingKind(kind)) throw new ActionError('invalidForm', { kind: 'invalidChoice' });
  await purgeOldImportData(db, now);
  const parsed = await parseImportFile(file.bytes, file.name, kindColumns(kind, HEADERS));
  if (!parsed.ok) {
    const key = `associationImport.errors.${parsed.error}`;
    throw new ActionError('invalidForm', { file: key }, parsed.missing ? { [key]: { columns: parsed.missing.map(columnName).join(', ') } } : undefined);
  }
  const { valid, failed } = validateOnboardingRows(kind, parsed.rows, await contextFor(db, kind), todayLocal(now));
  const [batch] = await db
    .insert(importBatches)
    .values({
      kind,
      associationId: null,
      userId: actor.id,
      fileName: file.name.replace(/[\\/]/g, '_').slice(0, 200) || 'bestand',
      fileSha256: createHash('sha256').update(file.bytes).digest('hex'),
      rowCount: parsed.rows.length,
      validCount: valid.length,
      rows: valid,
      failedRows: failed,
    })
    .returning({ id: importBatches.id });
  await audit(db, {
    action: 'onboarding.previewed',
    actorUserId: actor.id,
    entityType: 'import',
    entityId: batch!.id,
    details: { kind, rows: parsed.rows.length, valid: valid.length, failed: failed.length, format: parsed.format },
  });
  return { batchId: batch!.id, rowCount: parsed.rows.length, validCount: valid.length, failedCount: failed.length };
}

const changed = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys(a).some((k) => JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null));

/** A row that no longer fits what the database holds (changed since the preview): nothing is imported. */
const STALE = 'onboardingImport.errors.changedSincePreview';

async function importAmbassadors(tx: Tx, rows: StoredRow[], now: Date): Promise<Summary> {
  const s: Summary = { created: 0, updated: 0, unchanged: 0 };
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('ambassador_referral_code'))`);
  const wijk = await wijkIds(tx);
  const all = await tx
    .select({ id: ambassadors.id, code: ambassadors.referralCode, displayName: ambassadors.displayName, email: ambassadors.email, phone: ambassadors.phone, languages: ambassadors.languages, neighbourhoodId: ambassadors.neighbourhoodId, status: ambassadors.status, startedOn: ambassadors.startedOn })
    .from(ambassadors);
  const byId = new Map(all.map((a) => [a.id, a]));
  const codes = all.map((a) => a.code);
  const codeTaken = new Set(codes.map((c) => c.toUpperCase()));
  for (const r of rows) {
    const values = {
      displayName: r.name!,
      email: r.email,
      phone: r.phone,
      languages: r.languages ? r.languages.split(',') : [],
      neighbourhoodId: r.wijk ? (wijk.get(r.wijk) ?? null) : null,
      status: r.status as (typeof ambassadors.$inferInsert)['status'] & string,
    };
    if (r.wijk && !values.neighbourhoodId) throw new ActionError(STALE);
    const startedOn = values.status === 'active' || values.status === 'paused' ? now : null;
    if (r.existingId) {
      const old = byId.get(r.existingId);
      if (!old || (r.referralCode && old.code.toUpperCase() !== r.referralCode)) throw new ActionError(STALE);
      if (!changed(values, old)) {
        s.unchanged++;
        continue;
      }
      await tx
        .update(ambassadors)
        .set({ ...values, ...(startedOn && !old.startedOn ? { startedOn } : {}), updatedAt: now })
        .where(eq(ambassadors.id, old.id));
      if (old.status !== values.status) await tx.insert(ambassadorStatusEvents).values({ ambassadorId: old.id, fromStatus: old.status, toStatus: values.status, actorUserId: null, note: 'import' });
      s.updated++;
    } else {
      let code = r.referralCode;
      if (code && codeTaken.has(code)) throw new ActionError(STALE);
      if (!code) {
        code = nextReferralCode(codes);
        codes.push(code);
      }
      codeTaken.add(code.toUpperCase());
      const [row] = await tx
        .insert(ambassadors)
        .values({ ...values, source: 'manual', referralCode: code, startedOn })
        .returning({ id: ambassadors.id });
      await tx.insert(ambassadorStatusEvents).values({ ambassadorId: row!.id, fromStatus: null, toStatus: values.status, actorUserId: null, note: 'import' });
      s.created++;
    }
  }
  return s;
}

async function importAssociations(tx: Tx, rows: StoredRow[]): Promise<Summary> {
  const s: Summary = { created: 0, updated: 0, unchanged: 0 };
  const all = await tx
    .select({ id: associations.id, name: associations.name, community: associations.community, contactPerson: associations.contactPerson, contactPhone: associations.contactPhone, contactEmail: associations.contactEmail })
    .from(associations);
  const byKey = group(all, (a) => nameKey(a.name));
  for (const r of rows) {
    const values = { name: r.name!, community: r.community!, contactPerson: r.contactPerson, contactPhone: r.phone, contactEmail: r.email };
    const found = byKey.get(r.key!) ?? [];
    if (found.length > 1) throw new ActionError(STALE);
    const old = found[0];
    if (!old) {
      await tx.insert(associations).values(values);
      s.created++;
    } else if (changed(values, old)) {
      await tx.update(associations).set(values).where(eq(associations.id, old.id));
      s.updated++;
    } else s.unchanged++;
  }
  return s;
}

async function importNetwork(tx: Tx, rows: StoredRow[]): Promise<Summary> {
  const s: Summary = { created: 0, updated: 0, unchanged: 0 };
  const wijk = await wijkIds(tx);
  const all = await tx
    .select({ id: networkOrganisations.id, name: networkOrganisations.name, kind: networkOrganisations.kind, neighbourhoodId: networkOrganisations.neighbourhoodId, contactPerson: networkOrganisations.contactPerson, phone: networkOrganisations.phone, email: networkOrganisations.email, visitEveryWeeks: networkOrganisations.visitEveryWeeks })
    .from(networkOrganisations);
  const byKey = new Map(all.map((o) => [nameKey(o.name), o]));
  for (const r of rows) {
    const values = {
      name: r.name!,
      kind: r.kind as (typeof networkOrganisations.$inferInsert)['kind'],
      neighbourhoodId: r.wijk ? (wijk.get(r.wijk) ?? null) : null,
      contactPerson: r.contactPerson,
      phone: r.phone,
      email: r.email,
      visitEveryWeeks: Number(r.visitEveryWeeks ?? 1),
    };
    if (r.wijk && !values.neighbourhoodId) throw new ActionError(STALE);
    const old = byKey.get(r.key!);
    if (!old) {
      await tx.insert(networkOrganisations).values(values);
      s.created++;
    } else if (changed(values, old)) {
      await tx.update(networkOrganisations).set(values).where(eq(networkOrganisations.id, old.id));
      s.updated++;
    } else s.unchanged++;
  }
  return s;
}

async function importProviders(tx: Tx, rows: StoredRow[]): Promise<Summary> {
  const s: Summary = { created: 0, updated: 0, unchanged: 0 };
  const all = await tx.select({ id: languageProviders.id, name: languageProviders.name, active: languageProviders.active }).from(languageProviders);
  const byKey = new Map(all.map((p) => [nameKey(p.name), p]));
  for (const r of rows) {
    const values = { name: r.name!, active: r.active !== '0' };
    const old = byKey.get(r.key!);
    if (!old) {
      await tx.insert(languageProviders).values(values);
      s.created++;
    } else if (changed(values, old)) {
      await tx.update(languageProviders).set(values).where(eq(languageProviders.id, old.id));
      s.updated++;
    } else s.unchanged++;
  }
  return s;
}

/**
 * Existing leads: new ones through `createLeads` (the bulk path of the one createLead, rule
 * `flag`: a number known under another name becomes a second lead staff see flagged), grouped by
 * source and attribution, each at its step with its sign-up date and the city's consent basis.
 * A lead already there (same number and name, not merged) is moved forward to the file's step
 * when the file is ahead (with a history entry), else left unchanged: a run never moves a lead
 * back.
 */
async function importLeads(tx: Tx, rows: StoredRow[], actor: OnboardingActor, batchId: string, now: Date): Promise<Summary> {
  const s: Summary = { created: 0, updated: 0, unchanged: 0 };
  const phones = [...new Set(rows.map((r) => r.phone!))];
  const known = new Map<string, { id: string; status: string; planSignedOn: string | null }>();
  for (let i = 0; i < phones.length; i += 1000) {
    const found = await tx
      .select({ id: leads.id, name: leads.name, phone: leads.phone, status: leads.status, planSignedOn: leads.planSignedOn })
      .from(leads)
      .where(and(inArray(leads.phone, phones.slice(i, i + 1000)), isNull(leads.mergedIntoId), isNull(leads.anonymisedAt)));
    for (const l of found) if (!known.has(`${l.phone}|${nameKey(l.name)}`)) known.set(`${l.phone}|${nameKey(l.name)}`, l);
  }
  const fresh: StoredRow[] = [];
  for (const r of rows) {
    const old = known.get(r.key!);
    if (!old) {
      fresh.push(r);
      continue;
    }
    if (old.status === 'closed' || old.status === 'completed' || stepIndex(r.step as Step) <= stepIndex(old.status as Step)) {
      s.unchanged++;
      continue;
    }
    await tx
      .update(leads)
      .set({ status: r.step as Step, planSignedOn: r.planSignedOn ?? old.planSignedOn, version: sql`${leads.version} + 1`, updatedAt: now, lastActivityAt: now })
      .where(eq(leads.id, old.id));
    await tx.insert(leadEvents).values({ leadId: old.id, kind: 'status_change', fromStatus: old.status as Step, toStatus: r.step as Step, actorUserId: actor.id, meta: { import: batchId } });
    s.updated++;
  }
  const groups = group(fresh, (r) => [r.source, r.ambassadorId, r.associationId, r.networkOrganisationId, r.referralCode].join('|'));
  for (const part of groups.values()) {
    const first = part[0]!;
    for (let i = 0; i < part.length; i += 500) {
      const ids = await createLeads(
        tx,
        part.slice(i, i + 500).map(
          (r): NewLead => ({
            name: r.name!,
            phone: r.phone!,
            email: r.email,
            language: r.language!,
            neighbourhood: r.wijk!,
            meta: { import: batchId, row: Number(r.row) },
            existing: { status: r.step as Exclude<Step, 'closed'>, planSignedOn: r.planSignedOn, at: amsterdamMidnight(r.signedUpOn!) ?? now, consentVersion: r.consentBasis! },
          }),
        ),
        {
          source: first.source as LeadSource,
          duplicate: 'flag',
          actorUserId: actor.id,
          attribution: {
            recruitedByAmbassadorId: first.ambassadorId,
            referralCode: first.referralCode,
            associationId: first.associationId,
            networkOrganisationId: first.networkOrganisationId,
            importBatchId: batchId,
          },
          consentVersion: 'import',
        },
      );
      s.created += ids.length;
    }
  }
  return s;
}

/**
 * Imports a previewed onboarding batch: every row in one transaction under a row lock on the
 * batch (a second confirm finds it imported) and a lock per kind (two files of one kind never
 * interleave). A batch with failed rows imports nothing. Returns what was created and updated.
 */
export async function confirmOnboarding(db: DbOrTx, actor: OnboardingActor, batchId: string, now = new Date()): Promise<Summary & { kind: OnboardingKind }> {
  if (!isUuid(batchId)) throw new ActionError('associationImport.errors.batchNotFound');
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .select()
      .from(importBatches)
      .where(and(eq(importBatches.id, batchId), ne(importBatches.kind, 'contacts'), isNull(importBatches.associationId)))
      .for('update');
    if (!batch || !isOnboardingKind(batch.kind)) throw new ActionError('associationImport.errors.batchNotFound');
    if (batch.status === 'imported') throw new ActionError('associationImport.errors.alreadyImported');
    if ((batch.failedRows ?? []).length > 0) throw new ActionError('onboardingImport.errors.fixFirst');
    const kind = batch.kind;
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`onboarding:${kind}`}))`);
    const rows = batch.rows ?? [];
    const summary =
      kind === 'ambassadors'
        ? await importAmbassadors(tx, rows, now)
        : kind === 'associations'
          ? await importAssociations(tx, rows)
          : kind === 'network'
            ? await importNetwork(tx, rows)
            : kind === 'providers'
              ? await importProviders(tx, rows)
              : await importLeads(tx, rows, actor, batch.id, now);
    await tx
      .update(importBatches)
      .set({ status: 'imported', importedCount: summary.created + summary.updated, summary, importedAt: now, rows: null })
      .where(eq(importBatches.id, batch.id));
    await audit(tx, { action: 'onboarding.imported', actorUserId: actor.id, entityType: 'import', entityId: batch.id, details: { kind, ...summary } });
    return { kind, ...summary };
  });
}
