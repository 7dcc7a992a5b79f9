ALTER TABLE "survey_invites" ADD COLUMN "sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "survey_questions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_sections" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;