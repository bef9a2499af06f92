#!/usr/bin/env bash
# One command for a load test: builds the production jar, makes a fresh MariaDB database
# rapport_load (root over TCP, as .ci/run provisions MariaDB), starts the jar on it with the Spring
# profile loaddata (5,000 participants, 2,500 relationships with six months of history; the
# accounts land in target/load/*.csv), waits for readiness, runs a Gatling simulation that drives
# real Vaadin UI sessions over HTTP, stops the app and prints where the report is with the global
# p95 / p99 and errors. Usage:
#   scripts/load-test.sh                               # MixedSimulation, 50 users over 30 s, 120 s each
#   USERS=200 RAMP=60 DURATION=120 scripts/load-test.sh
#   scripts/load-test.sh ParticipantSimulation         # or CoordinatorSimulation
#   BASE_URL=http://localhost:8080 scripts/load-test.sh   # against something already running (a load
#                                                      # balancer...): no build, no database, no app here;
#                                                      # FEEDER_DIR must hold the accounts of its data
# Other knobs: PORT (8088), DB (rapport_load: runs side by side need their own), LAYOUT (extracted, or jar), APP_JAVA_OPTS (-Xmx2g), REUSE_DB=1 (keep rapport_load and its data),
# SKIP_BUILD=1 (use the jar in target/), COORDINATOR_SHARE (0.1), SEED (2026), WARMUP (60 s of at
# most 20 users before the measured run, so a cold JVM does not count; 0 skips it).
# Reports: target/gatling/<simulation>-<time>/index.html; the app's log: target/load/app.log.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1

say() { printf '[load] %s\n' "$*"; }
die() { printf '[load] FAILED: %s\n' "$*" >&2; exit 1; }

simulation=${1:-MixedSimulation}
users=${USERS:-50}
ramp=${RAMP:-30}
duration=${DURATION:-120}
port=${PORT:-8088}
db=${DB:-rapport_load}
feeder_dir=${FEEDER_DIR:-$PWD/target/load}
start_app=yes
if [ -n "${BASE_URL:-}" ]; then
    start_app=no
fi
base_url=${BASE_URL:-http://localhost:$port}
mkdir -p target/load

pid=
stop_app() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        say "stopping the app (pid $pid)"
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
    fi
}
trap stop_app EXIT

if [ "$start_app" = yes ]; then
    if curl -s -o /dev/null "http://localhost:$port/"; then
        die "port $port is already in use; stop what runs there or set PORT"
    fi
    if [ "${SKIP_BUILD:-}" != 1 ]; then say "building the production jar"; fi
    rapport_build_jar || die "the production build failed"
    jar=$(ls target/rapport-*.jar 2>/dev/null | head -1 || true)
    [ -n "$jar" ] || die "no target/rapport-*.jar; run without SKIP_BUILD"
    if [ "${LAYOUT:-extracted}" = extracted ]; then
        # Spring Boot's extracted layout (the app jar beside its libraries, as docker/Dockerfile runs
        # it): class and resource lookups read plain jars instead of jars nested in one, which under
        # load spared Vaadin's per-request service lookups a lock that serialised them. LAYOUT=jar
        # runs the single jar instead.
        rm -rf target/extracted
        java -Djarmode=tools -jar "$jar" extract --destination target/extracted > /dev/null \
            || die "could not extract $jar"
        jar=target/extracted/$(basename "$jar")
    fi

    if [ "${REUSE_DB:-}" = 1 ]; then
        say "reusing the database $db"
        rapport_db_ensure "$db" || die "cannot reach MariaDB as root on 127.0.0.1:3306 (see .ci/run)"
    else
        say "creating a fresh database $db"
        rapport_db_fresh "$db" || die "cannot reach MariaDB as root on 127.0.0.1:3306 (see .ci/run)"
        rm -f "$feeder_dir/participants.csv" "$feeder_dir/coordinators.csv"
    fi

    say "starting $jar on port $port with the profile loaddata (log: target/load/app.log)"
    # shellcheck disable=SC2086 # APP_JAVA_OPTS holds several options
    RAPPORT_LOADDATA_SEED="${SEED:-2026}" \
        rapport_start_loaddata_app "$jar" "$db" "$port" "$feeder_dir" target/load/app.log ${APP_JAVA_OPTS:--Xmx2g}
    pid=$RAPPORT_APP_PID
    echo "$pid" > "target/load/app-$port.pid"
    started=$(date +%s)
    ready=0
    rapport_wait_ready "$port" "$pid" 600 || ready=$?
    if [ "$ready" = 1 ]; then tail -40 target/load/app.log; die "the app died while starting"; fi
    [ "$ready" = 0 ] || die "the app was not ready within 10 minutes"
    say "ready after $(( $(date +%s) - started )) s; $(grep -o 'Feeder files in .*\|Load data already in place.*' target/load/app.log | head -1)"
