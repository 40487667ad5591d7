# newsbot in a container: a static binary built with cgo (SQLite), run as an
# unprivileged user on a small Debian with CA certificates and time zones.
#   docker build --build-arg VERSION=$(git describe --tags --always) -t newsbot .
#   docker run -e NEWSBOT_TELEGRAM_TOKEN=… -v newsbot-data:/var/lib/newsbot newsbot
# deploy/build-check.sh runs the same build steps without Docker.

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN VERSION="$VERSION" deploy/build.sh /out/newsbot && /out/newsbot version

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates tzdata \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /var/lib/newsbot --shell /usr/sbin/nologin newsbot \
 && install -d -o newsbot -g newsbot -m 0700 /var/lib/newsbot
COPY --from=build /out/newsbot /usr/local/bin/newsbot
COPY config.example.toml /etc/newsbot/config.toml
ENV NEWSBOT_CONFIG=/etc/newsbot/config.toml \
    NEWSBOT_DATABASE_PATH=/var/lib/newsbot/newsbot.db \
    NEWSBOT_HTTP_LISTEN=0.0.0.0:9090
USER newsbot:newsbot
WORKDIR /var/lib/newsbot
VOLUME ["/var/lib/newsbot"]
# 9090: /healthz, /readyz, /livez and /metrics; 8443: webhook mode.
EXPOSE 9090 8443
# Ready means every part works (503 while Telegram cannot be reached).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["newsbot", "health"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["newsbot"]
CMD ["run"]
