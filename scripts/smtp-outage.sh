#!/usr/bin/env bash
# An SMTP outage under load, shown: on the test MariaDB (as .ci/run provisions it), two
# coordinators invite a 2,000-person program in batches of ten while two dispatchers deliver to a
# real SMTP server (GreenMail); the server is stopped for OUTAGE seconds mid-run and started again
# on the same port. The run fails unless every invitation arrived exactly once.
# Report: target/smtp-outage/report.txt. Knobs: PEOPLE (2000), OUTAGE (20 s).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1
mkdir -p target
./mvnw -B -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=MailOutageRun \
    -DargLine="-Dpeople=${PEOPLE:-2000} -Doutage=${OUTAGE:-20}" >target/smtp-outage.log 2>&1 \
    || { tail -60 target/smtp-outage.log; exit 1; }
cat target/smtp-outage/report.txt
