#!/usr/bin/env bash
# Runs the engine benchmarks on PostgreSQL (a throwaway cluster with durable defaults) and SQLite.
# Options: --stores postgres,sqlite --starts 20000 --concurrency 32 --pending 100000 --workers 4 --stream 2000 --scenarios 1000
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project bench/Genoptraening.Bench -- "$@"
