#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md, each part on a real Azurite it starts itself or in memory:
# host: intake and events over HTTP against the host, beside intake's floors;
# wave: a midnight wave of timers on the host (development clock), beside the bare backend's, and timer lateness;
# simulate, durable: the step's code and the orchestration on Durable Task's in-memory backend;
# reads: the dashboard's list and inbox and the quality report over one municipality's courses, seeded straight into Azurite's course tables;
# peer: ours beside the textbook peer on Azure Storage (Azurite) with time skipping: lives, a wave, a deployment;
# cost: storage transactions per course through the host, counted at Azurite, and the monthly bill.
# Parts: --parts host,wave,simulate,durable,reads,peer,cost (all by default).
# Sizes (the defaults fit the whole run in 30 minutes on 2 cores, docs/benchmarks.md):
#        --plans 300 --concurrency 32 --scenarios 1000 --wave 500 --courses 20000 --requests 40 (sequential requests per read)
#        --lives 20 --peer-wave 500
# Reads against another build too, on the same seeded storage: --baseline-host /path/to/Genoptraening.Api.dll
# The deployment (peer): --change deadline-later (default) or level2-sooner, on --deploy-day 5 (default) of the courses' lives
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/Genoptraening.Api > /dev/null
exec dotnet run -c Release --project bench/Genoptraening.Bench -- "$@"
