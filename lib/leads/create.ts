import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { leadEvents, leads, neighbourhoods } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { CLOSED_STATUSES } from './journey/steps';

/**
 * What happens when the number already has an open, unmerged lead:
 * - `repeat`: no second lead; the open one gets a `repeat_signup` history entry (public sign-up);
 * - `flag`: a second lead is created; staff see both flagged as possible duplicates in the lead
 *   list and on the lead page (computed from the number when read), and may merge them;
 * - `refuse`: nothing is stored; an ActionError with a field error on `phone`.
 */
export type DuplicateRule = 'repeat' | 'flag' | 'refuse';

export type LeadSource = (typeof leads.$inferInsert)['source'];
export type LeadChannel = (typeof leads.$inferSelect)['channel'];

/**
 * The channel a lead counts for, from how it came in and who is credited (one rule; the
 * migration 0018_lead_channel_backfill applies the same to existing rows):
 * - an explicit channel (a participant's referral link) wins;
 * - an ambassador's own contact, and any lead credited to an ambassador (a public sign-up
 *   through their referral link, a desk lead the ambassador brought), count for `ambassador`;
 * - association and network as they came in; a desk lead credited to an association for it;
 * - else the source itself (`public`, `desk`).
 */
export function channelOf(source: LeadSource, a: CreateLeadOptions['attribution'] = {}): LeadChannel {
  if (a.channel) return a.channel;
  if (source === 'association' || source === 'network') return source;
  if (source === 'ambassador' || a.recruitedByAmbassadorId) return 'ambassador';
  if (source === 'desk' && a.associationId) return 'association';
  return source;
}

/** One person to create a lead for. `phone` is already normalised to E.164. */
export interface NewLead {
  name: string;
  phone: string;
  email?: string | null;
  language: string;
  /** A wijk code, or "other" for none. An unknown code is refused as a field error. */
  neighbourhood: string;
  forWhom?: (typeof leads.$inferInsert)['forWhom'];
  wants?: (typeof leads.$inferInsert)['wants'];
  /** The resident asked for an ambassador who speaks their language to come along to the intake. */
  escortRequested?: boolean;
  /** The note of the "created" event (typed by whoever passed the person on). */
  note?: string | null;
  /** Extra meta for the history entry ("created" or "repeat_signup"); ids and codes only. */
  meta?: Record<string, unknown>;
  /**
   * Only for an existing lead brought in from the city's spreadsheet (lib/onboarding, bulk path):
   * the step it has reached (default `new`), its plan date, when it came in (its created and
   * consent time) and the consent basis the city recorded (the consent version).
   */
  existing?: { status: Exclude<(typeof leads.$inferInsert)['status'], 'closed' | undefined>; planSignedOn: string | null; at: Date; consentVersion: string };
}

export interface CreateLeadOptions {
  source: LeadSource;
  duplicate: DuplicateRule;
  /** The logged-in user creating it (none for the public page). */
  actorUserId?: string | null;
  /** The keyed hash of the sender's address (public page), for the audit entry. */
  ipHash?: string;
  /** Who gets the credit. */
  attribution?: {
    recruitedByAmbassadorId?: string | null;
    partnerAmbassadorId?: string | null;
    associationId?: string | null;
    importBatchId?: string | null;
    referralCode?: string | null;
    /** The network organisation that passed the person on. */
    networkOrganisationId?: string | null;
    /** Only for a channel the other fields cannot tell (a participant's referral link). */
    channel?: LeadChannel;
  };
  /** The consent text version the person agreed to. */
  consentVersion: string;
  /** When consent was given; by default `now`, else the current time. */
  consentAt?: Date;
  /** Extra audit details (ids, codes and flags only, never personal data). */
  auditDetails?: Record<string, unknown>;
  /** When given, also the lead's created/updated/activity time and the event's time. */
  now?: Date;
}

export type LeadCreated = { kind: 'created'; leadId: string; possibleDuplicate: boolean };
export type LeadRepeated = { kind: 'repeat'; leadId: string };
/** Only the `repeat` rule can end without a new lead. */
export type CreateLeadOutcome<R extends DuplicateRule = DuplicateRule> = R extends 'repeat' ? LeadCreated | LeadRepeated : LeadCreated;

