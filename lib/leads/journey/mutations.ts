import 'server-only';
import { and, desc, eq, inArray, isNull, ne, notInArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx, Tx } from '@/db/client';
import { ambassadors, associations, contactAttempts, languageProviders, leadEvents, leads, networkOrganisations, providerCourses, users } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { normalizePhone } from '@/lib/phone';
import { closeCorrections } from '@/lib/privacy/mutations';
import { channelOf, createLead, neighbourhoodIdOf } from '../create';
import type {
  assignSchema,
  barriersSchema,
  contactAttemptSchema,
  intakeSchema,
  leadDetailsSchema,
  networkCreditSchema,
  planSchema,
  staffCreateSchema,
  stepSchema,
} from './schema';
import { CLOSED_STATUSES, type LeadStatus, type Step, checkTransition } from './steps';

type Lead = typeof leads.$inferSelect;
type Patch = Partial<typeof leads.$inferInsert>;

/**
 * Writes a patch only if the lead is still at the version the user saw (optimistic locking).
 * A lead changed by someone else in the meantime is refused with "conflict"; nothing is lost:
 * the action returns the typed values with the message. Also used by lib/intake (booking a slot).
 */
export async function updateAtVersion(tx: Tx, leadId: string, version: number, patch: Patch): Promise<Lead> {
  const [row] = await tx
    .update(leads)
    .set({ ...patch, version: sql`${leads.version} + 1`, updatedAt: new Date() })
    .where(and(eq(leads.id, leadId), eq(leads.version, version), isNull(leads.mergedIntoId)))
    .returning();
  if (row) return row;
  const [exists] = await tx.select({ id: leads.id, mergedIntoId: leads.mergedIntoId }).from(leads).where(eq(leads.id, leadId));
  if (!exists || exists.mergedIntoId) throw new ActionError('leadNotFound');
  throw new ActionError('conflict');
}

async function event(tx: Tx, e: typeof leadEvents.$inferInsert) {
  await tx.insert(leadEvents).values(e);
}

function audited(tx: Tx, actorUserId: string, leadId: string, what: string) {
  return audit(tx, { action: 'lead.updated', actorUserId, entityType: 'lead', entityId: leadId, details: { what } });
}

export async function updateLeadDetails(db: DbOrTx, actorUserId: string, input: z.output<typeof leadDetailsSchema>) {
  return db.transaction(async (tx) => {
    const lead = await updateAtVersion(tx, input.leadId, input.version, {
      name: input.name,
      phone: input.phone,
      email: input.email,
      preferredLanguage: input.language,
      neighbourhoodId: await neighbourhoodIdOf(tx, input.neighbourhood),
      forWhom: input.forWhom,
    });
    await event(tx, { leadId: lead.id, kind: 'details', actorUserId });
    await audited(tx, actorUserId, lead.id, 'details');
    // A correction request (art. 16) about this person is handled by saving their details.
    await closeCorrections(tx, actorUserId, lead.id);
    return lead;
  });
}

