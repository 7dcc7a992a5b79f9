ALTER TABLE "leads" ADD COLUMN "first_contact_at" timestamp with time zone;--> statement-breakpoint
-- The reports page (issue 18: flat at 100,000 and 1,000,000 leads) reads its period figures from
-- the same summary table as the staff start page, `lead_counts` (0026), kept by the same
-- statement-level triggers in the same transaction. New kinds, each per Amsterdam sign-up day
-- ("cohort day") unless said otherwise; a key "x:s" carries s = 1 when the plan is signed (status
-- plan_signed, started or completed), else 0:
--   r_channel      key = channel:status            (funnel, total, closed, channel breakdown, started by channel)
--   r_ambassador   key = recruiting ambassador id:s (breakdown, ambassadors' sign-ups)
--   r_association  key = association id:s
--   r_network      key = network organisation id:s
--   r_wijk         key = neighbourhood id (or ''):s
--   r_language     key = preferred language:s
--   r_close        key = close reason (or '')      (closed leads only)
--   r_barrier      key = barrier                   (one row per barrier of a lead)
--   r_time         key = step:days                 (lead times: whole days from the sign-up day to
--                                                   the step's day, leads at or past the step with that date)
--   q_intake       day = the intake's Amsterdam day, key ''    (leads in step intake now)
--   q_offer        day 1970-01-01, key = provider id (or '')  (leads in step offer now)
--   open_language  day 1970-01-01, key = preferred language   (open leads now: the diversity overview)
--   open_wijk      day 1970-01-01, key = neighbourhood id (or '')
-- Each r_ kind is kept twice: per day, and per month as "<kind>/m" on the month's first day; a
-- period reads its whole months from the month rows and its other days from the day rows.
-- The "contacted" lead time needs the first contact attempt: `leads.first_contact_at`, kept by a
-- trigger on contact_attempts (so a deleted lead's attempts are still known to the leads trigger).
-- Every kind of a lead row is listed once, in `lead_count_rows`; the three trigger functions sum
-- its rows for the old (-1) and new (+1) rows of a statement.
UPDATE "leads" l SET "first_contact_at" = c.first
	FROM (SELECT "lead_id", min("at") AS first FROM "contact_attempts" GROUP BY "lead_id") c
	WHERE l."id" = c."lead_id";
--> statement-breakpoint
CREATE FUNCTION "first_contact_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "leads" l SET "first_contact_at" = (SELECT min(c."at") FROM "contact_attempts" c WHERE c."lead_id" = l."id")
	WHERE l."id" IN (SELECT "lead_id" FROM new_rows)
		AND l."first_contact_at" IS DISTINCT FROM (SELECT min(c."at") FROM "contact_attempts" c WHERE c."lead_id" = l."id");
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "first_contact_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "leads" l SET "first_contact_at" = (SELECT min(c."at") FROM "contact_attempts" c WHERE c."lead_id" = l."id")
	WHERE l."id" IN (SELECT "lead_id" FROM new_rows UNION SELECT "lead_id" FROM old_rows)
		AND l."first_contact_at" IS DISTINCT FROM (SELECT min(c."at") FROM "contact_attempts" c WHERE c."lead_id" = l."id");
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "first_contact_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "leads" l SET "first_contact_at" = (SELECT min(c."at") FROM "contact_attempts" c WHERE c."lead_id" = l."id")
	WHERE l."id" IN (SELECT "lead_id" FROM old_rows)
		AND l."first_contact_at" IS DISTINCT FROM (SELECT min(c."at") FROM "contact_attempts" c WHERE c."lead_id" = l."id");
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "contact_attempts_first_insert" AFTER INSERT ON "contact_attempts" REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION "first_contact_insert"();
--> statement-breakpoint
CREATE TRIGGER "contact_attempts_first_update" AFTER UPDATE ON "contact_attempts" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION "first_contact_update"();
--> statement-breakpoint
CREATE TRIGGER "contact_attempts_first_delete" AFTER DELETE ON "contact_attempts" REFERENCING OLD TABLE AS old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION "first_contact_delete"();
--> statement-breakpoint
-- Every summary row one lead counts for (nothing for a merged lead).
CREATE FUNCTION "lead_count_rows"(r "leads") RETURNS TABLE("kind" text, "day" date, "key" text) LANGUAGE sql STABLE AS $$
	WITH d AS (
	SELECT v.kind, v.day, v.key
	FROM (SELECT (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date AS cd,
	             CASE WHEN r.status IN ('plan_signed', 'started', 'completed') THEN ':1' ELSE ':0' END AS s,
	             array_position(ARRAY['new', 'contacted', 'registered', 'intake', 'offer', 'plan_signed', 'started', 'completed']::lead_status[], r.status) AS step) c
	CROSS JOIN LATERAL (VALUES
		('status', DATE '1970-01-01', r.status::text),
		('created', c.cd, r.source::text),
		('signed', r.plan_signed_on, r.channel::text),
		('open_activity', CASE WHEN r.status NOT IN ('completed', 'closed') THEN (r.last_activity_at AT TIME ZONE 'Europe/Amsterdam')::date END, ''),
		('r_channel', c.cd, r.channel::text || ':' || r.status::text),
		('r_ambassador', c.cd, r.recruited_by_ambassador_id::text || c.s),
		('r_association', c.cd, r.association_id::text || c.s),
		('r_network', c.cd, r.network_organisation_id::text || c.s),
		('r_wijk', c.cd, coalesce(r.neighbourhood_id::text, '') || c.s),
		('r_language', c.cd, r.preferred_language || c.s),
		('r_close', CASE WHEN r.status = 'closed' THEN c.cd END, coalesce(r.close_reason::text, '')),
		('r_time', CASE WHEN c.step >= 2 THEN c.cd END, 'contacted:' || ((r.first_contact_at AT TIME ZONE 'Europe/Amsterdam')::date - c.cd)),
		('r_time', CASE WHEN c.step >= 4 THEN c.cd END, 'intake:' || ((r.intake_at AT TIME ZONE 'Europe/Amsterdam')::date - c.cd)),
		('r_time', CASE WHEN c.step >= 5 THEN c.cd END, 'offer:' || (r.offer_on - c.cd)),
		('r_time', CASE WHEN c.step >= 6 THEN c.cd END, 'plan_signed:' || (r.plan_signed_on - c.cd)),
		('r_time', CASE WHEN c.step >= 7 THEN c.cd END, 'started:' || (r.course_start_on - c.cd)),
		('q_intake', CASE WHEN r.status = 'intake' THEN (r.intake_at AT TIME ZONE 'Europe/Amsterdam')::date END, ''),
		('q_offer', CASE WHEN r.status = 'offer' THEN DATE '1970-01-01' END, coalesce(r.provider_id::text, '')),
		('open_language', CASE WHEN r.status NOT IN ('completed', 'closed') THEN DATE '1970-01-01' END, r.preferred_language),
		('open_wijk', CASE WHEN r.status NOT IN ('completed', 'closed') THEN DATE '1970-01-01' END, coalesce(r.neighbourhood_id::text, ''))
	) AS v(kind, day, key)
	WHERE r.merged_into_id IS NULL AND v.day IS NOT NULL AND v.key IS NOT NULL
	UNION ALL
	SELECT 'r_barrier', (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, b::text
	FROM unnest(r.barriers) AS b
	WHERE r.merged_into_id IS NULL
	)
	SELECT d.kind, d.day, d.key FROM d
	UNION ALL
	-- The report's kinds once more per month ("r_channel/m", day = the month's first day): a
	-- half-year reads six rows per key instead of 180.
	SELECT d.kind || '/m', d.day - (extract(day FROM d.day)::int - 1), d.key FROM d WHERE d.kind LIKE 'r\_%'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "lead_counts_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "lead_counts" ("kind", "day", "key", "n")
	SELECT kind, day, key, sum(d) FROM (
		SELECT c.kind, c.day, c.key, 1 AS d FROM new_rows r CROSS JOIN LATERAL "lead_count_rows"(r) c
	) AS deltas
	GROUP BY kind, day, key
	HAVING sum(d) <> 0
	ORDER BY kind, day, key
	ON CONFLICT ("kind", "day", "key") DO UPDATE SET "n" = "lead_counts"."n" + EXCLUDED."n";
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "lead_counts_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "lead_counts" ("kind", "day", "key", "n")
	SELECT kind, day, key, sum(d) FROM (
		SELECT c.kind, c.day, c.key, -1 AS d FROM old_rows r CROSS JOIN LATERAL "lead_count_rows"(r) c
		UNION ALL
		SELECT c.kind, c.day, c.key, 1 AS d FROM new_rows r CROSS JOIN LATERAL "lead_count_rows"(r) c
	) AS deltas
	GROUP BY kind, day, key
	HAVING sum(d) <> 0
	ORDER BY kind, day, key
	ON CONFLICT ("kind", "day", "key") DO UPDATE SET "n" = "lead_counts"."n" + EXCLUDED."n";
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "lead_counts_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "lead_counts" ("kind", "day", "key", "n")
	SELECT kind, day, key, sum(d) FROM (
		SELECT c.kind, c.day, c.key, -1 AS d FROM old_rows r CROSS JOIN LATERAL "lead_count_rows"(r) c
	) AS deltas
	GROUP BY kind, day, key
	HAVING sum(d) <> 0
	ORDER BY kind, day, key
	ON CONFLICT ("kind", "day", "key") DO UPDATE SET "n" = "lead_counts"."n" + EXCLUDED."n";
	RETURN NULL;
END $$;
--> statement-breakpoint
-- Counted again from the leads, every kind (the old kinds come out as they were).
DELETE FROM "lead_counts";
--> statement-breakpoint
INSERT INTO "lead_counts" ("kind", "day", "key", "n")
	SELECT c.kind, c.day, c.key, count(*) FROM "leads" r CROSS JOIN LATERAL "lead_count_rows"(r) c GROUP BY 1, 2, 3;
