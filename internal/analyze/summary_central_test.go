package analyze

import "testing"

// TestSummaryOffStory: a one-sentence paragraph opening the body that
// shares no more than a word with the headline and little with the story
// below it (a teaser of another story, a notice of the page, a caption of
// a side picture) is passed over for the news paragraph under it that
// repeats the headline; a lede in other words than the headline stays when
// it is prose of two sentences, when it recurs in the story, or when the
// body is too short to tell.
func TestSummaryOffStory(t *testing.T) {
	runSummaryCases(t, []summaryCase{
		{name: "en: a teaser of another story above the story", lang: "en",
			title: "Floods force hundreds from their homes in Riverton",
			body: "Local team clinched its third straight win in the regional basketball league on Saturday.\n\n" +
				"Floods forced hundreds of residents of Riverton from their homes on Monday after the river burst its banks overnight.\n\n" +
				"Emergency crews used boats to reach families trapped in the lower districts of Riverton, where water rose above the windows.\n\n" +
				"The mayor of Riverton said the floods were the worst the town had seen in forty years and that shelters had opened in two schools.\n\n" +
				"Forecasters expect more rain over the river basin later in the week.",
			want: "Floods forced hundreds", bad: []string{"basketball"}},
		{name: "en: a caption of a side picture above the story", lang: "en",
			title: "Striking nurses reach pay deal with hospital trust",
			body: "Visitors enjoyed the autumn fair at the botanical gardens last weekend.\n\n" +
				"Nurses at the city's hospital trust reached a pay deal on Friday, ending a strike that had lasted three weeks.\n\n" +
				"The deal gives nurses a rise of seven percent over two years, the trust said, and the union recommended its members accept it.\n\n" +
				"Union leaders said the strike had shown how stretched the hospital trust's wards had become, and nurses will return to work on Monday.",
			want: "Nurses at the city's hospital trust", bad: []string{"autumn fair"}},
		{name: "en: a lede of two sentences in other words stays", lang: "en",
			title: "Floods force hundreds from their homes in Riverton",
			body: "It started with a light drizzle on Sunday evening. Nobody expected what came next.\n\n" +
				"Floods forced hundreds of residents of Riverton from their homes on Monday after the river burst its banks overnight.\n\n" +
				"Emergency crews used boats to reach families trapped in the lower districts of Riverton.",
			want: "It started with a light drizzle"},
		{name: "en: a one-sentence lede whose words recur below stays", lang: "en",
			title: "Floods force hundreds from their homes in Riverton",
			body: "Emergency crews used boats overnight to rescue families trapped by rising water in the lower districts.\n\n" +
				"Floods forced hundreds of residents of Riverton from their homes on Monday after the river burst its banks.\n\n" +
				"The rescue crews said the water in the lower districts rose above the windows, and families waited on roofs for the boats.",
			want: "Emergency crews used boats"},
		{name: "en: a short body cannot tell", lang: "en",
			title: "Floods force hundreds from their homes in Riverton",
			body: "The water came at night.\n\n" +
				"Floods forced hundreds of residents of Riverton from their homes on Monday.",
			want: "The water came at night."},
		{name: "ru: анонс чужой новости над заметкой", lang: "ru",
			title: "В Казани потушили пожар на складе",
			body: "Курс доллара на торгах Московской биржи опустился до 91 рубля.\n\n" +
				"Пожарные потушили пожар на складе в Казани, сообщили в МЧС по Татарстану.\n\n" +
				"Возгорание на складе строительных материалов в Казани произошло утром, площадь пожара составила 800 квадратных метров.\n\n" +
				"Пострадавших нет, причины пожара на складе выясняют дознаватели МЧС.",
			want: "Пожарные потушили пожар", bad: []string{"доллара"}},
		{name: "ru: лид из двух предложений другими словами остаётся", lang: "ru",
			title: "В Казани потушили пожар на складе",
			body: "Утро в промзоне началось с сирен. Жители соседних домов проснулись от запаха дыма.\n\n" +
				"Пожарные потушили пожар на складе в Казани, сообщили в МЧС по Татарстану.\n\n" +
				"Возгорание на складе строительных материалов в Казани произошло утром.",
			want: "Утро в промзоне"},
		{name: "es: una nota deportiva sobre la noticia", lang: "es",
			title: "El gobierno regional anuncia restricciones de agua por la sequía",
			body: "El equipo local ganó su tercer partido consecutivo en el torneo de invierno.\n\n" +
				"El gobierno regional anunció este martes nuevas restricciones de agua para los municipios del norte por la sequía.\n\n" +
				"Las restricciones de agua prohíben regar jardines y llenar piscinas, y el gobierno regional no descarta cortes nocturnos si la sequía continúa.\n\n" +
				"Los embalses de la región están al 18 por ciento de su capacidad, el nivel más bajo por la sequía en tres décadas.",
			want: "El gobierno regional anunció", bad: []string{"torneo"}},
		{name: "de: eine Bildunterschrift eines anderen Bildes", lang: "de",
			title: "Stadtrat beschließt neuen Radweg am Rheinufer",
			body: "Ein Blick auf den Weihnachtsmarkt im vergangenen Winter.\n\n" +
				"Der Stadtrat hat am Dienstag den Bau eines neuen Radwegs am Rheinufer beschlossen.\n\n" +
				"Der Radweg am Rheinufer soll drei Kilometer lang werden, der Stadtrat rechnet mit Kosten von vier Millionen Euro.\n\n" +
				"Die Bauarbeiten am Rheinufer sollen im Frühjahr beginnen, teilte die Stadt mit.",
			want: "Der Stadtrat hat", bad: []string{"Weihnachtsmarkt"}},
	})
}
