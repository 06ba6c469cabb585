#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md: the host on a real Azurite (host); the first version's engine on a
# throwaway PostgreSQL cluster (durable defaults) and on SQLite, with Quartz.NET on the same PostgreSQL (engine,
# quartz); simulate and the orchestration on the in-memory backend (simulate, durable).
# Parts: --parts host,engine,quartz,simulate,durable (all by default); --stores postgres,sqlite.
# Sizes: --plans 20000 --concurrency 32 --starts 20000
#        --pending 100000 --workers 4 --stream 2000 --quartz-minutes 10 --scenarios 1000
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/Genoptraening.Api > /dev/null
exec dotnet run -c Release --project bench/Genoptraening.Bench -- "$@"
