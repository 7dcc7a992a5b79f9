import 'server-only';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { auditLog, contactAttempts, importBatches, intakeEscorts, leadEvents, leads, notifications, participantReferralLinks, participantReferrals, privacyRequests, referralEvents, referrals, signalLeads, signals, surveyAnswers, surveyInvites, surveyQuestions, surveyResponses } from '@/db/schema';

/**
 * The person a data-subject request is about: the leads found (with the ones merged into or from
 * them) and the phone numbers and names they carry. Collectors find their own rows from this.
 */
export interface Subject {
  leadIds: string[];
  /** E.164. */
  phones: string[];
  names: string[];
  /** E-mail addresses of the leads (lower case); the outbox holds them for survey invitations. Optional: retention erases by the leads' ids only. */
  emails?: string[];
}

/**
 * One table's part of "everything about one person". The registry below is the one list: a
 * feature that stores data about residents (a survey's answers, …) adds its collector here, and
 * the search, the export (art. 15), the erasure (art. 17) and the erasure test pick it up.
 */
export interface PersonCollector {
  /** The table's name (the export's section; the heading's message key `privacyExport.tables.<table>`, in every residents' language). */
  table: string;
  /** Every row of the table about the person, as stored (ids included). */
  collect(db: DbOrTx, s: Subject): Promise<Record<string, unknown>[]>;
  /**
   * Removes or replaces the person's data in those rows, in the erasure's transaction, so that
   * counts stay right (rows stay; personal fields are emptied). Returns the number of rows changed.
   * Omitted for tables that hold ids only (the audit log: it keeps the record that an erasure happened).
   */
  erase?(tx: DbOrTx, s: Subject): Promise<number>;
}

const none = <T>(ids: T[]) => ids.length === 0;

/** The name and contact fields a lead loses; everything else stays for statistics. */
export const ANONYMOUS_NAME = '—';

const leadsCollector: PersonCollector = {
  table: 'leads',
  collect: (db, s) => (none(s.leadIds) ? Promise.resolve([]) : db.select().from(leads).where(inArray(leads.id, s.leadIds))),
  async erase(tx, s) {
    if (none(s.leadIds)) return 0;
    const rows = await tx
      .update(leads)
      // phone '' keeps the NOT NULL column and matches no search; the consent moment and version stay
      // (what was agreed to, without whom).
      .set({ name: ANONYMOUS_NAME, phone: '', email: null, barrierNote: null, intakePlace: null, intakeChecklist: sql`'{}'::text[]`, anonymisedAt: sql`now()`, version: sql`${leads.version} + 1`, updatedAt: sql`now()` })
      .where(inArray(leads.id, s.leadIds))
      .returning({ id: leads.id });
    return rows.length;
  },
};

const leadEventsCollector: PersonCollector = {
  table: 'lead_events',
  collect: (db, s) => (none(s.leadIds) ? Promise.resolve([]) : db.select().from(leadEvents).where(inArray(leadEvents.leadId, s.leadIds))),
  async erase(tx, s) {
    if (none(s.leadIds)) return 0;
    return (await tx.update(leadEvents).set({ note: null }).where(inArray(leadEvents.leadId, s.leadIds)).returning({ id: leadEvents.id })).length;
  },
};

const contactAttemptsCollector: PersonCollector = {
  table: 'contact_attempts',
  collect: (db, s) => (none(s.leadIds) ? Promise.resolve([]) : db.select().from(contactAttempts).where(inArray(contactAttempts.leadId, s.leadIds))),
  async erase(tx, s) {
    if (none(s.leadIds)) return 0;
    return (await tx.update(contactAttempts).set({ note: null }).where(inArray(contactAttempts.leadId, s.leadIds)).returning({ id: contactAttempts.id })).length;
  },
};

/** The ambassador asked to go along to one of the leads' intakes (ids, time and place; nothing to erase once the lead is anonymous). */
const intakeEscortsCollector: PersonCollector = {
  table: 'intake_escorts',
  collect: (db, s) => (none(s.leadIds) ? Promise.resolve([]) : db.select().from(intakeEscorts).where(inArray(intakeEscorts.leadId, s.leadIds))),
};

/** Referrals for one of the leads, or for the same phone number without a lead. */
function referralWhere(s: Subject) {
  const parts = [];
  if (s.leadIds.length) parts.push(inArray(referrals.lead_id, s.leadIds));
  if (s.phones.length) parts.push(and(isNull(referrals.lead_id), inArray(referrals.phone, s.phones)));
  return parts.length ? or(...parts) : undefined;
}

