#!/bin/sh
# First start: make the cluster, the user and the database the environment names, as the official
# image does (POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB). zonky's build has the server's
# programs and no client, so the database is made in single-user mode, before the server listens.
set -eu
[ "${1:-}" = postgres ] && shift
user="${POSTGRES_USER:-postgres}"
database="${POSTGRES_DB:-$user}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  password="$(mktemp)"
  printf '%s' "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}" > "$password"
  initdb -D "$PGDATA" -U "$user" --pwfile="$password" -E UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$password"
  echo "listen_addresses = '*'" >> "$PGDATA/postgresql.conf"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  if [ "$database" != postgres ]; then
    echo "CREATE DATABASE \"$database\" OWNER \"$user\"" | postgres --single -D "$PGDATA" postgres >/dev/null
  fi
fi
exec postgres -D "$PGDATA" "$@"
