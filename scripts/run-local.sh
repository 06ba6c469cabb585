#!/usr/bin/env bash
# Runs the system locally: the API host on http://localhost:7071 with the development settings
# (local.settings.sample.json: SQLite file genoptraening.db, the dev API keys), timer workers inside.
# Escalations stay in the outbox until the Azure queue sink lands (issue 5).
# Extra arguments go to the host, e.g. --urls http://127.0.0.1:8080 or --Clock:Mode Virtual.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet run --project src/Genoptraening.Api -- "$@"