/** Forward step, close with a reason, or reopen to the step it was closed at. */
export async function changeStep(db: DbOrTx, actorUserId: string, input: z.output<typeof stepSchema>) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(leads).where(and(eq(leads.id, input.leadId), isNull(leads.mergedIntoId)));
    if (!current) throw new ActionError('leadNotFound');
    if (current.version !== input.version) throw new ActionError('conflict');
    const from = current.status as LeadStatus;
    let to: LeadStatus;
    const patch: Patch = { lastActivityAt: new Date() };

    if (input.move === 'forward') {
      to = input.to!;
      const planSignedOn = input.planSignedOn ?? current.planSignedOn;
      const err = checkTransition(from, { kind: 'forward', to: to as Step }, { planSignedOn });
      if (err === 'signedDateRequired') throw new ActionError(err, { planSignedOn: 'required' });
      if (err) throw new ActionError(err);
      if (input.planSignedOn) patch.planSignedOn = input.planSignedOn;
    } else if (input.move === 'close') {
      const err = checkTransition(from, { kind: 'close', reason: input.closeReason ?? null });
      if (err) throw new ActionError(err, err === 'reasonRequired' ? { closeReason: 'required' } : undefined);
      to = 'closed';
      patch.closeReason = input.closeReason!;
    } else {
      const err = checkTransition(from, { kind: 'reopen', to: 'new' });
      if (err) throw new ActionError(err);
      const [closing] = await tx
        .select({ fromStatus: leadEvents.fromStatus })
        .from(leadEvents)
        .where(and(eq(leadEvents.leadId, current.id), eq(leadEvents.kind, 'status_change'), eq(leadEvents.toStatus, 'closed')))
        .orderBy(desc(leadEvents.createdAt))
        .limit(1);
      to = (closing?.fromStatus && closing.fromStatus !== 'closed' ? closing.fromStatus : 'contacted') as Step;
      patch.closeReason = null;
    }
    patch.status = to;
    const lead = await updateAtVersion(tx, current.id, input.version, patch);
    await event(tx, {
      leadId: lead.id,
      kind: 'status_change',
      fromStatus: from,
      toStatus: to,
      actorUserId,
      note: input.note,
      meta: input.move === 'close' ? { reason: input.closeReason! } : input.move === 'reopen' ? { reopened: true } : null,
    });
    await audited(tx, actorUserId, lead.id, `step:${to}`);
    return lead;
  });
}

export async function setIntake(db: DbOrTx, actorUserId: string, input: z.output<typeof intakeSchema>) {
  return db.transaction(async (tx) => {
    const lead = await updateAtVersion(tx, input.leadId, input.version, {
      intakeAt: input.intakeAt,
      intakePlace: input.intakePlace,
      intakeAccompanied: input.intakeAccompanied,
      // Set by hand: no longer one of the desk's slots (lib/intake books those).
      intakeSlotId: null,
    });
    await event(tx, { leadId: lead.id, kind: 'intake', actorUserId, meta: { at: input.intakeAt.toISOString(), accompanied: input.intakeAccompanied } });
    await audited(tx, actorUserId, lead.id, 'intake');
    return lead;
  });
}

export async function setPlan(db: DbOrTx, actorUserId: string, input: z.output<typeof planSchema>) {
  return db.transaction(async (tx) => {
    let providerId = input.providerId;
    const courseId = input.courseId ?? null;
    if (courseId) {
      // A course from the catalogue: it decides the provider; one of another provider is refused.
      const [c] = await tx.select({ providerId: providerCourses.providerId }).from(providerCourses).where(eq(providerCourses.id, courseId));
      if (!c || (providerId && providerId !== c.providerId)) throw new ActionError('invalidForm', { courseId: 'invalidChoice' });
      providerId = c.providerId;
    }
    if (providerId) {
      const [p] = await tx.select({ id: languageProviders.id }).from(languageProviders).where(eq(languageProviders.id, providerId));
      if (!p) throw new ActionError('invalidForm', { providerId: 'invalidChoice' });
    }
    const lead = await updateAtVersion(tx, input.leadId, input.version, {
      providerId,
      ...(input.courseId !== undefined ? { courseId } : {}),
      courseType: input.courseType,
      offerOn: input.offerOn,
      planSignedOn: input.planSignedOn,
      courseStartOn: input.courseStartOn,
    });
    await event(tx, {
      leadId: lead.id,
      kind: 'plan',
      actorUserId,
      meta: { offerOn: input.offerOn, planSignedOn: input.planSignedOn, courseStartOn: input.courseStartOn },
    });
    await audited(tx, actorUserId, lead.id, 'plan');
    return lead;
  });
}

export async function setBarriers(db: DbOrTx, actorUserId: string, input: z.output<typeof barriersSchema>) {
  return db.transaction(async (tx) => {
    const lead = await updateAtVersion(tx, input.leadId, input.version, { barriers: input.barriers, barrierNote: input.barrierNote });
    await event(tx, { leadId: lead.id, kind: 'details', actorUserId, meta: { barriers: input.barriers.join(',') } });
    await audited(tx, actorUserId, lead.id, 'barriers');
    return lead;
  });
}

