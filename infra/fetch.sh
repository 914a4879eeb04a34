#!/usr/bin/env bash
# Downloads / builds what the local infrastructure needs, skipping what is
# already there:
#   - Kafka broker jars  -> $INFRA_DIR/kafka/lib   (Maven, from infra/kafka/pom.xml)
#   - FerretDB binary    -> $INFRA_DIR/bin/ferretdb (Go, from infra/ferretdb/go.mod)
#   - Mailpit binary     -> $INFRA_DIR/bin/mailpit  (Go, from infra/mailpit/go.mod)
# Only package registries are used (Maven Central, the Go module proxy), through
# their ordinary clients; no tarball or prebuilt binary is downloaded.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# Two concurrent fetches (e.g. parallel test runs calling up.sh) must not
# build into the same folders at once.
mkdir -p "$RUN_DIR"
exec 8>"$RUN_DIR/fetch.lock"
flock 8

# java runs Kafka, so it is needed even when nothing has to be downloaded.
require_cmd java "a Java 17+ runtime (Debian: apt-get install openjdk-17-jre-headless)"

# A stamp records which inputs a result was made from; when the committed
# pom.xml or go.mod/go.sum change, the result is rebuilt.
inputs_hash() { cat "$@" | sha256sum | cut -d' ' -f1; }

fetch_kafka() {
  local stamp="$KAFKA_LIB/.fetched" want tmp
  want="$(inputs_hash "$INFRA_SRC/kafka/pom.xml")"
  if [[ -f "$stamp" && "$(<"$stamp")" == "$want" ]]; then
    log "fetch: kafka $KAFKA_VERSION jars present ($KAFKA_LIB)"
    return
  fi
  require_cmd mvn "Apache Maven 3.6+ (Debian: apt-get install maven)"
  log "fetch: downloading kafka $KAFKA_VERSION jars with Maven..."
  # Copy into a temporary folder and swap it in at the end, so an interrupted
  # download never leaves a half-filled lib/ that looks complete.
  tmp="$INFRA_DIR/kafka/lib.tmp"
  rm -rf "$tmp"
  # Maven's output goes to a log, shown only if it fails.
  mkdir -p "$LOG_DIR"
  if ! mvn -B -Dstyle.color=never -f "$INFRA_SRC/kafka/pom.xml" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp" \
    >"$LOG_DIR/fetch-kafka.log" 2>&1; then
    tail -n 40 "$LOG_DIR/fetch-kafka.log" >&2
    die "kafka: Maven could not fetch the jars (full log: $LOG_DIR/fetch-kafka.log)"
  fi
  echo "$want" >"$tmp/.fetched"
  rm -rf "$KAFKA_LIB"
  mv "$tmp" "$KAFKA_LIB"
  log "fetch: kafka jars ready ($(find "$KAFKA_LIB" -name '*.jar' | wc -l) jars)"
}

fetch_ferretdb() {
  local stamp="$FERRETDB_BIN.fetched" want build src
  want="$(inputs_hash "$INFRA_SRC/ferretdb/go.mod" "$INFRA_SRC/ferretdb/go.sum" "$INFRA_SRC/ferretdb/tools.go" "$INFRA_SRC/ferretdb/id-pushdown.patch")"
  if [[ -x "$FERRETDB_BIN" && -f "$stamp" && "$(<"$stamp")" == "$want" ]]; then
    log "fetch: ferretdb $FERRETDB_VERSION binary present ($FERRETDB_BIN)"
    return
  fi
  local go_hint="Go 1.22 or later (Debian bookworm's golang-go is 1.19, too old: use bookworm-backports' golang-1.22 or newer, or an official Go release)"
  require_cmd go "$go_hint"
  # FerretDB v1.24's go.mod says "go 1.22"; GOTOOLCHAIN=local below forbids
  # fetching a newer toolchain, so an older Go must fail here, clearly.
  local gov
  gov="$(GOTOOLCHAIN=local go env GOVERSION)" # e.g. go1.26.8
  if [[ ! "$gov" =~ ^go1\.([0-9]+) ]] || ((BASH_REMATCH[1] < 22)); then
    die "found $gov; install $go_hint"
  fi
  log "fetch: building ferretdb $FERRETDB_VERSION with Go (a few minutes on a cold cache)..."

  # Work on a copy of the committed build module, so the tree stays clean.
  build="$INFRA_DIR/build/ferretdb"
  rm -rf "$build"
  mkdir -p "$build" "$(dirname "$FERRETDB_BIN")"
  cp "$INFRA_SRC/ferretdb/go.mod" "$INFRA_SRC/ferretdb/go.sum" "$INFRA_SRC/ferretdb/tools.go" "$build/"
  (
    cd "$build"
    # GOTOOLCHAIN=local: never try to download another Go toolchain.
    # -mod=mod: go.sum of this throwaway copy may be completed as needed.
    # Note: `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.0` does
    # NOT work here: it asks the proxy for the module's version list, which is
    # refused. Building from a module that requires the exact version works.
    # CGO_ENABLED=0: FerretDB's SQLite is pure Go (modernc.org/sqlite), so the
    # binary can be static and no C compiler is needed.
    export GOTOOLCHAIN=local GOFLAGS="${GOFLAGS:-} -mod=mod" CGO_ENABLED=0
    go mod download github.com/FerretDB/FerretDB
    src="$(go list -m -f '{{.Dir}}' github.com/FerretDB/FerretDB)"

    # FerretDB's main package panics at start-up ("Invalid
    # build/version/version.txt") unless build/version/version.txt holds its
    # version: the release process generates that file and the module zip
    # lacks it. The module cache is read-only (and -overlay may not touch it),
    # so build from a writable copy of the source with the file added.
    cp -r "$src" "$build/ferretdb-src"
    chmod -R u+w "$build/ferretdb-src"
    echo "$FERRETDB_VERSION" >"$build/ferretdb-src/build/version/version.txt"
    # Our one change to FerretDB (see the patch's comment): a filter that names an _id is
    # narrowed to that row in SQLite even when it has other keys, e.g. {_id, version}.
    # Without it every such update reads the whole collection. git apply works outside a
    # repository, so no `patch` command is needed.
    (cd "$build/ferretdb-src" && git apply "$INFRA_SRC/ferretdb/id-pushdown.patch")
    go mod edit -replace=github.com/FerretDB/FerretDB=./ferretdb-src

    local out="$FERRETDB_BIN.tmp"
    if ! go build -trimpath -buildvcs=false -o "$out" github.com/FerretDB/FerretDB/cmd/ferretdb; then
      # Go 1.23+ rejects some //go:linkname uses in older dependencies at link
      # time; this flag is the documented escape hatch. (Not needed with Go
      # 1.26 and FerretDB v1.24.0, kept for other Go releases.)
      log "fetch: retrying the ferretdb link with -ldflags=-checklinkname=0"
      go build -trimpath -buildvcs=false -ldflags=-checklinkname=0 -o "$out" github.com/FerretDB/FerretDB/cmd/ferretdb
    fi
    mv "$out" "$FERRETDB_BIN"
  )
  echo "$want" >"$stamp"
  # ~4 MB of source copy; the Go caches keep what a rebuild needs.
  rm -rf "$build"
  rmdir "$INFRA_DIR/build" 2>/dev/null || true
  log "fetch: ferretdb ready ($("$FERRETDB_BIN" --version 2>&1 | head -1))"
}

