-- +goose Up
-- The send schedule shared by replicas (internal/lease, Slots): tat is the
-- theoretical arrival time, in Unix microseconds, of the next send allowed
-- to chat_id; chat_id 0 (never a Telegram chat) is the bot as a whole, its
-- row made by the first booking. Every replica books its sends here, so
-- Telegram's limits hold for the bot, not per replica. The PostgreSQL twin
-- is migrations/postgres/00075_send_slots.sql.
CREATE TABLE send_slots (
    chat_id INTEGER NOT NULL PRIMARY KEY,
    tat     INTEGER NOT NULL
);

-- +goose Down
DROP TABLE send_slots;
