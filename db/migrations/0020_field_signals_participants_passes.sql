CREATE TYPE "public"."signal_source" AS ENUM('association', 'ambassador');--> statement-breakpoint
CREATE TABLE "field_signal_details" (
	"signal_id" uuid PRIMARY KEY NOT NULL,
	"theme_id" uuid NOT NULL,
	"resident_involved" boolean DEFAULT false NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"referral_id" uuid
);
--> statement-breakpoint
CREATE TABLE "participant_referral_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lead_id" uuid NOT NULL,
	"code" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "participant_referral_links_lead_id_unique" UNIQUE("lead_id"),
	CONSTRAINT "participant_referral_links_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "participant_referrals" (
	"lead_id" uuid PRIMARY KEY NOT NULL,
	"participant_lead_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ambassador_passes" (
	"ambassador_id" uuid PRIMARY KEY NOT NULL,
	"check_code" text NOT NULL,
	"photo" "bytea",
	"photo_type" text,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ambassador_passes_check_code_unique" UNIQUE("check_code")
);
--> statement-breakpoint
ALTER TABLE "signals" ALTER COLUMN "association_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "signals" ALTER COLUMN "kind" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "network_contacts" ADD COLUMN "offer_retold" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "network_organisations" ADD COLUMN "visit_every_weeks" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "signals" ADD COLUMN "source" "signal_source" DEFAULT 'association' NOT NULL;--> statement-breakpoint
ALTER TABLE "signals" ADD COLUMN "ambassador_id" uuid;--> statement-breakpoint
ALTER TABLE "signals" ADD COLUMN "neighbourhood_id" uuid;--> statement-breakpoint
ALTER TABLE "field_signal_details" ADD CONSTRAINT "field_signal_details_signal_id_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_signal_details" ADD CONSTRAINT "field_signal_details_theme_id_taxonomy_term_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."taxonomy_term"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_signal_details" ADD CONSTRAINT "field_signal_details_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_referral_links" ADD CONSTRAINT "participant_referral_links_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_referral_links" ADD CONSTRAINT "participant_referral_links_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_referrals" ADD CONSTRAINT "participant_referrals_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_referrals" ADD CONSTRAINT "participant_referrals_participant_lead_id_leads_id_fk" FOREIGN KEY ("participant_lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_referrals" ADD CONSTRAINT "participant_referrals_link_id_participant_referral_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."participant_referral_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_passes" ADD CONSTRAINT "ambassador_passes_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_passes" ADD CONSTRAINT "ambassador_passes_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "field_signal_details_theme_idx" ON "field_signal_details" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "participant_referrals_participant_idx" ON "participant_referrals" USING btree ("participant_lead_id");--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_neighbourhood_id_neighbourhoods_id_fk" FOREIGN KEY ("neighbourhood_id") REFERENCES "public"."neighbourhoods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signals_ambassador_idx" ON "signals" USING btree ("ambassador_id","created_at");--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_source_ck" CHECK (("signals"."source" = 'association' and "signals"."association_id" is not null and "signals"."kind" is not null) or ("signals"."source" = 'ambassador' and "signals"."ambassador_id" is not null));