fetch_mailpit() {
  local stamp="$MAILPIT_BIN.fetched" want build
  want="$(inputs_hash "$INFRA_SRC/mailpit/go.mod" "$INFRA_SRC/mailpit/go.sum" "$INFRA_SRC/mailpit/tools.go")"
  if [[ -x "$MAILPIT_BIN" && -f "$stamp" && "$(<"$stamp")" == "$want" ]]; then
    log "fetch: mailpit $MAILPIT_VERSION binary present ($MAILPIT_BIN)"
    return
  fi
  local go_hint="Go 1.26 or later (Mailpit $MAILPIT_VERSION's go.mod says \"go 1.26.0\"; use an official Go release or a backports package)"
  require_cmd go "$go_hint"
  # GOTOOLCHAIN=local below forbids fetching a newer toolchain, so an older Go
  # must fail here, clearly.
  local gov
  gov="$(GOTOOLCHAIN=local go env GOVERSION)" # e.g. go1.26.8
  if [[ ! "$gov" =~ ^go1\.([0-9]+) ]] || ((BASH_REMATCH[1] < 26)); then
    die "found $gov; install $go_hint"
  fi
  log "fetch: building mailpit $MAILPIT_VERSION with Go (a few minutes on a cold cache)..."

  # Work on a copy of the committed build module, so the tree stays clean.
  build="$INFRA_DIR/build/mailpit"
  rm -rf "$build"
  mkdir -p "$build" "$(dirname "$MAILPIT_BIN")" "$LOG_DIR"
  cp "$INFRA_SRC/mailpit/go.mod" "$INFRA_SRC/mailpit/go.sum" "$INFRA_SRC/mailpit/tools.go" "$build/"
  (
    cd "$build"
    # Same settings as FerretDB's build: no other toolchain, a go.sum that
    # may be completed in this throwaway copy, and a static binary (Mailpit's
    # SQLite is modernc.org/sqlite, pure Go: no C compiler needed).
    export GOTOOLCHAIN=local GOFLAGS="${GOFLAGS:-} -mod=mod" CGO_ENABLED=0
    local out="$MAILPIT_BIN.tmp"
    # The release process stamps the version with -X; without it Mailpit
    # calls itself "dev".
    go build -trimpath -buildvcs=false \
      -ldflags="-s -w -X github.com/axllent/mailpit/config.Version=$MAILPIT_VERSION" \
      -o "$out" github.com/axllent/mailpit
    mv "$out" "$MAILPIT_BIN"
  )
  echo "$want" >"$stamp"
  rm -rf "$build"
  rmdir "$INFRA_DIR/build" 2>/dev/null || true
  log "fetch: mailpit ready ($("$MAILPIT_BIN" version --no-release-check 2>&1 | head -1 | sed "s|^.*/mailpit ||"))"
}

fetch_kafka
fetch_ferretdb
fetch_mailpit
