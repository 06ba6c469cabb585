#!/usr/bin/env bash
# Runs the system locally on SQLite and Azurite with the development settings.
# Today the product is its rules core: this validates the service-level catalog and prints every
# standard's deadlines. The HTTP host (issue 4) and Azurite (issue 5) take over this script when they land.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --project src/Genoptraening.Cli -- catalog "$@"
