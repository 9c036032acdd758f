CREATE TABLE `conflicts` (
	`id` text PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`fields` text NOT NULL,
	`desk_seq` integer NOT NULL,
	`desk_clerk_name` text,
	`desk_at` integer NOT NULL,
	`platform_desk_id` text,
	`platform_clerk_name` text,
	`platform_at` integer NOT NULL,
	`platform_version` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`note` text,
	`resolved_by_name` text,
	`resolved_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `conflicts_status` ON `conflicts` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `sync_parked` (
	`cursor` integer PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`change` text NOT NULL,
	`reason` text NOT NULL,
	`parked_at` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_rows` (
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`version` integer NOT NULL,
	`owner_desk` text,
	PRIMARY KEY(`entity`, `entity_id`)
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_sync_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`desk_id` text NOT NULL,
	`last_seq` integer DEFAULT 0 NOT NULL,
	`acked_seq` integer DEFAULT 0 NOT NULL,
	`pull_cursor` integer DEFAULT 0 NOT NULL,
	`server_epoch` text,
	`platform_url` text,
	`platform_region` text,
	`enrolled_at` integer,
	`last_attempt_at` integer,
	`last_success_at` integer,
	`last_error` text,
	`failures` integer DEFAULT 0 NOT NULL,
	`stopped` text,
	`halt` text,
	`halt_override` integer DEFAULT false NOT NULL,
	`reconcile` text,
	`alert_after_hours` integer DEFAULT 24 NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_sync_state`("id", "desk_id", "last_seq", "pull_cursor", "server_epoch", "last_success_at") SELECT "id", "desk_id", "last_seq", coalesce(CAST("pull_cursor" AS integer), 0), "server_epoch", "last_success_at" FROM `sync_state`;--> statement-breakpoint
DROP TABLE `sync_state`;--> statement-breakpoint
ALTER TABLE `__new_sync_state` RENAME TO `sync_state`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `known_desks` ADD `desk_code` text;--> statement-breakpoint
ALTER TABLE `known_desks` ADD `revoked_at` integer;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `origin` text;--> statement-breakpoint
CREATE INDEX `sync_outbox_rejected` ON `sync_outbox` (`entity_id`,`seq`) WHERE status = 'rejected';