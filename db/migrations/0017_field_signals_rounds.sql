CREATE TYPE "public"."signal_source" AS ENUM('association', 'ambassador');--> statement-breakpoint
CREATE TABLE "field_signal_details" (
	"signal_id" uuid PRIMARY KEY NOT NULL,
	"theme_id" uuid NOT NULL,
	"resident_involved" boolean DEFAULT false NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"referral_id" uuid
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
CREATE INDEX "field_signal_details_theme_idx" ON "field_signal_details" USING btree ("theme_id");--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_neighbourhood_id_neighbourhoods_id_fk" FOREIGN KEY ("neighbourhood_id") REFERENCES "public"."neighbourhoods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signals_ambassador_idx" ON "signals" USING btree ("ambassador_id","created_at");--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_source_ck" CHECK (("signals"."source" = 'association' and "signals"."association_id" is not null and "signals"."kind" is not null) or ("signals"."source" = 'ambassador' and "signals"."ambassador_id" is not null));