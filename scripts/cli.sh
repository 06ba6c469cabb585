#!/usr/bin/env bash
# The command line (catalog, simulate, queue peek) from any folder, e.g.
#   ~/genoptraening/scripts/cli.sh queue peek escalations-rebild
#   ./scripts/cli.sh simulate /tmp/plan.json      (a file's path is taken from the folder you are in)
set -euo pipefail
exec dotnet run --project "$(dirname "$(readlink -f "$0")")/../src/Genoptraening.Cli" -- "$@"
