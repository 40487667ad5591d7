-- +goose Up
-- When each feed was last fetched successfully (ok or not modified), for the
-- operator's "feed silent since" metric; last_fetch_at moves on failures too.
ALTER TABLE feeds ADD COLUMN last_success_at TEXT NOT NULL DEFAULT '';
UPDATE feeds SET last_success_at = last_fetch_at WHERE consecutive_failures = 0;

-- +goose Down
ALTER TABLE feeds DROP COLUMN last_success_at;
