package analyze

// moreRuBodyNouns are bodies a title may name in the genitive, capitalised
// as an office's proper name, before its lower-case complement and the
// name: «главный специалист Управления сельского хозяйства Костанайской
// области X», «директор Департамента образования X», «руководитель
// Фонда развития предпринимательства X» (ruTitledNameAfter).
var moreRuBodyNouns = []string{
	"управления", "департамента", "отдела", "инспекции", "фонда", "центра", "института", "университета",
	"акимата", "администрации", "прокуратуры",
}

func init() {
	for _, w := range moreRuBodyNouns {
		ruBodyNouns[w] = true
	}
}
