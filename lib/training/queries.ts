import 'server-only';
import { type AnyColumn, type SQL, and, asc, desc, eq, gte, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadorStatusEnum, ambassadors, trainingAttendance, trainingCertificates, trainingModules, trainingSessions } from '@/db/schema';
import { audit } from '@/lib/audit';
import { rowsOf } from '@/db/client';
import { type Dagdeel, notStartedSql } from '@/lib/dagdelen';
import { SOCIAL_MAP_MODULE_KEY } from './modules';

/**
 * Reads of the training: modules, sessions, attendance, progress and certificates.
 * A module is completed by an ambassador who was present at a session of it. "Required training
 * complete" means: every active, required module completed (true when there is none).
 * An ambassador's own reads filter by their ambassador id in WHERE.
 */

export type TrainingModule = typeof trainingModules.$inferSelect;

// The conditions other features build on ----------------------------------------------------------

/** SQL: the ambassador in `ambassadorId` (a column or a value) was present at a session of the module in `moduleId`. */
export function completedModuleSql(ambassadorId: AnyColumn | SQL | string, moduleId: AnyColumn | SQL): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM ${trainingAttendance} ta JOIN ${trainingSessions} ts ON ts.id = ta.session_id
    WHERE ta.ambassador_id = ${ambassadorId} AND ta.attended AND ts.module_id = ${moduleId})`;
}

/**
 * SQL condition "required training complete" for the ambassador in `ambassadorIdColumn`: no active,
 * required module without a session the ambassador was present at. Use it in a WHERE or SELECT,
 * e.g. `.where(and(eq(ambassadors.status, 'active'), requiredTrainingCompleteSql(ambassadors.id)))`.
 */
export function requiredTrainingCompleteSql(ambassadorIdColumn: AnyColumn | SQL | string): SQL<boolean> {
  return sql<boolean>`NOT EXISTS (SELECT 1 FROM ${trainingModules} tm WHERE tm.required AND tm.active
    AND NOT ${completedModuleSql(ambassadorIdColumn, sql`tm.id`)})`;
}

/** SQL condition: the ambassador completed the early-signalling and social-map module. */
export function completedSocialMapSql(ambassadorIdColumn: AnyColumn | SQL | string): SQL<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM ${trainingModules} tm WHERE tm.key = ${SOCIAL_MAP_MODULE_KEY}
    AND ${completedModuleSql(ambassadorIdColumn, sql`tm.id`)})`;
}

async function holds(db: DbOrTx, condition: SQL<boolean>): Promise<boolean> {
  const [row] = rowsOf<{ ok: boolean }>(await db.execute(sql`SELECT ${condition} AS ok`));
  return row?.ok === true;
}

/** Whether the ambassador completed every active, required module. */
export function hasCompletedRequiredTraining(db: DbOrTx, ambassadorId: string): Promise<boolean> {
  return holds(db, requiredTrainingCompleteSql(ambassadorId));
}

/** Whether the ambassador may refer residents on the social map (completed its module). */
export function hasCompletedSocialMap(db: DbOrTx, ambassadorId: string): Promise<boolean> {
  return holds(db, completedSocialMapSql(ambassadorId));
}

// Modules -----------------------------------------------------------------------------------------

export function listModules(db: DbOrTx, opts: { activeOnly?: boolean } = {}): Promise<TrainingModule[]> {
  return db
    .select()
    .from(trainingModules)
    .where(opts.activeOnly ? eq(trainingModules.active, true) : undefined)
    .orderBy(asc(trainingModules.position), asc(trainingModules.createdAt));
}

/** The module's name in the page's language. */
/** A module's name in the page's language: Dutch, else English (also for ar, fa-AF, tr). */
export function moduleName(m: Pick<TrainingModule, 'nameNl' | 'nameEn'>, locale: string): string {
  return locale === 'nl' ? m.nameNl : m.nameEn;
}

export function moduleDescription(m: Pick<TrainingModule, 'descriptionNl' | 'descriptionEn'>, locale: string): string | null {
  return locale === 'nl' ? m.descriptionNl : m.descriptionEn;
}

// Sessions ----------------------------------------------------------------------------------------

