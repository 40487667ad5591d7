-- +goose Up
-- learned_country is the country most of a feed's recent stories are
-- about, learned by the running bot from their analysis (store
-- LearnFeedCountries): the outlet's home country for a feed whose address
-- names none (a .com) and whose configuration gives no country hint. ''
-- while no country has the share. The PostgreSQL twin is
-- migrations/postgres/00095_feed_learned_country.sql.
ALTER TABLE feeds ADD COLUMN learned_country TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE feeds DROP COLUMN learned_country;
