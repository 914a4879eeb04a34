# shellcheck shell=bash
# shellcheck disable=SC2034 # variables used by the scripts that source this
# Shared settings and helpers for infra/*.sh. Sourced, never run directly.
#
# Everything these scripts create (jars, binaries, data, logs, pid files) lives
# under ONE git-ignored folder, $INFRA_DIR, so wiping it resets the local
# infrastructure. Maven's (~/.m2) and Go's (~/go, ~/.cache/go-build) own caches
# stay where those tools keep them.
#
# TETRIS_INFRA_STATE_DIR moves what belongs to one running instance (data,
# logs, pid files, the generated Kafka config) elsewhere while the fetched
# jars and binary stay shared: with other ports, it runs a second, private
# instance that a destructive test may stop and start without disturbing the
# instance everyone else uses. Unset, it is $INFRA_DIR, as before.

INFRA_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(dirname "$INFRA_SRC")"

INFRA_DIR="${TETRIS_INFRA_DIR:-$REPO_ROOT/.infra}"
mkdir -p "$INFRA_DIR"
INFRA_DIR="$(cd "$INFRA_DIR" && pwd)" # absolute: it ends up in configs and URLs
STATE_DIR="${TETRIS_INFRA_STATE_DIR:-$INFRA_DIR}"
mkdir -p "$STATE_DIR"
STATE_DIR="$(cd "$STATE_DIR" && pwd)"

# Always 127.0.0.1, never "localhost": Node may resolve localhost to ::1,
# where nothing listens.
HOST=127.0.0.1
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
MONGO_PORT="${MONGO_PORT:-27017}"
SMTP_PORT="${SMTP_PORT:-1025}"       # Mailpit's SMTP server
MAILPIT_PORT="${MAILPIT_PORT:-8025}" # Mailpit's web page and HTTP API

KAFKA_VERSION=3.9.1
# The FerretDB version is the one pinned in infra/ferretdb/go.mod.
FERRETDB_VERSION="$(awk '$1 == "require" && $2 == "github.com/FerretDB/FerretDB" { print $3 }' "$INFRA_SRC/ferretdb/go.mod")"
# The Mailpit version is the one pinned in infra/mailpit/go.mod.
MAILPIT_VERSION="$(awk '$1 == "require" && $2 == "github.com/axllent/mailpit" { print $3 }' "$INFRA_SRC/mailpit/go.mod")"

KAFKA_LIB="$INFRA_DIR/kafka/lib"
# The Kafka config names the instance's ports and log dir, so it is per instance
# (running_pid also recognises the broker by its path).
KAFKA_CONF_DIR="$STATE_DIR/kafka"
FERRETDB_BIN="$INFRA_DIR/bin/ferretdb"
MAILPIT_BIN="$INFRA_DIR/bin/mailpit"
DATA_DIR="$STATE_DIR/data"
LOG_DIR="$STATE_DIR/logs"
RUN_DIR="$STATE_DIR/run"

SERVERS=(kafka ferretdb mailpit)

log() { printf '%s\n' "$*"; }
die() { printf 'infra: %s\n' "$*" >&2; exit 1; }

# Port of a server by name.
server_port() {
  case "$1" in
    kafka) echo "$KAFKA_PORT" ;;
    ferretdb) echo "$MONGO_PORT" ;;
    # Mailpit listens on two ports; the SMTP one is the one the system uses.
    mailpit) echo "$SMTP_PORT" ;;
    *) die "unknown server '$1' (expected one of: ${SERVERS[*]})" ;;
  esac
}

# True when something accepts TCP connections on 127.0.0.1:$1.
# Uses bash's /dev/tcp so no nc/curl is needed; `timeout` guards against a
# connect that hangs instead of being refused.
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null
}

pid_file() { echo "$RUN_DIR/$1.pid"; }

# Prints the pid of server $1 if its pid file names a live process that is
# really that server (a pid can be reused by an unrelated process after a
# reboot or crash, so the command line is checked too). Fails otherwise.
running_pid() {
  local name="$1" file pid cmdline marker
  file="$(pid_file "$name")"
  [[ -s "$file" ]] || return 1
  pid="$(<"$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  case "$name" in
    kafka) marker="$KAFKA_CONF_DIR/server.properties" ;;
    # The binary is shared by every instance: its data folder tells them apart.
    ferretdb) marker="--sqlite-url=file:$DATA_DIR/ferretdb/" ;;
    mailpit) marker="--database=$DATA_DIR/mailpit/mailpit.db" ;;
  esac
  [[ "$cmdline" == *"$marker"* ]] || return 1
  echo "$pid"
}

# Stops process $2 (server $1): SIGTERM, then SIGKILL after $3 seconds.
# Waits until it is gone and removes the pid file.
terminate() {
  local name="$1" pid="$2" grace="$3" deadline
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + grace))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name: still running after ${grace}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  rm -f "$(pid_file "$name")"
}

# Fails with a message naming the package to install when a command is missing.
require_cmd() {
  local cmd="$1" hint="$2"
  command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' not found on PATH; install $hint"
}

# The Kafka classpath: every jar fetched by Maven (the JVM expands 'dir/*').
kafka_cp() { echo "$KAFKA_LIB/*"; }

# Runs a Kafka command-line class (StorageTool, TopicCommand, ...) with the
# fetched jars and quiet logging.
kafka_java() {
  java -Xmx256m -cp "$(kafka_cp)" \
    -Dlog4j.configuration="file:$INFRA_SRC/kafka/log4j-tools.properties" \
    "$@"
}
