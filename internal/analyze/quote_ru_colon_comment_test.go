package analyze

import "testing"

// TestQuotesGaveCommentColon: «X дал журналистам следующий комментарий:
// "…"», "X gave reporters the following comment: “…”" is X's, also after
// an opening «По данному поводу», "On this matter," and with «даже»
// before the verb; «дал поручение:» (an order) and a comment given by no
// one named quote no one.
func TestQuotesGaveCommentColon(t *testing.T) {
	const ru = "Суд может вынести обвинительный приговор.\n\n"
	const ruWords = "\"По этому делу должен быть вынесен оправдательный приговор, и мы будем его добиваться\"."
	const en = "The court may convict.\n\n"
	const enWords = "\"An acquittal must be handed down in this case, and we will seek it.\""
	runQuoteCases(t, []quoteCase{
		{"ru a comment given to reporters", "ru", ru + "Адвокат Юрий Сухов дал журналистам следующий комментарий: " + ruWords,
			[]wantQuote{{"По этому делу должен быть вынесен", "Юрий Сухов"}}},
		{"ru the matter first, «даже» before the verb", "ru", ru + "По данному поводу адвокат Юрий Сухов даже дал журналистам следующий комментарий: " + ruWords,
			[]wantQuote{{"По этому делу должен быть вынесен", "Юрий Сухов"}}},
		{"en a comment given to reporters", "en", en + "On this matter, lawyer Yuri Sukhov gave reporters the following comment: " + enWords,
			[]wantQuote{{"An acquittal must be handed down", "Yuri Sukhov"}}},
		// Refused.
		{"ru an order given", "ru", ru + "Министр Юрий Сухов дал поручение: " + ruWords,
			nil},
		{"ru a comment given by no one named", "ru", ru + "Суд дал следующий комментарий: " + ruWords,
			nil},
	})
}
