// Package app holds the application services that use several parts at
// once: the analysis of new articles with their story index, the editors'
// drafts, /breaking and broadcasts, and the follow-up of broadcasts a
// previous run left sending. cmd/newsbot builds them from the
// configuration and wires them; they take plain values, never the config.
package app
