-- +goose Up
-- An article whose feed gave no usable publication date is "undated": its
-- published_at is the time it was first seen. Undated articles from their
-- feed's first poll are its back catalogue, not news: digests leave them
-- out and lists show them after everything else. Articles stored before
-- this migration count as dated (nothing recorded otherwise).
ALTER TABLE articles ADD COLUMN undated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN back_catalogue INTEGER NOT NULL DEFAULT 0;
-- Lists read the back catalogue newest first once the news runs out; it is
-- rare, so a partial index keeps that read from walking all of articles.
CREATE INDEX articles_back_catalogue ON articles (published_at DESC, id DESC) WHERE back_catalogue = 1;

-- +goose Down
DROP INDEX articles_back_catalogue;
ALTER TABLE articles DROP COLUMN back_catalogue;
ALTER TABLE articles DROP COLUMN undated;