async function referralIds(db: DbOrTx, s: Subject): Promise<string[]> {
  const where = referralWhere(s);
  if (!where) return [];
  return (await db.select({ id: referrals.id }).from(referrals).where(where)).map((r) => r.id);
}

const referralsCollector: PersonCollector = {
  table: 'referrals',
  async collect(db, s) {
    const where = referralWhere(s);
    return where ? db.select().from(referrals).where(where) : [];
  },
  async erase(tx, s) {
    const where = referralWhere(s);
    if (!where) return 0;
    return (await tx.update(referrals).set({ first_name: null, phone: null, status_reason: null }).where(where).returning({ id: referrals.id })).length;
  },
};

const referralEventsCollector: PersonCollector = {
  table: 'referral_events',
  async collect(db, s) {
    const ids = await referralIds(db, s);
    return none(ids) ? [] : db.select().from(referralEvents).where(inArray(referralEvents.referral_id, ids));
  },
  async erase(tx, s) {
    const ids = await referralIds(tx, s);
    if (none(ids)) return 0;
    return (await tx.update(referralEvents).set({ note: null }).where(inArray(referralEvents.referral_id, ids)).returning({ id: referralEvents.id })).length;
  },
};

const signalLeadsCollector: PersonCollector = {
  table: 'signal_leads',
  collect: (db, s) => (none(s.leadIds) ? Promise.resolve([]) : db.select().from(signalLeads).where(inArray(signalLeads.leadId, s.leadIds))),
};

/** An association's signal linked to one of the leads: its free text may name the person. */
const signalsCollector: PersonCollector = {
  table: 'signals',
  collect: (db, s) =>
    none(s.leadIds)
      ? Promise.resolve([])
      : db.select({ id: signals.id, kind: signals.kind, text: signals.text, status: signals.status, createdAt: signals.createdAt }).from(signals).where(inArray(signals.id, db.select({ id: signalLeads.signalId }).from(signalLeads).where(inArray(signalLeads.leadId, s.leadIds)))),
  async erase(tx, s) {
    if (none(s.leadIds)) return 0;
    const linked = await tx.select({ id: signals.id, text: signals.text }).from(signals).where(inArray(signals.id, tx.select({ id: signalLeads.signalId }).from(signalLeads).where(inArray(signalLeads.leadId, s.leadIds))));
    let changed = 0;
    for (const row of linked) {
      const text = scrub(row.text, s);
      if (text !== row.text) {
        await tx.update(signals).set({ text }).where(eq(signals.id, row.id));
        changed++;
      }
    }
    return changed;
  },
};

/** The person's own "bring someone along" link as a participant; erasure revokes it. */
const participantLinksCollector: PersonCollector = {
  table: 'participant_referral_links',
  collect: (db, s) => (none(s.leadIds) ? Promise.resolve([]) : db.select().from(participantReferralLinks).where(inArray(participantReferralLinks.leadId, s.leadIds))),
  async erase(tx, s) {
    if (none(s.leadIds)) return 0;
    return (await tx.update(participantReferralLinks).set({ revokedAt: sql`coalesce(${participantReferralLinks.revokedAt}, now())` }).where(inArray(participantReferralLinks.leadId, s.leadIds)).returning({ id: participantReferralLinks.id })).length;
  },
};

/**
 * Who brought whom, as participants (ids only): the person as the one brought, or as the one who
 * brought someone (then without the other resident's lead id: that is about someone else).
 */
const participantReferralsCollector: PersonCollector = {
  table: 'participant_referrals',
  async collect(db, s) {
    if (none(s.leadIds)) return [];
    const cols = { participantLeadId: participantReferrals.participantLeadId, linkId: participantReferrals.linkId, createdAt: participantReferrals.createdAt };
    const brought = await db.select({ leadId: participantReferrals.leadId, ...cols }).from(participantReferrals).where(inArray(participantReferrals.leadId, s.leadIds));
    const broughtOthers = await db.select(cols).from(participantReferrals).where(inArray(participantReferrals.participantLeadId, s.leadIds));
    return [...brought, ...broughtOthers.filter((r) => !brought.some((b) => b.linkId === r.linkId && b.createdAt.getTime() === r.createdAt.getTime()))];
  },
};

