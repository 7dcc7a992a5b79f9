-- The evaluation report and the targets from the summary `lead_counts` too (issue 18 goal 3: flat at
-- 100,000 and 1,000,000 leads). One new kind, kept by the same statement-level triggers on leads
-- (0026/0032; the trigger functions are not changed here, only the list of a lead's rows):
--   signed_pair    day = plan_signed_on, key = channel:recruiting ambassador id:partner ambassador id (or '')
--                  (leads with a recruiting ambassador and a signed plan: the plans signed per
--                  ambassador by the target period's pair rule, lib/targets/queries.ts)
-- kept per day and, like the report's r_ kinds, per month as "signed_pair/m".
-- The evaluation's results by background (lib/reports/figures.ts) need no new kind: the period's
-- sign-ups and signed plans per recruiting ambassador are `r_ambassador` (key ambassador id:s),
-- grouped by the ambassador's background when read.
CREATE OR REPLACE FUNCTION "lead_count_rows"(r "leads") RETURNS TABLE("kind" text, "day" date, "key" text) LANGUAGE sql STABLE AS $$
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
		('open_wijk', CASE WHEN r.status NOT IN ('completed', 'closed') THEN DATE '1970-01-01' END, coalesce(r.neighbourhood_id::text, '')),
		('signed_pair', r.plan_signed_on, r.channel::text || ':' || r.recruited_by_ambassador_id::text || ':' || coalesce(r.partner_ambassador_id::text, ''))
	) AS v(kind, day, key)
	WHERE r.merged_into_id IS NULL AND v.day IS NOT NULL AND v.key IS NOT NULL
	UNION ALL
	SELECT 'r_barrier', (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, b::text
	FROM unnest(r.barriers) AS b
	WHERE r.merged_into_id IS NULL
	)
	SELECT d.kind, d.day, d.key FROM d
	UNION ALL
	-- The report's kinds and the plans per pair once more per month ("r_channel/m", day = the
	-- month's first day): a half-year reads six rows per key instead of 180.
	SELECT d.kind || '/m', d.day - (extract(day FROM d.day)::int - 1), d.key FROM d WHERE d.kind LIKE 'r\_%' OR d.kind = 'signed_pair'
$$;
--> statement-breakpoint
-- The new kind counted from the leads (the other kinds are unchanged).
DELETE FROM "lead_counts" WHERE "kind" IN ('signed_pair', 'signed_pair/m');
--> statement-breakpoint
INSERT INTO "lead_counts" ("kind", "day", "key", "n")
	SELECT c.kind, c.day, c.key, count(*) FROM "leads" r CROSS JOIN LATERAL "lead_count_rows"(r) c
	WHERE c.kind IN ('signed_pair', 'signed_pair/m')
	GROUP BY 1, 2, 3;
