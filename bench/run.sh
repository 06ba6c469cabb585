#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md: the host on a real Azurite it starts itself (host); simulate and
# the orchestration on Durable Task's in-memory backend (simulate, durable); ours beside the textbook peer on
# Azure Storage (Azurite) with time skipping (peer); storage transactions per course through the host, and the
# monthly bill (cost).
# Parts: --parts host,simulate,durable,peer,cost (all by default).
# Sizes: --plans 20000 --concurrency 32 --scenarios 1000 --lives 20 --wave 1000
# The deployment (peer): --change deadline-later (default) or level2-sooner, on --deploy-day 5 (default) of the courses' lives
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/Genoptraening.Api > /dev/null
exec dotnet run -c Release --project bench/Genoptraening.Bench -- "$@"
