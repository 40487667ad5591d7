package analyze

// expressesStance reports whether token k opens "expressed confidence",
// «выразил надежду» (expressVerbs then one of expressedObjects): a
// sentence that shows one person about to speak, as a speech verb does
// ("Menendez expressed confidence." then the quotation in the next
// paragraph; «Аким выразил надежду на скорый ремонт.» then «…»).
func (d *doc) expressesStance(k int) bool {
	if !expressVerbs[d.word(k)] || k+1 >= len(d.btoks) || !d.contiguous(k, k+1) {
		return false
	}
	if expressedObjects[d.word(k+1)] {
		return true
	}
	// "expressed his confidence", «выразил свою уверенность»
	return k+2 < len(d.btoks) && stanceDeterminers[d.word(k+1)] && d.contiguous(k+1, k+2) && expressedObjects[d.word(k+2)]
}

// stanceDeterminers may stand between an express verb and its object.
var stanceDeterminers = map[string]bool{
	"his": true, "her": true, "their": true, "its": true, "свою": true, "своё": true, "свое": true, "также": true, "also": true,
}
