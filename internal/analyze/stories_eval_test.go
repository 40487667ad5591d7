package analyze

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/ingest"
	"github.com/newsbot/newsbot/internal/news"
	"github.com/newsbot/newsbot/internal/sharedtest"
)

// storyRef names a labelled feed item by its corpus file and title.
type storyRef struct {
	File  string `json:"file"`
	Title string `json:"title"`
}

// storyLabels is testdata/stories.json: groups of items that are one story
// (same) or pairwise different stories (not same), and single pairs. Each
// group and pair belongs to the tuning half or the held-out half.
type storyLabels struct {
	Groups []struct {
		Name  string     `json:"name"`
		Half  string     `json:"half"`
		Same  bool       `json:"same"`
		Items []storyRef `json:"items"`
	} `json:"groups"`
	Pairs []struct {
		Name string   `json:"name"`
		Half string   `json:"half"`
		Same bool     `json:"same"`
		A    storyRef `json:"a"`
		B    storyRef `json:"b"`
	} `json:"pairs"`
}

type labelledPair struct {
	name, half string
	same       bool
	a, b       storyRef
}

func (l storyLabels) pairs() []labelledPair {
	var out []labelledPair
	for _, g := range l.Groups {
		for i := range g.Items {
			for j := i + 1; j < len(g.Items); j++ {
				out = append(out, labelledPair{g.Name, g.Half, g.Same, g.Items[i], g.Items[j]})
			}
		}
	}
	for _, p := range l.Pairs {
		out = append(out, labelledPair{p.Name, p.Half, p.Same, p.A, p.B})
	}
	return out
}

// storyArticle is one corpus item, analysed, as the index receives it.
type storyArticle struct {
	ref   storyRef
	id    int64
	pub   time.Time
	title string
	an    news.Analysis
}

// webArticle is one report kept in testdata/stories_web.json: a public web
// page's title, opening sentences and source, for events the shared corpus
// has too few outlets on. Labels name it by file "web/" + key.
type webArticle struct {
	Key       string    `json:"key"`
	Outlet    string    `json:"outlet"`
	Lang      string    `json:"lang"`
	Published time.Time `json:"published"`
	Title     string    `json:"title"`
	Lead      string    `json:"lead"`
	URL       string    `json:"url"`
	// Note says where the title and the time come from when the page
	// did not show them plainly (a URL slug, a date without a time).
	Note string `json:"note,omitempty"`
}

const webPrefix = "web/"

// storyLabelFiles are the labelled rounds, oldest first: the corpus
// labels, the first web round, and the second to eighth web rounds
// (events labelled blind, before the grouping ever ran on them). Each
// round is scored on its own as well as together.
var storyLabelFiles = []string{"stories.json", "stories_web.json", "stories_web2.json", "stories_web3.json", "stories_web4.json", "stories_web5.json", "stories_web6.json", "stories_web7.json", "stories_web8.json"}

// storyWebFiles are the rounds that carry web reports ("articles").
var storyWebFiles = []string{"stories_web.json", "stories_web2.json", "stories_web3.json", "stories_web4.json", "stories_web5.json", "stories_web6.json", "stories_web7.json", "stories_web8.json"}

// readLabels reads every labelled round (storyLabelFiles) as one set.
func readLabels(t testing.TB) storyLabels {
	t.Helper()
	var l storyLabels
	for _, name := range storyLabelFiles {
		part := readLabelFile(t, name)
		l.Groups = append(l.Groups, part.Groups...)
		l.Pairs = append(l.Pairs, part.Pairs...)
	}
	return l
}

// readLabelFile reads the groups and pairs of one round, testdata/name.
func readLabelFile(t testing.TB, name string) storyLabels {
	t.Helper()
	return readJSON[storyLabels](t, filepath.Join("testdata", name))
}

// readWebArticles reads the web reports of every round; a key used twice
// is an error, since labels name a report by its key alone.
func readWebArticles(t testing.TB) []webArticle {
	t.Helper()
	var out []webArticle
	seen := map[string]string{}
	for _, name := range storyWebFiles {
		w := readJSON[struct {
			Articles []webArticle `json:"articles"`
		}](t, filepath.Join("testdata", name))
		for _, a := range w.Articles {
			if prev, ok := seen[a.Key]; ok {
				t.Fatalf("testdata/%s: article key %q is used in %s too", name, a.Key, prev)
			}
			seen[a.Key] = name
		}
		out = append(out, w.Articles...)
	}
	return out
}

