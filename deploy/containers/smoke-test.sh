#!/usr/bin/env bash
# Against the suite in containers (./mvnw package -Pstart-containers): asks Balans what a person would
# (a number lookup, a recommendation, a diagnosis), and sends one failed top-up through Kafka, as a
# payment system would, then finds it in history and in the advisor's diagnosis of that attempt.
# Exits non-zero, saying what failed, if anything is not right.
#   deploy/containers/smoke-test.sh
# Where things are, if not where the suite puts them by default:
#   BALANS_ADVISOR_URL (http://localhost:8080), BALANS_HISTORY_URL (http://localhost:8082),
#   BALANS_TOKENS (~/.balans/containers/tokens), BALANS_KAFKA_CONTAINER (balans-kafka)
set -euo pipefail
advisor="${BALANS_ADVISOR_URL:-http://localhost:8080}"
history="${BALANS_HISTORY_URL:-http://localhost:8082}"
tokens="${BALANS_TOKENS:-$HOME/.balans/containers/tokens}"
kafka="${BALANS_KAFKA_CONTAINER:-balans-kafka}"
fail() { echo "SMOKE TEST FAILED: $1" >&2; exit 1; }
[ -r "$tokens/support-agent.jwt" ] || fail "no demo token in $tokens (is the suite in containers up?)"
agent="Authorization: Bearer $(cat "$tokens/support-agent.jwt")"

number=$(curl -s "$advisor/numbers/0501234567")
grep -q '"e164":"+994501234567"' <<<"$number" || fail "GET /numbers answered: $number"
grep -q '"rangeHolder":{"id":"azercell"' <<<"$number" || fail "the advisor has no catalog: $number"
echo "number lookup: 0501234567 is +994501234567, in Azercell's range"

# the advisor waits briefly for history and says so (degraded) rather than keep a person waiting:
# the first asks after a start, on a cold JVM, can take longer than that
for _ in $(seq 1 10); do
  advice=$(curl -s -X POST "$advisor/recommendations" -H 'Content-Type: application/json' \
    -d '{"number":"0501234567","paymentMethods":["international-card"]}')
  grep -q '"degraded":false' <<<"$advice" && break
  sleep 1
done
grep -q '"rank":1' <<<"$advice" || fail "POST /recommendations answered: $advice"
grep -q '"degraded":false' <<<"$advice" || fail "the advisor cannot reach history: $advice"
echo "recommendation: ranked options, not degraded"

# one failed top-up, keyed by the number as the contract says, through the broker's own producer
attempt="smoke-$(date +%s)"
event=$(printf '{"specversion":"1.0","id":"%s-failed","type":"az.balans.recharge.failed","source":"/smoke-test","time":"%s","datacontenttype":"application/json","data":{"attemptId":"%s","msisdn":"+994501234567","carrier":"azercell","channelId":"millon-kiosk","paymentMethod":"cash","amount":"5.00","currency":"AZN","failureCode":"CARD_DECLINED","failureDetail":"smoke test"}}' \
  "$attempt" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$attempt")
printf '+994501234567|%s\n' "$event" | docker exec -i "$kafka" /opt/kafka/bin/kafka-console-producer.sh \
  --bootstrap-server kafka:19092 --topic recharge-events --property parse.key=true --property 'key.separator=|' \
  || fail "could not publish to recharge-events through $kafka"
stored=""
for _ in $(seq 1 30); do
  stored=$(curl -s -H "$agent" "$history/attempts/$attempt")
  grep -q '"state":"failed"' <<<"$stored" && break
  sleep 1
done
grep -q '"state":"failed"' <<<"$stored" || fail "history did not store attempt $attempt within 30 s: $stored"
echo "event through Kafka: history stored attempt $attempt as failed"

for _ in $(seq 1 10); do
  diagnosis=$(curl -s -X POST "$advisor/diagnoses" -H "$agent" -H 'Content-Type: application/json' \
    -d "{\"number\":\"0501234567\",\"attemptId\":\"$attempt\"}")
  grep -q '"degraded":false' <<<"$diagnosis" && break
  sleep 1
done
# the request names no failure code: the one in the evidence is history's, from the event
grep -q '"fact":"failureCode","value":"CARD_DECLINED"' <<<"$diagnosis" \
  || fail "the diagnosis does not see the failed attempt: $diagnosis"
grep -q '"degraded":false' <<<"$diagnosis" || fail "the diagnosis is degraded: $diagnosis"
echo "diagnosis: the advisor explains attempt $attempt from history's record (the card was declined)"
echo "Balans in containers answers: number lookup, recommendation, an event through Kafka to history, diagnosis."
