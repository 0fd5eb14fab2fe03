#!/usr/bin/env bash
# The services' images as Jib built them on balans/jre (./mvnw package -DskipTests -Pcontainers
# -Dquarkus.container-image.build=true): each runs as the non-root user 185 with the JVM flags the
# Kubernetes manifests expect (the heap from the container's memory limit), and the advisor, which
# needs no database to start, starts under the manifests' memory limit and answers its liveness
# probe on the management port (9000). Starting catalog and history needs their databases and Kafka.
#   check-service-images.sh [tag]      (default: the project's version)
set -euo pipefail
tag="${1:-0.1.0-SNAPSHOT}"
registry="${BALANS_IMAGE_REGISTRY:-ghcr.io}/${BALANS_IMAGE_GROUP:-balans}"
fail() { echo "$1" >&2; exit 1; }
for service in catalog-service history-service advisor-service; do
  image="$registry/$service:$tag"
  user="$(docker image inspect -f '{{.Config.User}}' "$image")" || fail "$image was not built"
  entrypoint="$(docker image inspect -f '{{json .Config.Entrypoint}}' "$image")"
  [ "$user" = 185 ] || fail "$image runs as '$user', not 185"
  for flag in -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError; do
    grep -q -- "$flag" <<<"$entrypoint" || fail "$image: no $flag in $entrypoint"
  done
  echo "$image: user 185, -XX:MaxRAMPercentage=75 (the heap from the memory limit), -XX:+ExitOnOutOfMemoryError"
done

image="$registry/advisor-service:$tag"
name=balans-check-advisor
docker rm -f "$name" >/dev/null 2>&1 || true
trap 'docker rm -f "$name" >/dev/null 2>&1 || true' EXIT
docker run -d --name "$name" -m 512m -e QUARKUS_MANAGEMENT_PORT=9000 "$image" >/dev/null
address="$(docker inspect -f '{{.NetworkSettings.IPAddress}}' "$name")"
status=000
for _ in $(seq 1 60); do
  status="$(curl -s -o /dev/null -w '%{http_code}' "http://$address:9000/q/health/live" || true)"
  [ "$status" = 200 ] && break
  sleep 1
done
[ "$status" = 200 ] || { docker logs "$name" 2>&1 | tail -20 >&2; fail "$image: liveness answered $status"; }
[ "$(docker exec "$name" id -u)" = 185 ] || fail "$image: not running as 185"
echo "$image: started under 512 MiB as user 185, live on the management port"
