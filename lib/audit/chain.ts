import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { rowsOf } from '@/db/client';

/** The advisory-lock key that serialises audit writers (any fixed bigint; "audit" in ASCII). */
export const AUDIT_CHAIN_LOCK = 0x6175646974;

/**
 * The entry's hash, computed by the database from the row `alias` (an audit_log row or a row of
 * the same shape): sha256 over every field and the previous hash, hex. Timestamps in UTC with
 * microseconds and jsonb's canonical text, so the value does not depend on the session.
 */
export function entryHashSql(alias: SQL): SQL {
  return sql`encode(sha256(convert_to(concat_ws('|',
    coalesce(${alias}.prev_hash, ''), ${alias}.id::text,
    to_char(${alias}.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(${alias}.actor_user_id::text, ''), ${alias}.action, coalesce(${alias}.entity_type, ''),
    coalesce(${alias}.entity_id::text, ''), coalesce(${alias}.ip_hash, ''), coalesce(${alias}.details::text, '')
  ), 'UTF8')), 'hex')`;
}

export interface ChainReport {
  /** Entries checked (those with a hash). */
  checked: number;
  /** Entries from before the chain existed (no hash), all older than the first chained entry. */
  unchained: number;
  /** The first break, by sequence number: an edited entry, a removed one, or one inserted outside lib/audit. */
  broken: { seq: number; id: string; reason: 'edited' | 'link' | 'unchained' }[];
  /** The newest entry's hash: keep it somewhere else (a print, a mail) to detect a rewritten chain. */
  head: string | null;
}

/**
 * Recomputes every entry's hash and checks each link to the entry before it. The oldest
 * remaining chained entry may point to a hash no longer present (the retention removed older
 * entries); every later one must point to its predecessor.
 */
export async function verifyAuditChain(db: DbOrTx, limit = 20): Promise<ChainReport> {
  const rows = (await db.execute(sql`
    WITH c AS (
      SELECT a.seq, a.id, a.hash, a.prev_hash, ${entryHashSql(sql.raw('a'))} AS expected,
        lag(a.hash) OVER (ORDER BY a.seq) AS before, lag(a.seq) OVER (ORDER BY a.seq) AS before_seq,
        min(a.seq) FILTER (WHERE a.hash IS NOT NULL) OVER () AS first_chained
      FROM audit_log a
    )
    SELECT
      (SELECT count(*) FROM c WHERE hash IS NOT NULL)::int AS checked,
      (SELECT count(*) FROM c WHERE hash IS NULL AND seq < coalesce(first_chained, seq + 1))::int AS unchained,
      (SELECT hash FROM c ORDER BY seq DESC LIMIT 1) AS head,
      coalesce((SELECT json_agg(x ORDER BY x.seq) FROM (
        SELECT seq, id, CASE
          WHEN hash IS NULL THEN 'unchained'
          WHEN hash <> expected THEN 'edited'
          ELSE 'link' END AS reason
        FROM c
        WHERE (hash IS NULL AND seq > first_chained)
          OR (hash IS NOT NULL AND hash <> expected)
          OR (hash IS NOT NULL AND seq > first_chained AND prev_hash IS DISTINCT FROM before)
        ORDER BY seq LIMIT ${limit}) x), '[]'::json) AS broken
  `));
  const r = rowsOf<{ checked: number; unchained: number; head: string | null; broken: unknown }>(rows)[0]!;
  const broken = (typeof r.broken === 'string' ? JSON.parse(r.broken) : r.broken) as { seq: number | string; id: string; reason: ChainReport['broken'][number]['reason'] }[];
  return { checked: Number(r.checked), unchained: Number(r.unchained), head: r.head, broken: broken.map((b) => ({ ...b, seq: Number(b.seq) })) };
}
