package telegramtest

import "time"

// window is a sliding window over the send times of the last `limit`
// accepted messages: a new send is within the limit when fewer than limit
// sends happened in the last span. The times grow by append until there
// are limit of them and then form a ring, so a chat that got one message
// costs one int64 whatever the limit.
type window struct {
	times []int64
	head  int // oldest entry once the ring is full
}

// wait returns how long until one more send fits, zero when it fits now.
func (w *window) wait(now int64, limit int, span time.Duration) time.Duration {
	if limit <= 0 || len(w.times) < limit {
		return 0
	}
	if d := w.times[w.head] + int64(span) - now; d > 0 {
		return time.Duration(d)
	}
	return 0
}

func (w *window) add(now int64, limit int) {
	if limit <= 0 {
		return
	}
	if len(w.times) < limit {
		w.times = append(w.times, now)
		return
	}
	w.times[w.head] = now
	w.head = (w.head + 1) % limit
}

// retryAfter is the whole number of seconds Telegram announces for a wait:
// rounded up, at least one.
func retryAfter(d time.Duration) int {
	n := int((d + time.Second - 1) / time.Second)
	return max(n, 1)
}

// Violations count sends that broke a rate limit: each was answered 429.
type Violations struct {
	// Global sends would have exceeded the overall limit.
	Global int
	// Private sends would have exceeded a private chat's limit.
	Private int
	// Group sends would have exceeded a group's or channel's limit.
	Group int
	// EarlyRetry sends came before the retry_after of an earlier 429 to
	// the same chat had passed, including injected 429s.
	EarlyRetry int
}

// Total returns the number of violations of every kind.
func (v Violations) Total() int { return v.Global + v.Private + v.Group + v.EarlyRetry }

// checkEarlyRetry answers 429 when the chat is still told to wait.
func (st *state) checkEarlyRetry(c *chatState, now int64) *apiError {
	if now >= c.retryUntil {
		return nil
	}
	st.stats.Violations.EarlyRetry++
	st.stats.RateLimited++
	return tooManyRequests(secondsUntil(c.retryUntil - now))
}

// admit applies the rate limits to one send to c at now and records it when
// it fits; otherwise it counts the violation, tells the chat to wait and
// returns the 429.
func (st *state) admit(c *chatState, now int64, l Limits) *apiError {
	globalWait := st.global.wait(now, l.Global, l.GlobalWindow)
	chatLimit, chatSpan := l.Group, l.GroupWindow
	if c.isPrivate() {
		chatLimit, chatSpan = l.Private, l.PrivateWindow
	}
	chatWait := c.window.wait(now, chatLimit, chatSpan)
	if globalWait == 0 && chatWait == 0 {
		st.global.add(now, l.Global)
		c.window.add(now, chatLimit)
		return nil
	}
	switch {
	case chatWait > 0 && c.isPrivate():
		st.stats.Violations.Private++
	case chatWait > 0:
		st.stats.Violations.Group++
	default:
		st.stats.Violations.Global++
	}
	st.stats.RateLimited++
	ra := retryAfter(max(globalWait, chatWait))
	c.retryUntil = now + int64(ra)*int64(time.Second)
	return tooManyRequests(ra)
}
