#!/usr/bin/env bash
# The one recipe for a release binary of newsbot, used by the Dockerfile's
# build stage, by `make release` and by deploy/build-check.sh, so that what
# CI checks is what ships.
#
#   deploy/build.sh OUT [GOARCH]
#
# Builds a static linux binary (cgo for SQLite, the C library linked in, Go's
# own DNS resolver and user lookup) at OUT. VERSION (default: git describe,
# else "dev") is stamped into `newsbot version`. For a GOARCH other than the
# machine's, CC must name a C cross-compiler for it.
set -euo pipefail
out=${1:?usage: deploy/build.sh OUT [GOARCH]}
arch=${2:-$(go env GOARCH)}
cd "$(dirname "$0")/.."
version=${VERSION:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}
CGO_ENABLED=1 GOOS=linux GOARCH="$arch" go build -trimpath \
  -tags 'netgo osusergo sqlite_omit_load_extension' \
  -ldflags "-s -w -X main.version=${version} -linkmode external -extldflags -static" \
  -o "$out" ./cmd/newsbot