export async function assignLead(db: DbOrTx, actorUserId: string, input: z.output<typeof assignSchema>) {
  return db.transaction(async (tx) => {
    if (input.assignedTo) {
      const [u] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, input.assignedTo), eq(users.active, true), inArray(users.role, ['coordinator', 'caseworker'])));
      if (!u) throw new ActionError('invalidForm', { assignedTo: 'invalidChoice' });
    }
    const lead = await updateAtVersion(tx, input.leadId, input.version, { assignedToUserId: input.assignedTo });
    await event(tx, { leadId: lead.id, kind: 'assigned', actorUserId, meta: { to: input.assignedTo } });
    await audited(tx, actorUserId, lead.id, 'assigned');
    return lead;
  });
}

/** Appends a contact attempt; it counts as activity (the overdue clock restarts). */
export async function addContactAttempt(db: DbOrTx, actorUserId: string, input: z.output<typeof contactAttemptSchema>) {
  return db.transaction(async (tx) => {
    const [lead] = await tx
      .update(leads)
      .set({ lastActivityAt: sql`GREATEST(${leads.lastActivityAt}, ${input.at.toISOString()}::timestamptz)` })
      .where(and(eq(leads.id, input.leadId), isNull(leads.mergedIntoId)))
      .returning({ id: leads.id });
    if (!lead) throw new ActionError('leadNotFound');
    await tx.insert(contactAttempts).values({ leadId: lead.id, at: input.at, channel: input.channel, outcome: input.outcome, note: input.note, actorUserId });
    await audited(tx, actorUserId, lead.id, 'contact_attempt');
  });
}

export async function addNote(db: DbOrTx, actorUserId: string, input: { leadId: string; note: string }) {
  return db.transaction(async (tx) => {
    const [lead] = await tx.select({ id: leads.id }).from(leads).where(and(eq(leads.id, input.leadId), isNull(leads.mergedIntoId)));
    if (!lead) throw new ActionError('leadNotFound');
    await event(tx, { leadId: lead.id, kind: 'note', actorUserId, note: input.note });
    await audited(tx, actorUserId, lead.id, 'note');
  });
}

/** The id of an active network organisation, or null for none; an unknown one is a field error. */
async function activeNetworkOrganisation(tx: Tx, id: string | null | undefined): Promise<string | null> {
  if (!id) return null;
  const [org] = await tx.select({ id: networkOrganisations.id }).from(networkOrganisations).where(and(eq(networkOrganisations.id, id), eq(networkOrganisations.active, true))).limit(1);
  if (!org) throw new ActionError('invalidForm', { networkOrganisationId: 'invalidChoice' });
  return org.id;
}

/**
 * Credits the lead to the network organisation that passed the person on, or takes the credit away
 * (the organisation's page and the reports' network breakdown count it by this column). An
 * organisation must be active, unless it is the one the lead already has. A lead that came in
 * through the network (source and channel `network`) keeps an organisation. The channel itself
 * stays how the lead came in.
 */
export async function setNetworkCredit(db: DbOrTx, actorUserId: string, input: z.output<typeof networkCreditSchema>) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ source: leads.source, networkOrganisationId: leads.networkOrganisationId }).from(leads).where(eq(leads.id, input.leadId));
    if (!current) throw new ActionError('leadNotFound');
    const id = input.networkOrganisationId ?? null;
    if (!id && current.source === 'network') throw new ActionError('invalidForm', { networkOrganisationId: 'newLead.errors.organisationRequired' });
    const organisationId = id && id === current.networkOrganisationId ? id : await activeNetworkOrganisation(tx, id);
    const lead = await updateAtVersion(tx, input.leadId, input.version, { networkOrganisationId: organisationId });
    await event(tx, { leadId: lead.id, kind: 'details', actorUserId, meta: { networkOrganisationId: organisationId } });
    await audited(tx, actorUserId, lead.id, 'network_credit');
    return lead;
  });
}

