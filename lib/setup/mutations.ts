import 'server-only';
import { count, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { installationSettings, neighbourhoods, users } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { todayLocal } from '@/lib/dates';
import { addRate } from '@/lib/expenses/mutations';
import { createPeriod } from '@/lib/targets/mutations';
import { createUser } from '@/lib/users/mutations';

export interface FirstRunInput {
  municipalityName: string;
  adminName: string;
  adminEmail: string;
  password: string;
  /** wijk names, one per entry */
  wijken: string[];
  rateCents: number;
  period: { name: string; startsOn: string; endsOn: string; groupTarget: string };
}

/** Whether the installation has no account yet (the first-run page is open only then). */
export async function needsFirstRun(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return row!.n === 0;
}

function wijkCode(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

/**
 * The first run of a fresh installation, in one transaction: the first administrator (only while
 * there is no account at all; the users table is locked so two tabs cannot both win), the
 * municipality's name, its wijken, the allowance rate from today, and the first period with its
 * target. Returns the administrator's id; they set up their second factor at the first sign-in.
 */
export async function completeFirstRun(db: DbOrTx, input: FirstRunInput): Promise<string> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${users} in share row exclusive mode`);
    if (!(await needsFirstRun(tx))) throw new ActionError('setup.errors.alreadySetUp');
    const adminId = await createUser(tx, { email: input.adminEmail, name: input.adminName, role: 'admin', password: input.password });
    await tx
      .insert(installationSettings)
      .values({ id: 'default', municipalityName: input.municipalityName })
      .onConflictDoUpdate({ target: installationSettings.id, set: { municipalityName: input.municipalityName, updatedAt: new Date() } });
    const wijken = [...new Map(input.wijken.map((n) => [wijkCode(n), n] as const)).entries()].filter(([code]) => code);
    if (wijken.length) await tx.insert(neighbourhoods).values(wijken.map(([code, name]) => ({ code, name }))).onConflictDoNothing();
    await addRate(tx, adminId, { amount: input.rateCents, validFrom: todayLocal() }).catch((e: unknown) => {
      // A rate for today already exists (a migration's default): keep theirs as the form's problem.
      if (e instanceof ActionError) throw new ActionError('invalidForm', { rate: 'setup.errors.rateExists' });
      throw e;
    });
    await createPeriod(tx, adminId, input.period);
    await audit(tx, { action: 'setup.completed', actorUserId: adminId, entityType: 'user', entityId: adminId, details: { wijken: wijken.length } });
    return adminId;
  });
}
