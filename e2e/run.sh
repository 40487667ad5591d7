#!/usr/bin/env bash
# End-to-end test: the real newsbot binary against telegram-test-api (a
# third-party Bot API emulator) behind front.js, a long-poll front that
# fills the emulator's gaps. Installs the emulator with npm ci, starts it
# and the front on free 127.0.0.1 ports, runs go test -tags e2e ./e2e/...
# and stops everything it started, whatever happens.
set -euo pipefail
cd "$(dirname "$0")"

for tool in node npm go; do
  command -v "$tool" >/dev/null || { echo "e2e: $tool is missing" >&2; exit 1; }
done

npm ci --no-audit --no-fund --loglevel=error

free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_port() { # wait until process $2 listens on 127.0.0.1:$1
  local i
  for i in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
      return 0
    fi
    kill -0 "$2" 2>/dev/null || { echo "e2e: the process for port $1 exited" >&2; return 1; }
    sleep 0.1
  done
  echo "e2e: nothing listens on port $1" >&2
  return 1
}

emu_port=$(free_port)
node emulator.js 127.0.0.1 "$emu_port" &
pids+=($!)
wait_port "$emu_port" "${pids[-1]}"

front_port=$(free_port)
node front.js 127.0.0.1 "$front_port" "http://127.0.0.1:$emu_port" &
pids+=($!)
wait_port "$front_port" "${pids[-1]}"

export NEWSBOT_E2E_EMULATOR="http://127.0.0.1:$emu_port"
export NEWSBOT_E2E_FRONT="http://127.0.0.1:$front_port"
cd ..
go test -tags e2e -count=1 -v ./e2e/...
