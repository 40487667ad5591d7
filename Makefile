# newsbot — two commands on a fresh machine: `make run` and `make test`.
GO      ?= go
BIN     := bin/newsbot
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
CONFIG  ?= config.example.toml
# Static analysis: golangci-lint at a pinned version (configured in
# .golangci.yml), installed into GOPATH/bin by `make tools` when missing.
GOLANGCI_LINT_VERSION := v2.15.0
GOLANGCI_LINT         := $(shell $(GO) env GOPATH)/bin/golangci-lint

.PHONY: build run test test-unit test-postgres test-e2e lint tools bench clean release build-check

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/newsbot

## run: the bot; with no Telegram token it chats in this terminal.
run: build
	./$(BIN) run -config $(CONFIG)

## test: the whole suite — lint, unit and integration tests with the race
## detector, the store's tests again on PostgreSQL, then the end-to-end test
## against a Telegram emulator. The unit and PostgreSQL tests run side by
## side (the fail-over test mostly waits on its replicas' leases), each
## one's output shown whole when it ends; a failure of either fails make test.
test: lint
	@$(MAKE) --no-print-directory -j2 --output-sync=target test-unit test-postgres
	@$(MAKE) --no-print-directory test-e2e

test-unit:
	$(GO) test -race -count=1 ./...

## test-postgres: the store's and the lease's tests, copy-db, the
## fail-over of three replicas and their shared send schedule, on a
## throwaway PostgreSQL that internal/pgtest starts (initdb and pg_ctl
## from the distribution's postgresql package, a temporary folder, a free
## 127.0.0.1 port) and stops; they fail, not skip, when there is none.
test-postgres:
	NEWSBOT_TEST_DATABASE=postgres NEWSBOT_TEST_POSTGRES=require $(GO) test -race -count=1 ./internal/store/ ./internal/lease/
	NEWSBOT_TEST_DATABASE=postgres NEWSBOT_TEST_POSTGRES=require $(GO) test -race -count=1 -run 'TestFailover|TestCopyDB' ./cmd/newsbot/
	NEWSBOT_TEST_DATABASE=postgres NEWSBOT_TEST_POSTGRES=require $(GO) test -race -count=1 -run 'TestReplicasKeepTelegramLimitsTogether' ./internal/app/

test-e2e:
	./e2e/run.sh

lint: tools
	@out=$$(gofmt -l cmd internal migrations e2e 2>/dev/null); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GOLANGCI_LINT) run ./...

## tools: the pinned golangci-lint, built from the Go module proxy when missing.
tools:
	@$(GOLANGCI_LINT) version 2>/dev/null | grep -q "version $(GOLANGCI_LINT_VERSION:v%=%) " || \
		{ echo "installing golangci-lint $(GOLANGCI_LINT_VERSION)"; \
		  $(GO) install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$(GOLANGCI_LINT_VERSION); }

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

## release: static linux binaries named with the version, and their SHA-256
## sums, in dist/ (arm64 too when aarch64-linux-gnu-gcc is installed).
release:
	VERSION=$(VERSION) ./deploy/release.sh

## build-check: the container build's steps without Docker (build with
## deploy/build.sh, start, health check, systemd unit). Not part of `test`:
## its first run compiles SQLite statically, which takes minutes.
build-check:
	./deploy/build-check.sh

clean:
	rm -rf bin data dist
