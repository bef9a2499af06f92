#!/usr/bin/env bash
# The pairing issue's figure, on the test MariaDB (as .ci/run provisions it): the bulk-matching
# preview of 2,000 mentees and 800 mentors end to end, with its total score beside a greedy pass.
# Report: target/benchmark/matching.txt. Size: MENTEES=4000 MENTORS=1600 scripts/benchmark-matching.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1
mkdir -p target
./mvnw -B -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=MatchingBenchmark \
    -DargLine="-Dmentees=${MENTEES:-2000} -Dmentors=${MENTORS:-800}" >target/benchmark-matching.log 2>&1 \
    || { tail -50 target/benchmark-matching.log; exit 1; }
cat target/benchmark/matching.txt
