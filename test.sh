#!/usr/bin/env bash
# Wijkkracht's one test command. Installs what is missing (Debian chromium and postgresql, the npm linter, .NET tools),
# checks formatting, builds, starts a throwaway PostgreSQL on loopback, runs unit, integration (SQLite and
# PostgreSQL) and browser tests, lints the OpenAPI document against the NL API Design Rules, and ends with
# "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
artifacts="$root/artifacts"
rm -rf "$artifacts" && mkdir -p "$artifacts"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 WIJKKRACHT_ARTIFACTS="$artifacts"
# Dozens of test apps start in one process: no inotify watcher per app for config reloads (the per-user limit of 128
# inotify instances was reached on a busy machine); file changes are not needed in tests.
export DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=1

step() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

step "Installing what is missing"
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-liberation)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
(cd tools/vendor && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || { echo "npm ci failed"; exit 1; }
dotnet tool restore >/dev/null || exit 1

passed=0
failed=0
check() { # name, command...
  local name=$1; shift
  if "$@" > "$artifacts/$name.log" 2>&1; then
    passed=$((passed + 1)); echo "ok: $name"
  else
    failed=$((failed + 1)); echo "FAILED: $name (see artifacts/$name.log)"; tail -n 40 "$artifacts/$name.log"
  fi
}

step "Build"
if ! dotnet build Wijkkracht.slnx -c Debug -nologo -clp:ErrorsOnly > "$artifacts/build.log" 2>&1; then
  cat "$artifacts/build.log" | tail -n 60
  echo "0 passed, 1 failed"
  exit 1
fi
check format dotnet format Wijkkracht.slnx --verify-no-changes --no-restore

step "Starting PostgreSQL on loopback"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/wijkkracht-pg.XXXXXX)
pgport=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then pgport=$candidate; break; fi
done
[ -n "$pgport" ] || { echo "no free loopback port for PostgreSQL"; exit 1; }
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pgdir"
run_pg "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres --no-sync >/dev/null || { echo "initdb failed"; exit 1; }
run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null \
  || { cat "$pgdir/log"; exit 1; }
stop_pg() { run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1; rm -rf "$pgdir"; }
trap stop_pg EXIT
export WIJKKRACHT_TEST_PG="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres;Pooling=true"

step "Unit and integration tests (SQLite and PostgreSQL)"
dotnet test tests/Wijkkracht.Tests --no-build --logger "trx;LogFileName=tests.trx" --results-directory "$artifacts" 2>&1 | grep -E "(Failed|Passed)!|^\s*Failed |Error Message" | head -n 80

step "Browser tests (Playwright, Debian Chromium, axe-core)"
dotnet test tests/Wijkkracht.BrowserTests --no-build --logger "trx;LogFileName=browser.trx" --results-directory "$artifacts" 2>&1 | grep -E "(Failed|Passed)!|^\s*Failed |Error Message" | head -n 80

step "OpenAPI document against the NL API Design Rules"
if [ -s "$artifacts/openapi.json" ]; then
  check openapi-lint tools/vendor/node_modules/.bin/spectral lint --fail-severity=error --ruleset ../shared/api-design-rules/linter.yaml "$artifacts/openapi.json"
else
  failed=$((failed + 1)); echo "FAILED: openapi-lint (artifacts/openapi.json was not written by the tests)"
fi

for trx in "$artifacts"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
for trx in tests browser; do
  [ -s "$artifacts/$trx.trx" ] || { failed=$((failed + 1)); echo "FAILED: no test results in artifacts/$trx.trx"; }
done

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
