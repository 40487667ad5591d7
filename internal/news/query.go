package news

import "time"

// ArticleQuery selects stored articles, newest first. Zero fields do not filter.
type ArticleQuery struct {
	// Countries keeps articles about any of these codes (primary countries
	// only when PrimaryOnly, else primary or mentioned).
	Countries   []string
	PrimaryOnly bool
	// Topics keeps articles on any of these topics.
	Topics []Topic
	// Since and Until bound PublishedAt: Since <= published < Until.
	Since, Until time.Time
	// Before pages: only articles after this cursor in the list.
	Before *Cursor
	// Limit caps the result; 0 means the store's default (50).
	Limit int
	// BackCatalogue also lists the back catalogue (Article.BackCatalogue),
	// after all other articles; without it the back catalogue is left out.
	BackCatalogue bool
}

// Cursor marks a position in a newest-first article list: news by
// published time, then id, and after it the back catalogue in the same
// order.
type Cursor struct {
	PublishedAt time.Time
	ID          int64
	// BackCatalogue is set when the position is within the back catalogue.
	BackCatalogue bool
}

// CursorAt is the position of a in a newest-first list.
func CursorAt(a Article) Cursor {
	return Cursor{PublishedAt: a.PublishedAt, ID: a.ID, BackCatalogue: a.BackCatalogue}
}

// Above reports whether a comes before the cursor in a newest-first list.
func (c Cursor) Above(a Article) bool {
	if a.BackCatalogue != c.BackCatalogue {
		return !a.BackCatalogue
	}
	return a.PublishedAt.After(c.PublishedAt) || (a.PublishedAt.Equal(c.PublishedAt) && a.ID > c.ID)
}
