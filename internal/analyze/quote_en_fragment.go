package analyze

// wholeQuotation reports whether a quotation that opens in lower case
// right after a word (which embeddedFragment takes for a phrase of the
// reporter's sentence) is a speaker's words all the same: it holds
// several sentences and its attribution follows the closing mark (Nabiev
// “has provided families … . That is why he was detained,” Teshaev said;
// «Набиев «помогал семьям … . Поэтому его задержали», — сказал Тешаев).
// A clause after "said that"/«заявил, что» stays the reporter's indirect
// speech, as the labelled sets have it.
func (d *doc) wholeQuotation(q quoteSpan) bool {
	return q.after && severalSentences(d.body[q.ts:q.te])
}
