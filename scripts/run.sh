#!/usr/bin/env bash
# Builds bbangshop and starts the embedded default: one JVM, one port (8080), state under ./data.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp install -DskipTests
# the cap: no per-thread cache of direct buffers as large as H2's largest chunk write (BENCHMARKS.md)
exec java -Djdk.nio.maxCachedBufferSize=262144 ${JAVA_OPTS:-} -Daxoniq.update-checker.disabled=true -jar bbangshop-app/target/bbangshop.jar "$@"
