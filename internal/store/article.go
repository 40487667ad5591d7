package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/newsbot/newsbot/internal/news"
)

// defaultArticleLimit is what Articles returns when the query sets no limit.
const defaultArticleLimit = 50

type articleRow struct {
	ID             int64         `db:"id"`
	FeedID         sql.NullInt64 `db:"feed_id"`
	Source         string        `db:"source"`
	GUID           string        `db:"guid"`
	URL            string        `db:"url"`
	Title          string        `db:"title"`
	Body           string        `db:"body"`
	Lang           string        `db:"lang"`
	Author         string        `db:"author"`
	Categories     string        `db:"categories"`
	ImageURL       string        `db:"image_url"`
	Enclosures     string        `db:"enclosures"`
	PublishedAt    string        `db:"published_at"`
	FetchedAt      string        `db:"fetched_at"`
	UpdatedAt      string        `db:"updated_at"`
	ContentHash    string        `db:"content_hash"`
	FullTextStatus string        `db:"full_text_status"`
	Undated        bool          `db:"undated"`
	BackCatalogue  bool          `db:"back_catalogue"`
	analysisRow
}

type analysisRow struct {
	Summary     string `db:"summary"`
	Quotes      string `db:"quotes"`
	Countries   string `db:"countries"`
	Topics      string `db:"topics"`
	Cluster     string `db:"cluster"`
	Fingerprint []byte `db:"fingerprint"`
	AnalyzedAt  string `db:"analyzed_at"`
}

const articleColumns = `id, feed_id, source, guid, url, title, body, lang, author, categories,
	image_url, enclosures, published_at, fetched_at, updated_at, content_hash, full_text_status,
	undated, back_catalogue, summary, quotes, countries, topics, cluster, fingerprint, analyzed_at`

func (r articleRow) article(d *DB) news.Article {
	a := news.Article{
		ID: r.ID, FeedID: r.FeedID.Int64, Source: r.Source, GUID: r.GUID, URL: r.URL,
		Title: r.Title, Body: r.Body, Lang: r.Lang, Author: r.Author, ImageURL: r.ImageURL,
		PublishedAt: parseTime(r.PublishedAt), FetchedAt: parseTime(r.FetchedAt),
		UpdatedAt: parseTime(r.UpdatedAt), ContentHash: r.ContentHash,
		FullTextStatus: r.FullTextStatus, Undated: r.Undated, BackCatalogue: r.BackCatalogue,
		Analysis: r.analysis(d, r.ID),
	}
	d.decodeJSON("articles.categories", r.ID, r.Categories, &a.Categories)
	d.decodeJSON("articles.enclosures", r.ID, r.Enclosures, &a.Enclosures)
	return a
}

func (r analysisRow) analysis(d *DB, id int64) news.Analysis {
	an := news.Analysis{
		Summary: r.Summary, Cluster: r.Cluster, Fingerprint: r.Fingerprint,
		AnalyzedAt: parseTime(r.AnalyzedAt),
	}
	d.decodeJSON("articles.quotes", id, r.Quotes, &an.Quotes)
	d.decodeJSON("articles.countries", id, r.Countries, &an.Countries)
	d.decodeJSON("articles.topics", id, r.Topics, &an.Topics)
	return an
}

// jsonList encodes a slice as a JSON array, never "null".
func jsonList[T any](v []T) string {
	if len(v) == 0 {
		return "[]"
	}
	b, err := json.Marshal(v)
	if err != nil {
		return "[]"
	}
	return string(b)
}

// dedupOutcome is what storing an article would do.
type dedupOutcome int

const (
	outcomeNew       dedupOutcome = iota // no match: insert
	outcomeChanged                       // same feed GUID, different text: update in place
	outcomeDuplicate                     // already stored, unchanged or from another feed
	outcomeBuried                        // stored once and pruned: its tombstone found it
)

