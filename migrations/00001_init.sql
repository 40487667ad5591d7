-- +goose Up
-- The whole product's schema. Times are UTC, stored as text in
-- "2006-01-02T15:04:05.000Z" form so they sort and compare as strings.

CREATE TABLE feeds (
    id                   INTEGER PRIMARY KEY,
    url                  TEXT    NOT NULL UNIQUE,
    name                 TEXT    NOT NULL DEFAULT '',
    lang                 TEXT    NOT NULL DEFAULT '',
    country              TEXT    NOT NULL DEFAULT '',
    full_text            INTEGER NOT NULL DEFAULT 0,
    enabled              INTEGER NOT NULL DEFAULT 1,
    etag                 TEXT    NOT NULL DEFAULT '',
    last_modified        TEXT    NOT NULL DEFAULT '',
    next_fetch_at        TEXT    NOT NULL DEFAULT '',
    last_fetch_at        TEXT    NOT NULL DEFAULT '',
    last_status          TEXT    NOT NULL DEFAULT '',
    last_error           TEXT    NOT NULL DEFAULT '',
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    first_failure_at     TEXT    NOT NULL DEFAULT '',
    disabled_reason      TEXT    NOT NULL DEFAULT '',
    created_at           TEXT    NOT NULL
);
CREATE INDEX feeds_due ON feeds (enabled, next_fetch_at);

CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    feed_id          INTEGER REFERENCES feeds (id) ON DELETE SET NULL,
    source           TEXT    NOT NULL DEFAULT '',
    guid             TEXT    NOT NULL DEFAULT '',
    url              TEXT    NOT NULL DEFAULT '',
    title            TEXT    NOT NULL DEFAULT '',
    body             TEXT    NOT NULL DEFAULT '',
    lang             TEXT    NOT NULL DEFAULT 'und',
    author           TEXT    NOT NULL DEFAULT '',
    categories       TEXT    NOT NULL DEFAULT '[]', -- JSON array of strings
    image_url        TEXT    NOT NULL DEFAULT '',
    enclosures       TEXT    NOT NULL DEFAULT '[]', -- JSON array of URLs
    published_at     TEXT    NOT NULL,
    fetched_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    content_hash     TEXT    NOT NULL DEFAULT '',
    full_text_status TEXT    NOT NULL DEFAULT '',
    -- analysis
    summary          TEXT    NOT NULL DEFAULT '',
    quotes           TEXT    NOT NULL DEFAULT '[]', -- JSON array of news.Quote
    countries        TEXT    NOT NULL DEFAULT '[]', -- JSON array of news.CountryScore
    topics           TEXT    NOT NULL DEFAULT '[]', -- JSON array of news.TopicScore
    cluster          TEXT    NOT NULL DEFAULT '',
    fingerprint      BLOB,
    analyzed_at      TEXT    NOT NULL DEFAULT ''
);
-- De-duplication keys: a GUID is unique within its feed; URLs and content
-- hashes are looked up across all feeds.
CREATE UNIQUE INDEX articles_feed_guid ON articles (feed_id, guid) WHERE guid <> '';
CREATE INDEX articles_url ON articles (url) WHERE url <> '';
CREATE INDEX articles_content_hash ON articles (content_hash) WHERE content_hash <> '';
CREATE INDEX articles_published ON articles (published_at DESC);
CREATE INDEX articles_cluster ON articles (cluster) WHERE cluster <> '';
CREATE INDEX articles_unanalyzed ON articles (id) WHERE analyzed_at = '';

-- Denormalised from articles.countries/topics so that matching a
-- subscriber's preferences is an indexed join.
CREATE TABLE article_countries (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    code       TEXT    NOT NULL,
    is_primary INTEGER NOT NULL DEFAULT 0,
    score      REAL    NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, code)
) WITHOUT ROWID;
CREATE INDEX article_countries_code ON article_countries (code, is_primary);

CREATE TABLE article_topics (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    topic      TEXT    NOT NULL,
    score      REAL    NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, topic)
) WITHOUT ROWID;
CREATE INDEX article_topics_topic ON article_topics (topic);

