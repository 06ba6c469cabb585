#!/usr/bin/env bash
# Runs the system locally in one command: Azurite (the Azure Storage emulator: blob, queue and
# table, on its default loopback ports 10000-10002, data under .azurite/) and the API host on
# http://localhost:7071 with the development settings (local.settings.sample.json:
# ConnectionStrings:Storage=UseDevelopmentStorage=true, the dev API keys). The host runs the course
# orchestrations on Durable Task: its task hub, the course tables and the escalation queues all live
# in Azurite. Azurite is installed from npm when missing (azurite@3.35.0, pinned in package.json)
# and stops when the host stops. Start afresh: stop the host and delete .azurite/.
# Extra arguments go to the host, e.g. --urls http://127.0.0.1:8080 or --Clock:Mode Virtual.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Node.js and npm are needed for Azurite, where the system keeps everything: install nodejs and npm (e.g. apt-get install nodejs npm)." >&2
  exit 1
fi

azurite_pid=""
stop_azurite() { [ -n "$azurite_pid" ] && kill "$azurite_pid" 2>/dev/null || true; }
trap stop_azurite EXIT INT TERM

[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund --loglevel=error
mkdir -p .azurite
# Azurite in a session of its own: Ctrl-C stops the host first, and Azurite only when the host is gone.
setsid node_modules/.bin/azurite --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 --location .azurite \
  --silent --skipApiVersionCheck --disableTelemetry &
azurite_pid=$!
for _ in $(seq 1 100); do
  (exec 3<>/dev/tcp/127.0.0.1/10002) 2>/dev/null && break
  kill -0 "$azurite_pid" 2>/dev/null || { echo "Azurite did not start (are ports 10000-10002 taken?)." >&2; exit 1; }
  sleep 0.1
done
echo "Azurite on 127.0.0.1:10000 (blob), 10001 (queue), 10002 (table); data in .azurite/"

dotnet run --project src/Genoptraening.Api -- "$@"
