#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md: on a throwaway PostgreSQL cluster (durable defaults) and on SQLite,
# with a real host process, a real Azurite and Quartz.NET on the same PostgreSQL. About 25 minutes on 2 cores.
# Parts: --parts http,queries,engine,quartz,simulate,durable (all by default); --stores postgres,sqlite.
# Sizes: --plans 20000 --concurrency 32 --courses 1000000 --seeds 2000 --rounds 100 --starts 20000
#        --pending 100000 --workers 4 --stream 2000 --quartz-minutes 10 --scenarios 1000
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/Genoptraening.Api > /dev/null
exec dotnet run -c Release --project bench/Genoptraening.Bench -- "$@"
