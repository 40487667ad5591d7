package news

import "time"

// Story is one entry of a news list: an article standing for its story
// cluster, with the other outlets that carry the same story.
type Story struct {
	Article
	// Also lists the other outlets reporting the same story (same cluster).
	Also []Outlet
}

// Outlet is another source of the same story.
type Outlet struct {
	Name string
	URL  string
}

// DigestSection is a group of stories under one country or topic heading.
type DigestSection struct {
	// Country is set when the digest is grouped by country ("" for "other").
	Country string
	// Topic is set when the digest is grouped by topic ("" for "other").
	Topic   Topic
	Stories []Story
}

// Digest is what one subscriber receives at digest time.
type Digest struct {
	ChatID   int64
	Lang     string
	GroupBy  GroupBy
	Since    time.Time
	Until    time.Time
	Sections []DigestSection
}

// Empty reports whether the digest has no story.
func (d Digest) Empty() bool {
	for _, s := range d.Sections {
		if len(s.Stories) > 0 {
			return false
		}
	}
	return true
}
