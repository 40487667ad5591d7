package analyze

// twoNamesStart returns where the full name ending at token i begins when
// the capitalised run walked back from it, [j, i], holds four words: no
// name is that long without a particle ("Mohammed bin Salman") or an
// initial, so the run is two people's names run together, the first
// whose the second is ("the lawyer of ex-minister Kuandyk Bishimbayev
// Leila Ramazanova", «адвокат экс-министра Куандыка Бишимбаева Лейла
// Рамазанова»): the name is the last two words, or three with a
// patronymic («Сергей Викторович Лавров»). Any other run keeps j.
func (d *doc) twoNamesStart(j, i int) int {
	if i-j != 3 {
		return j
	}
	for k := j; k < i; k++ {
		if d.nameParticle(k) || d.initial(k) {
			return j
		}
	}
	if isPatronymic(d.word(i - 1)) {
		return i - 2
	}
	return i - 1
}
