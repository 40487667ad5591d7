-- +goose Up
-- The bot-wide send schedule shared by replicas (internal/lease, Slots):
-- tat is the theoretical arrival time, in Unix microseconds, of the next
-- send allowed to chat_id; chat_id 0 (never a Telegram chat) is the bot as
-- a whole. Plain SQL, so it runs on CockroachDB too.
CREATE TABLE send_slots (
    chat_id BIGINT NOT NULL PRIMARY KEY,
    tat     BIGINT NOT NULL
);
INSERT INTO send_slots (chat_id, tat) VALUES (0, 0);

-- +goose Down
DROP TABLE send_slots;
