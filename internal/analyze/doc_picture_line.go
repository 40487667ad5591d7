package analyze

// pictureFileLine reports whether a whole paragraph is a picture's file
// name left behind by a page's image ("_BP17416.jpg", "IMG_2041.JPEG"):
// one word of letters, digits, '_', '-' and '.' ending in a picture's
// extension. Such a line stands between two paragraphs of one quotation
// running on ("“A …¶_BP17416.jpg¶“B …”") and is no paragraph of the text,
// so it is left out of the paragraph list and the quotation runs on over
// it. The cheap test, a short line ending in a letter of an extension,
// comes before the scan.
func pictureFileLine(s string) bool {
	n := len(s)
	if n < 5 || n > 64 {
		return false
	}
	switch s[n-1] | 0x20 {
	case 'g', 'f', 'p':
	default:
		return false
	}
	dot := -1
	for i := 0; i < n; i++ {
		c := s[i]
		switch {
		case c == '.':
			dot = i
		case isASCIILetter(c) || isDigitByte(c) || c == '_' || c == '-':
		default:
			return false
		}
	}
	if dot <= 0 {
		return false
	}
	for _, ext := range imageExts {
		if n-dot == len(ext) && equalFold(s[dot:], ext) {
			return true
		}
	}
	return false
}
