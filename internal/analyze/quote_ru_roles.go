package analyze

// vicePrefixes make a role a deputy's: «вице-премьер», «вице-президент»,
// "vice-president". The compound is the role, so a vice-premier is never
// taken for the premier, nor a vice-president for the president.
var vicePrefixes = map[string]bool{"вице": true, "vice": true}

// moreRoleNouns are words a report uses for someone named before it by
// title: a mayor («градоначальник»), a prosecutor in court
// («гособвинитель»), a lawmaker («избранник»), a teacher; "the mayor"
// and "the prosecutor" are roles already.
var moreRoleNouns = []string{
	"градоначальник", "градоначальница", "гособвинитель", "избранник", "избранница",
	"педагог", "учитель", "учительница", "educator", "teacher",
}

// moreOfficeStems put those words in the kind of post they name, so that
// «— сказал гособвинитель» is not a lawyer, nor «градоначальник» a
// minister.
var moreOfficeStems = map[string][]string{
	"local":      {"градоначальни"},
	"prosecutor": {"гособвинител"},
	"deputy":     {"избранни", "парламентари", "lawmaker", "legislator"},
}

func init() {
	for _, w := range moreRoleNouns {
		roleNouns[w] = true
	}
	for i := range officeClasses {
		officeClasses[i].stems = append(officeClasses[i].stems, moreOfficeStems[officeClasses[i].class]...)
	}
}

// interviewerRoles name the side of an interview that asks: «— спросил
// журналист», "the reporter asked". Such a role is only someone the
// article titles so («журналист Анна Петрова»), never the person
// interviewed, who is the subject of the sentences around.
var interviewerRoles = map[string]bool{
	"журналист": true, "журналистка": true, "корреспондент": true, "корреспондентка": true,
	"ведущий": true, "ведущая": true, "интервьюер": true, "репортер": true, "репортёр": true,
	"journalist": true, "reporter": true, "correspondent": true, "interviewer": true, "host": true,
	"presenter": true, "anchor": true,
}
