CREATE TYPE "public"."import_status" AS ENUM('previewed', 'imported');--> statement-breakpoint
CREATE TYPE "public"."network_contact_kind" AS ENUM('visit', 'call', 'meeting', 'email');--> statement-breakpoint
CREATE TYPE "public"."network_kind" AS ENUM('primary_school', 'child_health_clinic', 'mosque', 'welfare', 'language_provider', 'other');--> statement-breakpoint
CREATE TYPE "public"."signal_kind" AS ENUM('potential_participants', 'community_development', 'concern');--> statement-breakpoint
CREATE TYPE "public"."signal_status" AS ENUM('new', 'handled');--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"status" "import_status" DEFAULT 'previewed' NOT NULL,
	"row_count" integer NOT NULL,
	"valid_count" integer NOT NULL,
	"imported_count" integer DEFAULT 0 NOT NULL,
	"rows" jsonb,
	"failed_rows" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "key_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"phone" text,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"date" date NOT NULL,
	"user_id" uuid,
	"kind" "network_contact_kind" NOT NULL,
	"notes" text,
	"next_step" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "network_kind" NOT NULL,
	"neighbourhood_id" uuid,
	"contact_person" text,
	"phone" text,
	"email" text,
	"may_approach_members" boolean DEFAULT false NOT NULL,
	"notes" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_leads" (
	"signal_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	CONSTRAINT "signal_leads_signal_id_lead_id_pk" PRIMARY KEY("signal_id","lead_id")
);
--> statement-breakpoint
CREATE TABLE "signal_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"signal_id" uuid NOT NULL,
	"user_id" uuid,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"user_id" uuid,
	"kind" "signal_kind" NOT NULL,
	"text" text NOT NULL,
	"status" "signal_status" DEFAULT 'new' NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "associations" ADD COLUMN "contact_person" text;--> statement-breakpoint
ALTER TABLE "associations" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "associations" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "associations" ADD COLUMN "subsidy_note" text;--> statement-breakpoint
ALTER TABLE "associations" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "network_organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "import_batch_id" uuid;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_figures" ADD CONSTRAINT "key_figures_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_contacts" ADD CONSTRAINT "network_contacts_organisation_id_network_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."network_organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_contacts" ADD CONSTRAINT "network_contacts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_organisations" ADD CONSTRAINT "network_organisations_neighbourhood_id_neighbourhoods_id_fk" FOREIGN KEY ("neighbourhood_id") REFERENCES "public"."neighbourhoods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_leads" ADD CONSTRAINT "signal_leads_signal_id_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_leads" ADD CONSTRAINT "signal_leads_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_replies" ADD CONSTRAINT "signal_replies_signal_id_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_replies" ADD CONSTRAINT "signal_replies_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_association_id_associations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_handled_by_user_id_users_id_fk" FOREIGN KEY ("handled_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_batches_association_idx" ON "import_batches" USING btree ("association_id","created_at");--> statement-breakpoint
CREATE INDEX "key_figures_association_idx" ON "key_figures" USING btree ("association_id");--> statement-breakpoint
CREATE INDEX "network_contacts_org_idx" ON "network_contacts" USING btree ("organisation_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "network_organisations_name_uq" ON "network_organisations" USING btree ("name");--> statement-breakpoint
CREATE INDEX "signal_replies_signal_idx" ON "signal_replies" USING btree ("signal_id","created_at");--> statement-breakpoint
CREATE INDEX "signals_association_idx" ON "signals" USING btree ("association_id","created_at");--> statement-breakpoint
CREATE INDEX "signals_status_idx" ON "signals" USING btree ("status");--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_network_organisation_id_network_organisations_id_fk" FOREIGN KEY ("network_organisation_id") REFERENCES "public"."network_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE no action ON UPDATE no action;