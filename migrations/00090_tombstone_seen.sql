-- +goose Up
-- A tombstone (00030) says "this item was stored and pruned": it must live
-- as long as the item's feed still lists it, and no longer, or the table
-- grows with every article ever pruned. seen_day (days since 1970-01-01,
-- UTC) is the day the tombstone was made or its item last seen in a feed;
-- pruning deletes tombstones not seen for a whole retention period. Those
-- already made count as seen today. The PostgreSQL twin is
-- migrations/postgres/00090_tombstone_seen.sql.
ALTER TABLE article_tombstones ADD COLUMN seen_day INTEGER NOT NULL DEFAULT 0;
UPDATE article_tombstones SET seen_day = CAST(strftime('%s', 'now') AS INTEGER) / 86400;
CREATE INDEX article_tombstones_seen ON article_tombstones (seen_day);

-- +goose Down
DROP INDEX article_tombstones_seen;
ALTER TABLE article_tombstones DROP COLUMN seen_day;
