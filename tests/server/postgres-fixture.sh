#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server tests, on a free loopback port in a
# temporary folder. ctest runs "start" as a FIXTURES_SETUP test and "stop" as its
# FIXTURES_CLEANUP; the tests read STATE_DIR/postgres.env. Without PostgreSQL the
# env file says why, and every PostgreSQL test reports itself skipped with that reason.
#   postgres-fixture.sh start|stop STATE_DIR
set -euo pipefail

action=${1:?start or stop}
state=${2:?state directory}
envfile="$state/postgres.env"

find_bindir() {
    if command -v pg_config >/dev/null 2>&1; then
        local dir
        dir=$(pg_config --bindir 2>/dev/null || true)
        if [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
    fi
    local candidate
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$candidate/initdb" ]; then echo "$candidate"; return; fi
    done
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
}

# As root, PostgreSQL refuses to run: the cluster belongs to the postgres user.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

unavailable() {
    mkdir -p "$state"
    printf 'unavailable=%s\n' "$1" > "$envfile"
    echo "postgres-fixture: PostgreSQL tests will be skipped: $1"
    exit 0
}

stop_cluster() {
    if [ -f "$state/cluster" ]; then
        local data bindir
        data=$(cat "$state/cluster")
        bindir=$(cat "$state/bindir")
        as_owner "$bindir/pg_ctl" -D "$data/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$data"
        rm -f "$state/cluster" "$state/bindir"
    fi
}

case "$action" in
start)
    stop_cluster
    rm -f "$envfile"
    mkdir -p "$state"
    bindir=$(find_bindir)
    [ -n "$bindir" ] || unavailable "PostgreSQL server binaries (initdb, pg_ctl) are not installed (Debian: apt-get install postgresql)"
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        unavailable "running as root, but there is no postgres user to own the cluster"
    fi
    dir=$(mktemp -d "${TMPDIR:-/tmp}/kasboek-pg.XXXXXX")
    chmod 755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    echo "$dir" > "$state/cluster"
    echo "$bindir" > "$state/bindir"
    if ! as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
            >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        stop_cluster
        unavailable "initdb failed"
    fi
    # A free port: try random ones until the server starts (another may take one meanwhile).
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
                -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200" \
                start >/dev/null 2>&1; then
            printf 'host=127.0.0.1\nport=%s\nuser=postgres\ndatabase=postgres\n' "$port" > "$envfile"
            echo "postgres-fixture: PostgreSQL ($bindir) on 127.0.0.1:$port"
            exit 0
        fi
    done
    tail -20 "$dir/server.log" >&2 || true
    stop_cluster
    unavailable "the throwaway PostgreSQL server did not start"
    ;;
stop)
    stop_cluster
    rm -f "$envfile"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
