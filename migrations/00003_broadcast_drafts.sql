-- +goose Up
-- An editor's draft is a broadcasts row in state 'draft' until it is sent
-- or cancelled, so a preview survives a restart and a draft id is never
-- reused (rows are never deleted). texts holds the message in other
-- languages as JSON ({"ru": "..."}: a breaking card is rendered per
-- language); text goes to everyone else.
ALTER TABLE broadcasts ADD COLUMN texts TEXT NOT NULL DEFAULT '{}';

-- +goose Down
ALTER TABLE broadcasts DROP COLUMN texts;
