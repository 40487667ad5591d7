package telegramtest

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// images serves /ok.jpg as an image, /page.html as a web page and
// everything else as 404.
func images(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok.jpg":
			w.Header().Set("Content-Type", "image/jpeg")
			_, _ = w.Write([]byte("\xff\xd8\xff\xe0 not really a jpeg"))
		case "/page.html":
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte("<html></html>"))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func sendPhoto(t *testing.T, s *Server, chatID, photo, caption string, extra ...string) answer {
	t.Helper()
	form := url.Values{"chat_id": {chatID}, "photo": {photo}, "caption": {caption}, "parse_mode": {"HTML"}}
	for i := 0; i+1 < len(extra); i += 2 {
		form.Set(extra[i], extra[i+1])
	}
	return postForm(t, s, "sendPhoto", form)
}

func TestSendPhoto(t *testing.T) {
	img := images(t)
	s := Start(t, Options{Limits: &Limits{}})
	s.AddPrivateChat(alice)
	// A caption of exactly 1024 characters after parsing, with markup and
	// entities around it that do not count, in English and Russian.
	full := func(word string) string {
		w := []rune(word)
		body := strings.Repeat(string(w), 1024/len(w))
		body += string(w[:1024-len([]rune(body))])
		body = string([]rune(body)[:1023]) + "." // not a space: Telegram trims the ends
		return `<b>` + body[:4] + `</b><a href="https://example.com/` + strings.Repeat("x", 200) + `">` + body[4:] + `</a>`
	}
	tests := []struct {
		name    string
		photo   string
		caption string
		code    int
		desc    string
	}{
		{"image url", img.URL + "/ok.jpg", "<b>Flood</b> in Almaty", 0, ""},
		{"no caption", img.URL + "/ok.jpg", "", 0, ""},
		{"1024 characters in English", img.URL + "/ok.jpg", full("flood "), 0, ""},
		{"1024 characters in Russian", img.URL + "/ok.jpg", full("паводок "), 0, ""},
		{"1025 characters", img.URL + "/ok.jpg", full("flood ") + "!", 400, "Bad Request: message caption is too long"},
		{"1025 characters in Russian", img.URL + "/ok.jpg", "&amp;" + full("паводок "), 400, "Bad Request: message caption is too long"},
		{"bad html", img.URL + "/ok.jpg", "<b>Flood", 400, "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\""},
		{"unreachable url", img.URL + "/missing.jpg", "x", 400, "Bad Request: failed to get HTTP URL content"},
		{"not an image", img.URL + "/page.html", "x", 400, "Bad Request: wrong type of the web page content"},
		{"not a url", "flood.jpg", "x", 400, "Bad Request: wrong file identifier/HTTP URL specified"},
		{"closed server", "http://127.0.0.1:1/x.jpg", "x", 400, "Bad Request: failed to get HTTP URL content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := sendPhoto(t, s, "1001", tt.photo, tt.caption)
			if tt.code != 0 {
				wantError(t, a, tt.code, tt.desc)
				return
			}
			m := result[Message](t, a)
			if len(m.Photo) == 0 || m.Text != "" {
				t.Errorf("result %+v, want a photo message", m)
			}
			last, _ := s.LastSent(1001)
			if last.PhotoURL != tt.photo {
				t.Errorf("PhotoURL = %q, want %q", last.PhotoURL, tt.photo)
			}
		})
	}
	if got := s.SentCount(1001); got != 4 {
		t.Errorf("%d photos kept, want 4 (refused ones are not sent)", got)
	}
}

func TestForumTopics(t *testing.T) {
	s := Start(t, Options{Limits: &Limits{}})
	const forum = -100200
	s.AddChat(ChatSpec{Chat: Chat{ID: forum, Type: ChatSupergroup, Title: "Forum", IsForum: true}, Admins: []User{alice}})
	s.AddChat(ChatSpec{Chat: Chat{ID: -100300, Type: ChatSupergroup, Title: "Plain"}})
	topic, err := s.CreateForumTopic(forum, "News")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateForumTopic(-100300, "News"); err == nil {
		t.Error("CreateForumTopic in a chat that is no forum: no error")
	}
	m := result[Message](t, send(t, s, itoa(forum), "in the topic", "message_thread_id", itoa(int64(topic))))
	if m.MessageThreadID != topic || !m.IsTopicMessage {
		t.Errorf("message_thread_id %d is_topic_message %v, want %d true", m.MessageThreadID, m.IsTopicMessage, topic)
	}
	mustOK(t, send(t, s, itoa(forum), "in General"))
	wantError(t, send(t, s, itoa(forum), "x", "message_thread_id", "999"), 400, "Bad Request: message thread not found")
	img := images(t)
	mustOK(t, sendPhoto(t, s, itoa(forum), img.URL+"/ok.jpg", "photo in the topic", "message_thread_id", itoa(int64(topic))))

	if err := s.DeleteForumTopic(forum, topic); err != nil {
		t.Fatal(err)
	}
	wantError(t, send(t, s, itoa(forum), "x", "message_thread_id", itoa(int64(topic))), 400, "Bad Request: message thread not found")
	wantError(t, sendPhoto(t, s, itoa(forum), img.URL+"/ok.jpg", "x", "message_thread_id", itoa(int64(topic))), 400, "Bad Request: message thread not found")

	sent := s.Sent(forum)
	if len(sent) != 3 || sent[0].ThreadID != topic || sent[1].ThreadID != 0 || sent[2].ThreadID != topic {
		t.Errorf("sent %+v, want topic, General, topic", sent)
	}
	in := s.InjectTopicText(forum, topic, alice, "/start")
	if in.MessageThreadID != topic || !in.IsTopicMessage || !in.Chat.IsForum {
		t.Errorf("injected %+v, want a topic message in a forum", in)
	}
}