export interface SessionItem {
  id: string;
  date: string;
  dagdeel: Dagdeel;
  room: string;
  trainer: string;
  moduleId: string;
  nameNl: string;
  nameEn: string;
  present: number;
  absent: number;
}

const sessionColumns = {
  id: trainingSessions.id,
  date: trainingSessions.date,
  dagdeel: trainingSessions.dagdeel,
  room: trainingSessions.room,
  trainer: trainingSessions.trainer,
  moduleId: trainingSessions.moduleId,
  nameNl: trainingModules.nameNl,
  nameEn: trainingModules.nameEn,
  present: sql<number>`(SELECT count(*)::int FROM ${trainingAttendance} ta WHERE ta.session_id = ${trainingSessions.id} AND ta.attended)`,
  absent: sql<number>`(SELECT count(*)::int FROM ${trainingAttendance} ta WHERE ta.session_id = ${trainingSessions.id} AND NOT ta.attended)`,
};

/** Sessions from `today` on (soonest first) and the latest past ones (most recent first). */
export async function listSessions(db: DbOrTx, today: string, pastLimit = 30): Promise<{ upcoming: SessionItem[]; past: SessionItem[] }> {
  const base = () => db.select(sessionColumns).from(trainingSessions).innerJoin(trainingModules, eq(trainingModules.id, trainingSessions.moduleId));
  const [upcoming, past] = await Promise.all([
    base().where(gte(trainingSessions.date, today)).orderBy(asc(trainingSessions.date), asc(trainingSessions.dagdeel)),
    base().where(lt(trainingSessions.date, today)).orderBy(desc(trainingSessions.date), desc(trainingSessions.dagdeel)).limit(pastLimit),
  ]);
  return { upcoming, past };
}

export interface SessionAttendee {
  ambassadorId: string;
  name: string;
  status: (typeof ambassadorStatusEnum.enumValues)[number];
  /** null: not recorded for this session. */
  attended: boolean | null;
  /** Completed the module at another session. */
  completedElsewhere: boolean;
}

/** One session with everyone who can be on its attendance list: ambassadors not stopped, and anyone recorded. */
export async function getSession(db: DbOrTx, id: string): Promise<{ session: SessionItem; attendees: SessionAttendee[] } | null> {
  const [session] = await db
    .select(sessionColumns)
    .from(trainingSessions)
    .innerJoin(trainingModules, eq(trainingModules.id, trainingSessions.moduleId))
    .where(eq(trainingSessions.id, id));
  if (!session) return null;
  const attendees = await db
    .select({
      ambassadorId: ambassadors.id,
      name: ambassadors.displayName,
      status: ambassadors.status,
      attended: trainingAttendance.attended,
      completedElsewhere: sql<boolean>`EXISTS (SELECT 1 FROM ${trainingAttendance} ta JOIN ${trainingSessions} ts ON ts.id = ta.session_id
        WHERE ta.ambassador_id = ${ambassadors.id} AND ta.attended AND ts.module_id = ${session.moduleId} AND ts.id <> ${session.id})`,
    })
    .from(ambassadors)
    .leftJoin(trainingAttendance, and(eq(trainingAttendance.ambassadorId, ambassadors.id), eq(trainingAttendance.sessionId, session.id)))
    .where(or(ne(ambassadors.status, 'stopped'), sql`${trainingAttendance.sessionId} IS NOT NULL`))
    .orderBy(asc(ambassadors.displayName));
  return { session, attendees };
}

/** The next session of a module from `today` on, or null. */
export async function nextSessionOfModule(db: DbOrTx, moduleId: string, today: string): Promise<SessionItem | null> {
  const [row] = await db
    .select(sessionColumns)
    .from(trainingSessions)
    .innerJoin(trainingModules, eq(trainingModules.id, trainingSessions.moduleId))
    .where(and(eq(trainingSessions.moduleId, moduleId), gte(trainingSessions.date, today)))
    .orderBy(asc(trainingSessions.date), asc(trainingSessions.dagdeel))
    .limit(1);
  return row ?? null;
}

