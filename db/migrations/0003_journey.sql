CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."barrier" AS ENUM('childcare', 'working_hours', 'transport', 'costs', 'health', 'low_motivation', 'other');--> statement-breakpoint
CREATE TYPE "public"."close_reason" AS ENUM('not_reachable', 'not_interested', 'moved', 'obliged_route', 'other');--> statement-breakpoint
CREATE TYPE "public"."contact_channel" AS ENUM('phone', 'sms', 'whatsapp', 'email', 'visit', 'letter');--> statement-breakpoint
CREATE TYPE "public"."contact_outcome" AS ENUM('reached', 'no_answer', 'voicemail', 'wrong_number', 'callback');--> statement-breakpoint
ALTER TYPE "public"."lead_event_kind" ADD VALUE 'assigned';--> statement-breakpoint
ALTER TYPE "public"."lead_event_kind" ADD VALUE 'intake';--> statement-breakpoint
ALTER TYPE "public"."lead_event_kind" ADD VALUE 'plan';--> statement-breakpoint
ALTER TYPE "public"."lead_event_kind" ADD VALUE 'details';--> statement-breakpoint
ALTER TYPE "public"."lead_event_kind" ADD VALUE 'merged';--> statement-breakpoint
CREATE TABLE "contact_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lead_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"channel" "contact_channel" NOT NULL,
	"outcome" "contact_outcome" NOT NULL,
	"note" text,
	"actor_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "language_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "language_providers_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "step_names" (
	"status" "lead_status" NOT NULL,
	"locale" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "step_names_status_locale_pk" PRIMARY KEY("status","locale")
);
--> statement-breakpoint
CREATE TABLE "ambassador_targets" (
	"period_id" uuid NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"target" integer NOT NULL,
	CONSTRAINT "ambassador_targets_period_id_ambassador_id_pk" PRIMARY KEY("period_id","ambassador_id")
);
--> statement-breakpoint
CREATE TABLE "target_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"group_target" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "close_reason" "close_reason";--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "partner_ambassador_id" uuid;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "assigned_to_user_id" uuid;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "barriers" "barrier"[] DEFAULT '{}'::barrier[] NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "barrier_note" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "last_activity_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "intake_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "intake_place" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "intake_accompanied" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "provider_id" uuid;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "course_type" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "offer_on" date;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "plan_signed_on" date;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "course_start_on" date;--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_attempts" ADD CONSTRAINT "contact_attempts_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_targets" ADD CONSTRAINT "ambassador_targets_period_id_target_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."target_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_targets" ADD CONSTRAINT "ambassador_targets_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_attempts_lead_idx" ON "contact_attempts" USING btree ("lead_id","at");--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_partner_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("partner_ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_assigned_to_user_id_users_id_fk" FOREIGN KEY ("assigned_to_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_provider_id_language_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."language_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leads_assigned_idx" ON "leads" USING btree ("assigned_to_user_id");--> statement-breakpoint
CREATE INDEX "leads_last_activity_idx" ON "leads" USING btree ("last_activity_at");--> statement-breakpoint
CREATE INDEX "leads_plan_signed_idx" ON "leads" USING btree ("plan_signed_on");--> statement-breakpoint
CREATE INDEX "leads_neighbourhood_idx" ON "leads" USING btree ("neighbourhood_id");--> statement-breakpoint
CREATE INDEX "leads_language_idx" ON "leads" USING btree ("preferred_language");--> statement-breakpoint
CREATE INDEX "leads_source_idx" ON "leads" USING btree ("source");--> statement-breakpoint
CREATE INDEX "leads_name_trgm_idx" ON "leads" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "leads_phone_trgm_idx" ON "leads" USING gin ("phone" gin_trgm_ops);