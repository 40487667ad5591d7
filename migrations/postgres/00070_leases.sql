-- +goose Up
-- A lease names the one replica of newsbot that may do a piece of work
-- (the leader lease: Telegram long polling, the outbox, digests, feed
-- polling) until expires_at. Times are Unix milliseconds in plain integer
-- columns, so the statements of internal/lease run unchanged here, on
-- SQLite and on CockroachDB; no advisory locks, no extensions.
CREATE TABLE leases (
    name        TEXT   NOT NULL PRIMARY KEY,
    holder      TEXT   NOT NULL,
    expires_at  BIGINT NOT NULL,
    acquired_at BIGINT NOT NULL,
    renewed_at  BIGINT NOT NULL
);

-- +goose Down
DROP TABLE leases;
