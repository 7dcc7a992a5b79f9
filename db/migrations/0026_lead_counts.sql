-- Summary counts of the leads for the staff start page (issue 13/18: flat at 100,000 leads and
-- more). Triggers keep them in the same transaction as every insert, step, merge, activity,
-- plan date and delete, so they are never behind; merged leads are not counted. Each row is one
-- kind of figure for one Amsterdam day and one key:
--   status         day 1970-01-01, key = the step            (the funnel)
--   created        day = sign-up day, key = the source       (sign-ups of the last week)
--   signed         day = plan_signed_on, key = the channel   (plans signed in a target period)
--   open_activity  day = day of the last activity, key = ''  (open leads gone quiet: overdue)
-- Read by lib/leads/counts.ts; lib/leads/counts.test.ts checks every figure against a direct count.
CREATE TABLE "lead_counts" (
	"kind" text NOT NULL,
	"day" date NOT NULL,
	"key" text NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "lead_counts_pk" PRIMARY KEY("kind","day","key")
);
--> statement-breakpoint
-- One statement-level trigger per kind of change: the rows a statement changed (its transition
-- tables) are summed per figure first, so a bulk insert or import writes each summary row once,
-- a change that moves no figure writes nothing, and summary rows are always locked in the same
-- order (no deadlocks between concurrent sign-ups and steps).
CREATE FUNCTION "lead_counts_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "lead_counts" ("kind", "day", "key", "n")
	SELECT kind, day, key, sum(d) FROM (
		SELECT v.kind, v.day, v.key, 1 AS d FROM new_rows r CROSS JOIN LATERAL (VALUES
			('status', DATE '1970-01-01', r.status::text),
			('created', (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, r.source::text),
			('signed', r.plan_signed_on, r.channel::text),
			('open_activity', CASE WHEN r.status NOT IN ('completed', 'closed') THEN (r.last_activity_at AT TIME ZONE 'Europe/Amsterdam')::date END, '')
		) AS v(kind, day, key)
		WHERE r.merged_into_id IS NULL AND v.day IS NOT NULL
	) AS deltas
	GROUP BY kind, day, key
	HAVING sum(d) <> 0
	ORDER BY kind, day, key
	ON CONFLICT ("kind", "day", "key") DO UPDATE SET "n" = "lead_counts"."n" + EXCLUDED."n";
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "lead_counts_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "lead_counts" ("kind", "day", "key", "n")
	SELECT kind, day, key, sum(d) FROM (
		SELECT v.kind, v.day, v.key, -1 AS d FROM old_rows r CROSS JOIN LATERAL (VALUES
			('status', DATE '1970-01-01', r.status::text),
			('created', (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, r.source::text),
			('signed', r.plan_signed_on, r.channel::text),
			('open_activity', CASE WHEN r.status NOT IN ('completed', 'closed') THEN (r.last_activity_at AT TIME ZONE 'Europe/Amsterdam')::date END, '')
		) AS v(kind, day, key)
		WHERE r.merged_into_id IS NULL AND v.day IS NOT NULL
		UNION ALL
		SELECT v.kind, v.day, v.key, 1 AS d FROM new_rows r CROSS JOIN LATERAL (VALUES
			('status', DATE '1970-01-01', r.status::text),
			('created', (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, r.source::text),
			('signed', r.plan_signed_on, r.channel::text),
			('open_activity', CASE WHEN r.status NOT IN ('completed', 'closed') THEN (r.last_activity_at AT TIME ZONE 'Europe/Amsterdam')::date END, '')
		) AS v(kind, day, key)
		WHERE r.merged_into_id IS NULL AND v.day IS NOT NULL
	) AS deltas
	GROUP BY kind, day, key
	HAVING sum(d) <> 0
	ORDER BY kind, day, key
	ON CONFLICT ("kind", "day", "key") DO UPDATE SET "n" = "lead_counts"."n" + EXCLUDED."n";
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "lead_counts_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "lead_counts" ("kind", "day", "key", "n")
	SELECT kind, day, key, sum(d) FROM (
		SELECT v.kind, v.day, v.key, -1 AS d FROM old_rows r CROSS JOIN LATERAL (VALUES
			('status', DATE '1970-01-01', r.status::text),
			('created', (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, r.source::text),
			('signed', r.plan_signed_on, r.channel::text),
			('open_activity', CASE WHEN r.status NOT IN ('completed', 'closed') THEN (r.last_activity_at AT TIME ZONE 'Europe/Amsterdam')::date END, '')
		) AS v(kind, day, key)
		WHERE r.merged_into_id IS NULL AND v.day IS NOT NULL
	) AS deltas
	GROUP BY kind, day, key
	HAVING sum(d) <> 0
	ORDER BY kind, day, key
	ON CONFLICT ("kind", "day", "key") DO UPDATE SET "n" = "lead_counts"."n" + EXCLUDED."n";
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "leads_counts_insert" AFTER INSERT ON "leads" REFERENCING NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION "lead_counts_insert"();
--> statement-breakpoint
CREATE TRIGGER "leads_counts_update" AFTER UPDATE ON "leads" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
	FOR EACH STATEMENT EXECUTE FUNCTION "lead_counts_update"();
--> statement-breakpoint
CREATE TRIGGER "leads_counts_delete" AFTER DELETE ON "leads" REFERENCING OLD TABLE AS old_rows
	FOR EACH STATEMENT EXECUTE FUNCTION "lead_counts_delete"();
--> statement-breakpoint
CREATE FUNCTION "lead_counts_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM "lead_counts";
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "leads_counts_truncate" AFTER TRUNCATE ON "leads" FOR EACH STATEMENT EXECUTE FUNCTION "lead_counts_truncate"();
--> statement-breakpoint
INSERT INTO "lead_counts" ("kind", "day", "key", "n")
	SELECT 'status', DATE '1970-01-01', "status"::text, count(*) FROM "leads" WHERE "merged_into_id" IS NULL GROUP BY "status"
	UNION ALL
	SELECT 'created', ("created_at" AT TIME ZONE 'Europe/Amsterdam')::date, "source"::text, count(*) FROM "leads" WHERE "merged_into_id" IS NULL GROUP BY 2, 3
	UNION ALL
	SELECT 'signed', "plan_signed_on", "channel"::text, count(*) FROM "leads" WHERE "merged_into_id" IS NULL AND "plan_signed_on" IS NOT NULL GROUP BY 2, 3
	UNION ALL
	SELECT 'open_activity', ("last_activity_at" AT TIME ZONE 'Europe/Amsterdam')::date, '', count(*) FROM "leads" WHERE "merged_into_id" IS NULL AND "status" NOT IN ('completed', 'closed') GROUP BY 2;
