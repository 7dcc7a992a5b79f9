import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { cache } from 'react';
import { getDb, type DbOrTx } from '@/db/client';
import { isDatabaseUnavailable } from '@/db/errors';
import { installationSettings } from '@/db/schema';
import { audit } from '@/lib/audit';
import { CHILDCARE_CHOICES, COST_CHOICES, LESSON_DAYS, LESSON_TIMES, LOGO_PATH, PUBLIC_PAGE_DEFAULTS, type PublicPageSettings } from './defaults';

const oneOf = <T extends string>(list: readonly T[], v: unknown, fallback: T): T => (list.includes(v as T) ? (v as T) : fallback);
const someOf = <T extends string>(list: readonly T[], v: unknown, fallback: T[]): T[] =>
  Array.isArray(v) ? list.filter((x) => v.includes(x)) : fallback;
const textOr = (v: unknown, fallback: string) => (typeof v === 'string' && v.trim() ? v : fallback);

/**
 * What the public page shows: the municipality's name (set at the first run or here), its logo, the
 * phone number and the facts. Whatever was never saved (or no longer reads as valid) is the default.
 */
export async function getPublicPageSettings(db: DbOrTx): Promise<PublicPageSettings> {
  const [row] = await db.select({ name: installationSettings.municipalityName, page: installationSettings.publicPage }).from(installationSettings).where(eq(installationSettings.id, 'default'));
  const p = row?.page ?? {};
  const d = PUBLIC_PAGE_DEFAULTS;
  return {
    municipalityName: textOr(row?.name, d.municipalityName),
    logoPath: typeof p.logoPath === 'string' && LOGO_PATH.test(p.logoPath) ? p.logoPath : d.logoPath,
    phone: textOr(p.phone, d.phone),
    cost: oneOf(COST_CHOICES, p.cost, d.cost),
    lessonDays: someOf(LESSON_DAYS, p.lessonDays, d.lessonDays),
    lessonTimes: someOf(LESSON_TIMES, p.lessonTimes, d.lessonTimes),
    lessonPlace: textOr(p.lessonPlace, d.lessonPlace),
    childcare: oneOf(CHILDCARE_CHOICES, p.childcare, d.childcare),
  };
}

/** Saves all settings at once (the form shows every field); audited without the values. */
export async function savePublicPageSettings(db: DbOrTx, actorUserId: string, s: PublicPageSettings) {
  await db.transaction(async (tx) => {
    const { municipalityName, ...page } = s;
    const values = { municipalityName, publicPage: page, updatedByUserId: actorUserId, updatedAt: sql`now()` };
    await tx.insert(installationSettings).values({ id: 'default', ...values }).onConflictDoUpdate({ target: installationSettings.id, set: values });
    await audit(tx, { action: 'publicPage.settings_saved', actorUserId });
  });
}

const lastRead = globalThis as unknown as { __wijkwerfPublicPageSettings?: PublicPageSettings };

/**
 * The settings for this request (the layout's header, its metadata and the page read them once).
 * While the database is out of reach (a restart) the last ones this process read stand in, or the
 * defaults, so the public pages can still say "try again" under the municipality's header.
 */
export const currentPublicPageSettings = cache(async (): Promise<PublicPageSettings> => {
  try {
    const settings = await getPublicPageSettings(getDb());
    lastRead.__wijkwerfPublicPageSettings = settings;
    return settings;
  } catch (e) {
    if (!isDatabaseUnavailable(e)) throw e;
    return lastRead.__wijkwerfPublicPageSettings ?? PUBLIC_PAGE_DEFAULTS;
  }
});
