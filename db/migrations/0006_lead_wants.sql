CREATE TYPE "public"."wants" AS ENUM('course', 'other_help', 'both');--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "wants" "wants" DEFAULT 'course' NOT NULL;