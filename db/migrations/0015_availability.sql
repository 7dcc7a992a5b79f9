CREATE TYPE "public"."absence_reason" AS ENUM('holiday', 'other');--> statement-breakpoint
CREATE TYPE "public"."weekday" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');--> statement-breakpoint
CREATE TABLE "ambassador_absences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"reason" "absence_reason" DEFAULT 'other' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ambassador_absences_order" CHECK ("ambassador_absences"."ends_on" >= "ambassador_absences"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "ambassador_availability" (
	"ambassador_id" uuid NOT NULL,
	"weekday" "weekday" NOT NULL,
	"dagdeel" "dagdeel" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ambassador_availability_ambassador_id_weekday_dagdeel_pk" PRIMARY KEY("ambassador_id","weekday","dagdeel")
);
--> statement-breakpoint
ALTER TABLE "ambassador_absences" ADD CONSTRAINT "ambassador_absences_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_absences" ADD CONSTRAINT "ambassador_absences_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_availability" ADD CONSTRAINT "ambassador_availability_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ambassador_absences_amb_idx" ON "ambassador_absences" USING btree ("ambassador_id","starts_on");