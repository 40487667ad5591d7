// Package app holds the application services that use several parts at
// once: a running bot (Run: polling, retention, the digest scheduler, the
// outbox, the chat transport and the health server under one errgroup),
// the analysis of new articles with their story index, the editors'
// drafts, /breaking and broadcasts, the follow-up of broadcasts a previous
// run left sending, and the operator commands' work (feeds, digest,
// preview, health, migrate). cmd/newsbot builds them from the
// configuration and wires them; they take plain values, never the config.
package app
