#!/usr/bin/env bash
# Start a local PostgreSQL cluster for the team-library tests and print the settings the tests read.
# Usage: eval "$(bash .ci/postgres.sh)"   — prints "export JOURNEYMAP_TEST_PG_*=..." lines.
# Needs root (installs Debian's postgresql when missing). Exits 0 without output when impossible,
# so the PostgreSQL tests skip with their own message.
set -uo pipefail
# Only the export lines go to the caller: every other output (apt, pg_ctlcluster's "Removed stale
# pid file", psql) goes to stderr, so nothing else can ever be run by the shell that evaluates it.
# Commands that may leave a server running get `3>&-`: a daemon holding fd 3 would keep the caller's
# $(...) waiting for end of file forever.
exec 3>&1 1>&2
log() { echo "postgres.sh: $*"; }

if [[ $(id -u) != 0 ]]; then log "not root: not starting PostgreSQL"; exit 0; fi
if ! command -v pg_lsclusters >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) 3>&- \
    || { log "could not install postgresql"; exit 0; }
fi
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
if [[ -z ${version:-} ]]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  pg_createcluster "$version" main >/dev/null 3>&- || { log "could not create a cluster"; exit 0; }
  read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
fi
if [[ $status != online* ]]; then
  pg_ctlcluster "$version" "$cluster" start 3>&- || { log "could not start cluster $version/$cluster"; exit 0; }
fi
password=journeymap-ci
su postgres -c "psql -q -p $port -c \"ALTER USER postgres PASSWORD '$password'\"" >/dev/null \
  || { log "could not set the postgres password"; exit 0; }
{
  echo "export JOURNEYMAP_TEST_PG_HOST=127.0.0.1"
  echo "export JOURNEYMAP_TEST_PG_PORT=$port"
  echo "export JOURNEYMAP_TEST_PG_USER=postgres"
  echo "export JOURNEYMAP_TEST_PG_PASSWORD=$password"
} >&3
log "PostgreSQL $version/$cluster is running on port $port"
