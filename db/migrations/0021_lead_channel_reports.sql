CREATE TYPE "public"."lead_channel" AS ENUM('public', 'ambassador', 'association', 'network', 'desk', 'participant');--> statement-breakpoint
CREATE TYPE "public"."pair_rule" AS ENUM('recruiter', 'both', 'half');--> statement-breakpoint
CREATE TYPE "public"."cost_category" AS ENUM('coaching_bureau', 'vog', 'clothing', 'passes', 'flyers', 'rooms', 'project_worker', 'other');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "cost_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category" "cost_category" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"amount_cents" integer NOT NULL,
	"note" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" "report_status" DEFAULT 'draft' NOT NULL,
	"narratives" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"snapshot" jsonb,
	"created_by_user_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "channel" "lead_channel" DEFAULT 'public' NOT NULL;--> statement-breakpoint
ALTER TABLE "target_periods" ADD COLUMN "channel" "lead_channel";--> statement-breakpoint
ALTER TABLE "target_periods" ADD COLUMN "pair_rule" "pair_rule" DEFAULT 'recruiter' NOT NULL;--> statement-breakpoint
ALTER TABLE "cost_entries" ADD CONSTRAINT "cost_entries_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cost_entries_span_idx" ON "cost_entries" USING btree ("starts_on","ends_on");--> statement-breakpoint
CREATE INDEX "report_versions_period_idx" ON "report_versions" USING btree ("starts_on","ends_on");--> statement-breakpoint
CREATE INDEX "leads_channel_created_idx" ON "leads" USING btree ("channel","created_at");--> statement-breakpoint
CREATE INDEX "leads_network_idx" ON "leads" USING btree ("network_organisation_id");