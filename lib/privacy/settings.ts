import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { privacySettings } from '@/db/schema';
import { audit } from '@/lib/audit';
import { IMPORT_PREVIEW_HOURS_DEFAULT, OFFICER_DEFAULTS, REGISTER_DEFAULTS, REGISTER_FIELDS, RETENTION_DEFAULTS, RETENTION_KINDS, type RegisterField, type RetentionKind } from './defaults';

export interface PrivacySettings {
  /** Months per kind of data. */
  retention: Record<RetentionKind, number>;
  /** Hours an unconfirmed import preview (with its rows) is kept. */
  importPreviewHours: number;
  /** The processing register (art. 30), one text per field. */
  register: Record<RegisterField, string>;
  officer: { name: string; email: string; phone: string };
}

/** Stored with the months in the `retention` column, in hours. */
const PREVIEW_KEY = 'importPreviewsHours';

/** The settings with the pilot's defaults for whatever was never saved. */
export async function getPrivacySettings(db: DbOrTx): Promise<PrivacySettings> {
  const [row] = await db.select().from(privacySettings).where(eq(privacySettings.id, 'default'));
  const retention = Object.fromEntries(RETENTION_KINDS.map((k) => [k, row?.retention?.[k] ?? RETENTION_DEFAULTS[k]])) as Record<RetentionKind, number>;
  const register = Object.fromEntries(REGISTER_FIELDS.map((f) => [f, row?.register?.[f] ?? REGISTER_DEFAULTS[f]])) as Record<RegisterField, string>;
  const importPreviewHours = row?.retention?.[PREVIEW_KEY] ?? IMPORT_PREVIEW_HOURS_DEFAULT;
  return { retention, importPreviewHours, register, officer: row ? { name: row.officerName ?? '', email: row.officerEmail ?? '', phone: row.officerPhone ?? '' } : { ...OFFICER_DEFAULTS } };
}

export async function savePrivacySettings(db: DbOrTx, actorUserId: string, s: PrivacySettings) {
  await db.transaction(async (tx) => {
    const values = { retention: { ...s.retention, [PREVIEW_KEY]: s.importPreviewHours }, register: s.register, officerName: s.officer.name || null, officerEmail: s.officer.email || null, officerPhone: s.officer.phone || null, updatedByUserId: actorUserId, updatedAt: sql`now()` };
    await tx.insert(privacySettings).values({ id: 'default', ...values }).onConflictDoUpdate({ target: privacySettings.id, set: values });
    await audit(tx, { action: 'privacy.settings_saved', actorUserId });
  });
}
