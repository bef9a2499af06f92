#!/usr/bin/env bash
# The programs issue's figures, on the test MariaDB (as .ci/run provisions it): import of a
# generated 10,000-row CSV end to end, and participant-grid paging on that 10,000-person program.
# Report: target/benchmark/report.txt. Rows: ROWS=20000 scripts/benchmark-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1
./mvnw -B -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ImportBenchmark \
    -DargLine="-Drows=${ROWS:-10000}" >target/benchmark.log 2>&1 || { tail -50 target/benchmark.log; exit 1; }
cat target/benchmark/report.txt