/** The next session of the social-map module (where an ambassador can take it), or null. */
export async function nextSocialMapSession(db: DbOrTx, today: string): Promise<SessionItem | null> {
  const [m] = await db.select({ id: trainingModules.id }).from(trainingModules).where(eq(trainingModules.key, SOCIAL_MAP_MODULE_KEY));
  return m ? nextSessionOfModule(db, m.id, today) : null;
}

// Progress ----------------------------------------------------------------------------------------

export interface ModuleProgress {
  module: TrainingModule;
  /** The date of the first session the ambassador was present at, or null. */
  completedOn: string | null;
}

export interface Certificate {
  id: string;
  ambassadorId: string;
  code: string;
  holderName: string;
  issuedOn: string;
  revokedAt: Date | null;
}

export interface AmbassadorProgress {
  modules: ModuleProgress[];
  requiredTotal: number;
  requiredDone: number;
  complete: boolean;
  socialMapDone: boolean;
  /** The valid certificate, else the latest revoked one, else null. */
  certificate: Certificate | null;
}

const certificateColumns = {
  id: trainingCertificates.id,
  ambassadorId: trainingCertificates.ambassadorId,
  code: trainingCertificates.code,
  holderName: trainingCertificates.holderName,
  issuedOn: trainingCertificates.issuedOn,
  revokedAt: trainingCertificates.revokedAt,
};

/** First completion date per (ambassador, module), for the given ambassadors (or everyone). */
async function completions(db: DbOrTx, ambassadorIds?: string[]): Promise<Map<string, Map<string, string>>> {
  const rows = await db
    .select({ ambassadorId: trainingAttendance.ambassadorId, moduleId: trainingSessions.moduleId, on: sql<string>`min(${trainingSessions.date})::text` })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .where(and(eq(trainingAttendance.attended, true), ambassadorIds ? inArray(trainingAttendance.ambassadorId, ambassadorIds) : undefined))
    .groupBy(trainingAttendance.ambassadorId, trainingSessions.moduleId);
  const out = new Map<string, Map<string, string>>();
  for (const r of rows) {
    if (!out.has(r.ambassadorId)) out.set(r.ambassadorId, new Map());
    out.get(r.ambassadorId)!.set(r.moduleId, r.on);
  }
  return out;
}

/** The certificate that counts per ambassador: the valid one, else the latest revoked one. */
async function certificatesOf(db: DbOrTx, ambassadorIds?: string[]): Promise<Map<string, Certificate>> {
  const rows = await db
    .select(certificateColumns)
    .from(trainingCertificates)
    .where(ambassadorIds ? inArray(trainingCertificates.ambassadorId, ambassadorIds) : undefined)
    .orderBy(sql`${trainingCertificates.revokedAt} IS NULL`, asc(trainingCertificates.createdAt));
  // Ordered so the valid certificate (revoked_at IS NULL sorts last) and then the latest win.
  return new Map(rows.map((r) => [r.ambassadorId, r]));
}

function progressOf(modules: TrainingModule[], done: Map<string, string> | undefined, certificate: Certificate | null): AmbassadorProgress {
  const list = modules.map((m) => ({ module: m, completedOn: done?.get(m.id) ?? null }));
  const required = list.filter((p) => p.module.active && p.module.required);
  const requiredDone = required.filter((p) => p.completedOn).length;
  return {
    modules: list,
    requiredTotal: required.length,
    requiredDone,
    complete: requiredDone === required.length,
    socialMapDone: list.some((p) => p.module.key === SOCIAL_MAP_MODULE_KEY && p.completedOn),
    certificate,
  };
}

/** One ambassador's progress: active modules plus any inactive one they completed. */
export async function ambassadorProgress(db: DbOrTx, ambassadorId: string): Promise<AmbassadorProgress> {
  const [modules, done, certs] = await Promise.all([listModules(db), completions(db, [ambassadorId]), certificatesOf(db, [ambassadorId])]);
  const mine = done.get(ambassadorId);
  return progressOf(
    modules.filter((m) => m.active || mine?.has(m.id)),
    mine,
    certs.get(ambassadorId) ?? null,
  );
}

export interface CorpsRow {
  id: string;
  name: string;
  status: (typeof ambassadorStatusEnum.enumValues)[number];
  progress: AmbassadorProgress;
}

