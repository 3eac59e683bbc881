#!/usr/bin/env bash
# Everything the test suite needs on a fresh machine, then the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."

need_packages=()
command -v java >/dev/null || need_packages+=(openjdk-17-jdk-headless)
if [ ${#need_packages[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_packages[@]}"
fi

./mvnw -B -ntp verify "$@"
