ALTER TYPE "public"."role" ADD VALUE 'provider';--> statement-breakpoint
CREATE TABLE "provider_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"place" text NOT NULL,
	"schedule" text NOT NULL,
	"childcare" boolean DEFAULT false NOT NULL,
	"free" boolean DEFAULT true NOT NULL,
	"places_left" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "provider_id" uuid;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "course_id" uuid;--> statement-breakpoint
ALTER TABLE "user_invites" ADD COLUMN "provider_id" uuid;--> statement-breakpoint
ALTER TABLE "provider_courses" ADD CONSTRAINT "provider_courses_provider_id_language_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."language_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "provider_courses_provider_idx" ON "provider_courses" USING btree ("provider_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_provider_id_language_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."language_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_course_id_provider_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."provider_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_invites" ADD CONSTRAINT "user_invites_provider_id_language_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."language_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leads_provider_idx" ON "leads" USING btree ("provider_id");