/** The personal survey links sent to one of the leads (ids and the step at the time only). */
const surveyInvitesCollector: PersonCollector = {
  table: 'survey_invites',
  collect: (db, s) => (none(s.leadIds) ? Promise.resolve([]) : db.select().from(surveyInvites).where(inArray(surveyInvites.leadId, s.leadIds))),
};

/** The responses given through one of those links (anonymous and paper responses are about nobody known). */
function personalResponseIds(db: DbOrTx, s: Subject) {
  return db.select({ id: surveyResponses.id }).from(surveyResponses).where(inArray(surveyResponses.inviteId, db.select({ id: surveyInvites.id }).from(surveyInvites).where(inArray(surveyInvites.leadId, s.leadIds))));
}

const surveyResponsesCollector: PersonCollector = {
  table: 'survey_responses',
  collect: (db, s) => (none(s.leadIds) ? Promise.resolve([]) : db.select().from(surveyResponses).where(inArray(surveyResponses.id, personalResponseIds(db, s)))),
};

/**
 * The answers of those responses. Erasure empties the free-text answers (they may say anything
 * about the person); choices, scales and numbers stay, so the survey's results keep their counts
 * while the link to the person ends with the lead's anonymisation.
 */
const surveyAnswersCollector: PersonCollector = {
  table: 'survey_answers',
  collect: (db, s) => (none(s.leadIds) ? Promise.resolve([]) : db.select().from(surveyAnswers).where(inArray(surveyAnswers.responseId, personalResponseIds(db, s)))),
  async erase(tx, s) {
    if (none(s.leadIds)) return 0;
    const freeText = tx.select({ id: surveyQuestions.id }).from(surveyQuestions).where(inArray(surveyQuestions.kind, ['short_text', 'long_text']));
    const rows = await tx
      .update(surveyAnswers)
      .set({ value: null, values: sql`'{}'::text[]` })
      .where(and(inArray(surveyAnswers.responseId, personalResponseIds(tx, s)), inArray(surveyAnswers.questionId, freeText)))
      .returning({ id: surveyAnswers.responseId });
    return rows.length;
  },
};

/**
 * The outbox rows addressed to the person: the personal survey links sent by e-mail (their dedupe
 * key holds the invite's id and the address), and any other message to one of the leads' e-mail
 * addresses. Erasure empties the address and key and stops a message not sent yet; the row stays
 * (the outbox's counts).
 */
function notificationWhere(db: DbOrTx, s: Subject) {
  const parts = [];
  const emails = (s.emails ?? []).filter(Boolean);
  if (emails.length) parts.push(inArray(sql`lower(${notifications.recipient_address})`, emails.map((e) => e.toLowerCase())));
  if (s.leadIds.length) {
    const invites = db.select({ key: sql`'survey-invite:' || ${surveyInvites.id}::text || ':%'` }).from(surveyInvites).where(inArray(surveyInvites.leadId, s.leadIds));
    parts.push(sql`${notifications.dedupe_key} LIKE ANY (ARRAY(${invites}))`);
  }
  return parts.length ? or(...parts) : undefined;
}

const notificationsCollector: PersonCollector = {
  table: 'notifications',
  async collect(db, s) {
    const where = notificationWhere(db, s);
    return where ? db.select().from(notifications).where(where) : [];
  },
  async erase(tx, s) {
    const where = notificationWhere(tx, s);
    if (!where) return 0;
    const rows = await tx
      .update(notifications)
      .set({
        recipient_address: null,
        dedupe_key: null,
        status: sql`CASE WHEN ${notifications.status} = 'sent' THEN 'sent'::notification_status ELSE 'failed'::notification_status END`,
        last_error: sql`CASE WHEN ${notifications.status} = 'sent' THEN ${notifications.last_error} ELSE 'erased' END`,
      })
      .where(where)
      .returning({ id: notifications.id });
    return rows.length;
  },
};

const escapeRegExp = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces the person's names and numbers (as +31…, 06…, or with spaces and dashes) in free text by "—". */
export function scrub(text: string, s: Subject): string {
  let out = text;
  for (const name of s.names) out = out.replace(new RegExp(escapeRegExp(name), 'gi'), ANONYMOUS_NAME);
  for (const phone of s.phones) {
    const national = phone.startsWith('+31') ? phone.slice(3) : phone.replace(/^\+/, '');
    const digits = national.split('').map(escapeRegExp).join('[\\s.-]*');
    out = out.replace(new RegExp(`(\\+31[\\s.-]*|0031[\\s.-]*|0)?${digits}`, 'g'), ANONYMOUS_NAME);
  }
  return out;
}

