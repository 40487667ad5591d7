-- +goose Up
-- A message may be a photo with the card as its caption (breaking news):
-- photo_url is the image Telegram fetches; when it cannot, the sender falls
-- back to the text, so nothing is lost. preview_url is the link whose
-- preview a text message shows (empty: previews off): previews are always
-- chosen, never left to Telegram's guess. part is 1 for the continuation of
-- the chat's previous message (what did not fit a 1024-character caption);
-- a broadcast's figures count only part 0.
ALTER TABLE outbox ADD COLUMN photo_url TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN preview_url TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN part INTEGER NOT NULL DEFAULT 0;
ALTER TABLE broadcasts ADD COLUMN photo_url TEXT NOT NULL DEFAULT '';
ALTER TABLE broadcasts ADD COLUMN preview_url TEXT NOT NULL DEFAULT '';

-- +goose Down
ALTER TABLE broadcasts DROP COLUMN preview_url;
ALTER TABLE broadcasts DROP COLUMN photo_url;
ALTER TABLE outbox DROP COLUMN part;
ALTER TABLE outbox DROP COLUMN preview_url;
ALTER TABLE outbox DROP COLUMN photo_url;
