#!/usr/bin/env bash
# Release binaries into dist/: newsbot-VERSION-linux-ARCH for this machine's
# architecture and, when a C cross-compiler is installed for it, the other of
# amd64 and arm64; then dist/SHA256SUMS. Check a download with
#   sha256sum -c --ignore-missing SHA256SUMS
set -euo pipefail
cd "$(dirname "$0")/.."
version=${VERSION:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}
rm -rf dist
mkdir -p dist
host=$(go env GOARCH)
declare -A cross=([amd64]=x86_64-linux-gnu-gcc [arm64]=aarch64-linux-gnu-gcc)
for arch in amd64 arm64; do
  out="dist/newsbot-${version}-linux-${arch}"
  if [ "$arch" = "$host" ]; then
    VERSION="$version" deploy/build.sh "$out" "$arch"
  elif command -v "${cross[$arch]}" >/dev/null; then
    CC="${cross[$arch]}" VERSION="$version" deploy/build.sh "$out" "$arch"
  else
    echo "release: no ${cross[$arch]} here, so no linux-${arch} binary" >&2
    continue
  fi
  echo "release: $out"
done
(cd dist && sha256sum newsbot-* > SHA256SUMS && cat SHA256SUMS)