// matchQuery looks for a stored copy of an article in every way at once,
// one row per way that finds one, the first way first: by its feed's GUID
// (1), canonical URL (2), content hash (3), then among the tombstones of
// pruned articles by feed and GUID (4) or URL (5). One statement, not five:
// on PostgreSQL each is a round trip, and ingest matches every item. Every
// lookup repeats the condition of its partial index (url_hash <> 0…) so that
// a plan prepared once, for any value, still uses the partial index.
const matchQuery = `SELECT k, id, content_hash FROM (
	SELECT 1 AS k, id, content_hash FROM articles WHERE feed_id = ? AND guid = ? AND guid <> ''
	UNION ALL
	SELECT 2, id, '' FROM (SELECT id FROM articles WHERE url = ? AND url <> '' LIMIT 1) u
	UNION ALL
	SELECT 3, id, '' FROM (SELECT id FROM articles WHERE content_hash = ? AND content_hash <> '' LIMIT 1) h
	UNION ALL
	SELECT 4, 0, '' FROM (SELECT 1 AS one FROM article_tombstones WHERE feed_id = ? AND guid_hash = ? AND guid_hash <> 0 LIMIT 1) tg
	UNION ALL
	SELECT 5, 0, '' FROM (SELECT 1 AS one FROM article_tombstones WHERE url_hash = ? AND url_hash <> 0 LIMIT 1) tu
) found ORDER BY k LIMIT 1`

// match finds a stored copy of a: by its feed's GUID, then by canonical URL,
// then by content hash, then among the tombstones of pruned articles. It
// returns the stored id for changed articles.
func match(ctx context.Context, q sqlx.QueryerContext, a *news.Article) (dedupOutcome, int64, error) {
	var row struct {
		K    int    `db:"k"`
		ID   int64  `db:"id"`
		Hash string `db:"content_hash"`
	}
	// A feed's GUID counts only with the feed (an article without one has
	// feed_id NULL, which no = matches); the empty GUID and URL hash to 0,
	// which the lookups leave out.
	err := sqlx.GetContext(ctx, q, &row, matchQuery, a.FeedID, a.GUID, a.URL, a.ContentHash,
		a.FeedID, tombstoneHash(a.GUID), tombstoneHash(a.URL))
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return outcomeNew, 0, nil
	case err != nil:
		return 0, 0, err
	case row.K == 1 && row.Hash != a.ContentHash:
		return outcomeChanged, row.ID, nil
	case row.K >= 4:
		return outcomeBuried, 0, nil
	default:
		return outcomeDuplicate, row.ID, nil
	}
}

// NewOrChanged reports, for each article, whether SaveArticles would write
// it: true when it is new or its text changed under the same feed GUID. It
// lets a caller enrich only those articles before saving them.
//
// Items found among the tombstones of pruned articles are still listed by
// their feeds: their tombstones are marked seen today, so that they last
// as long as the feed lists the item (see PruneArticles).
func (d *DB) NewOrChanged(ctx context.Context, arts []news.Article) ([]bool, error) {
	out := make([]bool, len(arts))
	var buried []*news.Article
	for i := range arts {
		o, _, err := match(ctx, d.prepared(nil), &arts[i])
		if err != nil {
			return nil, fmt.Errorf("match article %q: %w", arts[i].GUID, err)
		}
		out[i] = o == outcomeNew || o == outcomeChanged
		if o == outcomeBuried {
			buried = append(buried, &arts[i])
		}
	}
	if err := d.markTombstonesSeen(ctx, buried); err != nil {
		return nil, err
	}
	return out, nil
}

// SaveArticles stores arts in one transaction, de-duplicating across feeds
// (feed GUID, then canonical URL, then content hash). New articles are
// inserted and get their ID set; an article whose title or body changed
// under the same feed GUID is updated in place (keeping its published and
// first-seen times) and counts as updated; other duplicates are skipped.
// Analysis fields and the country and topic rows are written with them.
func (d *DB) SaveArticles(ctx context.Context, arts []news.Article) (added, updated int, err error) {
	if len(arts) == 0 {
		return 0, 0, nil
	}
	now := d.now()
	err = d.tx(ctx, func(tx *sqlx.Tx) error {
		added, updated, err = saveArticlesTx(ctx, d.prepared(tx), arts, now)
		return err
	})
	if err != nil {
		return 0, 0, fmt.Errorf("save articles: %w", err)
	}
	return added, updated, nil
}

