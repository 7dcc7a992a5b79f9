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
ALTER TABLE "ambassador_passes" ADD CONSTRAINT "ambassador_passes_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_passes" ADD CONSTRAINT "ambassador_passes_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;