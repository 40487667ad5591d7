#!/usr/bin/env bash
# What the container build does, checked without Docker (which CI may not
# have): build the binary with the very script the Dockerfile's build stage
# runs, check it is static and stamped, start it as the image does (state in
# a folder of its own, health on a port) and ask it with the image's
# HEALTHCHECK command; then check the systemd unit with systemd-analyze when
# it is there. Needs Go and gcc, no network once modules are downloaded.
# The first build compiles SQLite (minutes); later ones take seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  exec 3>&- 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "build-check: $*" >&2; exit 1; }

# The Dockerfile must keep building with deploy/build.sh and checking the
# same things this script checks; otherwise this check proves nothing.
grep -q 'deploy/build.sh /out/newsbot' Dockerfile || fail "the Dockerfile no longer builds with deploy/build.sh"
grep -q 'CMD \["newsbot", "health"\]' Dockerfile || fail "the Dockerfile's HEALTHCHECK is not 'newsbot health'"
grep -q '^USER newsbot' Dockerfile || fail "the Dockerfile does not run as the newsbot user"

echo "build-check: building with deploy/build.sh"
VERSION=build-check deploy/build.sh "$work/newsbot"
bin="$work/newsbot"
if command -v file >/dev/null; then
  file "$bin" | grep -q 'statically linked' || fail "the binary is not static: $(file "$bin")"
fi
[ "$("$bin" version)" = "newsbot build-check" ] || fail "version not stamped: $("$bin" version)"
"$bin" help | grep -q '^  health ' || fail "no health command for the HEALTHCHECK"

echo "build-check: starting it as the image does"
mkdir -p "$work/state"
mkfifo "$work/stdin"
exec 3<>"$work/stdin" # terminal mode (no token) reads stdin: keep it open
NEWSBOT_DATABASE_PATH="$work/state/newsbot.db" NEWSBOT_HTTP_LISTEN=127.0.0.1:0 NEWSBOT_CONFIG= \
  "$bin" run <&3 >"$work/out" 2>"$work/err" &
pid=$!
addr=""
for _ in $(seq 100); do
  addr=$(sed -n 's/.*serving health and metrics.*addr=\([0-9.:]*\).*/\1/p' "$work/err" | head -n1)
  [ -n "$addr" ] && break
  kill -0 "$pid" 2>/dev/null || fail "newsbot stopped: $(cat "$work/err")"
  sleep 0.1
done
[ -n "$addr" ] || fail "newsbot did not start its health listener: $(cat "$work/err")"
NEWSBOT_HTTP_LISTEN="$addr" "$bin" health -live >/dev/null || fail "liveness check failed"
ready=""
for _ in $(seq 50); do
  if NEWSBOT_HTTP_LISTEN="$addr" "$bin" health >/dev/null 2>&1; then ready=1; break; fi
  sleep 0.1
done
[ -n "$ready" ] || fail "readiness check failed: $(NEWSBOT_HTTP_LISTEN="$addr" "$bin" health 2>&1)"
kill -TERM "$pid"
wait "$pid" || fail "newsbot did not stop cleanly on SIGTERM: $(cat "$work/err")"
pid=""
[ -s "$work/state/newsbot.db" ] || fail "no database in the state folder"

if command -v systemd-analyze >/dev/null; then
  echo "build-check: systemd-analyze verify deploy/newsbot.service"
  sed "s#/usr/local/bin/newsbot#$bin#" deploy/newsbot.service >"$work/newsbot.service"
  systemd-analyze verify "$work/newsbot.service" || fail "systemd-analyze found problems in deploy/newsbot.service"
fi
echo "build-check: ok"
