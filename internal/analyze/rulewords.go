package analyze

// ruleBits says which of the rule tables of ruleTables list a word: a
// token carries its word's bits (token.rules), found by the same
// vocabulary lookup that finds its lexicon id, so a rule reading a
// token's word tests a bit where it would probe a string-keyed map.
type ruleBits uint16

// ruleBits has room for 16 tables; it fits the padding of token and of
// vocabSlot, so neither grows for it.

// The rule tables whose words tokens carry as bits. A rule asks
// d.btoks[k].rules&rwSpeechVerb != 0 for speechVerbs[d.word(k)]: the
// same answer, since a token's bits are looked up with its normalised
// word, which is what d.word returns. Every rule that probes one of these
// tables with a body token's word reads the bit; a string probe is left
// only where the word is not a body token's own: a title token's, a
// trimmed, lowered or joined word («пресс-секретарь»), a mention's name,
// a function's string argument, or the init functions that fill a table.
const (
	rwSpeechVerb    ruleBits = 1 << iota // speechVerbs
	rwSignatureNoun                      // signatureNouns
	rwTitleWord                          // titleWords
	rwRoleNoun                           // roleNouns
	rwPersonNoun                         // personNouns
	rwNotName                            // notNames
)

// ruleTables lists the tables behind the bits. They are read when New
// builds the vocabulary, after the init functions that add words to some
// of them (quote_ru_verbs.go, quote_ru_roles.go, quote_ru_position.go),
// and must not change after.
var ruleTables = [...]struct {
	bit   ruleBits
	words *map[string]bool
}{
	{rwSpeechVerb, &speechVerbs},
	{rwSignatureNoun, &signatureNouns},
	{rwTitleWord, &titleWords},
	{rwRoleNoun, &roleNouns},
	{rwPersonNoun, &personNouns},
	{rwNotName, &notNames},
}

// listed reports whether a rule table of bits lists body token k's word:
// d.listed(k, rwSpeechVerb) is speechVerbs[d.word(k)] without the lookup.
func (d *doc) listed(k int, bits ruleBits) bool { return d.btoks[k].rules&bits != 0 }
