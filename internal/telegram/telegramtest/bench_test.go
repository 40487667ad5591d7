package telegramtest

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

const benchText = `<b>Almaty</b>: <a href="https://example.com/story">The city council approved the new transit plan</a>
A one-line summary of the story, long enough to look like a real digest entry in Russian: Совет утвердил план.`

// TestConcurrentSends checks, under -race, that concurrent senders to many
// chats are all recorded once.
func TestConcurrentSends(t *testing.T) {
	s := Start(t, Options{Limits: &Limits{}})
	const chats, workers = 200, 16
	for id := int64(1); id <= chats; id++ {
		s.AddPrivateChat(User{ID: id, FirstName: "U"})
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				n := next.Add(1)
				if n > chats*2 {
					return
				}
				id := (n-1)%chats + 1
				resp, err := s.Client().PostForm(s.MethodURL("sendMessage"), url.Values{
					"chat_id": {strconv.FormatInt(id, 10)}, "text": {benchText}, "parse_mode": {"HTML"},
				})
				if err != nil {
					t.Error(err)
					return
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					t.Errorf("chat %d: status %d", id, resp.StatusCode)
				}
			}
		}()
	}
	go func() {
		for i := 0; i < 50; i++ {
			s.InjectText(1, User{ID: 1, FirstName: "U"}, "/start")
			_ = s.Stats()
		}
	}()
	wg.Wait()
	counts := s.SentCounts()
	for id := int64(1); id <= chats; id++ {
		if counts[id] != 2 {
			t.Fatalf("chat %d got %d messages, want 2", id, counts[id])
		}
	}
	if got := s.Sent(7); len(got) != 2 || got[1].MessageID != 2 {
		t.Errorf("Sent(7) = %+v", got)
	}
}

// BenchmarkSendMessageHTTP measures sendMessage over loopback HTTP with
// parallel clients and rate limits off, so the server's own ceiling shows
// (the delivery benchmark needs 3 000 messages/s). Client and server share
// the CPU.
func BenchmarkSendMessageHTTP(b *testing.B) {
	s := New(Options{Limits: &Limits{}})
	defer s.Close()
	const chats = 100_000
	for id := int64(1); id <= chats; id++ {
		s.AddChat(ChatSpec{Chat: Chat{ID: id, Type: ChatPrivate, FirstName: "U"}})
	}
	client := s.Client()
	var next atomic.Int64
	b.SetParallelism(4)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			id := next.Add(1)%chats + 1
			resp, err := client.PostForm(s.MethodURL("sendMessage"), url.Values{
				"chat_id": {strconv.FormatInt(id, 10)}, "text": {benchText}, "parse_mode": {"HTML"},
			})
			if err != nil {
				b.Fatal(err)
			}
			resp.Body.Close()
		}
	})
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msg/s")
	if st := s.Stats(); st.Sent != b.N {
		b.Fatalf("sent %d, want %d", st.Sent, b.N)
	}
}

// BenchmarkSendMessageHandler measures the server's work per message without
// the network: request parsing, HTML parsing, rate limits with Telegram's
// limits scaled ×100, recording and the JSON answer.
func BenchmarkSendMessageHandler(b *testing.B) {
	limits := TelegramLimits().Scale(100)
	limits.Global = 0 // one goroutine outpaces 3 000/s; keep the per-chat limits
	s := NewHandler(Options{Limits: &limits})
	defer s.Close()
	const chats = 100_000
	for id := int64(1); id <= chats; id++ {
		s.AddChat(ChatSpec{Chat: Chat{ID: id, Type: ChatPrivate, FirstName: "U"}})
	}
	body := make([]string, chats)
	for i := range body {
		body[i] = url.Values{"chat_id": {strconv.Itoa(i + 1)}, "text": {benchText}, "parse_mode": {"HTML"}}.Encode()
	}
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		req := httptest.NewRequest(http.MethodPost, "/bot"+s.Token()+"/sendMessage", strings.NewReader(body[i%chats]))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		w := httptest.NewRecorder()
		s.ServeHTTP(w, req)
		if w.Code != http.StatusOK && w.Code != http.StatusTooManyRequests {
			b.Fatalf("status %d: %s", w.Code, w.Body)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msg/s")
	// Heap kept per stored message (chats were registered before).
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/float64(b.N), "heapB/msg")
	runtime.KeepAlive(s)
	runtime.KeepAlive(body)
}