/**
 * A lead registered by staff (the city desk, or passed on by a network organisation). A number
 * that already has an open lead still gets a new lead (`flag`): both show as possible duplicates.
 */
export async function createStaffLead(db: DbOrTx, actorUserId: string, input: z.output<typeof staffCreateSchema>) {
  return db.transaction(async (tx) => {
    // Credit goes to one ambassador or one association; the ids from the form must exist.
    if (input.creditAmbassador && input.creditAssociation) throw new ActionError('invalidForm', { creditAssociation: 'newLead.errors.oneCredit' });
    if (input.creditAmbassador) {
      const [a] = await tx.select({ id: ambassadors.id }).from(ambassadors).where(eq(ambassadors.id, input.creditAmbassador)).limit(1);
      if (!a) throw new ActionError('invalidForm', { creditAmbassador: 'invalidChoice' });
    }
    if (input.creditAssociation) {
      const [a] = await tx.select({ id: associations.id }).from(associations).where(eq(associations.id, input.creditAssociation)).limit(1);
      if (!a) throw new ActionError('invalidForm', { creditAssociation: 'invalidChoice' });
    }
    const out = await createLead(
      tx,
      {
        name: input.name,
        phone: input.phone,
        email: input.email,
        language: input.language,
        neighbourhood: input.neighbourhood,
        forWhom: input.forWhom,
        note: input.note,
      },
      {
        source: input.source,
        duplicate: 'flag',
        actorUserId,
        consentVersion: `staff:${input.source}`,
        attribution: {
          recruitedByAmbassadorId: input.creditAmbassador ?? null,
          associationId: input.creditAssociation ?? null,
          networkOrganisationId: input.source === 'network' ? await activeNetworkOrganisation(tx, input.networkOrganisationId) : null,
        },
        auditDetails: { credited: input.creditAmbassador ? 'ambassador' : input.creditAssociation ? 'association' : null },
      },
    );
    return out.leadId;
  });
}

/** Other open, unmerged leads with the same phone number (possible duplicates). */
export async function duplicatesOf(db: DbOrTx, lead: { id: string; phone: string }) {
  // An anonymised lead (lib/privacy) has no number: it duplicates nobody.
  if (!lead.phone) return [];
  return db
    .select({ id: leads.id, name: leads.name, status: leads.status, source: leads.source, createdAt: leads.createdAt })
    .from(leads)
    .where(
      and(
        eq(leads.phone, lead.phone),
        ne(leads.id, lead.id),
        isNull(leads.mergedIntoId),
        notInArray(leads.status, [...CLOSED_STATUSES]),
      ),
    );
}

/**
 * Merges a duplicate into the lead to keep: both histories (events, contact attempts) end up on
 * the kept lead, attribution the kept lead lacks is taken over, and the merged lead stays
 * readable (with its own attribution) but leaves every list and count.
 *
 * Only leads with the same (normalised) phone number merge as such. Two leads with different
 * numbers merge only with an explicit override: `samePerson` confirmed and a reason (kept as the
 * note of the "merged" event; the audit entry holds the ids and the override flag only). Without
 * it, a direct call could copy one resident's attribution onto another.
 */
