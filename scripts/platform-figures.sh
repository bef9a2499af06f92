#!/usr/bin/env bash
# The platform figures of one checkout, in one go, for a before/after table: production start and
# RSS after a sign-in (measure-prod.sh), live heap per open session at 100 sessions
# (heap-per-ui.sh), the p95 round trip with 350 sessions open (load-test.sh: arrivals over 120 s,
# 270 s each, the figure while all are open), the whole test suite's time (./mvnw verify), and
# before and after them the machine's speed (CpuReference.java: one bcrypt check), so figures of
# different days can be read as ratios. Needs the machine to itself, and what the tests need.
# Usage:
#   scripts/platform-figures.sh                        # this checkout
#   CHECKOUT_JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 scripts/platform-figures.sh ../before
#   APP_JAVA_OPTS="-XX:+UseCompactObjectHeaders" SUITE=0 LABEL=coh scripts/platform-figures.sh
# Knobs: LABEL (the checkout's commit), SUITE=0 (no test suite), LOAD=0 (no load test), SESSIONS (350), HEAP_USERS (100),
# APP_JAVA_OPTS (added to the app's JVM in every measurement), CHECKOUT_JAVA_HOME (the JDK the
# checkout's scripts run on; by default the one scripts/jdk.sh finds). Report: target/platform/LABEL.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1
here=$PWD
checkout=$(cd "${1:-.}" && pwd)
label=${LABEL:-$(git -C "$checkout" log -1 --format=%h)}
sessions=${SESSIONS:-350}
heap_users=${HEAP_USERS:-100}
mkdir -p target/platform
report=$here/target/platform/$label.txt
: > "$report"
say() { printf '[figures] %s\n' "$*" | tee -a "$report"; }

crypto=$(find ~/.m2/repository/org/springframework/security/spring-security-crypto -name 'spring-security-crypto-*.jar' \
    ! -name '*sources*' | sort -V | tail -1)
[ -n "$crypto" ] || { echo "no spring-security-crypto jar in ~/.m2: build the project once" >&2; exit 1; }
reference() { say "reference ($1): $(java -cp "$crypto" scripts/CpuReference.java) ms per bcrypt check (cost 10, $(basename "$crypto"), $(java -version 2>&1 | head -1))"; }

in_checkout() { # runs a command in the checkout on its JDK
    if [ -n "${CHECKOUT_JAVA_HOME:-}" ]; then
        (cd "$checkout" && JAVA_HOME=$CHECKOUT_JAVA_HOME PATH="$CHECKOUT_JAVA_HOME/bin:$PATH" "$@")
    else
        (cd "$checkout" && "$@")
    fi
}
opts=${APP_JAVA_OPTS:-}

say "checkout $checkout ($label, $(git -C "$checkout" log -1 --format='%h %s' | cut -c1-70)); app JVM options: ${opts:-none}"
say "JDK of the checkout: $(in_checkout java -version 2>&1 | head -1)"
reference start

say "building the production jar"
in_checkout ./mvnw -B -ntp -Pproduction -DskipTests package > "$here/target/platform/$label-build.log" 2>&1
say "bundle: $(grep -o 'A production mode bundle build is not needed' "$here/target/platform/$label-build.log" \
    || echo 'no "bundle build is not needed" line in the build log')"

APP_JAVA_OPTS="$opts" in_checkout scripts/measure-prod.sh > "$here/target/platform/$label-prod.txt" 2>&1
sed 's/^/  /' "$here/target/platform/$label-prod.txt" | tee -a "$report"

APP_JAVA_OPTS="-Xmx3g $opts" USERS=$heap_users STEP=50 SKIP_BUILD=1 in_checkout scripts/heap-per-ui.sh \
    > "$here/target/platform/$label-heap.txt" 2>&1 || true
say "heap: $(grep -o 'slope: .*' "$here/target/platform/$label-heap.txt" || echo 'no slope (see the heap log)')"
grep -E 'sessions (open|opened)' "$here/target/platform/$label-heap.txt" | sed 's/^/  /' | tee -a "$report" || true

if [ "${LOAD:-1}" = 1 ]; then
APP_JAVA_OPTS="-Xmx2g $opts" USERS=$sessions RAMP=120 DURATION=270 SKIP_BUILD=1 REUSE_DB=${REUSE_DB:-} \
    in_checkout scripts/load-test.sh MixedSimulation > "$here/target/platform/$label-load.txt" 2>&1 || true
grep -E '^\[load\] (global|with all|ready after)' "$here/target/platform/$label-load.txt" | sed 's/^/  /' | tee -a "$report" \
    || say "no load figures (see $here/target/platform/$label-load.txt)"
fi

if [ "${SUITE:-1}" = 1 ]; then
    start=$(date +%s)
    if in_checkout ./mvnw -B -ntp verify > "$here/target/platform/$label-suite.log" 2>&1; then result=passed; else result=FAILED; fi
    say "test suite (./mvnw verify): $result in $(( $(date +%s) - start )) s; $(grep -E 'Tests run: [0-9]+, Failures' \
        "$here/target/platform/$label-suite.log" | grep -v ' -- in ' | tr '\n' ' ')"
fi
reference end
say "report: $report"
