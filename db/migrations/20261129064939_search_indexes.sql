CREATE INDEX `landlords_name` ON `landlords` (`name`);--> statement-breakpoint
CREATE INDEX `properties_detail` ON `properties` (`detail`);--> statement-breakpoint
CREATE INDEX `rooms_label` ON `rooms` (`label`);