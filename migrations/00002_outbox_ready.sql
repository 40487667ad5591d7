-- +goose Up
-- Claiming walks due messages in schedule order and skips those whose chat
-- still has an earlier message waiting or in flight; this index gives that
-- walk its order without sorting the whole backlog on every claim.
CREATE INDEX outbox_ready ON outbox (not_before, id) WHERE state IN ('pending', 'failed');

-- +goose Down
DROP INDEX outbox_ready;