export async function mergeLeads(
  db: DbOrTx,
  actorUserId: string,
  input: { keepId: string; mergeId: string; samePerson?: boolean; reason?: string | null },
) {
  return db.transaction(async (tx) => {
    // Lock both rows in a fixed order so two merges of the same pair cannot deadlock or interleave.
    const ids = [input.keepId, input.mergeId].sort();
    await tx.execute(sql`SELECT id FROM leads WHERE id IN (${sql.join(ids.map((i) => sql`${i}::uuid`), sql`, `)}) ORDER BY id FOR UPDATE`);
    const rows = await tx.select().from(leads).where(inArray(leads.id, ids));
    const keep = rows.find((r) => r.id === input.keepId);
    const merge = rows.find((r) => r.id === input.mergeId);
    if (!keep || !merge || keep.mergedIntoId || merge.mergedIntoId) throw new ActionError('leadNotFound');
    const samePhone = (normalizePhone(keep.phone) ?? keep.phone) === (normalizePhone(merge.phone) ?? merge.phone);
    const reason = input.reason?.trim() || null;
    if (!samePhone) {
      const fieldErrors: Record<string, string> = {};
      if (!input.samePerson) fieldErrors.samePerson = 'samePersonRequired';
      if (!reason) fieldErrors.reason = 'required';
      if (Object.keys(fieldErrors).length) throw new ActionError('phonesDiffer', fieldErrors);
    }
    const override = !samePhone;

    await tx.update(leadEvents).set({ leadId: keep.id }).where(eq(leadEvents.leadId, merge.id));
    await tx.update(contactAttempts).set({ leadId: keep.id }).where(eq(contactAttempts.leadId, merge.id));
    await tx
      .update(leads)
      .set({
        recruitedByAmbassadorId: keep.recruitedByAmbassadorId ?? merge.recruitedByAmbassadorId,
        // An uncredited lead takes over the credit it merges in, and with it the channel.
        channel:
          keep.channel === 'public' || keep.channel === 'desk'
            ? channelOf(keep.source, {
                recruitedByAmbassadorId: keep.recruitedByAmbassadorId ?? merge.recruitedByAmbassadorId,
                associationId: keep.associationId ?? merge.associationId,
              })
            : keep.channel,
        partnerAmbassadorId: keep.partnerAmbassadorId ?? merge.partnerAmbassadorId,
        associationId: keep.associationId ?? merge.associationId,
        referralCode: keep.referralCode ?? merge.referralCode,
        email: keep.email ?? merge.email,
        assignedToUserId: keep.assignedToUserId ?? merge.assignedToUserId,
        barriers: [...new Set([...keep.barriers, ...merge.barriers])],
        lastActivityAt: keep.lastActivityAt > merge.lastActivityAt ? keep.lastActivityAt : merge.lastActivityAt,
        version: sql`${leads.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(leads.id, keep.id));
    await tx
      .update(leads)
      .set({ mergedIntoId: keep.id, version: sql`${leads.version} + 1`, updatedAt: new Date() })
      .where(eq(leads.id, merge.id));
    await event(tx, {
      leadId: keep.id,
      kind: 'merged',
      actorUserId,
      note: override ? reason : null,
      meta: { mergedLeadId: merge.id, mergedSource: merge.source, override },
    });
    await audit(tx, { action: 'lead.merged', actorUserId, entityType: 'lead', entityId: keep.id, details: { mergedLeadId: merge.id, override } });
    return keep.id;
  });
}

/** A new language provider, audited (provider.added: its id only). */
export async function addProvider(db: DbOrTx, actorUserId: string, name: string) {
  return db.transaction(async (tx) => {
    const existing = await tx.select({ id: languageProviders.id }).from(languageProviders).where(sql`lower(${languageProviders.name}) = lower(${name})`);
    if (existing.length) throw new ActionError('providerExists', { name: 'providerExists' });
    const [row] = await tx.insert(languageProviders).values({ name }).returning({ id: languageProviders.id });
    await audit(tx, { action: 'provider.added', actorUserId, entityType: 'provider', entityId: row!.id });
    return row!.id;
  });
}

/** (De)activates a language provider, audited (provider.activated / provider.deactivated: its id only). */
export async function setProviderActive(db: DbOrTx, actorUserId: string, providerId: string, active: boolean) {
  await db.transaction(async (tx) => {
    const rows = await tx.update(languageProviders).set({ active }).where(eq(languageProviders.id, providerId)).returning({ id: languageProviders.id });
    if (!rows.length) throw new ActionError('notFound');
    await audit(tx, { action: active ? 'provider.activated' : 'provider.deactivated', actorUserId, entityType: 'provider', entityId: providerId });
  });
}