/** Progress of every ambassador who is not stopped (the coordinator's overview), by name. */
export async function corpsProgress(db: DbOrTx): Promise<{ modules: TrainingModule[]; rows: CorpsRow[] }> {
  const [modules, people, done, certs] = await Promise.all([
    listModules(db, { activeOnly: true }),
    db
      .select({ id: ambassadors.id, name: ambassadors.displayName, status: ambassadors.status })
      .from(ambassadors)
      .where(ne(ambassadors.status, 'stopped'))
      .orderBy(asc(ambassadors.displayName)),
    completions(db),
    certificatesOf(db),
  ]);
  return {
    modules,
    rows: people.map((p) => ({ ...p, progress: progressOf(modules, done.get(p.id), certs.get(p.id) ?? null) })),
  };
}

/** Per active module: how many of the ambassadors who are not stopped completed it. */
export function moduleCounts(corps: { modules: TrainingModule[]; rows: CorpsRow[] }): { module: TrainingModule; completed: number; total: number }[] {
  return corps.modules.map((m) => ({
    module: m,
    completed: corps.rows.filter((r) => r.progress.modules.some((p) => p.module.id === m.id && p.completedOn)).length,
    total: corps.rows.length,
  }));
}

/** The ambassador's name and status, for the coordinator's page about them. */
export async function getAmbassadorName(db: DbOrTx, id: string): Promise<{ id: string; name: string; status: (typeof ambassadorStatusEnum.enumValues)[number] } | null> {
  const [row] = await db
    .select({ id: ambassadors.id, name: ambassadors.displayName, status: ambassadors.status })
    .from(ambassadors)
    .where(eq(ambassadors.id, id));
  return row ?? null;
}

/**
 * The coordinator's page about one ambassador's training: their name, status and progress, and
 * the audit entry of opening it (`training.progress_viewed`, ids only), in one transaction. Null
 * (and nothing audited) when there is no such ambassador.
 */
export async function openAmbassadorTraining(
  db: DbOrTx,
  viewerUserId: string,
  id: string,
): Promise<{ person: NonNullable<Awaited<ReturnType<typeof getAmbassadorName>>>; progress: AmbassadorProgress } | null> {
  return db.transaction(async (tx) => {
    const person = await getAmbassadorName(tx, id);
    if (!person) return null;
    const progress = await ambassadorProgress(tx, id);
    await audit(tx, { action: 'training.progress_viewed', actorUserId: viewerUserId, entityType: 'ambassador', entityId: id });
    return { person, progress };
  });
}

/**
 * The next session of a module the ambassador has not completed yet (their next step), or null:
 * the soonest that has not started at `now`, Amsterdam time (this morning's session is gone by
 * the afternoon).
 */
export async function nextSessionFor(db: DbOrTx, ambassadorId: string, now: Date): Promise<SessionItem | null> {
  const [row] = await db
    .select(sessionColumns)
    .from(trainingSessions)
    .innerJoin(trainingModules, eq(trainingModules.id, trainingSessions.moduleId))
    .where(and(notStartedSql(trainingSessions.date, trainingSessions.dagdeel, now), eq(trainingModules.active, true), sql`NOT ${completedModuleSql(ambassadorId, trainingSessions.moduleId)}`))
    .orderBy(asc(trainingSessions.date), asc(trainingSessions.dagdeel))
    .limit(1);
  return row ?? null;
}

// Certificates ------------------------------------------------------------------------------------

/** The ambassador's valid certificate (their own: filtered by their id), or null. */
export async function validCertificateOf(db: DbOrTx, ambassadorId: string): Promise<Certificate | null> {
  const [row] = await db
    .select(certificateColumns)
    .from(trainingCertificates)
    .where(and(eq(trainingCertificates.ambassadorId, ambassadorId), isNull(trainingCertificates.revokedAt)));
  return row ?? null;
}

/** The modules a certificate lists: every module the holder completed. */
export async function certificateModules(db: DbOrTx, ambassadorId: string): Promise<TrainingModule[]> {
  const progress = await ambassadorProgress(db, ambassadorId);
  return progress.modules.filter((p) => p.completedOn).map((p) => p.module);
}
