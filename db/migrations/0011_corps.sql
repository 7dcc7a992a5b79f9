CREATE TYPE "public"."candidate_source" AS ENUM('survey', 'provider', 'manual');--> statement-breakpoint
CREATE TYPE "public"."clothing_item" AS ENUM('polo', 'rain_jacket');--> statement-breakpoint
CREATE TYPE "public"."interview_outcome" AS ENUM('suitable', 'doubt', 'not_suitable');--> statement-breakpoint
CREATE TYPE "public"."nt2_evidence" AS ENUM('diploma', 'test');--> statement-breakpoint
CREATE TYPE "public"."stop_reason" AS ENUM('paid_work', 'subsidised_job', 'study', 'moved', 'personal', 'other');--> statement-breakpoint
ALTER TYPE "public"."ambassador_status" ADD VALUE 'interview' BEFORE 'active';--> statement-breakpoint
ALTER TYPE "public"."ambassador_status" ADD VALUE 'vog' BEFORE 'active';--> statement-breakpoint
ALTER TYPE "public"."ambassador_status" ADD VALUE 'training' BEFORE 'active';--> statement-breakpoint
ALTER TYPE "public"."ambassador_status" ADD VALUE 'paused' BEFORE 'stopped';--> statement-breakpoint
CREATE TABLE "agreement_acceptances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"version" text NOT NULL,
	"user_id" uuid NOT NULL,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ambassador_clothing" (
	"ambassador_id" uuid NOT NULL,
	"item" "clothing_item" NOT NULL,
	"size" text,
	"issued_on" date,
	"returned_on" date,
	CONSTRAINT "ambassador_clothing_pk" PRIMARY KEY("ambassador_id","item")
);
--> statement-breakpoint
CREATE TABLE "ambassador_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"panel" text NOT NULL,
	"outcome" "interview_outcome" NOT NULL,
	"notes" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ambassador_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"from_status" "ambassador_status",
	"to_status" "ambassador_status" NOT NULL,
	"stop_reason" "stop_reason",
	"note" text,
	"actor_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_invites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "role" NOT NULL,
	"ambassador_id" uuid,
	"association_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"user_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "nt2_evidence" "nt2_evidence";--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "nt2_evidence_on" date;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "children_schools" text;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "source" "candidate_source" DEFAULT 'manual' NOT NULL;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "nominated_by_provider_id" uuid;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "nomination_motivation" text;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "vog_requested_on" date;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "vog_received_on" date;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "vog_issued_on" date;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "vog_cost_cents" integer;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "pass_number" text;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "pass_issued_on" date;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "pass_expires_on" date;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "pass_returned_on" date;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "stop_reason_code" "stop_reason";--> statement-breakpoint
ALTER TABLE "ambassadors" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "agreement_acceptances" ADD CONSTRAINT "agreement_acceptances_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_acceptances" ADD CONSTRAINT "agreement_acceptances_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_clothing" ADD CONSTRAINT "ambassador_clothing_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_interviews" ADD CONSTRAINT "ambassador_interviews_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_interviews" ADD CONSTRAINT "ambassador_interviews_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_status_events" ADD CONSTRAINT "ambassador_status_events_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_status_events" ADD CONSTRAINT "ambassador_status_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_invites" ADD CONSTRAINT "user_invites_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_invites" ADD CONSTRAINT "user_invites_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_invites" ADD CONSTRAINT "user_invites_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_invites" ADD CONSTRAINT "user_invites_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_acceptances_amb_version_uq" ON "agreement_acceptances" USING btree ("ambassador_id","version");--> statement-breakpoint
CREATE INDEX "ambassador_interviews_amb_idx" ON "ambassador_interviews" USING btree ("ambassador_id");--> statement-breakpoint
CREATE INDEX "ambassador_status_events_amb_idx" ON "ambassador_status_events" USING btree ("ambassador_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "user_invites_token_hash_uq" ON "user_invites" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "user_invites_ambassador_idx" ON "user_invites" USING btree ("ambassador_id");--> statement-breakpoint
ALTER TABLE "ambassadors" ADD CONSTRAINT "ambassadors_nominated_by_provider_id_language_providers_id_fk" FOREIGN KEY ("nominated_by_provider_id") REFERENCES "public"."language_providers"("id") ON DELETE no action ON UPDATE no action;