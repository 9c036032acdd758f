CREATE TABLE `clerks` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`failed_logins` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clerks_username` ON `clerks` (`username`);--> statement-breakpoint
CREATE TABLE `counters` (
	`name` text PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `desk` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`region_code` text NOT NULL,
	`desk_code` text NOT NULL,
	`public_key` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `known_desks` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`region_code` text,
	`public_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`clerk_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`clerk_id`) REFERENCES `clerks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `certificates` (
	`id` text PRIMARY KEY NOT NULL,
	`serial` text NOT NULL,
	`property_id` text NOT NULL,
	`inspection_id` text NOT NULL,
	`rule_version` text NOT NULL,
	`inspected_on` text NOT NULL,
	`issued_on` text NOT NULL,
	`valid_until` text NOT NULL,
	`desk_id` text NOT NULL,
	`clerk_id` text NOT NULL,
	`rooms` text NOT NULL,
	`payload` text NOT NULL,
	`prints` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'valid' NOT NULL,
	`void_reason` text,
	`voided_at` integer,
	`voided_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`property_id`) REFERENCES `properties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_serial_unique` ON `certificates` (`serial`);--> statement-breakpoint
CREATE INDEX `certificates_property` ON `certificates` (`property_id`,`status`);--> statement-breakpoint
CREATE TABLE `findings` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`item_code` text NOT NULL,
	`room_id` text,
	`outcome` text NOT NULL,
	`severity` text,
	`note` text,
	`photos` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `findings_inspection` ON `findings` (`inspection_id`);--> statement-breakpoint
CREATE TABLE `hazards` (
	`id` text PRIMARY KEY NOT NULL,
	`property_id` text NOT NULL,
	`inspection_id` text NOT NULL,
	`finding_id` text,
	`item_code` text NOT NULL,
	`room_id` text,
	`description` text NOT NULL,
	`severity` text NOT NULL,
	`effects` text NOT NULL,
	`found_on` text NOT NULL,
	`deadline` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`rectified_on` text,
	`verified_by` text,
	`verified_inspection_id` text,
	`escalated_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`property_id`) REFERENCES `properties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hazards_property` ON `hazards` (`property_id`,`status`);--> statement-breakpoint
