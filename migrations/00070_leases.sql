-- +goose Up
-- A lease names the one replica of newsbot that may do a piece of work
-- (the leader lease: Telegram long polling, the outbox, digests, feed
-- polling) until expires_at. Times are Unix milliseconds in plain integer
-- columns, compared with plain SQL, so the same statements run on SQLite,
-- PostgreSQL and CockroachDB alike; the PostgreSQL twin is
-- migrations/postgres/00070_leases.sql.
CREATE TABLE leases (
    name        TEXT    NOT NULL PRIMARY KEY,
    holder      TEXT    NOT NULL,
    expires_at  INTEGER NOT NULL,
    acquired_at INTEGER NOT NULL,
    renewed_at  INTEGER NOT NULL
);

-- +goose Down
DROP TABLE leases;
