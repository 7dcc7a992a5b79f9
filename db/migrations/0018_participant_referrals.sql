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
ALTER TABLE "participant_referral_links" ADD CONSTRAINT "participant_referral_links_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_referral_links" ADD CONSTRAINT "participant_referral_links_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_referrals" ADD CONSTRAINT "participant_referrals_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_referrals" ADD CONSTRAINT "participant_referrals_participant_lead_id_leads_id_fk" FOREIGN KEY ("participant_lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_referrals" ADD CONSTRAINT "participant_referrals_link_id_participant_referral_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."participant_referral_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participant_referrals_participant_idx" ON "participant_referrals" USING btree ("participant_lead_id");