#!/usr/bin/env bash
# The progress issue's figures, on MariaDB (as .ci/run provisions it): a generated program of 5,000
# relationships, 200,000 interactions and 50,000 check-ins, then the server time and SQL statements
# of the program dashboard and of the busiest relationship's progress page, and the time of a full
# rebuild of the metrics. Runs in its own database, rapport_bench, made afresh each time.
# Report: target/benchmark/progress.txt. Other seed: SEED=7 scripts/benchmark-progress.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1
rapport_db_fresh rapport_bench
mkdir -p target
RAPPORT_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/rapport_bench \
    ./mvnw -B -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ProgressBenchmark \
    -DargLine="-Dseed=${SEED:-2026}" >target/benchmark-progress.log 2>&1 \
    || { tail -50 target/benchmark-progress.log; exit 1; }
cat target/benchmark/progress.txt
