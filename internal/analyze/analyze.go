// Package analyze derives what a news digest needs from an article's text:
// a lead-first summary, attributed pull-quotes, the countries and topics the
// story is about, and a fingerprint for grouping copies of one story.
//
// Everything here is a pure function of its input: no I/O, no clocks, no
// global state. An Analyzer is built once (New) and is then read-only, so one
// value serves any number of goroutines.
package analyze

import (
	"sync"
	"time"

	"github.com/newsbot/newsbot/internal/news"
)

// Input is an article to analyse.
type Input struct {
	Title string
	// Body is plain text; paragraphs are separated by "\n\n" or "\n".
	Body      string
	Lang      string // "en", "ru", …; empty to guess from the script
	Source    string
	URL       string
	Published time.Time
	// HomeCountry is the outlet's country (the feed's country hint, an
	// alpha-2 code), "" when unknown; without it the country-code domain
	// of URL stands in. It decides the primary country only of a story
	// that names none (see country_home.go).
	HomeCountry string
	// LearnedCountry is the country most of the feed's stories are about,
	// as the running bot learned it (news.Feed.LearnedCountry), "" when
	// none: the outlet's country only when neither HomeCountry nor the
	// address gives one (see learnedHome).
	LearnedCountry string
}

// Analyzer holds the gazetteer and topic lexicons. It is immutable after New
// and safe for concurrent use.
type Analyzer struct {
	vocab     vocab
	gaz       *lexicon
	top       *lexicon
	topicList []news.Topic
	// enDemonyms are the word ids of the English one-word demonyms
	// (country_demonym.go inEnglishName).
	enDemonyms map[uint32]bool
	persons    personTable
	// towns is built in the background once New returns (see
	// country_town.go); townsReady is closed when it is.
	towns      *townIndex
	townsReady chan struct{}
	// docs keeps the buffers of finished documents for the next Analyze
	// (newDoc, releaseDoc); a sync.Pool is safe for concurrent use.
	docs sync.Pool
}

// New builds the gazetteer and lexicons. It cannot fail: the data is compiled
// in.
func New() *Analyzer {
	a := &Analyzer{vocab: vocab{ids: make(map[string]uint32, 1<<15)}}
	a.gaz = buildGazetteer(&a.vocab)
	a.enDemonyms = englishDemonymIDs(a.gaz)
	a.top, a.topicList = buildTopics(&a.vocab)
	a.persons = buildPersons()
	// The vocabulary is complete: every token id now indexes the heads.
	a.gaz.coverVocab(len(a.vocab.ids))
	a.top.coverVocab(len(a.vocab.ids))
	a.vocab.addRules()
	a.vocab.seal()
	// The town index reads the finished gazetteer and vocabulary only, so
	// it is built beside the caller: New returns as fast as before the
	// towns came, and the first story that needs them waits for the rest.
	a.townsReady = make(chan struct{})
	go func() {
		a.towns = buildTowns(a.gaz, &a.vocab)
		close(a.townsReady)
		accentLetters() // built here, not by the first accent written apart
	}()
	ruRoleStems() // built here, not by the first article analysed
	return a
}

// Analyze returns the summary, quotes, countries, topics and fingerprint of
// in. It never fails; fields are empty when nothing is found. It does not set
// Cluster (see Index) or AnalyzedAt.
func (a *Analyzer) Analyze(in Input) news.Analysis {
	d := a.newDoc(in)
	defer a.releaseDoc(d)
	an := news.Analysis{
		Summary:     d.summary(),
		Quotes:      a.quotes(d),
		Countries:   a.countries(d, nil),
		Topics:      a.topics(d, nil),
		Fingerprint: a.fingerprint(d, in.Source),
	}
	an.Countries = applyHome(an.Countries, d, an.Topics, nil)
	return an
}

// Explanation says why Analyze decided what it did, for humans.
type Explanation struct {
	Countries []ExplainedCountry
	// Topics lists every topic that scored, best first; Chosen marks the
	// ones above the threshold.
	Topics []ExplainedTopic
}

// ExplainedCountry is a country with the terms that fired for it.
type ExplainedCountry struct {
	Code    string
	Score   float64
	Primary bool
	Terms   []Term
}

// ExplainedTopic is a topic with the terms that fired for it.
type ExplainedTopic struct {
	Topic  news.Topic
	Score  float64
	Chosen bool
	Terms  []Term
}

// Term is a lexicon entry that matched, with how often it did. Country terms
// carry their kind in parentheses ("Dushanbe (capital)").
type Term struct {
	Term  string
	Count int
}

// Explain analyses in like Analyze and also returns which terms decided the
// countries and topics.
func (a *Analyzer) Explain(in Input) (news.Analysis, Explanation) {
	d := a.newDoc(in)
	defer a.releaseDoc(d)
	var ex Explanation
	an := news.Analysis{
		Summary:     d.summary(),
		Quotes:      a.quotes(d),
		Countries:   a.countries(d, &ex),
		Topics:      a.topics(d, &ex),
		Fingerprint: a.fingerprint(d, in.Source),
	}
	an.Countries = applyHome(an.Countries, d, an.Topics, &ex)
	return an, ex
}
