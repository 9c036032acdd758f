ALTER TABLE "city_certificates" ADD COLUMN "field_desks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "city_certificates" ADD COLUMN "updated_clerk_name" text;--> statement-breakpoint
ALTER TABLE "city_findings" ADD COLUMN "field_desks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "city_findings" ADD COLUMN "updated_clerk_name" text;--> statement-breakpoint
ALTER TABLE "city_hazards" ADD COLUMN "field_desks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "city_hazards" ADD COLUMN "updated_clerk_name" text;--> statement-breakpoint
ALTER TABLE "city_household_members" ADD COLUMN "field_desks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "city_household_members" ADD COLUMN "updated_clerk_name" text;--> statement-breakpoint
ALTER TABLE "city_inspections" ADD COLUMN "field_desks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "city_inspections" ADD COLUMN "updated_clerk_name" text;--> statement-breakpoint
ALTER TABLE "city_landlords" ADD COLUMN "field_desks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "city_landlords" ADD COLUMN "updated_clerk_name" text;--> statement-breakpoint
ALTER TABLE "city_properties" ADD COLUMN "field_desks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "city_properties" ADD COLUMN "updated_clerk_name" text;--> statement-breakpoint
ALTER TABLE "city_rooms" ADD COLUMN "field_desks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "city_rooms" ADD COLUMN "updated_clerk_name" text;--> statement-breakpoint
ALTER TABLE "city_rule_sets" ADD COLUMN "field_desks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "city_rule_sets" ADD COLUMN "updated_clerk_name" text;--> statement-breakpoint
ALTER TABLE "city_scheduled_inspections" ADD COLUMN "field_desks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "city_scheduled_inspections" ADD COLUMN "updated_clerk_name" text;--> statement-breakpoint
ALTER TABLE "city_tenancies" ADD COLUMN "field_desks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "city_tenancies" ADD COLUMN "updated_clerk_name" text;--> statement-breakpoint
ALTER TABLE "city_tenants" ADD COLUMN "field_desks" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "city_tenants" ADD COLUMN "updated_clerk_name" text;--> statement-breakpoint
ALTER TABLE "conflicts" ADD COLUMN "resolved_by" jsonb;