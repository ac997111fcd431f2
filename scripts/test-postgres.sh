#!/usr/bin/env bash
# Start or stop the local PostgreSQL cluster the HQ tests use (Debian's postgresql
# package, installed by scripts/install-system-deps.sh), with the test role and database:
#   postgresql+psycopg://cafe:cafe@127.0.0.1/hq_test   (CAFE_POS_TEST_PG overrides it)
# Usage, as root: scripts/test-postgres.sh start|stop
set -euo pipefail
action=${1:-start}

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "cafe-pos: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi
read -r version cluster _ < <(pg_lsclusters --no-header | head -n 1)
if [ -z "${version:-}" ]; then
  echo "cafe-pos: no PostgreSQL cluster found (pg_createcluster 15 main)" >&2
  exit 1
fi

case "$action" in
  start)
    pg_ctlcluster "$version" "$cluster" start 2>/dev/null || true
    for _ in $(seq 1 30); do
      su postgres -c "pg_isready -q" && break
      sleep 0.5
    done
    su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname='cafe'\"" | grep -q 1 ||
      su postgres -c "psql -qc \"create role cafe login password 'cafe' createdb\""
    # a test drops its database WITH (FORCE): that ends an autovacuum worker busy on it
    # too, which only a member of pg_signal_backend may do
    su postgres -c "psql -qc \"set client_min_messages = warning; grant pg_signal_backend to cafe\""
    su postgres -c "psql -qtAc \"select 1 from pg_database where datname='hq_test'\"" | grep -q 1 ||
      su postgres -c "createdb -O cafe hq_test"
    echo "cafe-pos: PostgreSQL $version/$cluster running (postgresql+psycopg://cafe:cafe@127.0.0.1/hq_test)"
    ;;
  stop)
    pg_ctlcluster "$version" "$cluster" stop || true
    echo "cafe-pos: PostgreSQL $version/$cluster stopped"
    ;;
  *)
    echo "usage: scripts/test-postgres.sh start|stop" >&2
    exit 2
    ;;
esac
