#!/usr/bin/env bash
# Takes screenshots of the real app in headless Chromium (the browser journeys save them to
# target/screenshots) and refreshes the ones the README shows in docs/images.
# Needs what the tests need: MariaDB on 127.0.0.1:3306 and Chromium (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh && rapport_use_jdk || exit 1
./mvnw -B -q verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test='SignInJourneyIT,AccountsJourneyIT,ImportJourneyIT,PairingJourneyIT,WorkspaceJourneyIT,FeedbackJourneyIT,ProgressJourneyIT'
mkdir -p docs/images
for shot in accounts login participant-home profile participants program-overview import-problems \
        pairing-suggestions matching-plan home-proposal \
        home-relationships workspace-interactions workspace-checkins workspace-timeline \
        feedback-answer feedback-results feedback-overview progress-dashboard progress-relationship; do
    cp "target/screenshots/$shot.png" "docs/images/$shot.png"
done
ls -l docs/images
