#!/bin/sh
# pg-test-server.sh start|stop STATE_DIR: a throw-away PostgreSQL 15 for the tests labelled
# "postgresql" (CTest runs start and stop as the setup and cleanup of the fixture "postgresql").
# start: initdb + pg_ctl in a fresh temporary folder, as an unprivileged user (initdb refuses root:
# the "postgres" user of the Debian package, else "nobody"), listening on 127.0.0.1 on a free port
# and on a Unix socket in that folder. Writes STATE_DIR/port and STATE_DIR/datadir for the tests.
# Everyone may connect as the superuser "postgres" without a password, except the role
# "vppdesk_pw", which must give its password (the wrong-password test).
# When the server binaries are absent, start writes STATE_DIR/absent and succeeds: the tests then
# skip, saying so. stop: pg_ctl stop and removes the folder.
set -eu

bindir=${VPPDESK_PG_BINDIR:-/usr/lib/postgresql/15/bin}
action=$1
state=$2
mkdir -p "$state"

as_server_user() {
    if [ "$(id -u)" -ne 0 ]; then
        "$@"
        return
    fi
    user=nobody
    getent passwd postgres >/dev/null 2>&1 && user=postgres
    runuser -u "$user" -- "$@"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null ||
        echo $((20000 + $$ % 20000))
}

stop_server() {
    [ -f "$state/datadir" ] || return 0
    dir=$(cat "$state/datadir")
    if [ -f "$dir/db/postmaster.pid" ]; then
        # Immediate shutdown (SIGQUIT): nothing of a throw-away server needs saving.
        pid=$(head -n 1 "$dir/db/postmaster.pid")
        kill -QUIT "$pid" 2>/dev/null || true
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -rf "$dir" >/dev/null 2>&1 &  # gigabytes after a full run: not worth waiting for
    rm -f "$state/datadir" "$state/port"
}

case "$action" in
start)
    stop_server # a server left behind by an interrupted run
    rm -f "$state/absent"
    if [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
        echo "PostgreSQL server binaries not found in $bindir (install postgresql-15)" >"$state/absent"
        cat "$state/absent"
        exit 0
    fi
    dir=$(mktemp -d "${TMPDIR:-/tmp}/vppdesk-pg.XXXXXX")
    chmod 755 "$dir"
    [ "$(id -u)" -ne 0 ] || chown "$(getent passwd postgres >/dev/null 2>&1 && echo postgres || echo nobody)" "$dir"
    echo "$dir" >"$state/datadir"
    as_server_user "$bindir/initdb" -D "$dir/db" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log"; exit 1; }
    as_server_user sh -c "cat > '$dir/db/pg_hba.conf'" <<'EOF'
local all all trust
host all vppdesk_pw 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
EOF
    for attempt in 1 2 3; do
        port=$(free_port)
        if as_server_user "$bindir/pg_ctl" -D "$dir/db" -l "$dir/log" -w -t 30 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; then
            echo "$port" >"$state/port"
            echo "PostgreSQL test server on 127.0.0.1:$port ($dir)"
            exit 0
        fi
        echo "attempt $attempt on port $port failed:" && tail -5 "$dir/log"
    done
    exit 1
    ;;
stop)
    stop_server
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