/** The id of a wijk by its code; "other" is none; an unknown code is a field error. */
export async function neighbourhoodIdOf(tx: Tx, code: string): Promise<string | null> {
  if (code === 'other') return null;
  const [n] = await tx.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.code, code)).limit(1);
  if (!n) throw new ActionError('invalidForm', { neighbourhood: 'invalidChoice' });
  return n.id;
}

/**
 * Serialises every creation for one number until the transaction ends, and looks up the wijk in
 * the same round trip (as `neighbourhoodIdOf`: "other" is none, an unknown code a field error).
 */
async function lockPhoneAndFindWijk(tx: Tx, phone: string, code: string): Promise<string | null> {
  const [row] = rowsOf<{ id: string | null }>(
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtext(${`lead-phone:${phone}`})), (SELECT id FROM neighbourhoods WHERE code = ${code} LIMIT 1) AS id`,
    ),
  );
  if (code === 'other') return null;
  if (!row?.id) throw new ActionError('invalidForm', { neighbourhood: 'invalidChoice' });
  return row.id;
}

/** The oldest open (not closed, not completed), unmerged lead with this number. */
async function openLeadWithPhone(tx: Tx, phone: string): Promise<string | null> {
  const [open] = await tx
    .select({ id: leads.id })
    .from(leads)
    .where(and(eq(leads.phone, phone), isNull(leads.mergedIntoId), notInArray(leads.status, [...CLOSED_STATUSES])))
    .orderBy(asc(leads.createdAt))
    .limit(1);
  return open?.id ?? null;
}

type Resolved = NewLead & { neighbourhoodId: string | null };

/**
 * Inserts the leads and their "created" events: two statements whatever the count, sent together
 * (the ids are made here, so the events need not wait for the leads' answer; the server runs the
 * statements in order, so each event's lead exists when it is inserted).
 */
function insertLeads(tx: Tx, rows: Resolved[], opts: CreateLeadOptions): { ids: string[]; done: Promise<unknown> } {
  const now = opts.now;
  const at = opts.consentAt ?? now ?? new Date();
  const a = opts.attribution ?? {};
  const ids = rows.map(() => randomUUID());
  const insertedLeads = tx
    .insert(leads)
    .values(
      rows.map((r, i) => ({
        id: ids[i]!,
        ...(r.existing
          ? { status: r.existing.status, planSignedOn: r.existing.planSignedOn, createdAt: r.existing.at, updatedAt: r.existing.at, lastActivityAt: r.existing.at }
          : {}),
        name: r.name,
        phone: r.phone,
        email: r.email ?? null,
        preferredLanguage: r.language,
        neighbourhoodId: r.neighbourhoodId,
        ...(r.forWhom ? { forWhom: r.forWhom } : {}),
        ...(r.wants ? { wants: r.wants } : {}),
        ...(r.escortRequested ? { escortRequested: true } : {}),
        source: opts.source,
        channel: channelOf(opts.source, a),
        recruitedByAmbassadorId: a.recruitedByAmbassadorId ?? null,
        partnerAmbassadorId: a.partnerAmbassadorId ?? null,
        associationId: a.associationId ?? null,
        importBatchId: a.importBatchId ?? null,
        networkOrganisationId: a.networkOrganisationId ?? null,
        referralCode: a.referralCode ?? null,
        createdByUserId: opts.actorUserId ?? null,
        consentAt: r.existing?.at ?? at,
        consentVersion: r.existing?.consentVersion ?? opts.consentVersion,
        ...(now && !r.existing ? { createdAt: now, updatedAt: now, lastActivityAt: now } : {}),
      })),
    );
  const insertedEvents = tx.insert(leadEvents).values(
    ids.map((id, i) => ({
      leadId: id,
      kind: 'created' as const,
      toStatus: rows[i]!.existing?.status ?? ('new' as const),
      actorUserId: opts.actorUserId ?? null,
      note: rows[i]!.note ?? null,
      meta: { source: opts.source, channel: channelOf(opts.source, a), ...rows[i]!.meta },
      ...(rows[i]!.existing ? { createdAt: rows[i]!.existing!.at } : now ? { createdAt: now } : {}),
    })),
  );
  return { ids, done: Promise.all([insertedLeads, insertedEvents]) };
}

/**
 * The one way a lead comes into being (public sign-up, field contact, association contact and
 * import, desk entry). Inside the caller's transaction: serialises on the number with a
 * transaction-scoped advisory lock (looking up the wijk in the same statement), applies the
 * duplicate rule, and writes the lead (attribution, consent), its "created" event and a `lead.created` audit entry — or, under
 * `repeat`, a `repeat_signup` event and a `lead.repeat_signup` audit entry on the open lead.
 */
export async function createLead<R extends DuplicateRule>(
  tx: Tx,
  input: NewLead,
  opts: CreateLeadOptions & { duplicate: R },
): Promise<CreateLeadOutcome<R>> {
  // Sent together: the lookup runs after the lock is granted (in its own statement, so it sees
  // every lead committed before), in one round trip.
  const [neighbourhoodId, open] = await Promise.all([lockPhoneAndFindWijk(tx, input.phone, input.neighbourhood), openLeadWithPhone(tx, input.phone)]);

  if (open && opts.duplicate === 'refuse') throw new ActionError('phoneKnown', { phone: 'phoneKnown' });
  if (open && opts.duplicate === 'repeat') {
    await tx.insert(leadEvents).values({
      leadId: open,
      kind: 'repeat_signup',
      actorUserId: opts.actorUserId ?? null,
      meta: { source: opts.source, ...input.meta },
      ...(opts.now ? { createdAt: opts.now } : {}),
    });
    await tx.update(leads).set({ updatedAt: opts.now ?? new Date() }).where(eq(leads.id, open));
    await audit(tx, { action: 'lead.repeat_signup', actorUserId: opts.actorUserId ?? null, entityType: 'lead', entityId: open, ipHash: opts.ipHash });
    return { kind: 'repeat', leadId: open } as CreateLeadOutcome<R>;
  }

  // The lead, its event and the audit entry in one round trip (statements run in this order).
  const { ids: [leadId], done } = insertLeads(tx, [{ ...input, neighbourhoodId }], opts);
  await Promise.all([
    done,
    audit(tx, {
      action: 'lead.created',
      actorUserId: opts.actorUserId ?? null,
      entityType: 'lead',
      entityId: leadId!,
      ipHash: opts.ipHash,
      details: { source: opts.source, ...opts.auditDetails },
    }),
  ]);
  return { kind: 'created', leadId: leadId!, possibleDuplicate: open !== null } as CreateLeadOutcome<R>;
}

/**
 * Many leads at once under the `flag` rule (the association's file import): the same lead rows
 * and "created" events as `createLead`, in a few statements. No advisory lock per number (a
 * file of thousands would fill the lock table, and under `flag` a lock decides nothing) and no
 * audit entry per lead: the caller audits the batch as one entry. Unknown wijk codes are refused
 * as in `createLead`.
 */
export async function createLeads(
  tx: Tx,
  inputs: NewLead[],
  opts: CreateLeadOptions & { duplicate: 'flag' },
): Promise<string[]> {
  if (!inputs.length) return [];
  const codes = [...new Set(inputs.map((r) => r.neighbourhood).filter((c) => c !== 'other'))];
  const found = codes.length
    ? await tx.select({ id: neighbourhoods.id, code: neighbourhoods.code }).from(neighbourhoods).where(inArray(neighbourhoods.code, codes))
    : [];
  const idOf = new Map(found.map((n) => [n.code, n.id]));
  const rows = inputs.map((r) => {
    if (r.neighbourhood !== 'other' && !idOf.has(r.neighbourhood)) throw new ActionError('invalidForm', { neighbourhood: 'invalidChoice' });
    return { ...r, neighbourhoodId: r.neighbourhood === 'other' ? null : idOf.get(r.neighbourhood)! };
  });
  const { ids, done } = insertLeads(tx, rows, opts);
  await done;
  return ids;
}
