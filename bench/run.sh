#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md: the host on a real Azurite it starts itself (host); simulate and the
# orchestration on Durable Task's in-memory backend (simulate, durable); the dashboard's list and the quality
# report over one municipality's courses, seeded straight into Azurite's course tables (reads).
# Parts: --parts host,simulate,durable,reads (all by default).
# Sizes: --plans 20000 --concurrency 32 --scenarios 1000 --courses 20000 --requests 60 (sequential requests per read)
# Reads against another build too, on the same seeded storage: --baseline-host /path/to/Genoptraening.Api.dll
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/Genoptraening.Api > /dev/null
exec dotnet run -c Release --project bench/Genoptraening.Bench -- "$@"
