package analyze

// moreSpeechVerbs are attribution verbs of a reaction, a memory, a
// question or advice in the speaker's words, in the present and the past
// («— возмущается X», «— недоумевает X», «— вспоминал X», «— спрашивает
// X», «— посоветовал X»; "X fumed", "X protested", "X advised"). They join
// speechVerbs at start-up; kept apart so that the lists of the two
// languages grow without touching each other's lines.
var moreSpeechVerbs = []string{
	"возмущается", "возмущалась", "возмущался", "недоумевает", "недоумевал", "недоумевала",
	"удивляется", "удивлялся", "удивлялась", "вспоминал", "вспоминала", "вспоминают",
	"заверяет", "иронизирует", "иронизировал", "иронизировала", "шутит", "шутил", "шутила",
	"восклицает", "негодует", "спрашивает", "кричал", "кричала", "крикнул", "крикнула",
	"посоветовал", "посоветовала", "советует", "уверял", "уверяла", "напоминал", "напоминала",
	"объяснял", "объясняла", "уточнял", "уточняла", "признавал", "признавала",
	"fumed", "marvelled", "marveled", "advised", "grumbled", "protested", "reminded",
}

func init() {
	for _, w := range moreSpeechVerbs {
		speechVerbs[w] = true
	}
}
