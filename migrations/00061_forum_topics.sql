-- +goose Up
-- In a forum supergroup, /start inside a topic binds the chat's digests
-- and alerts to that topic (Telegram's message_thread_id); 0 means the
-- chat itself (General). The outbox reads it when a message is claimed, so
-- a binding changed or cleared meanwhile applies to what is still queued.
ALTER TABLE subscribers ADD COLUMN topic_thread_id INTEGER NOT NULL DEFAULT 0;

-- +goose Down
ALTER TABLE subscribers DROP COLUMN topic_thread_id;
