-- Issue 18, goal 1: a public sign-up no longer waits for other sign-ups to commit.
--
-- 1. The audit chain is sealed after the fact. An entry is written without a lock and without a
--    hash; lib/audit/seal.ts gives committed entries their place in the chain (chain_seq), the
--    previous entry's hash and their own, in batches, one sealer at a time (an advisory lock).
--    Entries chained so far keep their place: their order was their seq.
ALTER TABLE "audit_log" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
UPDATE "audit_log" SET "chain_seq" = "seq" WHERE "hash" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_chain_seq_idx" ON "audit_log" USING btree ("chain_seq");--> statement-breakpoint
CREATE INDEX "audit_log_unsealed_idx" ON "audit_log" USING btree ("seq") WHERE "audit_log"."chain_seq" is null;--> statement-breakpoint
-- 2. The summary counts (0026, 0032) are split over 16 rows per figure ("shard", from the
--    writing connection), so concurrent transactions no longer queue on the same few rows (today's
--    sign-ups, the step "new") until they commit. Readers sum the shards (they already sum rows).
--    One transaction's statements all use its connection's shard, so summary rows are still
--    locked in one order (kind, day, key) within a shard and never across two.
ALTER TABLE "lead_counts" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "lead_counts" DROP CONSTRAINT "lead_counts_pk";--> statement-breakpoint
ALTER TABLE "lead_counts" ADD CONSTRAINT "lead_counts_pk" PRIMARY KEY ("kind", "day", "key", "shard");--> statement-breakpoint
CREATE FUNCTION "lead_counts_shard"() RETURNS smallint LANGUAGE sql STABLE AS $$ SELECT (pg_backend_pid() % 16)::smallint $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "lead_counts_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "lead_counts" ("kind", "day", "key", "shard", "n")
	SELECT kind, day, key, "lead_counts_shard"(), sum(d) FROM (
		SELECT c.kind, c.day, c.key, 1 AS d FROM new_rows r CROSS JOIN LATERAL "lead_count_rows"(r) c
	) AS deltas
	GROUP BY kind, day, key
	HAVING sum(d) <> 0
	ORDER BY kind, day, key
	ON CONFLICT ("kind", "day", "key", "shard") DO UPDATE SET "n" = "lead_counts"."n" + EXCLUDED."n";
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "lead_counts_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "lead_counts" ("kind", "day", "key", "shard", "n")
	SELECT kind, day, key, "lead_counts_shard"(), sum(d) FROM (
		SELECT c.kind, c.day, c.key, -1 AS d FROM old_rows r CROSS JOIN LATERAL "lead_count_rows"(r) c
		UNION ALL
		SELECT c.kind, c.day, c.key, 1 AS d FROM new_rows r CROSS JOIN LATERAL "lead_count_rows"(r) c
	) AS deltas
	GROUP BY kind, day, key
	HAVING sum(d) <> 0
	ORDER BY kind, day, key
	ON CONFLICT ("kind", "day", "key", "shard") DO UPDATE SET "n" = "lead_counts"."n" + EXCLUDED."n";
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "lead_counts_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "lead_counts" ("kind", "day", "key", "shard", "n")
	SELECT kind, day, key, "lead_counts_shard"(), sum(d) FROM (
		SELECT c.kind, c.day, c.key, -1 AS d FROM old_rows r CROSS JOIN LATERAL "lead_count_rows"(r) c
	) AS deltas
	GROUP BY kind, day, key
	HAVING sum(d) <> 0
	ORDER BY kind, day, key
	ON CONFLICT ("kind", "day", "key", "shard") DO UPDATE SET "n" = "lead_counts"."n" + EXCLUDED."n";
	RETURN NULL;
END $$;