// loadStoryFeeds reads every item of the feed files the labels name (all of
// each file's items, so unlabelled neighbours can pull labelled items into
// wrong clusters too), through the same reader the poller uses.
func loadStoryFeeds(t testing.TB, l storyLabels) []storyArticle {
	t.Helper()
	files := map[string]bool{}
	for _, p := range l.pairs() {
		for _, f := range []string{p.a.File, p.b.File} {
			if !strings.HasPrefix(f, webPrefix) {
				files[f] = true
			}
		}
	}
	names := make([]string, 0, len(files))
	for f := range files {
		names = append(names, f)
	}
	sort.Strings(names)
	a := shared()
	dir := sharedtest.FeedsDir(t)
	var out []storyArticle
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, f := range names {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		arts, err := ingest.ReadDocument(b, "", "", now)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, x := range arts {
			out = append(out, storyArticle{
				ref: storyRef{f, x.Title}, id: int64(len(out) + 1), pub: x.PublishedAt, title: x.Title,
				an: a.Analyze(Input{Title: x.Title, Body: x.Body, Lang: x.Lang, Source: f, URL: x.URL, Published: x.PublishedAt}),
			})
		}
	}
	for _, w := range readWebArticles(t) {
		out = append(out, storyArticle{
			ref: storyRef{webPrefix + w.Key, w.Title}, id: int64(len(out) + 1), pub: w.Published, title: w.Title,
			an: a.Analyze(Input{Title: w.Title, Body: w.Lead, Lang: w.Lang, Source: w.Outlet, URL: w.URL, Published: w.Published}),
		})
	}
	return out
}

// groupStories runs arts through a fresh index in the given order and
// returns each item's final cluster.
func groupStories(arts []storyArticle, order []int) map[storyRef]string {
	ix := NewIndex(96 * time.Hour)
	for _, i := range order {
		a := &arts[i]
		ix.Assign(a.id, a.pub, a.an, a.title)
	}
	out := make(map[storyRef]string, len(arts))
	for _, a := range arts {
		out[a.ref] = ix.ClusterOf(a.id)
	}
	return out
}

type pairScore struct {
	tp, fp, fn, tn int
	wrong          []string
}

func (s pairScore) precision() float64 {
	if s.tp+s.fp == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fp)
}

func (s pairScore) recall() float64 {
	if s.tp+s.fn == 0 {
		return 1
	}
	return float64(s.tp) / float64(s.tp+s.fn)
}

func (s pairScore) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func scorePairs(l storyLabels, clusters map[storyRef]string) map[string]*pairScore {
	out := map[string]*pairScore{"tune": {}, "held": {}}
	for _, p := range l.pairs() {
		s := out[p.half]
		ca, oka := clusters[p.a]
		cb, okb := clusters[p.b]
		got := oka && okb && ca == cb
		switch {
		case got && p.same:
			s.tp++
		case got:
			s.fp++
			s.wrong = append(s.wrong, fmt.Sprintf("merged %s: %q / %q", p.name, p.a.Title, p.b.Title))
		case p.same:
			s.fn++
			s.wrong = append(s.wrong, fmt.Sprintf("split %s: %q / %q", p.name, p.a.Title, p.b.Title))
		default:
			s.tn++
		}
	}
	return out
}

func publishedOrder(arts []storyArticle) []int {
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return arts[order[i]].pub.Before(arts[order[j]].pub) })
	return order
}

