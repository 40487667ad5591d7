package analyze

import "strings"

// interviewerLine reports whether the transcript line whose head names
// its speaker at tokens [s, e) ("Frantsev: …", «Львов: — …») is the
// interviewer's: elsewhere the article introduces that person with a
// noun of the trade that asks the questions, a few words before the
// surname ("gave an interview to the correspondent of Russia 24 Robert
// Frantsev", «обозреватель «СЭ» Александр Львов», "host Daniyar
// Omurov"). The interviewer's lines are questions and prompts, not the
// news the quotations give. The noun must stand within five words before
// the surname with no sentence end between.
func (a *Analyzer) interviewerLine(d *doc, s, e int) bool {
	last := d.word(e - 1)
	for j := range d.btoks {
		if j >= s && j < e || !d.btoks[j].has(fCap) || d.word(j) != last {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-5; k-- {
			if strings.ContainsAny(d.gapBefore(k+1), ".!?\n") {
				break
			}
			if interviewerNouns[d.word(k)] {
				return true
			}
		}
	}
	return false
}

// interviewerNouns name the trade of the one who asks an interview's
// questions, in the forms they take before a name.
var interviewerNouns = map[string]bool{
	"correspondent": true, "journalist": true, "reporter": true, "interviewer": true, "host": true,
	"presenter": true, "anchor": true, "moderator": true, "columnist": true,
	"корреспондент": true, "корреспондента": true, "корреспонденту": true, "корреспондентом": true,
	"журналист": true, "журналиста": true, "журналисту": true, "журналистом": true,
	"журналистка": true, "журналистки": true, "журналистке": true, "журналисткой": true,
	"ведущий": true, "ведущего": true, "ведущему": true, "ведущим": true,
	"ведущая": true, "ведущей": true, "ведущую": true,
	"обозреватель": true, "обозревателя": true, "обозревателю": true, "обозревателем": true,
	"интервьюер": true, "репортер": true, "репортёр": true, "модератор": true,
}
