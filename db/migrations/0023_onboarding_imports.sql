ALTER TABLE "import_batches" ALTER COLUMN "association_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "import_batches" ADD COLUMN "kind" text DEFAULT 'contacts' NOT NULL;--> statement-breakpoint
ALTER TABLE "import_batches" ADD COLUMN "summary" jsonb;--> statement-breakpoint
CREATE INDEX "import_batches_kind_idx" ON "import_batches" USING btree ("kind","created_at");--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_contacts_association_ck" CHECK ("import_batches"."kind" <> 'contacts' or "import_batches"."association_id" is not null);