#!/usr/bin/env bash
# After `kubectl apply -k <overlay>`: waits until Kafka, both databases and the three services are
# ready in the namespace, then asks Balans what a person would, through a port-forward to the
# advisor (no Ingress or DNS needed). Exits non-zero, saying what failed, if anything is not right.
#   deploy/kubernetes/smoke-test.sh [namespace]     (default: balans)
set -euo pipefail
namespace="${1:-balans}"
port="${BALANS_SMOKE_PORT:-18080}"
k() { kubectl --namespace "$namespace" "$@"; }

echo "Waiting for Kafka and the databases in $namespace (first start: several minutes)..."
k wait kafka.kafka.strimzi.io/balans --for=condition=Ready --timeout=900s
k wait cluster.postgresql.cnpg.io/catalog-db cluster.postgresql.cnpg.io/history-db \
  --for=condition=Ready --timeout=900s
for service in catalog-service history-service advisor-service; do
  k rollout status "deployment/$service" --timeout=600s
done

k port-forward service/advisor-service "$port:8080" >/dev/null 2>&1 &
forward=$!
trap 'kill "$forward" 2>/dev/null || true' EXIT
for _ in $(seq 1 30); do
  curl -s -o /dev/null "localhost:$port/numbers/0501234567" && break
  sleep 1
done

fail() { echo "SMOKE TEST FAILED: $1" >&2; exit 1; }
number=$(curl -s "localhost:$port/numbers/0501234567")
grep -q '"valid":true' <<<"$number" || fail "GET /numbers answered: $number"
grep -q '"id":"azercell"' <<<"$number" || fail "the advisor has no catalog: $number"
advice=$(curl -s -X POST "localhost:$port/recommendations" -H 'Content-Type: application/json' \
  -d '{"number":"0501234567","paymentMethods":["international-card"]}')
grep -q '"rank":1' <<<"$advice" || fail "POST /recommendations answered: $advice"
grep -q '"degraded":false' <<<"$advice" || fail "the advisor cannot reach history: $advice"
echo "Balans answers in namespace $namespace: number lookup, recommendations, history reached."
