import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { reportVersions } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { diversityOverview } from '@/lib/diversity/queries';
import { costsInPeriod } from './costs';
import { evaluationFigures } from './figures';
import type { ReportPeriod } from './period';
import { periodReport, signedByChannel, startedByChannel } from './queries';
import { EVALUATION_SECTIONS, type EvaluationSection } from './schema';

/**
 * The evaluation report's data and versions. A draft is read live; publishing stores the figures
 * as they are (`snapshot`) and the version never changes again (updates only touch drafts).
 */

export async function evaluationData(db: DbOrTx, p: ReportPeriod, today: string) {
  const [report, diversity, costs, started, signed, figures] = await Promise.all([
    periodReport(db, p, today),
    diversityOverview(db),
    costsInPeriod(db, p),
    startedByChannel(db, p),
    signedByChannel(db, p),
    evaluationFigures(db, p, today),
  ]);
  return {
    report,
    backgrounds: diversity.backgrounds,
    costs,
    started,
    signed,
    activeAmbassadors: diversity.activeAmbassadors,
    /** The active corps' languages and Dutch levels (not special-category data). */
    corpsLanguages: diversity.languages.filter((l) => l.ambassadors > 0).map((l) => ({ key: l.code, count: l.ambassadors })),
    corpsNt2: diversity.nt2.map((l) => ({ key: l.level ?? 'none', count: l.count })),
    figures,
  };
}
export type EvaluationData = Awaited<ReturnType<typeof evaluationData>>;

export type ReportVersion = typeof reportVersions.$inferSelect;

/** The versions of a period, newest first. */
export async function versionsOf(db: DbOrTx, p: { from: string; to: string }): Promise<ReportVersion[]> {
  return db
    .select()
    .from(reportVersions)
    .where(and(eq(reportVersions.startsOn, p.from), eq(reportVersions.endsOn, p.to)))
    .orderBy(desc(reportVersions.createdAt));
}

export async function getVersion(db: DbOrTx, id: string): Promise<ReportVersion | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [v] = await db.select().from(reportVersions).where(eq(reportVersions.id, id)).limit(1);
  return v ?? null;
}

/**
 * Saves the narratives: into the period's draft, or a new draft when there is none (a published
 * version stays as it was). `publish` also freezes the figures and publishes the draft.
 */
export async function saveVersion(
  db: DbOrTx,
  actorUserId: string,
  input: { period: ReportPeriod; narratives: Partial<Record<EvaluationSection, string | null>>; publish: boolean },
  today: string,
): Promise<string> {
  const narratives: Record<string, string> = {};
  for (const s of EVALUATION_SECTIONS) {
    const text = input.narratives[s];
    if (text) narratives[s] = text;
  }
  const snapshot = input.publish ? JSON.parse(JSON.stringify(await evaluationData(db, input.period, today))) : null;
  return db.transaction(async (tx) => {
    const [draft] = await tx
      .select({ id: reportVersions.id })
      .from(reportVersions)
      .where(and(eq(reportVersions.startsOn, input.period.from), eq(reportVersions.endsOn, input.period.to), eq(reportVersions.status, 'draft')))
      .orderBy(desc(reportVersions.createdAt))
      .limit(1)
      .for('update');
    const now = new Date();
    const publish = input.publish ? { status: 'published' as const, snapshot, publishedAt: now } : {};
    let id: string;
    if (draft) {
      const [row] = await tx
        .update(reportVersions)
        .set({ narratives, updatedAt: now, ...publish })
        .where(and(eq(reportVersions.id, draft.id), eq(reportVersions.status, 'draft')))
        .returning({ id: reportVersions.id });
      if (!row) throw new ActionError('reports.errors.published');
      id = row.id;
    } else {
      const [row] = await tx
        .insert(reportVersions)
        .values({ startsOn: input.period.from, endsOn: input.period.to, narratives, createdByUserId: actorUserId, ...publish })
        .returning({ id: reportVersions.id });
      id = row!.id;
    }
    await audit(tx, { action: input.publish ? 'report.published' : 'report.saved', actorUserId, entityType: 'report', entityId: id });
    return id;
  });
}
