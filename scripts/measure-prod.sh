#!/usr/bin/env bash
# Measures the production jar: cold start (JVM launch to "Started", and to readiness UP) and
# resident memory after one sign-in. Usage:
#   scripts/measure-prod.sh                 # embedded H2 in a temporary folder, demo data
#   SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/rapport_measure \
#   SPRING_DATASOURCE_USERNAME=root RAPPORT_DEMO=true scripts/measure-prod.sh
# Builds target/rapport-*.jar with -Pproduction first when it is missing. APP_JAVA_OPTS: the app's JVM options.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1
jar=$(ls target/rapport-*.jar 2>/dev/null | head -1 || true)
# A production jar says so in its build info (Vaadin 25 unpacks the prebuilt bundle into the jar).
if [ -z "$jar" ] || ! unzip -p "$jar" '*flow-build-info.json' 2>/dev/null | grep -q '"productionMode" *: *true'; then
    ./mvnw -B -q -Pproduction -DskipTests package
    jar=$(ls target/rapport-*.jar | head -1)
fi
port=${PORT:-18080}
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; cp "$work/app.log" target/measure-app.log 2>/dev/null; rm -rf "$work"' EXIT

start_ms=$(date +%s%3N)
(cd "$work" && exec java ${APP_JAVA_OPTS:-} -jar "$OLDPWD/$jar" --server.port="$port") > "$work/app.log" 2>&1 &
pid=$!
rapport_wait_ready "$port" "$pid" 0 0.2 || { cat "$work/app.log"; echo "the app died" >&2; exit 1; }
ready_ms=$(date +%s%3N)
started=$(grep -o 'Started Application in [0-9.]* seconds' "$work/app.log" || true)

jar_cookies="$work/cookies"
curl -fs -c "$jar_cookies" -b "$jar_cookies" "http://localhost:$port/login" >/dev/null
curl -fs -c "$jar_cookies" -b "$jar_cookies" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "username=${MEASURE_EMAIL:-admin@rapport.test}" \
    --data-urlencode "password=${MEASURE_PASSWORD:-rapport-demo}" "http://localhost:$port/login" > "$work/redirect"
grep -q error "$work/redirect" && { echo "sign-in failed: $(cat "$work/redirect")" >&2; exit 1; }
curl -fs -c "$jar_cookies" -b "$jar_cookies" "http://localhost:$port/" >/dev/null
curl -fs -c "$jar_cookies" -b "$jar_cookies" "http://localhost:$port/?v-r=init&location=admin%2Faccounts&query=" >/dev/null
sleep 1
rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)

echo "jar:                 $jar ($(du -m "$jar" | cut -f1) MB)"
echo "spring:              ${started:-?}"
echo "launch to readiness: $(( ready_ms - start_ms )) ms"
echo "RSS after sign-in:   $(( rss_kb / 1024 )) MB"
grep -q 'A production mode bundle build is not needed\|productionMode' "$work/app.log" || true
