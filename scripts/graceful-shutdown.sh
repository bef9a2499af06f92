#!/usr/bin/env bash
# Graceful shutdown under load: the mixed journeys run against the production jar (scripts/load-test.sh,
# USERS sessions), then 20 sign-ins (each a bcrypt check, the slowest request there is) are sent
# together and the app gets SIGTERM while they are being answered. Passes when every one of those
# in-flight sign-ins got its full answer (302 to the start page), Spring logged "Graceful shutdown
# complete" (not "aborted") and the process ended within the 20 s grace period. Requests that
# arrive after the SIGTERM are refused, which the load run reports as connection errors: expected.
# Report: target/shutdown/report.txt. Knobs: USERS (100), PORT (8098), SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/load-lib.sh
dir=$PWD/target/shutdown
mkdir -p "$dir"
users=${USERS:-100}
port=${PORT:-8098}
inflight=20
say() { printf '[shutdown] %s\n' "$*" | tee -a "$dir/report.txt"; }
fail() { say "FAILED: $*"; exit 1; }
: > "$dir/report.txt"

if [ "${SKIP_BUILD:-}" != 1 ]; then ./mvnw -B -q -Pproduction -DskipTests package; fi
USERS=$users RAMP=30 DURATION=120 WARMUP=20 PORT=$port DB=rapport_shutdown SKIP_BUILD=1 \
    scripts/load-test.sh MixedSimulation > "$dir/load.log" 2>&1 &
load=$!
trap 'kill $load 2>/dev/null || true' EXIT
pid=$(measured_app_pid "$dir/load.log" "$load" "$port") || true
[ -n "$pid" ] || fail "the app on port $port was not found"
say "load running ($users sessions); app pid $pid; waiting 45 s for the sessions to be busy"
sleep 45

# Each sign-in needs the login page's session and CSRF token first; those are fetched before the signal.
base=http://127.0.0.1:$port
rm -f "$dir"/signin-*
i=0
sed -n "2,$(( inflight + 1 ))p" target/load/participants.csv > "$dir/accounts.csv"
while IFS=, read -r email password _; do
    i=$((i + 1))
    curl -s -c "$dir/signin-$i.jar" "$base/login" \
        | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//; s/"$//' > "$dir/signin-$i.csrf" || true
    printf '%s\n%s\n' "$email" "$password" > "$dir/signin-$i.who"
done < "$dir/accounts.csv"
for i in $(seq 1 "$inflight"); do
    [ -s "$dir/signin-$i.csrf" ] || fail "no CSRF token on the sign-in page for sign-in $i"
    email=$(sed -n 1p "$dir/signin-$i.who"); password=$(sed -n 2p "$dir/signin-$i.who")
    curl -s -o /dev/null -w '%{http_code} %{redirect_url}\n' -b "$dir/signin-$i.jar" \
        --data-urlencode "username=$email" --data-urlencode "password=$password" \
        --data-urlencode "_csrf=$(cat "$dir/signin-$i.csrf")" "$base/login" > "$dir/signin-$i.out" 2>&1 &
done
sleep 0.2
signalled=$(date +%s%N)
kill -TERM "$pid"
say "SIGTERM sent with $inflight sign-ins in flight"
wait_until=$(( $(date +%s) + 40 ))
while kill -0 "$pid" 2>/dev/null && [ "$(date +%s)" -lt "$wait_until" ]; do sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "the app was still running 40 s after SIGTERM"
stopped_ms=$(( ($(date +%s%N) - signalled) / 1000000 ))
wait $(jobs -p | grep -v "^$load$") 2>/dev/null || true
completed=$(cat "$dir"/signin-*.out | grep -c '^302 .*/$' || true)
say "the app exited $stopped_ms ms after SIGTERM"
say "in-flight sign-ins answered in full: $completed of $inflight ($(cat "$dir"/signin-*.out | sort | uniq -c | tr '\n' ';'))"
log=target/load/app.log
grep -h 'Commencing graceful shutdown\|Graceful shutdown complete\|Graceful shutdown aborted' "$log" \
    | sed 's/^.*: //' | sed 's/^/[shutdown] app log: /' | tee -a "$dir/report.txt"
wait "$load" || true
grep '^\[load\] global' "$dir/load.log" | tee -a "$dir/report.txt" || true
grep -A12 'errors (from' "$dir/load.log" | tee -a "$dir/report.txt" || true

[ "$completed" = "$inflight" ] || fail "$(( inflight - completed )) in-flight sign-ins were cut off"
grep -q 'Graceful shutdown complete' "$log" || fail "Spring did not report a complete graceful shutdown"
say "PASSED"
