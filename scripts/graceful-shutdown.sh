#!/usr/bin/env bash
# Graceful shutdown under load: the mixed journeys run against the production jar (scripts/load-test.sh,
# USERS sessions), then 20 sign-ins (each a bcrypt check, the slowest request there is) are sent
# together and the app gets SIGTERM while they are being answered. A sign-in is in flight when its
# connection was made before the signal (the wall clock at its start plus curl's connect time).
# Passes when at least half of them were in flight, every one in flight got its full answer (302 to
# the start page), Spring logged "Graceful shutdown complete" (not "aborted") and the process ended
# within the 20 s grace period. Requests that arrive after the SIGTERM are refused, which the load
# run reports as connection errors: expected.
# Report: target/shutdown/report.txt. Knobs: USERS (100), PORT (8098), SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1
dir=$PWD/target/shutdown
mkdir -p "$dir"
users=${USERS:-100}
port=${PORT:-8098}
inflight=20
say() { printf '[shutdown] %s\n' "$*" | tee -a "$dir/report.txt"; }
fail() { say "FAILED: $*"; exit 1; }
: > "$dir/report.txt"

rapport_build_jar
USERS=$users RAMP=30 DURATION=120 WARMUP=20 PORT=$port DB=rapport_shutdown SKIP_BUILD=1 \
    scripts/load-test.sh MixedSimulation > "$dir/load.log" 2>&1 &
load=$!
trap 'kill $load 2>/dev/null || true' EXIT
pid=$(rapport_measured_app_pid "$dir/load.log" "$load" "$port") || true
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
    csrf=$(cat "$dir/signin-$i.csrf")
    # The wall clock just before curl starts, and curl's own time to connect, tell whether this
    # sign-in had reached the app before the signal (in flight) or came after it.
    ( date +%s%N > "$dir/signin-$i.start"
      exec curl -s -o /dev/null -w '%{http_code} %{time_connect} %{redirect_url}\n' -b "$dir/signin-$i.jar" \
        --data-urlencode "username=$email" --data-urlencode "password=$password" \
        --data-urlencode "_csrf=$csrf" "$base/login" > "$dir/signin-$i.out" 2>&1 ) &
done
sleep 0.2
signalled=$(date +%s%N)
kill -TERM "$pid"
say "SIGTERM sent 0.2 s after $inflight sign-ins were sent"
wait_until=$(( $(date +%s) + 40 ))
while kill -0 "$pid" 2>/dev/null && [ "$(date +%s)" -lt "$wait_until" ]; do sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "the app was still running 40 s after SIGTERM"
stopped_ms=$(( ($(date +%s%N) - signalled) / 1000000 ))
wait $(jobs -p | grep -v "^$load$") 2>/dev/null || true
# A sign-in is in flight when its connection was made before the signal; one that connected after
# it (or never) was refused, which is right for a stopping app. Every one in flight must get its
# full answer (302 to the start page).
in_flight=0; completed=0; late=0; cut=""
for i in $(seq 1 "$inflight"); do
    read -r code connect _ < "$dir/signin-$i.out" || { code=none; connect=0; }
    start=$(cat "$dir/signin-$i.start")
    connected_at=$(awk -v s="$start" -v c="$connect" 'BEGIN { printf "%d", (c > 0 ? s + c * 1e9 : 0) }')
    if [ "$connected_at" -gt 0 ] && [ "$connected_at" -lt "$signalled" ]; then
        in_flight=$((in_flight + 1))
        if grep -q '^302 .*/$' "$dir/signin-$i.out"; then completed=$((completed + 1)); else cut="$cut $i:$code"; fi
    else
        late=$((late + 1))
    fi
done
say "the app exited $stopped_ms ms after SIGTERM"
say "sign-ins connected before the signal: $in_flight of $inflight; answered in full: $completed; cut off:${cut:- none}"
say "sign-ins that connected after the signal or not at all (refused, as they should be): $late"
say "answers: $(cut -d' ' -f1 "$dir"/signin-*.out | sort | uniq -c | tr '\n' ';')"
log=target/load/app.log
grep -h 'Commencing graceful shutdown\|Graceful shutdown complete\|Graceful shutdown aborted' "$log" \
    | sed 's/^.*: //' | sed 's/^/[shutdown] app log: /' | tee -a "$dir/report.txt"
wait "$load" || true
grep '^\[load\] global' "$dir/load.log" | tee -a "$dir/report.txt" || true
grep -A12 'errors (from' "$dir/load.log" | tee -a "$dir/report.txt" || true

[ "$in_flight" -ge $(( inflight / 2 )) ] || fail "only $in_flight sign-ins were in flight at the signal; too few to judge"
[ "$completed" = "$in_flight" ] || fail "$(( in_flight - completed )) in-flight sign-ins were cut off"
grep -q 'Graceful shutdown complete' "$log" || fail "Spring did not report a complete graceful shutdown"
say "PASSED"
