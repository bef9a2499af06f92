#!/usr/bin/env bash
# Where the memory of open sessions goes, from a heap dump (HEAP_DUMP=1 scripts/heap-per-ui.sh
# writes target/heap/sessions.hprof): retained bytes per HTTP session, Vaadin UI, state tree and
# kept last response, and per view the UIs were on (app.rapport.load.HeapBreakdown, with Shark).
# Usage: scripts/heap-breakdown.sh [dump.hprof] [ViewName]   (a view name lists its bytes by class)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1
dump=${1:-target/heap/sessions.hprof}
[ -f "$dump" ] || { echo "no heap dump at $dump (HEAP_DUMP=1 scripts/heap-per-ui.sh makes one)" >&2; exit 1; }
./mvnw -B -q -Pload test-compile dependency:build-classpath -Dmdep.outputFile=target/load-classpath.txt \
    -Dmdep.includeScope=test > /dev/null
view=()
[ -n "${2:-}" ] && view=(-Dview="$2")
java -Xmx6g "${view[@]}" -cp "target/test-classes:$(cat target/load-classpath.txt)" app.rapport.load.HeapBreakdown "$dump"
