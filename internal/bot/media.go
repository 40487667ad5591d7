package bot

import "github.com/newsbot/newsbot/internal/news"

// singleStoryMedia gives a /latest page of one story that story's picture
// (with the card as caption) or, without one, its link's preview.
func singleStoryMedia(st []news.Story, msgs []string) []func(*Reply) {
	if len(st) != 1 || len(msgs) != 1 {
		return nil
	}
	a := st[0].Article
	return []func(*Reply){func(r *Reply) {
		switch {
		case a.ImageURL != "":
			r.PhotoURL = a.ImageURL
		case a.URL != "":
			r.DisablePreview, r.PreviewURL = false, a.URL
		}
	}}
}
