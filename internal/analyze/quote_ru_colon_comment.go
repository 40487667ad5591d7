package analyze

// A comment given before a colon is the subject's words: «Адвокат X дал
// журналистам следующий комментарий: "…"», "Lawyer X gave reporters the
// following comment: “…”". The verb «дал» / "gave" is short and says
// nothing of speech by itself, so colonSubject takes it only with a noun
// of speech before the colon. A sentence may open with the matter the
// words are about («По данному поводу …», «По этому поводу …», "On this
// matter, …") before its subject.

// commentNouns are nouns of given words: a comment, an interview, an
// answer, an explanation, an assessment, a statement.
var commentNouns = map[string]bool{
	"комментарий": true, "интервью": true, "ответ": true, "пояснение": true, "пояснения": true, "оценку": true,
	"comment": true, "interview": true, "answer": true, "explanation": true, "assessment": true, "statement": true,
}

// gaveComment reports whether the verb at v is «дал»/«дала»/"gave" and a
// comment noun stands between it and the colon's token m, within six words.
func (d *doc) gaveComment(v, m int) bool {
	switch d.word(v) {
	case "дал", "дала", "gave":
	default:
		return false
	}
	for k := v + 1; k <= m && k <= v+6; k++ {
		if commentNouns[d.word(k)] {
			return true
		}
	}
	return false
}

// onThisMatterEnd steps over a sentence's opening phrase naming the matter
// («По данному поводу», «По этому поводу», "On this matter,") from token
// k, before m; it returns k when there is none.
func (d *doc) onThisMatterEnd(k, m int) int {
	if k+2 < m && d.word(k) == "по" && (d.word(k+1) == "данному" || d.word(k+1) == "этому") && d.word(k+2) == "поводу" {
		return k + 3
	}
	if k+2 < m && d.word(k) == "on" && d.word(k+1) == "this" && (d.word(k+2) == "matter" || d.word(k+2) == "issue") {
		return k + 3
	}
	return k
}

func init() {
	preVerbAdverbs["даже"] = true // «X даже дал комментарий:», «он даже добавил:»
}