// TestStoriesLabelled scores same-story grouping on the labelled pairs
// (corpus feeds and web reports across outlets and languages), both halves,
// each round on its own and all together. The floors are what the grouping
// reaches now on all rounds, so that a change cannot lose it unseen. The
// set grew (issue 9, second round) with follow-ups days after the event and
// hard negatives from the corpus's largest false clusters, and in the third
// round with seven more from the clusters the whole corpus forms
// (TestStoriesCorpusReport), alternately in each half by name; on those
// the grouping reached tune P 0.996 F1 0.983, held-out P 0.992 F1 0.790.
// The second web round (stories_web2.json, 22 events, 56 different-story
// pairs) was labelled before the grouping ever ran on it; its blind score:
// tune P 1.000 R 0.348 F1 0.516, held-out P 1.000 R 0.566 F1 0.723, no
// pair of different stories merged, most splits across languages and
// spellings. With it the combined figures are tune P 0.997 F1 0.837 and
// held-out P 0.995 F1 0.765, and the F1 floors stand a step below those:
// the data is harder, the grouping unchanged. Then the IDF-weighted
// overlap of storysim.go (threshold 0.14, TestStorySimThreshold), built
// without ever seeing the second web round, scored on it: tune P 1.000
// R 0.756 F1 0.861, held-out P 1.000 R 0.729 F1 0.843; all rounds: tune
// P 0.997 R 0.885 F1 0.938, held-out P 0.996 R 0.820 F1 0.899. Then
// cross-language evidence (crosslang.go: event words in more languages,
// name skeletons across spellings, stages of a legal case), tuned on the
// tuning halves only, with the overlap's threshold recalibrated to 0.13:
// the second web round tune P 1.000 R 0.909 F1 0.952, held-out P 0.981
// R 0.783 F1 0.871; all rounds tune P 0.997 R 0.946 F1 0.971, held-out
// P 0.989 R 0.853 F1 0.916, against the targets of precision 0.95
// and F1 0.90. The third web round (stories_web3.json, 26 events, 38
// different-story pairs of the same beat) was labelled before the
// grouping ever ran on it; its blind score: tune P 0.961 R 0.742 F1
// 0.838, held-out P 0.984 R 0.925 F1 0.954, three pairs of different
// stories merged. With it all rounds score tune P 0.993 R 0.918 F1 0.954
// and held-out P 0.988 R 0.855 F1 0.917, and the tuning half's F1 floor
// stands a step below that: the data is harder, the grouping unchanged.
// Then, tuned on the tuning halves only (a report of a new event that
// recalls an earlier one; missiles, inmates and «обмене» in the lexicon;
// short Russian names in two cases; leaders and their venue in both
// titles): the third round tune P 0.983 R 0.864 F1 0.919, held-out
// unchanged (P 0.984 R 0.925 F1 0.954); all rounds tune P 0.996 R 0.935
// F1 0.964, held-out unchanged (P 0.988 R 0.855 F1 0.917). The fourth web
// round (stories_web4.json, 20 events in English and Russian, 24
// different-story pairs of the same beat: two school shootings, two drone
// attacks on Moscow, martial law and the president's arrest, two royal
// deaths) was labelled before the grouping ever ran on it; its blind
// score: tune P 1.000 R 0.859 F1 0.924, held-out P 1.000 R 0.657 F1 0.793,
// no pair of different stories merged; all rounds tune P 0.996 R 0.923
// F1 0.958, held-out P 0.990 R 0.825 F1 0.900. Then, tuned on the tuning
// halves only (martial law as a kind of event, in one word or two in a
// row; a Japanese name in Hepburn's and in Polivanov's spelling): the
// fourth round tune P 1.000 R 1.000 F1 1.000, held-out unchanged; all
// rounds tune P 0.996 R 0.945 F1 0.970, held-out unchanged (P 0.990
// R 0.825 F1 0.900). The tuning half's F1 floor stands a step below that.
// Then three general rules, each with table tests of its own in English,
// Russian and Ukrainian (a sound two letters write is one in name
// skeletons, дж = j and тс = ts; a past form or participle of the event
// words stands for its inflections; a crash word needs a vehicle): every
// round's figures unchanged, tuning and held-out. The fifth web round
// (stories_web5.json, 19 events told in nine languages, 22 different-story
// pairs of the same beat or the same day: two earthquakes hours apart,
// the Berlin market attack and the Ankara killing of one evening, the
// runoffs of Brazil and Turkey against their first rounds) was labelled
// before the grouping ever ran on it; its blind score: tune P 1.000
// R 0.761 F1 0.865, held-out P 1.000 R 0.738 F1 0.849, no pair of
// different stories merged; all rounds tune P 0.997 R 0.924 F1 0.959,
// held-out P 0.991 R 0.812 F1 0.893, under both F1 floors. Then, tuned on
// the tuning halves only (event words in Turkish, French, Italian,
// Spanish and Portuguese; German compounds by their last part; a German
// town adjective as the town; number words as digits; capitals of
// titles outside English as names; a rare event both texts tell in one
// country), with table tests of their own (stories_rules11_test.go):
// the fifth round tune P 1.000 R 0.920 F1 0.959, held-out P 1.000
// R 0.845 F1 0.916; all rounds tune P 0.998 R 0.946 F1 0.971, held-out
// P 0.991 R 0.836 F1 0.907 (the second web round's held-out half rose
// from F1 0.871 to 0.890, the others' stayed). The sixth web round
// (stories_web6.json, 15 events told in eleven languages, 18
// different-story pairs of the same beat: three Russian school and
// college shootings, two aircraft fires, two emergency landings, two
// poisonings, Macron's two wins) was labelled before the grouping ever
// ran on it; its blind score: tune P 1.000 R 0.772 F1 0.872, held-out
// P 1.000 R 0.837 F1 0.911, no pair of different stories merged; all
// rounds tune P 0.999 R 0.923 F1 0.959 (under its floor), held-out
// P 0.993 R 0.836 F1 0.908. Then, tuned on the tuning halves only, with
// table tests of their own (stories_rules12_test.go): English tolls told
// as "perish" and ", killing …"; a kind of event that is not daily news
// named in one title and told in the other text (crossOutcome); the
// overlap's threshold at 0.15, the lowest without a wrong link. The
// sixth round tune P 1.000 R 0.871 F1 0.931, held-out unchanged; all
// rounds tune P 0.999 R 0.937 F1 0.967 (the corpus labels' tuning half
// from F1 0.851 to 0.875), held-out unchanged (P 0.993 R 0.836 F1
// 0.908). The sixth round keeps its blind F1 as floors of its own. The
// seventh web round (stories_web7.json, 14 events told in twelve
// languages, ordinary news beside world news, 14 different-story pairs of
// near misses: the same people or the same place, another event, most
// within four days) was labelled before the grouping ever ran on it; its
// blind score: tune P 0.971 R 0.638 F1 0.770, held-out P 0.978 R 0.910
// F1 0.943, two pairs of different stories merged in each half; all
// rounds tune P 0.996 R 0.900 F1 0.946 (under its floor), held-out
// P 0.990 R 0.846 F1 0.913. Then, tuned on the tuning halves only, with
// table tests of their own (stories_rules13_test.go): event words of
// Bulgarian, Serbian, Croatian, Bosnian and Slovene, a deportation in
// every language, a ship that sank, "steps down", "dead" as a whole word;
// kinds of event of daily news weighing in the overlap only within
// dailyHours (its threshold at 0.12, the lowest without a wrong link);
// a leader's key beside a capitalised leader's name only. The seventh
// round tune P 0.979 R 0.905 F1 0.941, held-out unchanged; all rounds
// tune P 0.996 R 0.933 F1 0.964, held-out unchanged (P 0.990 R 0.846
// F1 0.913), every other round's figures unchanged. The seventh round
// keeps its blind F1 as floors of its own. The eighth web round
// (stories_web8.json, 14 events told in 21 languages, Hindi, Greek,
// Finnish, Lithuanian and Kazakh among them, 14 different-story pairs of
// near misses: Finland's and Sweden's accessions to NATO, a train crash
// in Greece and one in India, Chandrayaan-3 and Luna-25, a transit ban
// and its extension, two missile strikes on Dnipro) was labelled before
// the grouping ever ran on it; its blind score: tune P 0.990 R 0.693
// F1 0.815, held-out P 0.989 R 0.732 F1 0.842, one pair of different
// stories merged in each half; all rounds tune P 0.996 R 0.899 F1 0.945
// (under its floor), held-out P 0.990 R 0.829 F1 0.903. Then, tuned on
// the tuning halves only, with table tests of their own
// (stories_rules14_test.go): event words of Greek (read without its
// accents), Hindi, Finnish and Lithuanian; Greek names read in Latin
// letters for their skeletons; a live page whose title names one event
// before "live" is that event's report; rescuers as a kind of event of
// daily news; a capitalised event word (the Moon, «Луна») is no name.
// The eighth round tune P 1.000 R 0.829 F1 0.906, held-out P 1.000
// R 0.732 F1 0.845; all rounds tune P 0.997 R 0.932 F1 0.963, held-out
// P 0.992 R 0.835 F1 0.907 (the second web round's held-out half from
// F1 0.890 to 0.913, the others unchanged). Then a place's name with a
// Slavic or Baltic case ending is the place ("v Londonu"): all rounds
// tune P 0.997 R 0.937 F1 0.966 (the seventh round's tuning half from
// F1 0.941 to 0.966), held-out unchanged (P 0.992 R 0.835 F1 0.907).
// The eighth round keeps its blind F1 as floors of its own. Then a name
// that is all two titles share counts once (an outage and a hearing of one
// company), and titles that share nothing take three names or numbers in
// the texts (two killings of one conflict): all rounds tune P 0.999 R 0.937
// F1 0.967 (wrong links 3 -> 1), recall unchanged; held-out P 0.994 R 0.835
// F1 0.908 (from P 0.992 F1 0.907).
func TestStoriesLabelled(t *testing.T) {
	l := readLabels(t)
	arts := loadStoryFeeds(t, l)
	clusters := groupStories(arts, publishedOrder(arts))
	scores := scorePairs(l, clusters)
	// Each round on its own, in the same run: a new round, labelled before
	// the grouping ever saw it, is a blind measure of the grouping.
	// The held-out half's figures are logged with -v only: a run of the
	// package's tests that fails shows its log, and a session may read
	// them a set number of times (issue 10), never as a side effect; a run
	// made to tune (UNSEEN_TUNING_ONLY=1) keeps them out even with -v.
	showHeld := testing.Verbose() && !hideHeldOut()
	// A round labelled blind keeps at least its blind F1, per half (the
	// held-out half's failure names no figure).
	roundFloors := map[string]map[string]float64{
		"stories_web6.json": {"tune": 0.87, "held": 0.91},
		"stories_web7.json": {"tune": 0.77, "held": 0.94},
		"stories_web8.json": {"tune": 0.81, "held": 0.84},
	}
	for _, name := range storyLabelFiles {
		round := scorePairs(readLabelFile(t, name), clusters)
		for _, half := range []string{"tune", "held"} {
			s := round[half]
			if f, ok := roundFloors[name][half]; ok && s.f1() < f {
				t.Errorf("%s %s half: F1 below its blind floor %.2f", name, half, f)
			}
			if half == "held" && !showHeld {
				continue
			}
			t.Logf("%s %s: tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f F1=%.3f", name, half, s.tp, s.fp, s.fn, s.tn, s.precision(), s.recall(), s.f1())
		}
	}
	floors := map[string]struct{ precision, f1 float64 }{
		"tune": {0.99, 0.96},
		"held": {0.98, 0.90},
	}
	for _, half := range []string{"tune", "held"} {
		s := scores[half]
		if half == "held" && !showHeld {
			if f := floors[half]; s.precision() < f.precision || s.f1() < f.f1 {
				t.Errorf("held half: below its floors (precision ≥ %.2f, F1 ≥ %.2f); its figures are logged with -v", f.precision, f.f1)
			}
			continue
		}
		t.Logf("%s: tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f F1=%.3f", half, s.tp, s.fp, s.fn, s.tn, s.precision(), s.recall(), s.f1())
		// Only the tuning half's misses are shown: the held-out half is
		// scored, never looked into, so that no rule is tuned on it.
		if half == "tune" {
			for _, w := range s.wrong {
				t.Logf("  %s", w)
			}
		}
		if f := floors[half]; s.precision() < f.precision || s.f1() < f.f1 {
			t.Errorf("%s half: precision %.3f, F1 %.3f; want ≥ %.2f and ≥ %.2f", half, s.precision(), s.f1(), f.precision, f.f1)
		}
	}
}

