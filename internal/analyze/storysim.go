package analyze

import (
	"math"
	"sort"
	"strings"
	"time"
)

// The weighted overlap of two reports (evidence.sim), beside the rules of
// evidence.decide: a later report tells an event in its own words and
// picks its own details, but it names the event's people, places and
// numbers, its country and its kind, and those do not depend on the
// language. Each language-independent story key (a name as its skeleton,
// whatever its class; a number; a country; an event concept; an event in
// a country) weighs its inverse document frequency, twice that where the
// article's title has it, and two reports are compared by the cosine of
// those weights. A key most reports carry (a big country, "killed") adds
// little; a name only this event's reports carry (Crocus, Muan) adds much.
//
// The document frequencies are a static table (storyidf_data.go) counted
// over the shared feed corpus by go generate, not the index's own counts:
// those change as articles arrive, and a decision that read them would
// depend on the order in which concurrently polled feeds are stored.
// A key the table lacks is as rare as a key of one report.

//go:generate go test -run TestStoryIDFTable -args -update

const (
	// simTitleBoost: a key the title names weighs this much more.
	simTitleBoost = 2
	// simPrior is weight mass (squared) added to each report's norm, as
	// if each also had two rare keys the other lacks (2 × ln(N)², N ≈
	// 1 400): a report with one or two keys cannot reach a high cosine
	// on one shared country.
	simPrior = 100
	// simMinShared: three keys in common at least, one of them a name
	// or a number of the story (simStory) that a title names. Who and
	// where alone are a beat (Putin and Rahmon, Tajikistan, in talks one
	// day and on the phone about floods the next); a kind of event in a
	// country is the day's news (a probe and a plane crash in Russia the
	// same week); and the offices a region's reports cite (an emergencies
	// department, a press service) are in their texts, not their titles.
	// A report's title names what is its own: a venue, a toll, a village.
	simMinShared = 3
	// simBeatIDF caps the weight of a leader, a place or a country at
	// ln 20, a key of one report in twenty: the table is counted over a
	// corpus from elsewhere, and the gazetteer holds the leaders and
	// places of the region the bot reads, which its news names in story
	// after story (the table would count Rahmon as rare).
	simBeatIDF = 2.9957
	// simThreshold is the cosine two reports published together need:
	// the lowest (in steps of 0.01) at which the overlap (simAccepts,
	// before the title guard) makes no wrong link on the tuning half, no
	// labelled pair of two stories and no link between unlabelled corpus
	// items of two outlets that the rules keep apart
	// (TestStorySimThreshold). One wrong link merges two stories whole.
	simThreshold = 0.12
	// simDecay: reports further apart need more, linearly up to half
	// again the threshold at the end of the story window.
	simDecay = 0.5
	// simScale is the fixed point of the weights an entry holds (uint8).
	simScale = 16
)

// simIndependent reports whether a story key (without its title flag)
// takes part in the weighted overlap: the keys that hold in every
// language. Words of titles and leads are one language's, and German
// nouns that may be names are not known to name anything.
func simIndependent(k uint32) bool {
	switch k & skClass {
	case skTitle, skLead:
		return false
	case skName:
		return !isMaybeName(k) && !calendarNames[k&skHash]
	}
	return true
}

// calendarNames are the name keys (skeleton hashes, as storyKeys makes
// them) of the days and months that English and German write with a
// capital: two reports of one Tuesday share it whatever their stories.
var calendarNames = func() map[uint32]bool {
	m := map[uint32]bool{}
	for _, w := range strings.Fields("monday tuesday wednesday thursday friday saturday sunday " +
		"january february march april may june july august september october november december " +
		"montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag " +
		"januar februar märz juni juli oktober dezember") {
		m[uint32(hashBytes(skeleton(w, nil)))&skHash&^skMaybe] = true
	}
	return m
}()

// idfKey is the key a story key's document frequency is counted under:
// a name under one key whatever its class, since the gazetteer knows the
// spelling of one language only (Avdiivka is a place, Авдіївка a name).
func idfKey(k uint32) uint32 {
	switch k & skClass {
	case skName, skLeader, skPlace:
		return skName | k&(skMaybe-1)
	}
	return k &^ skInTitle
}

// storyIDF returns a key's inverse document frequency from the static
// table: ln(N/df), with df 1 for a key the table lacks.
func storyIDF(k uint32) float64 {
	k = idfKey(k)
	df := 1
	if i := sort.Search(len(storyDFKeys), func(i int) bool { return storyDFKeys[i] >= k }); i < len(storyDFKeys) && storyDFKeys[i] == k {
		df = int(storyDFCounts[i])
	}
	return math.Log(float64(storyDFDocs) / float64(df))
}

