#!/usr/bin/env bash
# A database outage under load, reproduced: starts the production jar on a fresh MariaDB database
# (rapport_outage, the load-data profile's workspace), runs the mixed load simulation against it,
# and in the middle of the run stops MariaDB for OUTAGE seconds (30) and starts it again. It checks:
#   - the app stays up (liveness UP all along) and says it cannot serve (readiness DOWN);
#   - people acting meanwhile got the "cannot reach its database" message, never an unexpected
#     error (counted in the app's log: DatabaseTrouble's warnings against "Error <reference>" lines);
#   - within 10 s of MariaDB answering again the app is ready, without a restart;
#   - nothing committed before the outage is lost (every row counted before is still there).
# Stops MariaDB on this machine: run it when nothing else needs the database. Report:
# target/outage/report.txt. Knobs: USERS (40), OUTAGE (30), PORT (8095), SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1
dir=$PWD/target/outage
mkdir -p "$dir"
port=${PORT:-8095}
outage=${OUTAGE:-30}
say() { printf '[outage] %s\n' "$*" | tee -a "$dir/report.txt"; }
: > "$dir/report.txt"

pid=
cleanup() {
    rapport_db_ping || { rapport_db_start; for _ in $(seq 1 60); do rapport_db_ping && break; sleep 1; done; }
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
}
trap cleanup EXIT

rapport_build_jar
jar=$(ls target/rapport-*.jar | head -1)
rapport_db_fresh rapport_outage
rm -f "$dir"/*.csv
rapport_start_loaddata_app "$jar" rapport_outage "$port" "$dir" "$dir/app.log" -Xmx2g
pid=$RAPPORT_APP_PID
rapport_wait_ready "$port" "$pid" || { tail -30 "$dir/app.log"; exit 1; }
say "app ready on $port (pid $pid)"

run=$(( outage + 150 ))
BASE_URL=http://127.0.0.1:$port FEEDER_DIR=$dir WARMUP=0 USERS=${USERS:-40} RAMP=20 DURATION=$run \
    scripts/load-test.sh MixedSimulation > "$dir/load.log" 2>&1 &
load=$!
sleep 60

count() { rapport_db_app rapport_outage -N -e \
    "select (select count(*) from interaction), (select count(*) from checkin), (select max(id) from interaction),
            (select max(id) from checkin)"; }
read -r i_before c_before i_max c_max <<<"$(count)"
say "before the outage: $i_before interactions (max id $i_max), $c_before check-ins (max id $c_max)"

mariadb-admin --protocol=tcp -h 127.0.0.1 -u root shutdown
down_at=$(date +%s)
say "MariaDB stopped"
live_down=0; ready_up=0; probes=0
while [ $(( $(date +%s) - down_at )) -lt "$outage" ]; do
    curl -fs "http://127.0.0.1:$port/actuator/health/liveness" >/dev/null 2>&1 || live_down=$((live_down + 1))
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && ready_up=$((ready_up + 1))
    probes=$((probes + 1))
    sleep 1
done
say "during the outage: liveness failed $live_down of $probes probes, readiness answered UP $ready_up times"

rapport_db_start
until rapport_db_ping; do sleep 0.2; done
back_at=$(date +%s.%N)
say "MariaDB answers again after $(( $(date +%s) - down_at )) s"
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do sleep 0.2; done
recovered=$(echo "$(date +%s.%N) - $back_at" | bc)
say "app ready again $(printf '%.1f' "$recovered") s after MariaDB answered (no restart: pid $pid still the same)"
kill -0 "$pid"

wait "$load" || true
read -r i_after c_after _ _ <<<"$(count)"
kept_i=$(rapport_db_app rapport_outage -N -e "select count(*) from interaction where id <= $i_max")
kept_c=$(rapport_db_app rapport_outage -N -e "select count(*) from checkin where id <= $c_max")
say "after: $i_after interactions, $c_after check-ins; of the rows before the outage $kept_i of $i_before interactions and $kept_c of $c_before check-ins remain"
told=$(grep -c "Database out of reach" "$dir/app.log" || true)
unexpected=$(grep -c "ERROR .* Error [0-9a-f]\{8\} " "$dir/app.log" || true)
say "people told the database is out of reach: $told times; unexpected errors with a reference: $unexpected"
grep '^\[load\] global' "$dir/load.log" | tee -a "$dir/report.txt" || true

ok=yes
[ "$live_down" = 0 ] || ok=no
[ "$kept_i" = "$i_before" ] && [ "$kept_c" = "$c_before" ] || ok=no
[ "$(printf '%.0f' "$recovered")" -le 10 ] || ok=no
[ "$told" -gt 0 ] && [ "$unexpected" = 0 ] || ok=no
say "outage test: $([ $ok = yes ] && echo PASSED || echo FAILED)"
[ $ok = yes ]
