-- +goose Up
-- Retention prunes articles first seen longer ago than [database] retention.
-- A pruned article leaves a tombstone: its feed, a 64-bit hash of its GUID
-- and one of its canonical URL, so an item still listed by its feed is
-- recognised and never stored again as new. Tombstones outlive their
-- article by design, so they do not reference articles(id); at about 40
-- bytes a row they are some fifty times smaller than the article was.
-- Every table keyed by an article already references articles(id) ON
-- DELETE CASCADE (article_countries, article_topics), so deleting an
-- article removes its analysis rows with it.
CREATE TABLE article_tombstones (
    feed_id   INTEGER NOT NULL, -- 0 for an article no feed brought
    guid_hash INTEGER NOT NULL,
    url_hash  INTEGER NOT NULL, -- 0 when the article had no URL
    PRIMARY KEY (feed_id, guid_hash)
) WITHOUT ROWID;
CREATE INDEX article_tombstones_url ON article_tombstones (url_hash) WHERE url_hash <> 0;

-- Pruning walks articles in first-seen order.
CREATE INDEX articles_fetched ON articles (fetched_at);

-- Pruning keeps articles a broadcast refers to; deleting an article looks
-- up broadcasts by article too (ON DELETE SET NULL).
CREATE INDEX broadcasts_article ON broadcasts (article_id) WHERE article_id IS NOT NULL;

-- +goose Down
DROP INDEX broadcasts_article;
DROP INDEX articles_fetched;
DROP TABLE article_tombstones;
