#!/usr/bin/env bash
# Runs the system locally: Azurite (the Azure Storage emulator) on loopback for the escalation
# queues, and the API host on http://localhost:7071 with the development settings
# (local.settings.sample.json: SQLite file genoptraening.db, the dev API keys), timer workers and
# outbox delivery inside. Azurite is installed from npm when missing (azurite@3.35.0, pinned in
# package.json), keeps its data under .azurite/ and stops when the host stops. Without Node the
# host still runs, and escalations wait in the outbox.
# Extra arguments go to the host, e.g. --urls http://127.0.0.1:8080 or --Clock:Mode Virtual.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"

azurite_pid=""
stop_azurite() { [ -n "$azurite_pid" ] && kill "$azurite_pid" 2>/dev/null || true; }
trap stop_azurite EXIT INT TERM

if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  [ -x node_modules/.bin/azurite-queue ] || npm ci --no-audit --no-fund --loglevel=error
  mkdir -p .azurite
  node_modules/.bin/azurite-queue --queueHost 127.0.0.1 --queuePort 10001 --location .azurite \
    --silent --skipApiVersionCheck --disableTelemetry &
  azurite_pid=$!
  echo "Azurite queues on http://127.0.0.1:10001/devstoreaccount1 (data in .azurite/)"
else
  echo "Node.js is not installed: escalations stay in the outbox (install nodejs and npm to deliver them to Azurite)."
  export ConnectionStrings__EscalationQueues=""
fi

dotnet run --project src/Genoptraening.Api -- "$@"