// SaveArticleGroups stores several groups of articles (one feed's new
// articles each) in one transaction, as SaveArticles stores one, and
// returns how many of each group were added and updated. A group sees the
// groups before it, so the same story from two feeds is stored once.
func (d *DB) SaveArticleGroups(ctx context.Context, groups [][]news.Article) (added, updated []int, err error) {
	added, updated = make([]int, len(groups)), make([]int, len(groups))
	now := d.now()
	err = d.tx(ctx, func(tx *sqlx.Tx) error {
		q := d.prepared(tx)
		for i, g := range groups {
			var err error
			if added[i], updated[i], err = saveArticlesTx(ctx, q, g, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("save articles: %w", err)
	}
	return added, updated, nil
}

func saveArticlesTx(ctx context.Context, tx *prepared, arts []news.Article, now time.Time) (added, updated int, err error) {
	for i := range arts {
		a := &arts[i]
		o, id, err := match(ctx, tx, a)
		if err != nil {
			return 0, 0, fmt.Errorf("match article %q: %w", a.GUID, err)
		}
		switch o {
		case outcomeDuplicate, outcomeBuried:
			continue
		case outcomeChanged:
			a.ID = id
			if err := updateArticle(ctx, tx, a, now); err != nil {
				return 0, 0, err
			}
			updated++
		case outcomeNew:
			if err := insertArticle(ctx, tx, a, now); err != nil {
				return 0, 0, err
			}
			added++
		}
		// A new article has no rows to replace.
		if err := writeAnalysisRows(ctx, tx, a.ID, a.Analysis, o != outcomeNew); err != nil {
			return 0, 0, err
		}
	}
	return added, updated, nil
}

func insertArticle(ctx context.Context, tx *prepared, a *news.Article, now time.Time) error {
	now = timeOr(a.FetchedAt, now)
	a.FetchedAt = now
	a.UpdatedAt = timeOr(a.UpdatedAt, now)
	a.PublishedAt = timeOr(a.PublishedAt, now)
	if a.Lang == "" {
		a.Lang = "und"
	}
	feedID := sql.NullInt64{Int64: a.FeedID, Valid: a.FeedID != 0}
	args := []any{feedID, a.Source, a.GUID, a.URL, a.Title, a.Body, a.Lang, a.Author,
		jsonList(a.Categories), a.ImageURL, jsonList(a.Enclosures),
		fmtTime(a.PublishedAt), fmtTime(a.FetchedAt), fmtTime(a.UpdatedAt),
		a.ContentHash, a.FullTextStatus, a.Undated, a.BackCatalogue && a.Undated, a.Summary, jsonList(a.Quotes),
		jsonList(a.Countries), jsonList(a.Topics), a.Cluster, a.Fingerprint,
		fmtTime(a.AnalyzedAt)}
	var err error
	if tx.d.engine == engineSQLite {
		// SQLite reports the new row's id with the statement's result: no
		// rows to open, scan and close for it, for every article stored.
		var res sql.Result
		if res, err = tx.ExecContext(ctx, insertArticleSQL, args...); err == nil {
			a.ID, err = res.LastInsertId()
		}
	} else {
		err = tx.QueryRowxContext(ctx, insertArticleSQL+` RETURNING id`, args...).Scan(&a.ID)
	}
	if err != nil {
		return fmt.Errorf("insert article %q: %w", a.GUID, err)
	}
	return nil
}

const insertArticleSQL = `INSERT INTO articles (feed_id, source, guid, url, title, body,
		lang, author, categories, image_url, enclosures, published_at, fetched_at, updated_at,
		content_hash, full_text_status, undated, back_catalogue, summary, quotes, countries, topics,
		cluster, fingerprint, analyzed_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

func updateArticle(ctx context.Context, tx sqlx.ExecerContext, a *news.Article, now time.Time) error {
	a.UpdatedAt = timeOr(a.UpdatedAt, now)
	if a.Lang == "" {
		a.Lang = "und"
	}
	_, err := tx.ExecContext(ctx, `UPDATE articles SET source = ?, url = ?, title = ?, body = ?,
		lang = ?, author = ?, categories = ?, image_url = ?, enclosures = ?, updated_at = ?,
		content_hash = ?, full_text_status = ?, summary = ?, quotes = ?, countries = ?,
		topics = ?, cluster = ?, fingerprint = ?, analyzed_at = ? WHERE id = ?`,
		a.Source, a.URL, a.Title, a.Body, a.Lang, a.Author, jsonList(a.Categories),
		a.ImageURL, jsonList(a.Enclosures), fmtTime(a.UpdatedAt), a.ContentHash,
		a.FullTextStatus, a.Summary, jsonList(a.Quotes), jsonList(a.Countries),
		jsonList(a.Topics), a.Cluster, a.Fingerprint, fmtTime(a.AnalyzedAt), a.ID)
	if err != nil {
		return fmt.Errorf("update article %d: %w", a.ID, err)
	}
	return nil
}

// writeAnalysisRows replaces the article's country and topic rows (when
// replace is set; else it only adds them, to a new article), one statement
// for each kind.
func writeAnalysisRows(ctx context.Context, tx sqlx.ExecerContext, id int64, an news.Analysis, replace bool) error {
	if replace {
		if _, err := tx.ExecContext(ctx, `DELETE FROM article_countries WHERE article_id = ?`, id); err != nil {
			return fmt.Errorf("article %d countries: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM article_topics WHERE article_id = ?`, id); err != nil {
			return fmt.Errorf("article %d topics: %w", id, err)
		}
	}
	// A code listed twice keeps its primary flag if either entry had it,
	// and the higher score: merged here, since one statement may not
	// insert a row twice.
	type countryRow struct {
		primary bool
		score   float64
	}
	var codes []string
	countries := make(map[string]countryRow, len(an.Countries))
	for _, c := range an.Countries {
		code := strings.ToUpper(strings.TrimSpace(c.Code))
		if code == "" {
			continue
		}
		r, seen := countries[code]
		if !seen {
			codes = append(codes, code)
		}
		countries[code] = countryRow{primary: r.primary || c.Primary, score: max(r.score, c.Score)}
	}
	if len(codes) > 0 {
		args := make([]any, 0, 4*len(codes))
		for _, code := range codes {
			args = append(args, id, code, countries[code].primary, countries[code].score)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_countries (article_id, code, is_primary, score) VALUES `+
			valueRows(len(codes), 4), args...); err != nil {
			return fmt.Errorf("article %d countries %v: %w", id, codes, err)
		}
	}
	var topics []string
	scores := make(map[string]float64, len(an.Topics))
	for _, t := range an.Topics {
		if t.Topic == "" {
			continue
		}
		score, seen := scores[string(t.Topic)]
		if !seen {
			topics = append(topics, string(t.Topic))
		}
		scores[string(t.Topic)] = max(score, t.Score)
	}
	if len(topics) > 0 {
		args := make([]any, 0, 3*len(topics))
		for _, t := range topics {
			args = append(args, id, t, scores[t])
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_topics (article_id, topic, score) VALUES `+
			valueRows(len(topics), 3), args...); err != nil {
			return fmt.Errorf("article %d topics %v: %w", id, topics, err)
		}
	}
	return nil
}

