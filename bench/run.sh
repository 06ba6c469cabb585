#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md: the host on a real Azurite it starts itself (host); simulate and
# the orchestration on Durable Task's in-memory backend (simulate, durable).
# Parts: --parts host,wave,simulate,durable (all by default).
# Sizes: --plans 20000 --concurrency 32 --scenarios 1000 --wave 10000
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/Genoptraening.Api > /dev/null
exec dotnet run -c Release --project bench/Genoptraening.Bench -- "$@"
