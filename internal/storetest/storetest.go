// Package storetest opens the store for tests outside package store, on the
// engine under test: a SQLite file in the test's temporary folder, or, when
// NEWSBOT_TEST_DATABASE=postgres, a fresh schema on a throwaway PostgreSQL
// (see pgtest). A package using it on PostgreSQL stops that server in its
// TestMain with pgtest.Main.
package storetest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/pgtest"
	"github.com/newsbot/newsbot/internal/store"
)

// OnPostgres reports whether tests run on PostgreSQL.
func OnPostgres() bool { return os.Getenv("NEWSBOT_TEST_DATABASE") == "postgres" }

// DSN returns where a test's database is: a new SQLite file path, or the URL
// of a new PostgreSQL schema.
func DSN(t testing.TB) string {
	t.Helper()
	if OnPostgres() {
		return pgtest.URL(t)
	}
	return filepath.Join(t.TempDir(), "test.db")
}

// Open opens an empty, migrated store for t, closed when t ends.
func Open(t testing.TB, opts ...store.Option) *store.DB {
	t.Helper()
	db, err := store.OpenURL(context.Background(), DSN(t), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// EnqueueReplies queues one reply to chat for each text (its content id,
// so each is its own message).
func EnqueueReplies(t testing.TB, db *store.DB, chat int64, texts ...string) {
	t.Helper()
	var msgs []news.OutboxMessage
	for _, text := range texts {
		msgs = append(msgs, news.OutboxMessage{IdemKey: fmt.Sprintf("%d:reply:%s", chat, text), ChatID: chat,
			Kind: news.KindReply, ContentID: text, Text: text})
	}
	if _, err := db.Enqueue(context.Background(), msgs); err != nil {
		t.Fatal(err)
	}
}

// OutboxStates lists the states of chat's outbox messages in queue order,
// as "[sent pending]".
func OutboxStates(t testing.TB, db *store.DB, chat int64) string {
	t.Helper()
	msgs, err := db.OutboxMessages(context.Background(), chat)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range msgs {
		out = append(out, string(m.State))
	}
	return fmt.Sprint(out)
}
