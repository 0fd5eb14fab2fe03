#!/usr/bin/env bash
# The services' images as Jib built them on balans/jre (./mvnw package -Pstart-containers, or -DskipTests
# -Pcontainers -Dquarkus.container-image.build=true): each runs as the non-root user 185 with the JVM
# flags the Kubernetes manifests expect (the heap from the container's memory limit). That they start
# under the manifests' memory limit, read-only, and answer on the management port, the suite in
# containers shows (deploy/local/stack's ContainerSuite, then smoke-test.sh).
#   check-service-images.sh [tag]      (default: the project's version)
set -euo pipefail
tag="${1:-${BALANS_IMAGE_TAG:-0.1.0-SNAPSHOT}}"
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
