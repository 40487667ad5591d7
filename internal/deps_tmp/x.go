package depstmp

import (
	_ "codeberg.org/readeck/go-readability/v2"
	_ "github.com/BurntSushi/toml"
	_ "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	_ "github.com/jmoiron/sqlx"
	_ "github.com/mattn/go-sqlite3"
	_ "github.com/mmcdole/gofeed"
	_ "github.com/pressly/goose/v3"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "golang.org/x/net/html/charset"
	_ "golang.org/x/sync/errgroup"
)
