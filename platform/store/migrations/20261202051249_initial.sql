CREATE TABLE "change_log" (
	"cursor" bigint PRIMARY KEY NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"intent" text NOT NULL,
	"fields" jsonb NOT NULL,
	"version" integer NOT NULL,
	"scope" text,
	"origin_desk" text,
	"clerk_id" text,
	"clerk_name" text,
	"at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "city_certificates" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text,
	"origin_desk" text,
	"property_id" text,
	"version" integer NOT NULL,
	"field_versions" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"updated_desk" text,
	"updated_clerk" text
);
--> statement-breakpoint
CREATE TABLE "city_findings" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text,
	"origin_desk" text,
	"property_id" text,
	"version" integer NOT NULL,
	"field_versions" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"updated_desk" text,
	"updated_clerk" text
);
--> statement-breakpoint
CREATE TABLE "city_hazards" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text,
	"origin_desk" text,
	"property_id" text,
	"version" integer NOT NULL,
	"field_versions" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"updated_desk" text,
	"updated_clerk" text
);
--> statement-breakpoint
CREATE TABLE "city_household_members" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text,
	"origin_desk" text,
	"property_id" text,
	"version" integer NOT NULL,
	"field_versions" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"updated_desk" text,
	"updated_clerk" text
);
--> statement-breakpoint
CREATE TABLE "city_inspections" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text,
	"origin_desk" text,
	"property_id" text,
	"version" integer NOT NULL,
	"field_versions" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"updated_desk" text,
	"updated_clerk" text
);
--> statement-breakpoint
CREATE TABLE "city_landlords" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text,
	"origin_desk" text,
	"property_id" text,
	"version" integer NOT NULL,
	"field_versions" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"updated_desk" text,
	"updated_clerk" text
);
--> statement-breakpoint
CREATE TABLE "city_properties" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text,
	"origin_desk" text,
	"property_id" text,
	"version" integer NOT NULL,
	"field_versions" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"updated_desk" text,
	"updated_clerk" text
);
--> statement-breakpoint
CREATE TABLE "city_rooms" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text,
	"origin_desk" text,
	"property_id" text,
	"version" integer NOT NULL,
	"field_versions" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"updated_desk" text,
	"updated_clerk" text
);
--> statement-breakpoint
CREATE TABLE "city_rule_sets" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text,
	"origin_desk" text,
	"property_id" text,
	"version" integer NOT NULL,
	"field_versions" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"updated_desk" text,
	"updated_clerk" text
);
--> statement-breakpoint
CREATE TABLE "city_scheduled_inspections" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text,
	"origin_desk" text,
	"property_id" text,
	"version" integer NOT NULL,
	"field_versions" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"updated_desk" text,
	"updated_clerk" text
);
--> statement-breakpoint
CREATE TABLE "city_tenancies" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text,
	"origin_desk" text,
	"property_id" text,
	"version" integer NOT NULL,
	"field_versions" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"updated_desk" text,
	"updated_clerk" text
);
--> statement-breakpoint
CREATE TABLE "city_tenants" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text,
	"origin_desk" text,
	"property_id" text,
	"version" integer NOT NULL,
	"field_versions" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"updated_desk" text,
	"updated_clerk" text
);
--> statement-breakpoint
CREATE TABLE "conflicts" (
	"id" text PRIMARY KEY NOT NULL,
	"desk_id" text NOT NULL,
	"desk_seq" integer NOT NULL,
	"change_id" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"fields" jsonb NOT NULL,
	"desk_clerk" jsonb NOT NULL,
	"desk_at" bigint NOT NULL,
	"base_version" integer,
	"platform_version" integer NOT NULL,
	"platform_by" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"note" text,
	"created_at" bigint NOT NULL,
	"resolved_at" bigint
);
--> statement-breakpoint
CREATE TABLE "desk_changes" (
	"desk_id" text NOT NULL,
	"seq" integer NOT NULL,
	"change_id" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"clerk_id" text,
	"clerk_name" text,
	"outcome" text NOT NULL,
	"result" jsonb NOT NULL,
	"received_at" bigint NOT NULL,
	CONSTRAINT "desk_changes_desk_id_seq_pk" PRIMARY KEY("desk_id","seq")
);
--> statement-breakpoint
CREATE TABLE "desks" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"desk_code" text NOT NULL,
	"public_key" text NOT NULL,
	"credential_hash" text NOT NULL,
	"schema_version" integer NOT NULL,
	"enrolled_at" bigint NOT NULL,
	"revoked_at" bigint,
	"last_seq" integer DEFAULT 0 NOT NULL,
	"last_push_at" bigint,
	"last_pull_at" bigint,
	"pulled_cursor" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrolment_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"created_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL,
	"used_at" bigint,
	"used_by_desk" text
);
--> statement-breakpoint
CREATE TABLE "landlord_aliases" (
	"alias_id" text PRIMARY KEY NOT NULL,
	"survivor_id" text NOT NULL,
	"desk_id" text NOT NULL,
	"at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"epoch" text NOT NULL,
	"last_cursor" bigint DEFAULT 0 NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_counters" (
	"region_code" text PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "change_log_scope" ON "change_log" USING btree ("scope","cursor");--> statement-breakpoint
CREATE UNIQUE INDEX "city_certificates_serial" ON "city_certificates" USING btree (("fields"->>'serial'));--> statement-breakpoint
CREATE INDEX "city_certificates_property" ON "city_certificates" USING btree ("property_id");--> statement-breakpoint
CREATE INDEX "city_findings_property" ON "city_findings" USING btree ("property_id");--> statement-breakpoint
CREATE INDEX "city_hazards_property" ON "city_hazards" USING btree ("property_id");--> statement-breakpoint
CREATE INDEX "city_household_members_property" ON "city_household_members" USING btree ("property_id");--> statement-breakpoint
CREATE INDEX "city_inspections_property" ON "city_inspections" USING btree ("property_id");--> statement-breakpoint
CREATE UNIQUE INDEX "city_landlords_identity" ON "city_landlords" USING btree (("fields"->>'idType'),("fields"->>'idNumber'));--> statement-breakpoint
CREATE INDEX "city_properties_scope" ON "city_properties" USING btree ("scope");--> statement-breakpoint
CREATE INDEX "city_rooms_property" ON "city_rooms" USING btree ("property_id");--> statement-breakpoint
CREATE INDEX "city_scheduled_inspections_property" ON "city_scheduled_inspections" USING btree ("property_id");--> statement-breakpoint
CREATE INDEX "city_tenancies_property" ON "city_tenancies" USING btree ("property_id");--> statement-breakpoint
CREATE INDEX "conflicts_status" ON "conflicts" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "desks_credential" ON "desks" USING btree ("credential_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "desks_code" ON "desks" USING btree ("desk_code");