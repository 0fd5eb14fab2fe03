#!/bin/bash
# Runs one of Kafka's command-line tools (a class of kafka-tools) on the image's jars, as the
# apache/kafka image's bin/ scripts do; it logs warnings only, to stderr.
exec java ${KAFKA_TOOLS_HEAP_OPTS:--Xmx256m} -Dlog4j2.configurationFile=/opt/kafka/config/tools-log4j2.properties \
  -cp '/opt/kafka/libs/*' "$@"
