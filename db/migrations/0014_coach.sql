CREATE TYPE "public"."agreement_outcome" AS ENUM('done', 'not_done');--> statement-breakpoint
CREATE TYPE "public"."coaching_topic" AS ENUM('personal_development', 'benefits', 'job_applications', 'labour_market', 'the_work');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'coach';--> statement-breakpoint
CREATE TABLE "coaching_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"outcome" "agreement_outcome",
	"checked_in_review_id" uuid
);
--> statement-breakpoint
CREATE TABLE "coaching_goal_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"date" date NOT NULL,
	"note" text NOT NULL,
	"author_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"goal" text NOT NULL,
	"set_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"coach_user_id" uuid,
	"window_from" date NOT NULL,
	"window_to" date NOT NULL,
	"contacts" integer NOT NULL,
	"signups" integer NOT NULL,
	"plans_signed" integer NOT NULL,
	"shifts_worked" integer NOT NULL,
	"target_pro_rata" double precision,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"coach_user_id" uuid,
	"date" date NOT NULL,
	"minutes" integer NOT NULL,
	"topic" "coaching_topic" NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_settings" (
	"id" text PRIMARY KEY NOT NULL,
	"review_interval_days" integer NOT NULL,
	"coaching_hours_target" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coaching_agreements" ADD CONSTRAINT "coaching_agreements_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_agreements" ADD CONSTRAINT "coaching_agreements_review_id_coaching_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."coaching_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_agreements" ADD CONSTRAINT "coaching_agreements_checked_in_review_id_coaching_reviews_id_fk" FOREIGN KEY ("checked_in_review_id") REFERENCES "public"."coaching_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_goal_notes" ADD CONSTRAINT "coaching_goal_notes_goal_id_coaching_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."coaching_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_goal_notes" ADD CONSTRAINT "coaching_goal_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_goals" ADD CONSTRAINT "coaching_goals_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_goals" ADD CONSTRAINT "coaching_goals_set_by_user_id_users_id_fk" FOREIGN KEY ("set_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_reviews" ADD CONSTRAINT "coaching_reviews_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_reviews" ADD CONSTRAINT "coaching_reviews_coach_user_id_users_id_fk" FOREIGN KEY ("coach_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_coach_user_id_users_id_fk" FOREIGN KEY ("coach_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coaching_agreements_ambassador_idx" ON "coaching_agreements" USING btree ("ambassador_id");--> statement-breakpoint
CREATE UNIQUE INDEX "coaching_goals_ambassador_uq" ON "coaching_goals" USING btree ("ambassador_id");--> statement-breakpoint
CREATE INDEX "coaching_reviews_ambassador_idx" ON "coaching_reviews" USING btree ("ambassador_id","reviewed_on");--> statement-breakpoint
CREATE INDEX "coaching_sessions_ambassador_idx" ON "coaching_sessions" USING btree ("ambassador_id","date");