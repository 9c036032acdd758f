#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the platform's tests and benchmarks, from Debian's
# postgresql package: `scripts/pg-cluster.sh start <dir> <port>` prints its URL;
# `scripts/pg-cluster.sh stop <dir>` stops it. initdb refuses root, so the cluster runs as
# the package's postgres user; the socket goes into <dir> (short paths only).
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?data folder}; port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_pg "$bin/initdb -D '$dir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >'$dir/initdb.log' 2>&1"
    fi
    as_pg "$bin/pg_ctl -D '$dir/data' -l '$dir/log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c max_connections=200\" start >/dev/null"
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "$bin/pg_ctl -D '$dir/data' -m fast -w stop >/dev/null" || true
    ;;
  *) echo "usage: $0 start <dir> [port] | stop <dir>" >&2; exit 2 ;;
esac
