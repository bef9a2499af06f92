#!/usr/bin/env bash
# Round trip against concurrent sessions: runs scripts/load-test.sh (the mixed journeys on the
# production jar and the load-data workspace) once per session count, then writes the figures to
# target/load/sweep.dat and plots p95 and p99 against sessions (target/load/sweep.png, gnuplot).
# Usage:  COUNTS="200 400 600 1000" scripts/load-sweep.sh
# Each run: users arrive over RAMP seconds (90) and each stays STAY seconds (240), so all of them
# are signed in together for STAY - RAMP seconds; the database is made and filled once and reused.
# The figure per count is the p95 of signed-in round trips sent while all sessions are open (from
# 30 s after the last arrival to the first departure, see RoundTrips.java); Gatling's whole-run p95,
# sign-ins included, is kept beside it.
# Needs a quiet machine: anything else running on the cores shows up in the figures. PROFILE=1 keeps
# each run's CPU profile as target/load/sweep-<n>-profile.txt (see scripts/load-test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1
counts=${COUNTS:-200 400 600 1000}
ramp=${RAMP:-90}
stay=${STAY:-240}
out=target/load/sweep.dat
mkdir -p target/load
say() { printf '[sweep] %s\n' "$*"; }

rapport_build_jar
echo "# sessions steady_p95_ms steady_p99_ms errors requests all_p95_ms all_p99_ms ($(date -u +%Y-%m-%d), MixedSimulation, ramp $ramp s, stay $stay s; steady: signed-in round trips while all sessions are open)" > "$out"
reuse=
for n in $counts; do
    say "$n sessions"
    log=target/load/sweep-$n.log
    USERS=$n RAMP=$ramp DURATION=$stay SKIP_BUILD=1 REUSE_DB=$reuse scripts/load-test.sh MixedSimulation \
        > "$log" 2>&1 || say "the run with $n sessions failed or had errors (see $log)"
    reuse=1
    [ -f target/load/profile.txt ] && mv target/load/profile.txt "target/load/sweep-$n-profile.txt"
    line=$(grep '^\[load\] global' "$log" || true)
    if [ -z "$line" ]; then
        say "no figures for $n sessions (see $log)"
        continue
    fi
    steady=$(grep '^\[load\] with all' "$log" || true)
    say "$line"
    say "$steady"
    all=$(echo "$line" | sed -E 's/.*requests ([0-9]+), errors ([0-9]+), .*p95 ([0-9]+) ms, p99 ([0-9]+) ms.*/\2 \1 \3 \4/')
    held=$(echo "$steady" | sed -E 's/.*p95 ([0-9]+) ms, p99 ([0-9]+) ms.*/\1 \2/')
    echo "$n $held $all" >> "$out"
done
cat "$out"
if command -v gnuplot >/dev/null; then
    gnuplot <<PLOT
set terminal png size 800,480
set output "target/load/sweep.png"
set title "Server round trip against concurrent sessions (mixed journeys, 2 cores)"
set xlabel "concurrent sessions"
set ylabel "ms"
set logscale y
set grid
set key left top
plot "$out" using 1:2 with linespoints pt 7 title "p95, all sessions open", "$out" using 1:3 with linespoints pt 5 title "p99, all sessions open", "$out" using 1:6 with linespoints pt 4 dt 3 title "p95, whole run with sign-ins", 50 title "50 ms target" dt 2
PLOT
    say "plot: target/load/sweep.png"
fi