CREATE INDEX `hazards_deadline` ON `hazards` (`status`,`deadline`);--> statement-breakpoint
CREATE TABLE `household_members` (
	`id` text PRIMARY KEY NOT NULL,
	`tenancy_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`relation` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`tenancy_id`) REFERENCES `tenancies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `household_members_tenancy` ON `household_members` (`tenancy_id`);--> statement-breakpoint
CREATE INDEX `household_members_tenant` ON `household_members` (`tenant_id`);--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` text PRIMARY KEY NOT NULL,
	`property_id` text NOT NULL,
	`rule_version` text NOT NULL,
	`inspected_on` text NOT NULL,
	`inspector_id` text,
	`kind` text NOT NULL,
	`result` text NOT NULL,
	`note` text,
	`facts` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`property_id`) REFERENCES `properties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspections_property` ON `inspections` (`property_id`,`inspected_on`);--> statement-breakpoint
CREATE TABLE `landlords` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text DEFAULT 'person' NOT NULL,
	`name` text NOT NULL,
	`id_type` text NOT NULL,
	`id_number` text NOT NULL,
	`mobile` text NOT NULL,
	`address` text,
	`contact_name` text,
	`letter_signed` integer DEFAULT false NOT NULL,
	`letter_signed_on` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `landlords_id_number` ON `landlords` (`id_type`,`id_number`);--> statement-breakpoint
CREATE INDEX `landlords_mobile` ON `landlords` (`mobile`);--> statement-breakpoint
CREATE TABLE `photos` (
	`hash` text PRIMARY KEY NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `properties` (
	`id` text PRIMARY KEY NOT NULL,
	`landlord_id` text NOT NULL,
	`region_code` text NOT NULL,
	`district_code` text NOT NULL,
	`street_code` text NOT NULL,
	`community_code` text,
	`grid` text,
	`road` text,
	`house_number` text,
	`detail` text NOT NULL,
	`address` text NOT NULL,
	`address_key` text NOT NULL,
	`building_type` text NOT NULL,
	`floors` integer NOT NULL,
	`mixed_use` integer NOT NULL,
	`ebike_arrangement` text DEFAULT 'none' NOT NULL,
	`uses_sandwich_panels` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`closed_reason` text,
	`closed_authority` text,
	`closed_on` text,
	`fire_status` text DEFAULT 'uninspected' NOT NULL,
	`fire_status_until` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`landlord_id`) REFERENCES `landlords`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `properties_landlord` ON `properties` (`landlord_id`);--> statement-breakpoint
CREATE INDEX `properties_region` ON `properties` (`region_code`,`id`);--> statement-breakpoint
CREATE INDEX `properties_street` ON `properties` (`street_code`);--> statement-breakpoint
CREATE INDEX `properties_address_key` ON `properties` (`address_key`);--> statement-breakpoint
CREATE INDEX `properties_fire_status` ON `properties` (`fire_status`);--> statement-breakpoint
CREATE TABLE `rooms` (
	`id` text PRIMARY KEY NOT NULL,
	`property_id` text NOT NULL,
	`label` text NOT NULL,
	`floor` integer NOT NULL,
	`area_m2` real NOT NULL,
	`has_kitchen` integer NOT NULL,
	`private_bathroom` integer NOT NULL,
	`window_bars` integer DEFAULT false NOT NULL,
	`rent_monthly` integer NOT NULL,
	`max_occupants` integer NOT NULL,
	`cooking_permitted` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'vacant' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`property_id`) REFERENCES `properties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rooms_property_label` ON `rooms` (`property_id`,`label`);--> statement-breakpoint
CREATE INDEX `rooms_status` ON `rooms` (`status`);--> statement-breakpoint
CREATE TABLE `rule_sets` (
	`id` text PRIMARY KEY NOT NULL,
	`rule_version` text NOT NULL,
	`effective_from` text NOT NULL,
	`body` text NOT NULL,
	`loaded_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rule_sets_rule_version_unique` ON `rule_sets` (`rule_version`);--> statement-breakpoint
CREATE TABLE `scheduled_inspections` (
	`id` text PRIMARY KEY NOT NULL,
	`property_id` text NOT NULL,
	`due_on` text NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	`done_inspection_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`property_id`) REFERENCES `properties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `scheduled_inspections_due` ON `scheduled_inspections` (`due_on`);--> statement-breakpoint
CREATE TABLE `tenancies` (
	`id` text PRIMARY KEY NOT NULL,
	`room_id` text NOT NULL,
	`property_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`status` text NOT NULL,
	`reserved_until` integer,
	`check_in_on` text NOT NULL,
	`expected_end_on` text,
	`checked_out_on` text,
	`adults` integer NOT NULL,
	`children` integer DEFAULT 0 NOT NULL,
	`moved_from_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`property_id`) REFERENCES `properties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tenancies_room` ON `tenancies` (`room_id`,`status`);--> statement-breakpoint
CREATE INDEX `tenancies_tenant` ON `tenancies` (`tenant_id`);--> statement-breakpoint
CREATE INDEX `tenancies_dates` ON `tenancies` (`status`,`check_in_on`);--> statement-breakpoint
CREATE TABLE `tenants` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`id_type` text,
	`id_number` text,
	`birth_date` text,
	`sex` text,
	`mobile` text,
	`origin_code` text,
	`employer` text,
	`ebike_owned` integer DEFAULT false NOT NULL,
	`guardian_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tenants_id_number` ON `tenants` (`id_type`,`id_number`) WHERE id_number IS NOT NULL;--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`clerk_id` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	`change_id` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `sync_outbox` (
	`seq` integer PRIMARY KEY NOT NULL,
	`change_id` text NOT NULL,
	`desk_id` text NOT NULL,
	`clerk_id` text,
	`schema_version` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`intent` text NOT NULL,
	`fields` text NOT NULL,
	`base_version` integer,
	`created_at` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`outcome` text,
	`acked_at` integer
);
--> statement-breakpoint
CREATE TABLE `sync_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`desk_id` text NOT NULL,
	`last_seq` integer DEFAULT 0 NOT NULL,
	`pull_cursor` text,
	`server_epoch` text,
	`last_success_at` integer,
	`last_error` text
);
