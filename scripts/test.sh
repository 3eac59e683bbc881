#!/usr/bin/env bash
# Everything the test suite needs on a fresh machine, then the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."

need_packages=()
command -v java >/dev/null || need_packages+=(openjdk-17-jdk-headless)
# the deployment checks: nginx runs the gateway's config; yamllint and docker-compose check the manifests
[ -x /usr/sbin/nginx ] || need_packages+=(nginx-light)
command -v yamllint >/dev/null || need_packages+=(yamllint)
command -v docker-compose >/dev/null || need_packages+=(docker-compose)
# the kiosk's browser test drives Debian's chromium; a Korean font makes its screenshots readable
command -v chromium >/dev/null || need_packages+=(chromium)
[ -d /usr/share/fonts/truetype/nanum ] || need_packages+=(fonts-nanum)
# the benchmark's smoke run fires its load with Debian's hey and siege
command -v python3 >/dev/null || need_packages+=(python3)
command -v hey >/dev/null || need_packages+=(hey)
command -v siege >/dev/null || need_packages+=(siege)
if [ ${#need_packages[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # RUNLEVEL=1: nginx's package must not start nginx as a system service; no recommends: docker-compose only
  # reads the compose file here, and recommends the Docker engine (docker.io, containerd, runc, iptables)
  RUNLEVEL=1 apt-get install -y -qq --no-install-recommends "${need_packages[@]}"
fi

# the seed scenario runs a second time on PostgreSQL: start the build machine's server if it is down
if command -v pg_ctlcluster >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start \
    || echo "PostgreSQL did not start: its tests will be skipped"
fi

./mvnw -B -ntp verify "$@"

# the flash-sale benchmark in seconds: same code path, small numbers; fails only on an oversold or lost reservation
python3 benchmarks/flashsale.py --smoke
