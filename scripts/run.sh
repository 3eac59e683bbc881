#!/usr/bin/env bash
# Builds bbangshop and starts the embedded default: one JVM, one port (8080), state under ./data.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp install -DskipTests
exec java ${JAVA_OPTS:-} -Daxoniq.update-checker.disabled=true -jar bbangshop-app/target/bbangshop.jar "$@"
