package telegram

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/newsbot/newsbot/internal/deliver"
	"github.com/newsbot/newsbot/internal/telegram/telegramtest"
)

func newTestSender(t *testing.T, srv *telegramtest.Server) *Sender {
	t.Helper()
	s, err := NewSender(context.Background(), srv.URL(), srv.Token(), srv.Client())
	if err != nil {
		t.Fatalf("NewSender: %v", err)
	}
	return s
}

func TestSenderSendsWithOptions(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv := telegramtest.Start(t, telegramtest.Options{InMemory: true})
		chat := srv.AddPrivateChat(telegramtest.User{ID: 1001, FirstName: "Ann"})
		s := newTestSender(t, srv)
		ctx := context.Background()
		id, err := s.Send(ctx, deliver.Message{
			ChatID: chat.ID, Text: "<b>Digest</b> &amp; more", ParseMode: "HTML",
			DisableNotification: true, DisablePreview: true,
			ReplyMarkup: `{"inline_keyboard":[[{"text":"More","callback_data":"m:1"}]]}`,
		})
		if err != nil {
			t.Fatalf("Send: %v", err)
		}
		got, ok := srv.SentMessage(chat.ID, id)
		if !ok {
			t.Fatalf("message %d not on the server", id)
		}
		if got.Text != "Digest & more" || !got.DisableNotification || !got.LinkPreviewDisabled || len(got.Buttons()) != 1 {
			t.Errorf("sent = %+v", got)
		}
		time.Sleep(1100 * time.Millisecond) // the private chat limit applies to edits' neighbours too
		if err := s.Edit(ctx, id, deliver.Message{ChatID: chat.ID, Text: "Edited"}); err != nil {
			t.Fatalf("Edit: %v", err)
		}
		if got, _ := srv.SentMessage(chat.ID, id); got.Text != "Edited" {
			t.Errorf("after edit text = %q", got.Text)
		}
		if err := s.Edit(ctx, id, deliver.Message{ChatID: chat.ID, Text: "Edited"}); err != nil {
			t.Errorf("Edit to the same text: %v", err)
		}
	})
}

func TestSenderClassifiesErrors(t *testing.T) {
	srv := telegramtest.Start(t, telegramtest.Options{})
	blocked := srv.AddPrivateChat(telegramtest.User{ID: 2001, FirstName: "B"})
	if err := srv.SetChatStatus(blocked.ID, telegramtest.ChatBlocked); err != nil {
		t.Fatal(err)
	}
	deactivated := srv.AddPrivateChat(telegramtest.User{ID: 2002, FirstName: "D"})
	if err := srv.SetChatStatus(deactivated.ID, telegramtest.ChatDeactivated); err != nil {
		t.Fatal(err)
	}
	kicked := srv.AddChat(telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: -3001, Type: telegramtest.ChatGroup, Title: "K"}})
	if err := srv.SetChatStatus(kicked.ID, telegramtest.ChatKicked); err != nil {
		t.Fatal(err)
	}
	group := srv.AddChat(telegramtest.ChatSpec{Chat: telegramtest.Chat{ID: -3002, Type: telegramtest.ChatGroup, Title: "G"}})
	if _, err := srv.MigrateChat(group.ID, -1003002); err != nil {
		t.Fatal(err)
	}
	ok := srv.AddPrivateChat(telegramtest.User{ID: 2003, FirstName: "O"})
	s := newTestSender(t, srv)

	tests := []struct {
		name string
		msg  deliver.Message
		want deliver.ErrorKind
	}{
		{"blocked", deliver.Message{ChatID: blocked.ID, Text: "x"}, deliver.ErrBlocked},
		{"deactivated", deliver.Message{ChatID: deactivated.ID, Text: "x"}, deliver.ErrDeactivated},
		{"kicked", deliver.Message{ChatID: kicked.ID, Text: "x"}, deliver.ErrKicked},
		{"not found", deliver.Message{ChatID: 999999, Text: "x"}, deliver.ErrChatNotFound},
		{"migrated", deliver.Message{ChatID: group.ID, Text: "x"}, deliver.ErrMigrated},
		{"bad markup", deliver.Message{ChatID: ok.ID, Text: "<b>x", ParseMode: "HTML"}, deliver.ErrPermanent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Send(context.Background(), tt.msg)
			var se *deliver.SendError
			if !errors.As(err, &se) {
				t.Fatalf("Send error = %v, want a *deliver.SendError", err)
			}
			if se.Kind != tt.want {
				t.Errorf("kind = %s (%v), want %s", se.Kind, se, tt.want)
			}
			if tt.want == deliver.ErrMigrated && se.MigrateTo != -1003002 {
				t.Errorf("MigrateTo = %d", se.MigrateTo)
			}
		})
	}

	t.Run("rate limited", func(t *testing.T) {
		if _, err := s.Send(context.Background(), deliver.Message{ChatID: ok.ID, Text: "1"}); err != nil {
			t.Fatal(err)
		}
		_, err := s.Send(context.Background(), deliver.Message{ChatID: ok.ID, Text: "2"})
		var se *deliver.SendError
		if !errors.As(err, &se) || se.Kind != deliver.ErrRateLimited || se.RetryAfter < time.Second {
			t.Fatalf("second send within a second = %v, want rate limited with retry_after", err)
		}
	})
}

func TestSenderTimeoutAndTokenScrubbed(t *testing.T) {
	srv := telegramtest.Start(t, telegramtest.Options{Faults: telegramtest.Faults{Hang: 1}})
	chat := srv.AddPrivateChat(telegramtest.User{ID: 4001, FirstName: "T"})
	s := newTestSender(t, srv)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := s.Send(ctx, deliver.Message{ChatID: chat.ID, Text: "x"})
	var se *deliver.SendError
	if !errors.As(err, &se) || se.Kind != deliver.ErrTemporary {
		t.Fatalf("hung send = %v, want temporary", err)
	}
	if strings.Contains(err.Error(), srv.Token()) {
		t.Errorf("error leaks the token: %v", err)
	}

	// A transport error carries the request URL, token included.
	_, err = NewSender(context.Background(), "http://127.0.0.1:1", srv.Token(), &http.Client{Timeout: time.Second})
	if err == nil {
		t.Fatal("NewSender to a closed port succeeded")
	}
	if strings.Contains(err.Error(), srv.Token()) || strings.Contains(err.Error(), "AAFake") {
		t.Errorf("error leaks the token: %v", err)
	}
}

func TestClassifyAPIError(t *testing.T) {
	tests := []struct {
		code int
		desc string
		want deliver.ErrorKind
	}{
		{500, "Internal Server Error", deliver.ErrTemporary},
		{502, "Bad Gateway", deliver.ErrTemporary},
		{401, "Unauthorized", deliver.ErrTemporary},
		{403, "Forbidden: bot was blocked by the user", deliver.ErrBlocked},
		{403, "Forbidden: bot is not a member of the channel chat", deliver.ErrKicked},
		{400, "Bad Request: message is too long", deliver.ErrPermanent},
		{400, "Bad Request: chat not found", deliver.ErrChatNotFound},
	}
	for _, tt := range tests {
		if got := classifyAPIError(tt.code, tt.desc, 0, 0).Kind; got != tt.want {
			t.Errorf("classify(%d, %q) = %s, want %s", tt.code, tt.desc, got, tt.want)
		}
	}
}
