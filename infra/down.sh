#!/usr/bin/env bash
# Stops the servers that infra/up.sh started (those with a pid file):
#   infra/down.sh                 all three
#   infra/down.sh kafka           just Kafka
#   infra/down.sh ferretdb        just FerretDB
#   infra/down.sh mailpit         just Mailpit
# SIGTERM first (Kafka then shuts down cleanly, which makes the next start
# faster), SIGKILL after 20 s. A server without a pid file (external, or
# already stopped) is never touched. Safe to run when nothing runs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STOP_TIMEOUT="${INFRA_STOP_TIMEOUT:-20}" # seconds before SIGKILL

names=("$@")
((${#names[@]})) || names=("${SERVERS[@]}")
for name in "${names[@]}"; do server_port "$name" >/dev/null; done # validate

mkdir -p "$RUN_DIR"
exec 9>"$RUN_DIR/updown.lock"
flock 9

stop() {
  local name="$1" pid
  if ! pid="$(running_pid "$name")"; then
    rm -f "$(pid_file "$name")" # stale (process gone) or absent
    if port_open "$(server_port "$name")"; then
      log "$name: not started by infra/up.sh (something else answers on $HOST:$(server_port "$name")); left alone"
    else
      log "$name: not running"
    fi
    return
  fi
  terminate "$name" "$pid" "$STOP_TIMEOUT"
  log "$name: stopped (pid $pid)"
}

for name in "${names[@]}"; do stop "$name"; done
