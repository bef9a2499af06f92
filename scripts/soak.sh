#!/usr/bin/env bash
# Soak: the mixed journeys at a steady number of sessions for a long time (default 300 sessions for
# 30 minutes), on the production jar and the load-data workspace (scripts/load-test.sh does the
# run). Every SAMPLE seconds the script forces a full GC and reads the live heap (jcmd
# GC.class_histogram); at the end it fits a line through the samples taken once everyone is signed
# in and reports its slope in KB per minute: flat means nothing piles up. The first sample, taken
# before the measured people arrive, gives the heap without sessions, so the run also tells the
# memory one open session costs (Vaadin's way: live heap with and without n sessions). Report:
# target/soak/report.txt, target/soak/heap.dat and target/soak/heap.png (gnuplot).
# Knobs: USERS (300), MINUTES (30), RAMP (90 s), SAMPLE (120 s), PORT (8097), SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1
dir=$PWD/target/soak
mkdir -p "$dir"
users=${USERS:-300}
minutes=${MINUTES:-30}
ramp=${RAMP:-90}
sample=${SAMPLE:-120}
port=${PORT:-8097}
say() { printf '[soak] %s\n' "$*" | tee -a "$dir/report.txt"; }
: > "$dir/report.txt"

rapport_build_jar
# load-test.sh starts the app (fresh rapport_load), warms it up and runs the simulation; the
# sampler below acts on that app once the measured run has begun.
USERS=$users RAMP=$ramp DURATION=$(( minutes * 60 )) PORT=$port DB=rapport_soak SKIP_BUILD=1 \
    scripts/load-test.sh MixedSimulation > "$dir/load.log" 2>&1 &
load=$!
trap 'kill $load 2>/dev/null || true' EXIT
pid=$(rapport_measured_app_pid "$dir/load.log" "$load" "$port") || true
[ -n "$pid" ] || { say "the app on port $port was not found"; exit 1; }
say "soak: $users sessions (arriving over $ramp s) for $minutes minutes; app pid $pid; full GC every $sample s"
start=$(date +%s)
echo "# minutes live_KB (after a full GC)" > "$dir/heap.dat"
# The warm-up's people have signed out and the measured ones are only starting to arrive: the live
# heap now is the app without sessions, the baseline for the memory each open session costs.
base=$(jcmd "$pid" GC.class_histogram 2>/dev/null | awk '/^Total/ {print int($3 / 1024)}')
echo "0.0 $base" >> "$dir/heap.dat"
say "minute 0.0: $base KB live (no sessions yet)"
while kill -0 "$load" 2>/dev/null; do
    sleep "$sample"
    kill -0 "$pid" 2>/dev/null || break
    kb=$(jcmd "$pid" GC.class_histogram 2>/dev/null | awk '/^Total/ {print int($3 / 1024)}')
    [ -n "$kb" ] || break
    at=$(awk -v s=$(( $(date +%s) - start )) 'BEGIN {printf "%.1f", s / 60}')
    echo "$at $kb" >> "$dir/heap.dat"
    say "minute $at: $kb KB live"
done
wait "$load" || say "the load run reported errors (see $dir/load.log)"
grep '^\[load\] \(global\|report\)' "$dir/load.log" | tee -a "$dir/report.txt" || true
# Slope over the samples after the ramp (everyone signed in), by least squares.
awk -v from="$(awk -v r="$ramp" 'BEGIN {print r / 60 + 1}')" '!/^#/ && $1 >= from { n++; sx += $1; sy += $2; sxx += $1 * $1; sxy += $1 * $2 }
     END { if (n < 2) { print "[soak] too few samples for a slope"; exit }
           b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
           printf "[soak] live heap slope: %.1f KB per minute over %d samples (mean %.0f KB)\n", b, n, sy / n;
           printf "[soak] memory per open session: %.0f KB ((mean - %d KB without sessions) / %d sessions)\n",
               (sy / n - base) / users, base, users }' base="$base" users="$users" \
    "$dir/heap.dat" | tee -a "$dir/report.txt"
if command -v gnuplot >/dev/null; then
    gnuplot <<PLOT
set terminal png size 800,480
set output "$dir/heap.png"
set title "Live heap after a full GC during the soak ($users sessions, mixed journeys)"
set xlabel "minutes"
set ylabel "live heap (MB)"
set yrange [0:*]
set grid
plot "$dir/heap.dat" using 1:(\$2/1024) with linespoints pt 7 title "live heap"
PLOT
    say "plot: $dir/heap.png"
fi
