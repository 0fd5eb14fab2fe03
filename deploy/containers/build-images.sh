#!/usr/bin/env bash
# Builds Balans's base images on the local Docker engine from Debian's mirror and Maven Central only
# (no image registry is needed, or reached):
#   balans/debian:<suite>          debootstrap --variant=minbase from the mirror apt uses
#   balans/jre:<java>              Debian's OpenJDK runtime, headless
#   balans/postgres:<version>      zonky's PostgreSQL binaries (the ones the embedded path runs)
#   balans/kafka:<version>         a single-node KRaft broker from the Apache Kafka jars, with its tools
# Versions come from the root pom, through the Maven build that runs this (./mvnw package
# -Pcontainers -pl deploy/containers). An image is rebuilt only when what it is made from changed:
# each carries the digest of its inputs as the label balans.inputs.
#   build-images.sh <directory the Maven build prepared>
set -euo pipefail
work="$1"
here="$(cd "$(dirname "$0")" && pwd)"
: "${DEBIAN_SUITE:?}" "${JAVA_RELEASE:?}" "${POSTGRES_VERSION:?}" "${KAFKA_VERSION:?}"
command -v docker >/dev/null || { echo "Building the images needs a Docker engine (apt-get install docker.io)" >&2; exit 1; }
docker info >/dev/null 2>&1 || { echo "The Docker engine does not answer: start dockerd" >&2; exit 1; }

# the mirror apt uses on this machine, else Debian's own
mirror="${DEBIAN_MIRROR:-$(sed -n 's/^URIs: *\([^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)}"
mirror="${mirror:-http://deb.debian.org/debian}"

inputs_of() { # a digest of the files and words an image is made from
  { for f in "$@"; do if [ -f "$f" ]; then sha256sum "$f"; else echo "$f"; fi; done; } | sha256sum | cut -c1-16
}
current() { docker image inspect -f '{{ index .Config.Labels "balans.inputs" }}' "$1" 2>/dev/null || true; }

# 1. Debian, from the mirror. Files are put in the image in name order, owned by root, with one
#    time, so that the layer depends on the packages only.
base="balans/debian:$DEBIAN_SUITE"
inputs=$(inputs_of "$DEBIAN_SUITE" minbase)
if [ "$(current "$base")" != "$inputs" ]; then
  rootfs="$work/debian-rootfs"
  rm -rf "$rootfs"
  echo "[images] debootstrap $DEBIAN_SUITE from $mirror"
  debootstrap --variant=minbase "$DEBIAN_SUITE" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/*
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$rootfs" -c . \
    | docker import --change "LABEL balans.inputs=$inputs" - "$base" >/dev/null
  rm -rf "$rootfs"
fi

build() { # build <image> <context> <what it is made from> [--build-arg ...]
  local image="$1" context="$2" madeFrom="$3"; shift 3
  local inputs
  inputs=$(inputs_of "$(current "$base")" "$madeFrom" "$@")
  if [ "$(current "$image")" = "$inputs" ]; then
    echo "[images] $image is up to date"
    return
  fi
  echo "[images] building $image"
  docker build --quiet --label "balans.inputs=$inputs" --build-arg "BASE=$base" "$@" -t "$image" "$context" >/dev/null
}
recipe() { inputs_of $(find "$here/$1" -type f | sort); } # the Dockerfile and scripts of one image

# 2. the JRE
build "balans/jre:$JAVA_RELEASE" "$here/jre" "$(recipe jre)" --build-arg "JAVA_RELEASE=$JAVA_RELEASE"

# 3. PostgreSQL: zonky's archive of the binaries, unpacked here and copied in
rm -rf "$work/postgres/dist" && mkdir -p "$work/postgres/dist"
(cd "$work/postgres" && unzip -o -q postgres-binaries.jar '*.txz' && tar -xJf ./*.txz -C dist)
cp "$here/postgres/"* "$work/postgres/"
printf '*.jar\n*.txz\n' > "$work/postgres/.dockerignore"
build "balans/postgres:$POSTGRES_VERSION" "$work/postgres" \
  "$(recipe postgres) $(inputs_of "$work/postgres/postgres-binaries.jar")"

# 4. Kafka: its jars (copied by Maven) on the JRE
cp -r "$here/kafka/"* "$work/kafka/"
build "balans/kafka:$KAFKA_VERSION" "$work/kafka" \
  "$(recipe kafka) $(current "balans/jre:$JAVA_RELEASE") $(ls "$work/kafka/libs" | sha256sum | cut -c1-16)" \
  --build-arg "JRE=balans/jre:$JAVA_RELEASE"

docker image ls --format '{{.Repository}}:{{.Tag}}  {{.Size}}' | grep '^balans/' | sort