/** An import row (kept for the preview or the failed-rows download) that holds one of the person's numbers or names. */
function rowIsAbout(values: Record<string, unknown> | null | undefined, s: Subject): boolean {
  if (!values) return false;
  const text = Object.values(values).filter((v): v is string => typeof v === 'string');
  return text.some((v) => {
    const digits = v.replace(/\D/g, '');
    return s.phones.some((p) => digits.length >= 9 && p.replace(/\D/g, '').endsWith(digits.slice(-9))) || s.names.some((n) => v.trim().toLowerCase() === n.toLowerCase());
  });
}

async function batchesAbout(db: DbOrTx, s: Subject) {
  if (none(s.phones) && none(s.names)) return [];
  const needles = [...s.phones.map((p) => p.slice(-9)), ...s.names];
  const batches = await db
    .select({ id: importBatches.id, rows: importBatches.rows, failedRows: importBatches.failedRows, createdAt: importBatches.createdAt, status: importBatches.status })
    .from(importBatches)
    .where(or(...needles.map((n) => sql`(coalesce(${importBatches.rows}::text, '') || coalesce(${importBatches.failedRows}::text, '')) ILIKE ${'%' + n.replace(/[\\%_]/g, '\\$&') + '%'}`)));
  return batches
    .map((b) => ({ ...b, rows: (b.rows ?? []).filter((r) => rowIsAbout(r, s)), failedRows: (b.failedRows ?? []).filter((r) => rowIsAbout(r.values, s)) }))
    .filter((b) => b.rows.length || b.failedRows.length);
}

const importBatchesCollector: PersonCollector = {
  table: 'import_batches',
  collect: (db, s) => batchesAbout(db, s),
  async erase(tx, s) {
    const found = await batchesAbout(tx, s);
    for (const b of found) {
      const [full] = await tx.select({ rows: importBatches.rows, failedRows: importBatches.failedRows }).from(importBatches).where(eq(importBatches.id, b.id));
      await tx
        .update(importBatches)
        .set({ rows: full!.rows ? full!.rows.filter((r) => !rowIsAbout(r, s)) : full!.rows, failedRows: full!.failedRows ? full!.failedRows.filter((r) => !rowIsAbout(r.values, s)) : full!.failedRows })
        .where(eq(importBatches.id, b.id));
    }
    return found.length;
  },
};

const privacyRequestsCollector: PersonCollector = {
  table: 'privacy_requests',
  async collect(db, s) {
    const parts = [];
    if (s.phones.length) parts.push(inArray(privacyRequests.phone, s.phones));
    if (s.leadIds.length) parts.push(sql`${privacyRequests.leadIds} && ARRAY[${sql.join(s.leadIds.map((id) => sql`${id}::uuid`), sql`, `)}]`);
    return parts.length ? db.select().from(privacyRequests).where(or(...parts)) : [];
  },
  async erase(tx, s) {
    if (none(s.phones)) return 0;
    return (await tx.update(privacyRequests).set({ phone: null }).where(inArray(privacyRequests.phone, s.phones)).returning({ id: privacyRequests.id })).length;
  },
};

const auditCollector: PersonCollector = {
  table: 'audit_log',
  async collect(db, s) {
    const ids = [...s.leadIds, ...(await referralIds(db, s))];
    if (none(ids)) return [];
    return db
      .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, entityType: auditLog.entityType, entityId: auditLog.entityId, actorUserId: auditLog.actorUserId })
      .from(auditLog)
      .where(inArray(auditLog.entityId, ids));
  },
};

/** Every table that holds data about a resident. Add a feature's collector here. */
export const PERSON_COLLECTORS: PersonCollector[] = [
  leadsCollector,
  leadEventsCollector,
  contactAttemptsCollector,
  intakeEscortsCollector,
  referralsCollector,
  referralEventsCollector,
  signalLeadsCollector,
  signalsCollector,
  importBatchesCollector,
  participantLinksCollector,
  participantReferralsCollector,
  surveyInvitesCollector,
  surveyResponsesCollector,
  surveyAnswersCollector,
  notificationsCollector,
  privacyRequestsCollector,
  auditCollector,
];