// simWeights sets the entry's weight of each of its keys (0 for keys that
// take no part) and the squared norm of those weights.
func (e *storyEntry) simWeights() {
	e.simW = make([]uint8, len(e.keys))
	var norm float64
	for i, k := range e.keys {
		if !simIndependent(k) {
			continue
		}
		w := storyIDF(k)
		if simBeat(k) {
			w = min(w, simBeatIDF)
		}
		if e.titled&(1<<i) != 0 {
			w *= simTitleBoost
		}
		q := math.Round(w * simScale)
		if q < 1 {
			continue // a key of nearly every report
		}
		q = min(q, math.MaxUint8)
		e.simW[i] = uint8(q)
		w = q / simScale
		norm += w * w
	}
	e.simNorm = float32(norm)
}

// simPair adds the product of two keys' weights to the evidence's dot
// product, and counts the key, when both take part. Kinds of event of
// daily news (an attack, a toll, an explosion at an airport), alone or in
// a country, weigh only within dailyHours, as they decide only within it
// in the rules (evidence.decide): last night's attack on a city is not
// the attack on it three days later, though both reports tell of an
// attack there. Further apart they still count among the keys in common:
// a follow-up days later tells the same kind of event.
func (ev *evidence) simPair(a, b *storyEntry, i, j int) {
	wa, wb := a.simW[i], b.simW[j]
	if wa == 0 || wb == 0 {
		return
	}
	if ev.hours <= dailyHours || !dailyKey(a.keys[i]) {
		ev.simDot += float64(wa) * float64(wb) / (simScale * simScale)
	}
	ev.simShared++
	if simStory(a.keys[i]) && simStory(b.keys[j]) {
		ev.simStory++
		if a.titled&(1<<i) != 0 || b.titled&(1<<j) != 0 {
			ev.simTitledStory++
		}
	}
}

// sim returns the weighted overlap (cosine) of the two reports compared.
func (ev evidence) sim() float64 {
	if ev.simShared == 0 {
		return 0
	}
	return ev.simDot / math.Sqrt((float64(ev.aNorm)+simPrior)*(float64(ev.bNorm)+simPrior))
}

// simAgrees reports whether the weighted overlap says one story: three
// keys or more in common, one a name or number of the story that a title
// names, with a cosine over the threshold, which rises with the time
// between the reports.
// Not where one report only recalls the other (recalls).
func (ev evidence) simAgrees(window time.Duration) bool {
	if ev.recalls() {
		return false
	}
	return ev.simTitledStory >= 1 && ev.simAccepts(simThreshold, window)
}

// recalls reports whether one report, days after the other (more than
// eventHours), tells a new event and only recalls the other's in its
// text: its title names nothing of a story (no person, venue, town or
// number; countries, capitals and leaders are in many stories) and names
// a kind of event the other title does not, and nothing its title names
// is in the other report (titleEchoed). "Iran fires missiles at Israel"
// recalls in its text the strike that killed Hassan Nasrallah four days
// before, and shares its names; "Kara-Suu mourns as rescuers end search"
// names the village the first report gave, and is its follow-up. What
// the texts share then makes no story; titles that share words still may.
func (ev evidence) recalls() bool {
	return ev.hours > eventHours && (ev.newEventA && !ev.titleEchoA || ev.newEventB && !ev.titleEchoB)
}

// simAccepts reports whether the overlap clears threshold with three keys
// in common, one a name or a number of the story, wherever it stands: the
// signal its threshold is chosen on (TestStorySimThreshold). That the
// name or number is in a title guards against what the table cannot
// know: which offices and names the region's own news cites every day.
func (ev evidence) simAccepts(threshold float64, window time.Duration) bool {
	if ev.simShared < simMinShared || ev.simStory < 1 {
		return false
	}
	need := threshold * (1 + simDecay*ev.hours/window.Hours())
	return ev.sim() >= need
}

// simBeat reports whether a key is the gazetteer's: a leader, a place
// or a country, which a region's news names in story after story.
func simBeat(k uint32) bool {
	switch k & skClass {
	case skLeader, skPlace:
		return true
	case skEventIn:
		return k&skCountry != 0
	}
	return false
}

// simStory reports whether a key names something of one story: a name
// that is not a leader's or a place's, or a number.
func simStory(k uint32) bool {
	c := k & skClass
	return c == skName || c == skNumber
}
