-- +goose Up
-- A claimed message (state sending) carries the end of its lease. When the
-- process that claimed it cannot record the outcome (the database was locked,
-- a write failed), the message goes back to the queue once the lease has run
-- out, without waiting for a restart. A plain column and a comparison, so the
-- same rule works on any SQL engine.
ALTER TABLE outbox ADD COLUMN lease_until TEXT NOT NULL DEFAULT '';
CREATE INDEX outbox_lease ON outbox (lease_until) WHERE state = 'sending';

-- +goose Down
DROP INDEX outbox_lease;
ALTER TABLE outbox DROP COLUMN lease_until;
