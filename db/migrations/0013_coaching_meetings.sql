CREATE TYPE "public"."meeting_kind" AS ENUM('group', 'intervision');--> statement-breakpoint
CREATE TYPE "public"."obstacle_status" AS ENUM('open', 'passed_on', 'resolved');--> statement-breakpoint
CREATE TABLE "coaching_budgets" (
	"period_id" uuid PRIMARY KEY NOT NULL,
	"intervision_half_days" integer NOT NULL,
	"coaching_hours" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"attended" boolean NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_attendance_meeting_id_ambassador_id_pk" PRIMARY KEY("meeting_id","ambassador_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_obstacles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"text" text NOT NULL,
	"status" "obstacle_status" DEFAULT 'open' NOT NULL,
	"resolution" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "meeting_kind" NOT NULL,
	"date" date NOT NULL,
	"dagdeel" "dagdeel" NOT NULL,
	"place" text NOT NULL,
	"agenda" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "expense_claims" ALTER COLUMN "shift_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "source_id" text;--> statement-breakpoint
ALTER TABLE "expense_claims" ADD COLUMN "meeting_id" uuid;--> statement-breakpoint
ALTER TABLE "coaching_budgets" ADD CONSTRAINT "coaching_budgets_period_id_target_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."target_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_obstacles" ADD CONSTRAINT "meeting_obstacles_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_obstacles" ADD CONSTRAINT "meeting_obstacles_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_attendance_ambassador_idx" ON "meeting_attendance" USING btree ("ambassador_id");--> statement-breakpoint
CREATE INDEX "meeting_obstacles_status_idx" ON "meeting_obstacles" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "meetings_date_idx" ON "meetings" USING btree ("date");--> statement-breakpoint
ALTER TABLE "expense_claims" ADD CONSTRAINT "expense_claims_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "events_source_uq" ON "events" USING btree ("source","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "expense_claims_meeting_uq" ON "expense_claims" USING btree ("ambassador_id","meeting_id");--> statement-breakpoint
ALTER TABLE "expense_claims" ADD CONSTRAINT "expense_claims_one_dagdeel" CHECK (("expense_claims"."shift_id" IS NULL) <> ("expense_claims"."meeting_id" IS NULL));