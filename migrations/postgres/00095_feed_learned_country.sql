-- +goose Up
-- learned_country is the country most of a feed's recent stories are
-- about, learned by the running bot from their analysis (store
-- LearnFeedCountries): the outlet's home country for a feed whose address
-- names none (a .com) and whose configuration gives no country hint. ''
-- while no country has the share.
ALTER TABLE feeds ADD COLUMN learned_country TEXT NOT NULL DEFAULT '';
-- LearnFeedCountries reads each feed's stories of its window through this
-- index, so a pass costs the window's stories, not the whole store's.
CREATE INDEX articles_feed_published ON articles (feed_id, published_at);

-- +goose Down
DROP INDEX articles_feed_published;
ALTER TABLE feeds DROP COLUMN learned_country;
