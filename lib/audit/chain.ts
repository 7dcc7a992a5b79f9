import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { rowsOf } from '@/db/client';

/** The advisory-lock key that lets one sealer at a time extend the chain (any fixed bigint; "audit" in ASCII). */
export const AUDIT_CHAIN_LOCK = 0x6175646974;

/**
 * What an entry's hash covers besides the previous hash, as text, computed by the database from
 * the row `alias`: every field, '|'-separated. Timestamps in UTC with microseconds and jsonb's
 * canonical text, so the value does not depend on the session.
 */
export function entryBodySql(alias: SQL): SQL {
  return sql`concat_ws('|',
    ${alias}.id::text,
    to_char(${alias}.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(${alias}.actor_user_id::text, ''), ${alias}.action, coalesce(${alias}.entity_type, ''),
    coalesce(${alias}.entity_id::text, ''), coalesce(${alias}.ip_hash, ''), coalesce(${alias}.details::text, '')
  )`;
}

/**
 * The entry's hash: sha256 (hex) over its previous hash ('' for the first entry), '|' and its
 * body (`entryBodySql`), UTF-8. The sealer computes the same in Node (lib/audit/seal.ts).
 */
export function entryHashSql(alias: SQL): SQL {
  return sql`encode(sha256(convert_to(coalesce(${alias}.prev_hash, '') || '|' || ${entryBodySql(alias)}, 'UTF8')), 'hex')`;
}

export interface ChainReport {
  /** Sealed entries checked. */
  checked: number;
  /** Entries not sealed yet (written since the last seal). */
  pending: number;
  /** The first breaks, by place in the chain: an edited entry, or a missing link (an entry removed). */
  broken: { chainSeq: number; id: string; reason: 'edited' | 'link' }[];
  /** The newest entry's hash: keep it somewhere else (a print, a mail) to detect a rewritten chain. */
  head: string | null;
}

/**
 * Recomputes every sealed entry's hash and checks each link to the entry before it in the chain.
 * The oldest remaining entry may point to a hash no longer present (the retention removed older
 * entries); every later one must point to its predecessor. Seal first (`sealAuditChain` with
 * `wait`) to check everything committed so far.
 */
export async function verifyAuditChain(db: DbOrTx, limit = 20): Promise<ChainReport> {
  const rows = (await db.execute(sql`
    WITH c AS (
      SELECT a.chain_seq, a.id, a.hash, a.prev_hash, ${entryHashSql(sql.raw('a'))} AS expected,
        lag(a.hash) OVER (ORDER BY a.chain_seq) AS before,
        row_number() OVER (ORDER BY a.chain_seq) AS nr
      FROM audit_log a WHERE a.chain_seq IS NOT NULL
    )
    SELECT
      (SELECT count(*) FROM c)::int AS checked,
      (SELECT count(*) FROM audit_log WHERE chain_seq IS NULL)::int AS pending,
      (SELECT hash FROM c ORDER BY chain_seq DESC LIMIT 1) AS head,
      coalesce((SELECT json_agg(x ORDER BY x.chain_seq) FROM (
        SELECT chain_seq, id, CASE WHEN hash IS DISTINCT FROM expected THEN 'edited' ELSE 'link' END AS reason
        FROM c
        WHERE hash IS DISTINCT FROM expected OR (nr > 1 AND prev_hash IS DISTINCT FROM before)
        ORDER BY chain_seq LIMIT ${limit}) x), '[]'::json) AS broken
  `));
  const r = rowsOf<{ checked: number; pending: number; head: string | null; broken: unknown }>(rows)[0]!;
  const broken = (typeof r.broken === 'string' ? JSON.parse(r.broken) : r.broken) as { chain_seq: number | string; id: string; reason: ChainReport['broken'][number]['reason'] }[];
  return {
    checked: Number(r.checked),
    pending: Number(r.pending),
    head: r.head,
    broken: broken.map((b) => ({ chainSeq: Number(b.chain_seq), id: b.id, reason: b.reason })),
  };
}
