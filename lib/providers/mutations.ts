import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx, Tx } from '@/db/client';
import { leads, providerCourses } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { createAmbassador } from '@/lib/ambassadors/mutations';
import { audit } from '@/lib/audit';
import { changeStep, setPlan } from '@/lib/leads/journey/mutations';
import type { courseSchema, droppedSchema, nominateSchema, offerSchema, progressSchema, signedSchema } from './schema';

/**
 * Who acts on the provider's side: the signed-in account and its own provider. Never a provider
 * named in a form: the scope comes from the account (lib/actions: `profile: 'provider'`).
 */
export interface ProviderActor {
  userId: string;
  providerId: string;
}

/**
 * The lead, locked, only if it is referred to this provider (and not merged or erased). Anyone
 * else's resident reads as "not found": the same answer as a lead that does not exist.
 */
async function ownLead(tx: Tx, actor: ProviderActor, leadId: string) {
  const [row] = await tx
    .select({ id: leads.id, version: leads.version, status: leads.status, courseStartOn: leads.courseStartOn })
    .from(leads)
    .where(and(eq(leads.id, leadId), eq(leads.providerId, actor.providerId), isNull(leads.mergedIntoId), isNull(leads.anonymisedAt)))
    .for('update');
  if (!row) throw new ActionError('leadNotFound');
  return row;
}

/**
 * Offer made: the course from the provider's own catalogue, the day and the start. The lead moves
 * to "offer" through the journey's one step mutation (forward only, at the version the provider
 * saw), then the offer is written as staff would (setPlan: audited, in the history).
 */
export async function confirmOffer(db: DbOrTx, actor: ProviderActor, input: z.output<typeof offerSchema>) {
  return db.transaction(async (tx) => {
    const current = await ownLead(tx, actor, input.leadId);
    const [course] = await tx
      .select()
      .from(providerCourses)
      .where(and(eq(providerCourses.id, input.courseId), eq(providerCourses.providerId, actor.providerId)));
    if (!course) throw new ActionError('invalidForm', { courseId: 'providers.errors.courseNotFound' });
    const moved = await changeStep(tx, actor.userId, { leadId: current.id, version: input.version, move: 'forward', to: 'offer', closeReason: undefined, planSignedOn: null, note: null });
    return setPlan(tx, actor.userId, {
      leadId: current.id,
      version: moved.version,
      providerId: actor.providerId,
      courseId: course.id,
      courseType: `${course.name} (${course.level}, ${course.place})`.slice(0, 120),
      offerOn: input.offerOn,
      planSignedOn: moved.planSignedOn,
      courseStartOn: input.courseStartOn ?? moved.courseStartOn,
    });
  });
}

/** Course plan signed on a day: the headline figure, counted by that day. */
export async function confirmSigned(db: DbOrTx, actor: ProviderActor, input: z.output<typeof signedSchema>) {
  return db.transaction(async (tx) => {
    const current = await ownLead(tx, actor, input.leadId);
    return changeStep(tx, actor.userId, { leadId: current.id, version: input.version, move: 'forward', to: 'plan_signed', closeReason: undefined, planSignedOn: input.planSignedOn, note: null });
  });
}

/** Course started, or completed. */
export async function confirmProgress(db: DbOrTx, actor: ProviderActor, input: z.output<typeof progressSchema>) {
  return db.transaction(async (tx) => {
    const current = await ownLead(tx, actor, input.leadId);
    return changeStep(tx, actor.userId, { leadId: current.id, version: input.version, move: 'forward', to: input.step, closeReason: undefined, planSignedOn: null, note: null });
  });
}

/** Dropped out: the lead closes (reason "other") with the provider's reason as the step's note. */
export async function confirmDropped(db: DbOrTx, actor: ProviderActor, input: z.output<typeof droppedSchema>) {
  return db.transaction(async (tx) => {
    const current = await ownLead(tx, actor, input.leadId);
    return changeStep(tx, actor.userId, { leadId: current.id, version: input.version, move: 'close', to: undefined, closeReason: 'other', planSignedOn: null, note: input.reason });
  });
}

/**
 * A course in the catalogue, new or edited. A provider keeps its own courses only (`providerId`
 * from its account, any other course reads as not found); the project worker (`providerId` null
 * in the actor) keeps every provider's and names the provider in the form.
 */
export async function saveCourse(db: DbOrTx, actor: { userId: string; providerId: string | null }, input: z.output<typeof courseSchema>): Promise<string> {
  return db.transaction(async (tx) => {
    const providerId = actor.providerId ?? input.providerId;
    if (!providerId) throw new ActionError('invalidForm', { providerId: 'choiceRequired' });
    const values = {
      name: input.name,
      level: input.level,
      place: input.place,
      schedule: input.schedule,
      childcare: input.childcare,
      free: input.free,
      placesLeft: input.placesLeft,
      active: input.active,
    };
    let id: string;
    if (input.courseId) {
      const scope = actor.providerId ? and(eq(providerCourses.id, input.courseId), eq(providerCourses.providerId, actor.providerId)) : eq(providerCourses.id, input.courseId);
      const [row] = await tx
        .update(providerCourses)
        .set({ ...values, ...(actor.providerId ? {} : { providerId }), updatedAt: new Date() })
        .where(scope)
        .returning({ id: providerCourses.id });
      if (!row) throw new ActionError('providers.errors.courseNotFound');
      id = row.id;
    } else {
      const [row] = await tx.insert(providerCourses).values({ ...values, providerId }).returning({ id: providerCourses.id });
      id = row!.id;
    }
    await audit(tx, { action: 'provider.course_saved', actorUserId: actor.userId, entityType: 'course', entityId: id, details: { providerId, created: !input.courseId } });
    return id;
  });
}

/**
 * The provider nominates a candidate ambassador: a candidate in the corps with source "provider",
 * through the corps' one createAmbassador. The person agreed to be contacted (the form requires
 * it); the audit entry records that, with ids only.
 */
export async function nominateAmbassador(db: DbOrTx, actor: ProviderActor, input: z.output<typeof nominateSchema>): Promise<string> {
  return db.transaction(async (tx) => {
    const id = await createAmbassador(tx, actor.userId, {
      ambassadorId: null,
      name: input.name,
      languages: input.languages,
      background: null,
      neighbourhood: null,
      nt2Level: null,
      nt2Evidence: null,
      nt2EvidenceOn: null,
      hasChildren: false,
      childrenSchools: null,
      phone: input.phone,
      email: input.email,
      source: 'provider',
      providerId: actor.providerId,
      motivation: input.motivation,
    });
    await audit(tx, { action: 'provider.nominated', actorUserId: actor.userId, entityType: 'ambassador', entityId: id, details: { providerId: actor.providerId, consent: true } });
    return id;
  });
}
