CREATE TYPE "public"."intake_escort_status" AS ENUM('invited', 'accepted', 'declined');--> statement-breakpoint
CREATE TABLE "intake_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"date" date NOT NULL,
	"start_time" text NOT NULL,
	"place" text NOT NULL,
	"capacity" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intake_slots_capacity_positive" CHECK ("intake_slots"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "intake_escorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lead_id" uuid NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"date" date NOT NULL,
	"dagdeel" "dagdeel" NOT NULL,
	"place" text NOT NULL,
	"status" "intake_escort_status" DEFAULT 'invited' NOT NULL,
	"assigned_by_user_id" uuid,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "expense_claims" DROP CONSTRAINT "expense_claims_one_dagdeel";--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "intake_slot_id" uuid;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "escort_requested" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "intake_checklist" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "expense_claims" ADD COLUMN "intake_escort_id" uuid;--> statement-breakpoint
ALTER TABLE "intake_slots" ADD CONSTRAINT "intake_slots_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_escorts" ADD CONSTRAINT "intake_escorts_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_escorts" ADD CONSTRAINT "intake_escorts_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_escorts" ADD CONSTRAINT "intake_escorts_assigned_by_user_id_users_id_fk" FOREIGN KEY ("assigned_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intake_slots_date_idx" ON "intake_slots" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_slots_when_where_uq" ON "intake_slots" USING btree ("date","start_time","place");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_escorts_lead_uq" ON "intake_escorts" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "intake_escorts_ambassador_idx" ON "intake_escorts" USING btree ("ambassador_id","date");--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_intake_slot_id_intake_slots_id_fk" FOREIGN KEY ("intake_slot_id") REFERENCES "public"."intake_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_claims" ADD CONSTRAINT "expense_claims_intake_escort_id_intake_escorts_id_fk" FOREIGN KEY ("intake_escort_id") REFERENCES "public"."intake_escorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leads_intake_slot_idx" ON "leads" USING btree ("intake_slot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "expense_claims_intake_uq" ON "expense_claims" USING btree ("ambassador_id","intake_escort_id");--> statement-breakpoint
ALTER TABLE "expense_claims" ADD CONSTRAINT "expense_claims_one_dagdeel" CHECK (num_nonnulls("expense_claims"."shift_id", "expense_claims"."meeting_id", "expense_claims"."intake_escort_id") = 1);