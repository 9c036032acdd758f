-- Matching's offer index (issue 5): the vacant rooms of compliant, open properties, with
-- everything matching reads about them, in one small table kept by triggers in the same
-- transaction as the write path's change (as the search index is). Matching then scans a
-- few thousand rows of one table instead of seeking a property for every vacant room.
-- It is derived, never written by code, never synced; tests/integration/offer-index.test.ts holds it
-- equal to the register after every kind of change.
CREATE TABLE `offer_index` (
	`room_id` text PRIMARY KEY NOT NULL,
	`property_id` text NOT NULL,
	`max_occupants` integer NOT NULL,
	`cooking_permitted` integer NOT NULL,
	`rent_monthly` integer NOT NULL,
	`floor` integer NOT NULL,
	`area_m2` real NOT NULL,
	`has_kitchen` integer NOT NULL,
	`private_bathroom` integer NOT NULL,
	`community_code` text,
	`grid` text,
	`ebike_parking` integer NOT NULL,
	`pass_ends_on` text
);
--> statement-breakpoint
CREATE INDEX `offer_index_property` ON `offer_index` (`property_id`);
--> statement-breakpoint
CREATE INDEX `offer_index_rent` ON `offer_index` (`rent_monthly`);
--> statement-breakpoint
CREATE INDEX `offer_index_size` ON `offer_index` (`max_occupants`, `area_m2`);
--> statement-breakpoint
CREATE INDEX `offer_index_pass` ON `offer_index` (`pass_ends_on`);
--> statement-breakpoint
CREATE TRIGGER `offer_index_room_insert` AFTER INSERT ON `rooms` BEGIN
  INSERT INTO `offer_index`
  SELECT r.id, r.property_id, r.max_occupants, r.cooking_permitted, r.rent_monthly, r.floor, r.area_m2, r.has_kitchen, r.private_bathroom,
         p.community_code, p.grid, p.ebike_arrangement IN ('central_outdoor', 'central_indoor_isolated'), p.fire_status_until
    FROM `rooms` r JOIN `properties` p ON p.id = r.property_id
   WHERE r.id = new.id AND r.status = 'vacant' AND p.fire_status = 'compliant' AND p.status = 'active';
END;
--> statement-breakpoint
CREATE TRIGGER `offer_index_room_update` AFTER UPDATE ON `rooms` BEGIN
  DELETE FROM `offer_index` WHERE room_id = old.id;
  INSERT INTO `offer_index`
  SELECT r.id, r.property_id, r.max_occupants, r.cooking_permitted, r.rent_monthly, r.floor, r.area_m2, r.has_kitchen, r.private_bathroom,
         p.community_code, p.grid, p.ebike_arrangement IN ('central_outdoor', 'central_indoor_isolated'), p.fire_status_until
    FROM `rooms` r JOIN `properties` p ON p.id = r.property_id
   WHERE r.id = new.id AND r.status = 'vacant' AND p.fire_status = 'compliant' AND p.status = 'active';
END;
--> statement-breakpoint
CREATE TRIGGER `offer_index_room_delete` AFTER DELETE ON `rooms` BEGIN
  DELETE FROM `offer_index` WHERE room_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `offer_index_property_update` AFTER UPDATE OF `fire_status`, `status`, `fire_status_until`, `community_code`, `grid`, `ebike_arrangement` ON `properties` BEGIN
  DELETE FROM `offer_index` WHERE property_id = old.id;
  INSERT INTO `offer_index`
  SELECT r.id, r.property_id, r.max_occupants, r.cooking_permitted, r.rent_monthly, r.floor, r.area_m2, r.has_kitchen, r.private_bathroom,
         p.community_code, p.grid, p.ebike_arrangement IN ('central_outdoor', 'central_indoor_isolated'), p.fire_status_until
    FROM `rooms` r JOIN `properties` p ON p.id = r.property_id
   WHERE p.id = new.id AND r.status = 'vacant' AND p.fire_status = 'compliant' AND p.status = 'active';
END;
--> statement-breakpoint
-- A register from before this migration: fill it once.
INSERT INTO `offer_index`
SELECT r.id, r.property_id, r.max_occupants, r.cooking_permitted, r.rent_monthly, r.floor, r.area_m2, r.has_kitchen, r.private_bathroom,
       p.community_code, p.grid, p.ebike_arrangement IN ('central_outdoor', 'central_indoor_isolated'), p.fire_status_until
  FROM `rooms` r JOIN `properties` p ON p.id = r.property_id
 WHERE r.status = 'vacant' AND p.fire_status = 'compliant' AND p.status = 'active';
