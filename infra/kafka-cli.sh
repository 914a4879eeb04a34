#!/usr/bin/env bash
# Runs a Kafka command-line tool with the jars fetched by infra/fetch.sh (there
# is no Kafka tarball, hence no bin/kafka-*.sh). --bootstrap-server defaults
# to the local broker when not given. Examples:
#   infra/kafka-cli.sh topics --list
#   infra/kafka-cli.sh topics --describe --topic demo
#   infra/kafka-cli.sh console-consumer --topic demo --from-beginning --max-messages 1
#   echo hello | infra/kafka-cli.sh console-producer --topic demo
#   infra/kafka-cli.sh consumer-groups --list
#   infra/kafka-cli.sh org.apache.kafka.tools.LogDirsCommand --describe
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat >&2 <<EOF
usage: infra/kafka-cli.sh TOOL [ARGS...]
TOOL: topics | console-producer | console-consumer | consumer-groups |
      api-versions | metadata-quorum | configs | a fully qualified class name
EOF
  exit 2
}
(($#)) || usage
tool="$1"
shift

case "$tool" in
  topics) class=org.apache.kafka.tools.TopicCommand ;;
  console-producer) class=kafka.tools.ConsoleProducer ;; # still in the broker jar in 3.9
  console-consumer) class=org.apache.kafka.tools.consumer.ConsoleConsumer ;;
  consumer-groups) class=org.apache.kafka.tools.consumer.group.ConsumerGroupCommand ;;
  api-versions) class=kafka.admin.BrokerApiVersionsCommand ;;
  metadata-quorum) class=org.apache.kafka.tools.MetadataQuorumCommand ;;
  configs) class=kafka.admin.ConfigCommand ;;
  -h | --help) usage ;;
  *.*) class="$tool" ;;
  *) usage ;;
esac

[[ -d "$KAFKA_LIB" ]] || die "no Kafka jars in $KAFKA_LIB: run infra/fetch.sh first"

args=("$@")
if [[ " ${args[*]-} " != *" --bootstrap-server "* ]]; then
  args=(--bootstrap-server "$HOST:$KAFKA_PORT" ${args[@]+"${args[@]}"})
fi
kafka_java "$class" "${args[@]}"
