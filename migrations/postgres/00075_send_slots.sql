-- +goose Up
-- The send schedule shared by replicas (internal/lease, Slots): tat is the
-- theoretical arrival time, in Unix microseconds, of the next send allowed
-- to chat_id; chat_id 0 (never a Telegram chat) is the bot as a whole, its
-- row made by the first booking. Plain SQL, so it runs on CockroachDB too.
CREATE TABLE send_slots (
    chat_id BIGINT NOT NULL PRIMARY KEY,
    tat     BIGINT NOT NULL
);

-- +goose Down
DROP TABLE send_slots;
