-- The search box (issue 3): Chinese substrings of landlord names and property
-- addresses through FTS5's trigram tokenizer. The indexes are external-content
-- tables over the register's own rows, keyed by their rowid, and these triggers
-- keep them in step inside the same transaction as the write path's change.
-- (VACUUM and VACUUM INTO keep rowids of these tables: SQLite copies them with the
-- transfer optimisation; db/search.test.ts holds that.) ID numbers and mobiles are
-- found by exact match on their own indexes, never by substring.
--
-- A bulk write (an import of thousands of rows) pauses the insert triggers with a row
-- in `search_index_paused` and indexes its new rows with one INSERT … SELECT before it
-- commits (db/search-index.ts): FTS5 writes its pending terms out at every statement
-- that opens a savepoint, so row-by-row it would write one tiny segment per row.
CREATE TABLE `search_index_paused` (`paused` integer PRIMARY KEY NOT NULL);
--> statement-breakpoint
CREATE VIRTUAL TABLE `landlords_fts` USING fts5(`name`, `contact_name`, content='landlords', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `landlords_fts_insert` AFTER INSERT ON `landlords` WHEN NOT EXISTS (SELECT 1 FROM `search_index_paused`) BEGIN
  INSERT INTO `landlords_fts` (rowid, `name`, `contact_name`) VALUES (new.rowid, new.`name`, new.`contact_name`);
END;
--> statement-breakpoint
CREATE TRIGGER `landlords_fts_update` AFTER UPDATE OF `name`, `contact_name` ON `landlords` BEGIN
  INSERT INTO `landlords_fts` (`landlords_fts`, rowid, `name`, `contact_name`) VALUES ('delete', old.rowid, old.`name`, old.`contact_name`);
  INSERT INTO `landlords_fts` (rowid, `name`, `contact_name`) VALUES (new.rowid, new.`name`, new.`contact_name`);
END;
--> statement-breakpoint
CREATE TRIGGER `landlords_fts_delete` AFTER DELETE ON `landlords` BEGIN
  INSERT INTO `landlords_fts` (`landlords_fts`, rowid, `name`, `contact_name`) VALUES ('delete', old.rowid, old.`name`, old.`contact_name`);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `properties_fts` USING fts5(`address`, content='properties', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `properties_fts_insert` AFTER INSERT ON `properties` WHEN NOT EXISTS (SELECT 1 FROM `search_index_paused`) BEGIN
  INSERT INTO `properties_fts` (rowid, `address`) VALUES (new.rowid, new.`address`);
END;
--> statement-breakpoint
CREATE TRIGGER `properties_fts_update` AFTER UPDATE OF `address` ON `properties` BEGIN
  INSERT INTO `properties_fts` (`properties_fts`, rowid, `address`) VALUES ('delete', old.rowid, old.`address`);
  INSERT INTO `properties_fts` (rowid, `address`) VALUES (new.rowid, new.`address`);
END;
--> statement-breakpoint
CREATE TRIGGER `properties_fts_delete` AFTER DELETE ON `properties` BEGIN
  INSERT INTO `properties_fts` (`properties_fts`, rowid, `address`) VALUES ('delete', old.rowid, old.`address`);
END;
--> statement-breakpoint
INSERT INTO `landlords_fts` (`landlords_fts`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `properties_fts` (`properties_fts`) VALUES ('rebuild');
