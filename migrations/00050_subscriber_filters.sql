-- +goose Up
-- Issue 12: what a chat reads and when.
--   filter_include / filter_exclude: the /filter words (space-separated, as
--     typed, lower case); a story must mention one include word, and none of
--     the exclude words.
--   muted_feeds: the /mute outlets, feed ids space-separated.
--   languages: the /languages codes space-separated; '' means the default
--     (the interface language plus English).
--   digest_times: every /time of the chat, "HH:MM" space-separated, the first
--     equal to digest_time; '' means digest_time alone.
-- They are read with the subscription and never queried on, so plain
-- columns serve better than tables.
ALTER TABLE subscribers ADD COLUMN filter_include TEXT NOT NULL DEFAULT '';
ALTER TABLE subscribers ADD COLUMN filter_exclude TEXT NOT NULL DEFAULT '';
ALTER TABLE subscribers ADD COLUMN muted_feeds    TEXT NOT NULL DEFAULT '';
ALTER TABLE subscribers ADD COLUMN languages      TEXT NOT NULL DEFAULT '';
ALTER TABLE subscribers ADD COLUMN digest_times   TEXT NOT NULL DEFAULT '';

-- The stories a chat's digests (scheduled or asked for with /digest) have
-- shown, so that the next digest holds only stories not yet sent: one row
-- per digest, with the ids of the articles that stood for its stories
-- (space-separated). A row per article would make a round of 100 000
-- digests write a million rows; ids of articles deleted since are harmless
-- and go with the row. Read per chat through the primary key, pruned by
-- sent_at through its index.
CREATE TABLE digest_sent (
    chat_id     INTEGER NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE ON UPDATE CASCADE,
    sent_at     TEXT    NOT NULL,
    article_ids TEXT    NOT NULL,
    PRIMARY KEY (chat_id, sent_at)
) WITHOUT ROWID;
CREATE INDEX digest_sent_at ON digest_sent (sent_at);

-- +goose Down
DROP TABLE digest_sent;
ALTER TABLE subscribers DROP COLUMN digest_times;
ALTER TABLE subscribers DROP COLUMN languages;
ALTER TABLE subscribers DROP COLUMN muted_feeds;
ALTER TABLE subscribers DROP COLUMN filter_exclude;
ALTER TABLE subscribers DROP COLUMN filter_include;
