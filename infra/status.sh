#!/usr/bin/env bash
# One line per server: running (ours, with pid) / answering but not ours /
# starting / stopped. Always exits 0; it only reports.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

for name in "${SERVERS[@]}"; do
  port="$(server_port "$name")"
  # Mailpit's second port: where its web page and API are.
  [[ "$name" == mailpit ]] && port="$port (web: http://$HOST:$MAILPIT_PORT)"
  if pid="$(running_pid "$name")"; then
    if port_open "$(server_port "$name")"; then
      log "$name: running (pid $pid) on $HOST:$port"
    else
      log "$name: process running (pid $pid) but $HOST:$port not answering (starting, or unhealthy: see $LOG_DIR/$name.log)"
    fi
  elif port_open "$(server_port "$name")"; then
    log "$name: answering on $HOST:$port but not started by infra/up.sh"
  else
    log "$name: stopped"
  fi
done