// valueRows returns n rows of cols ? placeholders for a VALUES list:
// "(?, ?), (?, ?)".
func valueRows(n, cols int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", cols), ", ") + ")"
	return strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
}

// SaveAnalysis replaces the analysis of a stored article, country and topic
// rows included, in one transaction. It returns news.ErrNotFound for an
// unknown id.
func (d *DB) SaveAnalysis(ctx context.Context, id int64, an news.Analysis) error {
	err := d.tx(ctx, func(tx *sqlx.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE articles SET summary = ?, quotes = ?, countries = ?,
			topics = ?, cluster = ?, fingerprint = ?, analyzed_at = ? WHERE id = ?`,
			an.Summary, jsonList(an.Quotes), jsonList(an.Countries), jsonList(an.Topics),
			an.Cluster, an.Fingerprint, fmtTime(an.AnalyzedAt), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return errNotFound
		}
		return writeAnalysisRows(ctx, tx, id, an, true)
	})
	if err != nil {
		return fmt.Errorf("save analysis %d: %w", id, err)
	}
	return nil
}

// Article returns the stored article with the given id, or news.ErrNotFound.
func (d *DB) Article(ctx context.Context, id int64) (news.Article, error) {
	var r articleRow
	if err := d.db.GetContext(ctx, &r, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id); err != nil {
		return news.Article{}, fmt.Errorf("article %d: %w", id, notFound(err))
	}
	return r.article(d), nil
}

// ArticleByURL returns the stored article with this canonical URL (the
// first stored, should there be several), or news.ErrNotFound.
func (d *DB) ArticleByURL(ctx context.Context, url string) (news.Article, error) {
	var r articleRow
	if err := d.db.GetContext(ctx, &r, `SELECT `+articleColumns+` FROM articles WHERE url = ? AND url <> ''
		ORDER BY id LIMIT 1`, url); err != nil {
		return news.Article{}, fmt.Errorf("article %s: %w", url, notFound(err))
	}
	return r.article(d), nil
}

// Articles returns the articles q selects, newest first (published time,
// then id), at most q.Limit (50 when zero). Countries match an article's
// primary or mentioned countries, primary only when q.PrimaryOnly; several
// countries or topics match any of them. The back catalogue is left out,
// or with q.BackCatalogue listed after all other articles.
func (d *DB) Articles(ctx context.Context, q news.ArticleQuery) ([]news.Article, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = defaultArticleLimit
	}
	var out []news.Article
	if q.Before == nil || !q.Before.BackCatalogue {
		listed, err := d.articles(ctx, q, false, limit)
		if err != nil {
			return nil, err
		}
		out = listed
	}
	if q.BackCatalogue && len(out) < limit {
		if q.Before != nil && !q.Before.BackCatalogue {
			q.Before = nil // the news ran out above: the back catalogue starts at its top
		}
		back, err := d.articles(ctx, q, true, limit-len(out))
		if err != nil {
			return nil, err
		}
		out = append(out, back...)
	}
	return out, nil
}

// articles runs q over the news or over the back catalogue. The condition
// on back_catalogue is written out, not bound, so that SQLite can use the
// back catalogue's partial index.
func (d *DB) articles(ctx context.Context, q news.ArticleQuery, backCatalogue bool, limit int) ([]news.Article, error) {
	query, args := articlesQuery(q, backCatalogue, limit)
	return d.selectArticles(ctx, "query articles", query, args...)
}

func articlesQuery(q news.ArticleQuery, backCatalogue bool, limit int) (string, []any) {
	where := []string{`a.back_catalogue = 0`}
	if backCatalogue {
		where = []string{`a.back_catalogue = 1`}
	}
	var args []any
	if len(q.Countries) > 0 {
		codes := make([]string, len(q.Countries))
		for i, c := range q.Countries {
			codes[i] = strings.ToUpper(strings.TrimSpace(c))
		}
		cond := `EXISTS (SELECT 1 FROM article_countries c WHERE c.article_id = a.id AND c.code IN (` + placeholders(len(codes)) + `)`
		if q.PrimaryOnly {
			cond += ` AND c.is_primary = 1`
		}
		where = append(where, cond+`)`)
		for _, c := range codes {
			args = append(args, c)
		}
	}
	if len(q.Topics) > 0 {
		where = append(where, `EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.topic IN (`+placeholders(len(q.Topics))+`))`)
		for _, t := range q.Topics {
			args = append(args, string(t))
		}
	}
	if !q.Since.IsZero() {
		where = append(where, `a.published_at >= ?`)
		args = append(args, fmtTime(q.Since))
	}
	if !q.Until.IsZero() {
		where = append(where, `a.published_at < ?`)
		args = append(args, fmtTime(q.Until))
	}
	if q.Before != nil {
		p := fmtTime(q.Before.PublishedAt)
		where = append(where, `(a.published_at < ? OR (a.published_at = ? AND a.id < ?))`)
		args = append(args, p, p, q.Before.ID)
	}
	query := `SELECT ` + prefixed("a.", articleColumns) + ` FROM articles a WHERE ` +
		strings.Join(where, ` AND `) + ` ORDER BY a.published_at DESC, a.id DESC LIMIT ?`
	args = append(args, limit)
	return query, args
}

// ClusterArticles returns the articles of one story cluster (every outlet's
// report of it), oldest first. An empty cluster matches nothing.
func (d *DB) ClusterArticles(ctx context.Context, cluster string) ([]news.Article, error) {
	if cluster == "" {
		return nil, nil
	}
	return d.selectArticles(ctx, "cluster "+cluster, clusterArticlesQuery, cluster)
}

// clusterArticlesQuery repeats the partial index's condition: SQLite uses
// articles_cluster only when the query itself says the cluster is not empty.
const clusterArticlesQuery = `SELECT ` + articleColumns + ` FROM articles
	WHERE cluster = ? AND cluster <> '' ORDER BY published_at, id`

// ClustersNewerThan reports which of clusters have an article above the
// cursor in a newest-first list (news.Cursor.Above: published later, or at
// the same time with a higher id, and any news above the back catalogue):
// stories such a list has shown already.
func (d *DB) ClustersNewerThan(ctx context.Context, clusters []string, c news.Cursor) (map[string]bool, error) {
	out := map[string]bool{}
	var list []string
	for _, cl := range clusters {
		if cl != "" && !out[cl] {
			out[cl] = false
			list = append(list, cl)
		}
	}
	if len(list) == 0 {
		return map[string]bool{}, nil
	}
	q, args, err := sqlx.In(`SELECT DISTINCT cluster FROM articles
		WHERE cluster IN (?) AND cluster <> '' AND (back_catalogue < ? OR (back_catalogue = ? AND
		(published_at > ? OR (published_at = ? AND id > ?))))`,
		list, c.BackCatalogue, c.BackCatalogue, fmtTime(c.PublishedAt), fmtTime(c.PublishedAt), c.ID)
	if err != nil {
		return nil, fmt.Errorf("clusters newer than cursor: %w", err)
	}
	var newer []string
	if err := d.db.SelectContext(ctx, &newer, q, args...); err != nil {
		return nil, fmt.Errorf("clusters newer than cursor: %w", err)
	}
	res := make(map[string]bool, len(newer))
	for _, cl := range newer {
		res[cl] = true
	}
	return res, nil
}

// RecentAnalyzed returns analysed articles published at or after since,
// oldest first, with only ID, FeedID, Title, PublishedAt and Analysis
// (cluster and fingerprint included) filled: what the same-story index
// needs to warm up at start.
func (d *DB) RecentAnalyzed(ctx context.Context, since time.Time) ([]news.Article, error) {
	var rows []struct {
		ID          int64         `db:"id"`
		FeedID      sql.NullInt64 `db:"feed_id"`
		Title       string        `db:"title"`
		PublishedAt string        `db:"published_at"`
		analysisRow
	}
	err := d.db.SelectContext(ctx, &rows, `SELECT id, feed_id, title, published_at, summary, quotes,
		countries, topics, cluster, fingerprint, analyzed_at FROM articles
		WHERE analyzed_at <> '' AND published_at >= ? ORDER BY published_at, id`, fmtTime(since))
	if err != nil {
		return nil, fmt.Errorf("recent analyzed articles: %w", err)
	}
	out := make([]news.Article, len(rows))
	for i, r := range rows {
		out[i] = news.Article{ID: r.ID, FeedID: r.FeedID.Int64, Title: r.Title,
			PublishedAt: parseTime(r.PublishedAt), Analysis: r.analysis(d, r.ID)}
	}
	return out, nil
}

// FeedHasArticles reports whether any article of the feed is stored: a
// feed without one has not been read yet, so what it brings now was there
// before (its back catalogue). One probe of the (feed_id, guid) index.
func (d *DB) FeedHasArticles(ctx context.Context, feedID int64) (bool, error) {
	var n int
	if err := d.db.GetContext(ctx, &n, feedHasArticlesQuery, feedID); err != nil {
		return false, fmt.Errorf("feed %d has articles: %w", feedID, err)
	}
	return n == 1, nil
}

// feedHasArticlesQuery repeats the partial index's condition, without which
// SQLite would scan the table: every article a feed brings has a GUID (the
// feed's, else its link, else its content hash). EXISTS is a bool on
// PostgreSQL and 0/1 on SQLite: the CASE makes it 0/1 on both.
const feedHasArticlesQuery = `SELECT CASE WHEN EXISTS (SELECT 1 FROM articles WHERE feed_id = ? AND guid <> '')
	THEN 1 ELSE 0 END`

// CountArticles returns how many articles are stored.
func (d *DB) CountArticles(ctx context.Context) (int, error) {
	var n int
	if err := d.db.GetContext(ctx, &n, `SELECT count(*) FROM articles`); err != nil {
		return 0, fmt.Errorf("count articles: %w", err)
	}
	return n, nil
}

func (d *DB) selectArticles(ctx context.Context, what, query string, args ...any) ([]news.Article, error) {
	var rows []articleRow
	if err := d.db.SelectContext(ctx, &rows, query, args...); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	out := make([]news.Article, len(rows))
	for i, r := range rows {
		out[i] = r.article(d)
	}
	return out, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// prefixed qualifies a comma-separated column list with a table alias.
func prefixed(alias, cols string) string {
	fields := strings.Split(cols, ",")
	for i, f := range fields {
		fields[i] = alias + strings.TrimSpace(f)
	}
	return strings.Join(fields, ", ")
}

func timeOr(t, fallback time.Time) time.Time {
	if t.IsZero() {
		return fallback.UTC()
	}
	return t.UTC()
}
