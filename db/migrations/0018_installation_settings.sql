CREATE TABLE "installation_settings" (
	"id" text PRIMARY KEY DEFAULT 'default' NOT NULL,
	"municipality_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
