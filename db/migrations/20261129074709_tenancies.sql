CREATE UNIQUE INDEX `tenancies_room_current` ON `tenancies` (`room_id`) WHERE status IN ('reserved', 'active');--> statement-breakpoint
CREATE INDEX `tenancies_end` ON `tenancies` (`status`,`expected_end_on`);--> statement-breakpoint
CREATE INDEX `tenancies_reserved_until` ON `tenancies` (`reserved_until`) WHERE status = 'reserved';