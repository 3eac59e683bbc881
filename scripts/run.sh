#!/usr/bin/env bash
# Builds bbangshop and starts the embedded default: one JVM, one port (8080), state under ./data.
# Arguments go to the app, e.g. --server.port=9090 --bbangshop.data-dir=/srv/bbangshop.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-8080}
data_dir=./data
for arg in "$@"; do
  case "$arg" in
    --server.port=*) port=${arg#*=} ;;
    --bbangshop.data-dir=*) data_dir=${arg#*=} ;;
  esac
done

# a second shop on the same port or data directory would rebuild the jar under the running one: refuse first
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "run.sh: something already listens on port $port (a shop started before?). Stop it, or start this one" \
    "with --server.port=<another port> and --bbangshop.data-dir=<another directory>." >&2
  exit 1
fi
pid_file="$data_dir/bbangshop.pid"
if [ -f "$pid_file" ] && grep -qs bbangshop "/proc/$(cat "$pid_file")/cmdline"; then
  echo "run.sh: the data directory $data_dir is in use by process $(cat "$pid_file") (a shop already runs on it)." \
    "Stop it, or give this one --bbangshop.data-dir=<another directory>." >&2
  exit 1
fi

echo "run.sh: building bbangshop (about a minute the first time)..."
build_log=$(mktemp)
if ! ./mvnw -B -ntp install -DskipTests 2>&1 | tee "$build_log" | grep --line-buffered -E '^\[INFO\] (Building |BUILD)'
then
  tail -n 40 "$build_log" >&2
  echo "run.sh: the build failed; its whole log is $build_log" >&2
  exit 1
fi
rm -f "$build_log"
# phone numbers are kept only as a keyed hash: the shop's key is made once and kept with its state, so a customer's
# limit and place in a waitlist hold across restarts
if [ -z "${BBANGSHOP_CUSTOMERS_KEY:-}" ]; then
  key_file="$data_dir/customers.key"
  if [ ! -s "$key_file" ]; then
    mkdir -p "$data_dir"
    (umask 077 && head -c 32 /dev/urandom | base64 > "$key_file")
  fi
  BBANGSHOP_CUSTOMERS_KEY=$(cat "$key_file")
  export BBANGSHOP_CUSTOMERS_KEY
fi
echo "run.sh: starting on port $port, state in $data_dir; the kiosk and the staff login follow once it is ready"
# the cap: no per-thread cache of direct buffers as large as H2's largest chunk write (BENCHMARKS.md)
exec java -Djdk.nio.maxCachedBufferSize=262144 ${JAVA_OPTS:-} -Daxoniq.update-checker.disabled=true \
  -jar bbangshop-app/target/bbangshop.jar "$@"
