package ingest

// SetItemChunk makes p read feeds of more than n items n at a time and
// tell onParse (when not nil) how many items gofeed read each time.
func SetItemChunk(p *Poller, n int, onParse func(items int)) {
	p.itemChunk = n
	p.onParse = onParse
}
