#!/usr/bin/env bash
# Runs every test of the solution and ends with one summary line: "tests: N passed, M failed".
# Real components only: the suites that need Azurite or Chromium start them themselves; this script
# installs Azurite (npm ci) when it is missing and says how to install Chromium when that is.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
summary() {
  local passed failed
  passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}' || true)
  failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}' || true)
  echo "tests: ${passed:-0} passed, ${failed:-0} failed"
}

missing=""
if [ ! -x node_modules/.bin/azurite ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "Installing Azurite (npm ci), which the storage tests start" | tee -a "$log"
    npm ci --no-audit --no-fund --loglevel=error
  else
    missing="Node.js and npm (for Azurite: apt-get install nodejs npm, then npm ci)"
  fi
fi
if [ ! -x /usr/bin/chromium ]; then
  missing="${missing:+$missing; }Chromium (for the dashboard's browser tests: apt-get install chromium)"
fi
if [ -n "$missing" ]; then
  echo "The tests need what this machine lacks: $missing." >&2
  summary
  exit 1
fi

status=0
dotnet test Genoptraening.Workflows.sln --configuration Release "$@" 2>&1 | tee "$log" || status=$?

summary
if [ "$status" -eq 0 ] && ! grep -qE 'Passed: +[1-9]' "$log"; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