fi

[ -f "$feeder_dir/participants.csv" ] && [ -f "$feeder_dir/coordinators.csv" ] \
    || die "no feeder files in $feeder_dir (the app writes them with the profile loaddata)"

gatling() { # users ramp duration log
    ./mvnw -B -q -Pload gatling:test -Dgatling.simulationClass="app.rapport.load.$simulation" \
        -DbaseUrl="$base_url" -Dusers="$1" -Dramp="$2" -Dduration="$3" \
        -DcoordinatorShare="${COORDINATOR_SHARE:-0.1}" -Dseed="${SEED:-2026}" -DfeederDir="$feeder_dir" \
        > "$4" 2>&1
}
warmup=${WARMUP:-60}
if [ "$warmup" -gt 0 ]; then
    # A fresh JVM answers its first requests several times slower (class loading, JIT); not measured.
    warm_users=$(( users < 20 ? users : 20 ))
    say "warming up: $warm_users users for $warmup s (not measured; log: target/load/warmup.log)"
    gatling "$warm_users" 10 "$warmup" target/load/warmup.log || say "the warm-up had errors (target/load/warmup.log)"
fi

say "running $simulation against $base_url: $users users over $ramp s, each for $duration s"
before=$(ls -d target/gatling/*/ 2>/dev/null | sort || true)
profile=no
if [ "${PROFILE:-}" = 1 ] && [ -n "$pid" ]; then
    rm -f target/load/app.jfr
    jcmd "$pid" JFR.start name=load settings=profile filename="$PWD/target/load/app.jfr" > /dev/null && profile=yes
fi
gatling_status=0
rm -f target/load/round-trips.txt
gatling "$users" "$ramp" "$duration" target/load/gatling.log || gatling_status=$?
if [ "$profile" = yes ]; then
    jcmd "$pid" GC.class_histogram | head -n 23 > target/load/histogram.txt || true
    jcmd "$pid" JFR.stop name=load > /dev/null || true
fi
stop_app
if [ "$profile" = yes ] && [ -f target/load/app.jfr ]; then
    java scripts/JfrTop.java target/load/app.jfr 15 > target/load/profile.txt 2>&1 || true
    say "profile: target/load/profile.txt (from target/load/app.jfr); heap histogram: target/load/histogram.txt"
fi
pid=

report=$(comm -13 <(echo "$before") <(ls -d target/gatling/*/ 2>/dev/null | sort) | tail -1)
if [ -z "$report" ] || [ ! -f "$report/js/stats.js" ]; then
    tail -40 target/load/gatling.log
    die "Gatling left no report (exit $gatling_status; log: target/load/gatling.log)"
fi
say "report: $PWD/${report%/}/index.html"
# Gatling 3.13 keeps its figures in js/stats.js (a script, not JSON): evaluate it and print them;
# without Node, the console summary of the run says the same for all requests together.
if ! command -v node >/dev/null; then
    awk '/Global Information/{last=""} {last=last $0 "\n"} END{printf "%s", last}' target/load/gatling.log \
        | sed -n '/Global Information/,/Response Time Distribution/p'
else node -e '
const stats = new Function(require("fs").readFileSync(process.argv[1], "utf8") + "; return stats;")();
const line = (s) => [s.numberOfRequests.total, s.numberOfRequests.ko, s.percentiles3.total, s.percentiles4.total];
const g = stats.stats;
console.log(`[load] global: requests ${g.numberOfRequests.total}, errors ${g.numberOfRequests.ko}, ` +
    `p50 ${g.percentiles1.total} ms, p95 ${g.percentiles3.total} ms, p99 ${g.percentiles4.total} ms, ` +
    `max ${g.maxResponseTime.total} ms, ${g.meanNumberOfRequestsPerSecond.total} req/s`);
console.log("[load] per request:                  count errors  p95ms  p99ms");
for (const r of Object.values(stats.contents)) {
    const [n, ko, p95, p99] = line(r.stats);
    console.log(`[load]   ${r.stats.name.padEnd(30)} ${String(n).padStart(6)} ${String(ko).padStart(6)} ` +
        `${String(p95).padStart(6)} ${String(p99).padStart(6)}`);
}' "$report/js/stats.js"
fi
[ -f target/load/round-trips.txt ] && sed 's/^/[load] /' target/load/round-trips.txt
if grep -q -- '---- Errors' target/load/gatling.log; then
    say "errors (from target/load/gatling.log):"
    awk '/Global Information/{last=""} {last=last $0 "\n"} END{printf "%s", last}' target/load/gatling.log \
        | awk '/---- Errors/{p=1; next} /^=+$/{p=0} p' | head -n 12 | sed 's/^/[load]   /'
fi
[ "$gatling_status" = 0 ] || die "Gatling exited with $gatling_status (log: target/load/gatling.log)"