// TestStoriesLabelledSize: the labelled set keeps what the issue asks of
// it, at least 40 same-event pairs across outlets and 60 hard negatives.
func TestStoriesLabelledSize(t *testing.T) {
	cross, negatives := 0, 0
	for _, p := range readLabels(t).pairs() {
		switch {
		case !p.same:
			negatives++
		case p.a.File != p.b.File:
			cross++
		}
	}
	if cross < 40 || negatives < 60 {
		t.Errorf("%d same-event pairs across outlets and %d different-story pairs; want ≥ 40 and ≥ 60", cross, negatives)
	}
}

// TestStoriesOrderIndependent: the labelled feeds arriving in five shuffled
// orders (as concurrently polled feeds are stored) give the same clusters.
func TestStoriesOrderIndependent(t *testing.T) {
	l := readLabels(t)
	arts := loadStoryFeeds(t, l)
	want := groupStories(arts, publishedOrder(arts))
	rng := rand.New(rand.NewPCG(9, 1))
	for run := range 5 {
		order := publishedOrder(arts)
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		got := groupStories(arts, order)
		diff := 0
		for ref, c := range want {
			if got[ref] != c {
				if diff < 5 {
					t.Errorf("order %d: %s %q in cluster %s, in published order %s", run, ref.File, ref.Title, got[ref], c)
				}
				diff++
			}
		}
		if diff > 0 {
			t.Errorf("order %d: %d of %d items in a different cluster", run, diff, len(want))
		}
	}
}

// TestStoriesEvidence prints what each labelled pair shares (go test -run
// TestStoriesEvidence -v), to see why a pair is merged or split.
func TestStoriesEvidence(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("prints evidence only with -v")
	}
	l := readLabels(t)
	arts := loadStoryFeeds(t, l)
	byRef := map[storyRef]*storyEntry{}
	for _, a := range arts {
		byRef[a.ref] = newStoryEntry(a.id, a.pub, a.an.Fingerprint, a.title)
	}
	for _, p := range l.pairs() {
		if p.half != "tune" {
			continue // the held-out half is scored, never looked into
		}
		ev := compare(byRef[p.a], byRef[p.b])
		_, ok := ev.decide(96 * time.Hour)
		t.Logf("%-5s same=%-5v got=%-5v %-22s %+v", p.half, p.same, ok, p.name, ev)
	}
}
