#!/usr/bin/env bash
# Scale-out without Docker: two Rapport instances (ports 8091 and 8092) on one MariaDB database
# (rapport_scale) behind HAProxy from Debian (port 8090) with cookie affinity, as
# docker/docker-compose.scale.yml runs them. It checks that:
#   1. both instances serve through the balancer, and new sessions are spread over both;
#   2. a session sticks to its instance (every request of one cookie jar reaches the same one);
#   3. work shared through the database holds: one migration history, one demo seeding, and the
#      scheduled rebuild's ShedLock row, while the second instance's start-up rebuild stood aside;
#   4. with RUN_LOAD=1, the first instance fills the database with the load-data workspace and the
#      Gatling simulation (scripts/load-test.sh; USERS 60, RAMP 30, DURATION 150) runs through the
#      balancer; any error fails the run, and HAProxy's counts show both instances took sessions.
# Leaves the three processes running with KEEP=1 (stop them with scripts/scale-out.sh stop).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1
DIR=target/scale
mkdir -p "$DIR"

stop() {
    for pid in "$DIR"/*.pid; do
        [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true
        rm -f "$pid"
    done
}
if [ "${1:-}" = stop ]; then stop; exit 0; fi
trap '[ "${KEEP:-0}" = 1 ] || stop' EXIT

command -v haproxy >/dev/null || { echo "installing haproxy"; apt-get install -y haproxy >/dev/null; }
db() { rapport_db_app rapport_scale -N -e "$1"; }

JAR=$(ls target/rapport-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then
    echo "building the production jar"
    ./mvnw -B -q -Pproduction -DskipTests package
    JAR=$(ls target/rapport-*.jar | head -1)
fi

rapport_db_fresh rapport_scale

load=${RUN_LOAD:-0}
start() { # name port [profile]
    SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/rapport_scale SPRING_DATASOURCE_USERNAME=rapport \
        SPRING_DATASOURCE_PASSWORD=rapport SPRING_PROFILES_ACTIVE="${3:-default}" \
        RAPPORT_DEMO=$([ "$load" = 1 ] && echo false || echo true) \
        RAPPORT_LOADDATA_FEEDER_DIR="$PWD/$DIR" RAPPORT_ADMIN_EMAIL=admin@load.rapport.test \
        RAPPORT_ADMIN_PASSWORD=load-test-password \
        java -Xmx1g -jar "$JAR" --server.port="$2" >"$DIR/$1.log" 2>&1 &
    echo $! >"$DIR/$1.pid"
}
ready() { # port
    rapport_wait_ready "$1" "" 180 || { echo "instance on $1 did not become ready"; return 1; }
}

# The first instance migrates the schema and seeds the demo (with RUN_LOAD=1: the load-data
# workspace and its accounts, for the simulation); the second joins the same database.
if [ "$load" = 1 ]; then start a 8091 loaddata; else start a 8091; fi
ready 8091
start b 8092; ready 8092

cat >"$DIR/haproxy.cfg" <<CFG
global
    maxconn 4096
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
    option http-server-close
frontend web
    bind 127.0.0.1:8090
    default_backend rapport
backend rapport
    balance roundrobin
    cookie RAPPORT_NODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-response set-header X-Rapport-Node %s
    server a 127.0.0.1:8091 check cookie a
    server b 127.0.0.1:8092 check cookie b
listen stats
    bind 127.0.0.1:8099
    stats enable
    stats uri /stats
CFG
haproxy -f "$DIR/haproxy.cfg" -D -p "$DIR/haproxy.pid"
sleep 2

node_of() { # cookie jar -> the instance that answered
    curl -s -o /dev/null -D - -b "$1" -c "$1" http://127.0.0.1:8090/login | tr -d '\r' \
        | awk -F': ' 'tolower($1)=="x-rapport-node" {print $2}'
}
fail=0
seen=""
for i in 1 2 3 4; do
    jar="$DIR/jar$i"; rm -f "$jar"
    first=$(node_of "$jar")
    seen="$seen $first"
    for _ in 1 2 3 4 5; do
        again=$(node_of "$jar")
        [ "$again" = "$first" ] || { echo "FAIL: session $i moved from $first to $again"; fail=1; }
    done
done
echo "sessions landed on:$seen (each kept its instance for 5 more requests)"
case "$seen" in *a*) ;; *) echo "FAIL: no session reached instance a"; fail=1;; esac
case "$seen" in *b*) ;; *) echo "FAIL: no session reached instance b"; fail=1;; esac

migrations=$(db "select count(*) from flyway_schema_history where success = 1")
programs=$(db "select count(*) from program")
rebuilds=$(db "select concat(trigger_kind, ':', count(*)) from progress_rebuild group by trigger_kind")
echo "shared database: $migrations migrations applied once, $programs demo program(s), rebuilds: $rebuilds"
if [ "$load" != 1 ]; then
    [ "$programs" = 1 ] || { echo "FAIL: the demo was seeded $programs times"; fail=1; }
fi

if [ "$load" = 1 ]; then
    # The simulation through the balancer: each virtual user's session must stay on its instance
    # (Vaadin's UI lives there), so any affinity slip shows as failed checks.
    if ! USERS=${USERS:-60} RAMP=${RAMP:-30} DURATION=${DURATION:-150} WARMUP=30 \
        BASE_URL=http://127.0.0.1:8090 FEEDER_DIR="$PWD/$DIR" scripts/load-test.sh | tee "$DIR/load.log"; then
        echo "FAIL: the load test through the balancer had errors"; fail=1
    fi
    # HAProxy's own count of the sessions each instance took (stot, the 8th CSV column).
    curl -s "http://127.0.0.1:8099/stats;csv" | awk -F, '$1 == "rapport" && ($2 == "a" || $2 == "b") {
        printf "instance %s served %s connections\n", $2, $8 }' | tee -a "$DIR/load.log"
fi
[ $fail = 0 ] && echo "scale-out: OK" || { echo "scale-out: FAILED"; exit 1; }
