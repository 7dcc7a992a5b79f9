-- Summary counts of the leads for the staff start page (issue 13/18: flat at 100,000 leads and
-- more). A trigger keeps them in the same transaction as every insert, step, merge, activity,
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
CREATE FUNCTION "lead_counts_bump"(k text, d date, ky text, delta integer) RETURNS void LANGUAGE sql AS $$
	INSERT INTO "lead_counts" ("kind", "day", "key", "n") VALUES (k, d, ky, delta)
	ON CONFLICT ("kind", "day", "key") DO UPDATE SET "n" = "lead_counts"."n" + EXCLUDED."n";
$$;
--> statement-breakpoint
CREATE FUNCTION "lead_counts_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	o_in boolean := TG_OP <> 'INSERT' AND OLD.merged_into_id IS NULL;
	n_in boolean := TG_OP <> 'DELETE' AND NEW.merged_into_id IS NULL;
	o_open boolean := o_in AND OLD.status NOT IN ('completed', 'closed');
	n_open boolean := n_in AND NEW.status NOT IN ('completed', 'closed');
	o_status text; n_status text;
	o_created date; n_created date; o_source text; n_source text;
	o_signed date; n_signed date; o_channel text; n_channel text;
	o_active date; n_active date;
BEGIN
	IF o_in THEN
		o_status := OLD.status::text;
		o_created := (OLD.created_at AT TIME ZONE 'Europe/Amsterdam')::date; o_source := OLD.source::text;
		o_signed := OLD.plan_signed_on; o_channel := OLD.channel::text;
		o_active := (OLD.last_activity_at AT TIME ZONE 'Europe/Amsterdam')::date;
	END IF;
	IF n_in THEN
		n_status := NEW.status::text;
		n_created := (NEW.created_at AT TIME ZONE 'Europe/Amsterdam')::date; n_source := NEW.source::text;
		n_signed := NEW.plan_signed_on; n_channel := NEW.channel::text;
		n_active := (NEW.last_activity_at AT TIME ZONE 'Europe/Amsterdam')::date;
	END IF;
	-- Only the figures that change are touched (fewer rows locked by concurrent sign-ups and steps).
	IF o_in IS DISTINCT FROM n_in OR o_status IS DISTINCT FROM n_status THEN
		IF o_in THEN PERFORM lead_counts_bump('status', DATE '1970-01-01', o_status, -1); END IF;
		IF n_in THEN PERFORM lead_counts_bump('status', DATE '1970-01-01', n_status, 1); END IF;
	END IF;
	IF o_in IS DISTINCT FROM n_in OR o_created IS DISTINCT FROM n_created OR o_source IS DISTINCT FROM n_source THEN
		IF o_in THEN PERFORM lead_counts_bump('created', o_created, o_source, -1); END IF;
		IF n_in THEN PERFORM lead_counts_bump('created', n_created, n_source, 1); END IF;
	END IF;
	IF o_signed IS DISTINCT FROM n_signed OR o_channel IS DISTINCT FROM n_channel THEN
		IF o_signed IS NOT NULL THEN PERFORM lead_counts_bump('signed', o_signed, o_channel, -1); END IF;
		IF n_signed IS NOT NULL THEN PERFORM lead_counts_bump('signed', n_signed, n_channel, 1); END IF;
	END IF;
	IF o_open IS DISTINCT FROM n_open OR (o_open AND o_active IS DISTINCT FROM n_active) THEN
		IF o_open THEN PERFORM lead_counts_bump('open_activity', o_active, '', -1); END IF;
		IF n_open THEN PERFORM lead_counts_bump('open_activity', n_active, '', 1); END IF;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "leads_counts" AFTER INSERT OR DELETE OR UPDATE OF "status", "source", "channel", "merged_into_id", "created_at", "last_activity_at", "plan_signed_on" ON "leads"
	FOR EACH ROW EXECUTE FUNCTION "lead_counts_trigger"();
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