CREATE TABLE subscribers (
    chat_id         INTEGER PRIMARY KEY, -- Telegram chat id (int64); the terminal uses its own id
    chat_type       TEXT    NOT NULL DEFAULT 'private',
    title           TEXT    NOT NULL DEFAULT '',
    username        TEXT    NOT NULL DEFAULT '',
    lang            TEXT    NOT NULL DEFAULT 'en',
    timezone        TEXT    NOT NULL DEFAULT '',
    digest_time     TEXT    NOT NULL DEFAULT '08:00',
    next_digest_at  TEXT    NOT NULL DEFAULT '',
    last_digest_at  TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'paused', 'blocked', 'left')),
    group_by        TEXT    NOT NULL DEFAULT 'country' CHECK (group_by IN ('country', 'topic')),
    quiet_day       INTEGER NOT NULL DEFAULT 0,
    breaking_alerts INTEGER NOT NULL DEFAULT 0,
    owner_user_id   INTEGER NOT NULL DEFAULT 0, -- who connected a channel
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX subscribers_due ON subscribers (status, next_digest_at);

CREATE TABLE subscriber_countries (
    chat_id INTEGER NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE ON UPDATE CASCADE,
    code    TEXT    NOT NULL,
    PRIMARY KEY (chat_id, code)
) WITHOUT ROWID;
CREATE INDEX subscriber_countries_code ON subscriber_countries (code);

CREATE TABLE subscriber_topics (
    chat_id INTEGER NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE ON UPDATE CASCADE,
    topic   TEXT    NOT NULL,
    PRIMARY KEY (chat_id, topic)
) WITHOUT ROWID;
CREATE INDEX subscriber_topics_topic ON subscriber_topics (topic);

CREATE TABLE editors (
    user_id  INTEGER PRIMARY KEY,
    name     TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL
);

CREATE TABLE broadcasts (
    id          INTEGER PRIMARY KEY,
    editor_id   INTEGER NOT NULL,
    kind        TEXT    NOT NULL DEFAULT 'broadcast', -- broadcast | breaking
    text        TEXT    NOT NULL,                     -- rendered message (Telegram HTML)
    article_id  INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    audience    TEXT    NOT NULL DEFAULT '{}',        -- JSON: {"countries":[...],"topics":[...]}
    state       TEXT    NOT NULL DEFAULT 'draft'
                CHECK (state IN ('draft', 'sending', 'done', 'cancelled')),
    total       INTEGER NOT NULL DEFAULT 0,
    sent        INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0,
    progress_chat_id    INTEGER NOT NULL DEFAULT 0,
    progress_message_id INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    started_at  TEXT    NOT NULL DEFAULT '',
    finished_at TEXT    NOT NULL DEFAULT ''
);

-- Every message is a row here before it is sent. idem_key ("chat:kind:content")
-- makes enqueueing idempotent, so a retry or restart never sends twice.
CREATE TABLE outbox (
    id                   INTEGER PRIMARY KEY,
    idem_key             TEXT    NOT NULL UNIQUE,
    chat_id              INTEGER NOT NULL,
    kind                 TEXT    NOT NULL, -- digest | breaking | broadcast | reply | alert
    content_id           TEXT    NOT NULL DEFAULT '',
    text                 TEXT    NOT NULL,
    parse_mode           TEXT    NOT NULL DEFAULT 'HTML',
    reply_markup         TEXT    NOT NULL DEFAULT '', -- JSON, as Telegram takes it
    disable_notification INTEGER NOT NULL DEFAULT 0,
    disable_preview      INTEGER NOT NULL DEFAULT 0,
    broadcast_id         INTEGER REFERENCES broadcasts (id) ON DELETE SET NULL,
    state                TEXT    NOT NULL DEFAULT 'pending'
                         CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'dead', 'cancelled')),
    attempts             INTEGER NOT NULL DEFAULT 0,
    not_before           TEXT    NOT NULL,
    last_error           TEXT    NOT NULL DEFAULT '',
    message_id           INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT    NOT NULL,
    sent_at              TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX outbox_due ON outbox (state, not_before) WHERE state IN ('pending', 'failed', 'sending');
CREATE INDEX outbox_chat ON outbox (chat_id, state);
CREATE INDEX outbox_broadcast ON outbox (broadcast_id, state) WHERE broadcast_id IS NOT NULL;
CREATE INDEX outbox_sent ON outbox (sent_at) WHERE state = 'sent';

-- Small operational values: last poll time and the like.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- +goose Down
DROP TABLE meta;
DROP TABLE outbox;
DROP TABLE broadcasts;
DROP TABLE editors;
DROP TABLE subscriber_topics;
DROP TABLE subscriber_countries;
DROP TABLE subscribers;
DROP TABLE article_topics;
DROP TABLE article_countries;
DROP TABLE articles;
DROP TABLE feeds;
