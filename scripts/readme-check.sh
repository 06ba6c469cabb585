#!/usr/bin/env bash
# Checks the README as a newcomer uses it: starts the system with the README's first command
# (./scripts/run-local.sh: Azurite on its default ports and the host on :7071), runs the README's
# walkthrough ("Use the API", its first sh block) as written, and fails when the host did not
# start, a command failed, or the API answered with an error.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
out=$(mktemp)
walkthrough=$(mktemp)
setsid ./scripts/run-local.sh > "$log" 2>&1 &
run_local=$!
trap 'kill -- -"$run_local" 2>/dev/null || true; rm -f "$log" "$out" "$walkthrough"' EXIT

for _ in $(seq 1 600); do
  curl -fsS http://localhost:7071/healthz > /dev/null 2>&1 && break
  kill -0 "$run_local" 2>/dev/null || { cat "$log" >&2; echo "run-local.sh stopped" >&2; exit 1; }
  sleep 0.5
done
curl -fsS http://localhost:7071/healthz > /dev/null || { cat "$log" >&2; echo "the host did not answer on :7071" >&2; exit 1; }

awk '/^## Use the API/ { section = 1 } section && /^```sh$/ { block = 1; next } block && /^```$/ { exit } block { print }' README.md > "$walkthrough"
[ -s "$walkthrough" ] || { echo "README.md has no walkthrough block under '## Use the API'" >&2; exit 1; }
bash -euo pipefail "$walkthrough" > "$out"
cat "$out"; echo

grep -q '"statusQueryGetUri"' "$out" || { echo "the plan was not accepted" >&2; exit 1; }
grep -q '"type":"CitizenContacted"' "$out" || { echo "the course's history lacks CitizenContacted" >&2; exit 1; }
if grep -qE '"status":[45][0-9][0-9]' "$out"; then echo "the API answered a walkthrough command with an error" >&2; exit 1; fi
echo "README walkthrough: ok"
