package analyze

import (
	"strings"
	"unicode/utf8"
)

// What is never a quotation, however it is attributed: a caption, the
// words a cartoon or a poster puts in someone's mouth, a slogan and the
// title of a work.

// workNouns, right before a quotation mark, make the quotation a title or
// a slogan: the film “…”, под лозунгом «…», protesters chanting “…”.
var workNouns = map[string]bool{
	"slogan": true, "slogans": true, "banner": true, "banners": true, "placard": true, "placards": true,
	"sign": true, "signs": true, "hashtag": true, "chant": true, "chanting": true, "chanted": true,
	"motto": true, "film": true, "movie": true, "documentary": true, "song": true, "book": true,
	"novel": true, "album": true, "show": true, "series": true, "play": true, "poem": true,
	"exhibition": true, "campaign": true, "project": true, "festival": true, "operation": true,
	"programme": true, "program": true, "titled": true, "entitled": true, "called": true, "dubbed": true,
	"лозунг": true, "лозунгом": true, "лозунгами": true, "лозунги": true, "плакат": true, "плакатом": true,
	"плакатами": true, "транспарант": true, "транспарантом": true, "надпись": true, "надписью": true,
	"хэштег": true, "хештег": true, "хэштегом": true, "девиз": true, "девизом": true, "слоган": true,
	"слоганом": true, "скандировали": true, "скандируя": true, "выкрикивали": true, "фильм": true,
	"фильма": true, "фильме": true, "песня": true, "песню": true, "песни": true, "книга": true,
	"книгу": true, "книги": true, "роман": true, "альбом": true, "шоу": true, "сериал": true,
	"спектакль": true, "спектакля": true, "стихотворение": true, "выставка": true, "выставку": true,
	"акция": true, "акции": true, "кампания": true, "кампанию": true, "проект": true, "проекта": true,
	"фестиваль": true, "фестиваля": true, "операция": true, "операции": true, "программа": true,
	"программы": true, "премия": true, "премии": true, "названием": true, "называется": true,
	"фильмы": true, "картина": true, "картину": true,
}

// namedWork reports whether a quotation opens right after a word naming a
// work or a slogan.
func (d *doc) namedWork(q quoteSpan) bool {
	if q.open == q.ts {
		return false // no quotation mark: a dash or block quotation
	}
	m := d.tokAt(q.open) - 1
	if m < 0 || int(d.btoks[m].e) > q.open || !onlyRunes(d.body[d.btoks[m].e:q.open], " :(") {
		return false
	}
	return workNouns[d.word(m)]
}

// captionPara reports whether a paragraph is a picture's caption: it holds
// a photo or video credit.
func (d *doc) captionPara(pi int) bool {
	text := d.body[d.paras[pi].s:d.paras[pi].e]
	for _, c := range [...]string{"Photo:", "Фото:", "Photograph:", "Image:", "Illustration:", "Кадр из видео", "Photo credit", "Фото предоставлено", "Скриншот:"} {
		if strings.Contains(text, c) {
			return true
		}
	}
	return false
}

// depictionWords name a picture that puts words in someone's mouth.
var depictionWords = map[string]bool{
	"caricature": true, "cartoon": true, "cartoons": true, "drawing": true, "illustration": true,
	"poster": true, "meme": true, "comic": true, "mural": true, "painting": true, "sketch": true,
	"карикатура": true, "карикатуре": true, "карикатуру": true, "карикатуры": true, "рисунок": true,
	"рисунке": true, "плакат": true, "плакате": true, "мем": true, "меме": true, "комикс": true,
	"комиксе": true, "иллюстрации": true, "иллюстрация": true, "граффити": true,
}

// authorWords before a name make it the picture's author, not its subject.
var authorWords = map[string]bool{
	"by": true, "cartoonist": true, "artist": true, "illustrator": true, "author": true,
	"карикатурист": true, "карикатуриста": true, "художник": true, "художника": true, "автор": true, "автора": true,
}

// depicted reports whether the speaker of a quotation is someone a cartoon,
// a drawing or a poster described just before shows: the words are the
// picture's, not the speaker's ("In a caricature by Sergey Elkin, Vladimir
// Putin is standing on the Kremlin wall. “…,” Putin asks.").
func (d *doc) depicted(q quoteSpan, speaker string) bool {
	sur := []rune(strings.ToLower(strings.ReplaceAll(lastWord(speaker), "ё", "е")))
	if len(sur) > 5 {
		sur = sur[:len(sur)-2] // a Russian surname in any case
	}
	stem := string(sur)
	si := d.sentenceAt(q.open)
	for back := 0; back <= 2 && si-back >= 0; back++ {
		st := d.sents[si-back]
		if int(st.para) < q.para-1 {
			break
		}
		hi := min(int(st.e), q.open)
		lo := d.tokAt(int(st.s))
		pic := false
		for k := lo; k < len(d.btoks) && int(d.btoks[k].s) < hi && !pic; k++ {
			if !depictionWords[d.word(k)] {
				continue
			}
			// The picture is where the person appears: "in a
			// caricature", "on the poster", «на карикатуре».
			for b := k - 1; b >= lo && b >= k-3; b-- {
				if w := d.word(b); w == "in" || w == "on" || w == "на" || w == "в" {
					pic = true
				}
			}
		}
		if !pic {
			continue
		}
		for k := lo; k < len(d.btoks) && int(d.btoks[k].s) < hi; k++ {
			if !d.btoks[k].has(fCap) || !strings.HasPrefix(d.word(k), stem) || utf8.RuneCountInString(stem) < 3 {
				continue
			}
			// The word before the name's first word: "cartoonist, Sergey
			// Elkin" is the author.
			b := k - 1
			for b >= lo && d.btoks[b].has(fCap) && d.contiguous(b, b+1) {
				b--
			}
			if b < lo || !authorWords[d.word(b)] {
				return true
			}
		}
	}
	return false
}
