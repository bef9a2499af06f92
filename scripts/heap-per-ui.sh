#!/usr/bin/env bash
# Live heap per open UI, measured as Vaadin recommends: the production jar, live heap after a full
# GC with more and more sessions open. One Gatling run of the mixed journeys lets a user arrive every
# second (USERS of them, default 400), each staying signed in and busy for longer than the whole
# ramp; every STEP seconds (100) the script forces a full GC and reads the live heap
# (jcmd GC.class_histogram), so the sessions open at that moment are known. The slope of live heap
# against open sessions is the memory one more person costs; fixed costs (caches, warm-up) cancel.
# Report: target/heap/report.txt and target/heap/heap.png (gnuplot). Needs no other load on the
# machine for clean figures. Knobs: USERS (400), STEP (100), PORT (8096), SKIP_BUILD=1, HEAP_DUMP=1
# (also writes a heap dump of the live objects at the last point: target/heap/sessions.hprof),
# APP_JAVA_OPTS (-Xmx3g: the app's JVM options).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1
dir=$PWD/target/heap
mkdir -p "$dir"
port=${PORT:-8096}
users=${USERS:-400}
step=${STEP:-100}
say() { printf '[heap] %s\n' "$*" | tee -a "$dir/report.txt"; }
: > "$dir/report.txt"

rapport_build_jar
jar=$(ls target/rapport-*.jar | head -1)
rapport_db_fresh rapport_heap
rm -f "$dir"/*.csv
# shellcheck disable=SC2086 # APP_JAVA_OPTS holds several options
rapport_start_loaddata_app "$jar" rapport_heap "$port" "$dir" "$dir/app.log" ${APP_JAVA_OPTS:--Xmx3g}
pid=$RAPPORT_APP_PID
trap 'kill $pid 2>/dev/null || true' EXIT
rapport_wait_ready "$port" "$pid" || { tail -30 "$dir/app.log"; exit 1; }

live_kb() { jcmd "$pid" GC.class_histogram | awk '/^Total/ {print int($3 / 1024)}'; }
# Every view and its classes loaded once, so what follows is per session only.
BASE_URL=http://127.0.0.1:$port FEEDER_DIR=$dir WARMUP=0 USERS=10 RAMP=5 DURATION=40 \
    scripts/load-test.sh MixedSimulation > "$dir/warmup.log" 2>&1 || true
base=$(live_kb)
say "0 sessions opened by the measured run: $base KB live (after a warm-up of 10 sessions)"
echo "0 $base" > "$dir/points.dat"

BASE_URL=http://127.0.0.1:$port FEEDER_DIR=$dir WARMUP=0 USERS=$users RAMP=$users DURATION=$(( users + 60 )) \
    scripts/load-test.sh MixedSimulation > "$dir/load.log" 2>&1 &
load=$!
start=$(date +%s)
for open in $(seq "$step" "$step" "$users"); do
    while [ $(( $(date +%s) - start )) -lt "$open" ]; do sleep 1; done
    kb=$(live_kb)
    echo "$open $kb" >> "$dir/points.dat"
    say "$open sessions open: $kb KB live after a full GC"
done
if [ "${HEAP_DUMP:-}" = 1 ]; then
    rm -f "$dir/sessions.hprof"
    jcmd "$pid" GC.heap_dump "$dir/sessions.hprof" > /dev/null && say "heap dump: $dir/sessions.hprof"
fi
wait "$load" || true
grep '^\[load\] global' "$dir/load.log" | tee -a "$dir/report.txt" || true

# Least squares: live KB = a + b * sessions; b is the cost of one more open session.
awk 'NR > 1 { n++; sx += $1; sy += $2; sxx += $1 * $1; sxy += $1 * $2 }
     END { b = (n * sxy - sx * sy) / (n * sxx - sx * sx); a = (sy - b * sx) / n;
           printf "[heap] slope: %.1f KB of live heap per open session (fit over %d points; intercept %.0f KB)\n", b, n, a }' \
    "$dir/points.dat" | tee -a "$dir/report.txt"
if command -v gnuplot >/dev/null; then
    gnuplot <<PLOT
set terminal png size 800,480
set output "$dir/heap.png"
set title "Live heap after a full GC against open sessions (mixed journeys)"
set xlabel "open sessions"
set ylabel "live heap (MB)"
set grid
f(x) = a + b * x
fit f(x) "$dir/points.dat" using 1:(\$2/1024) every ::1 via a, b
plot "$dir/points.dat" using 1:(\$2/1024) with linespoints pt 7 title "measured", f(x) title "fit"
PLOT
    say "plot: $dir/heap.png"
fi
