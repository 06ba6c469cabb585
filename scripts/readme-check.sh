#!/usr/bin/env bash
# Checks the README as a newcomer uses it: starts the system with the README's first command
# (./scripts/run-local.sh: Azurite on its default ports and the host on :7071), runs the walkthrough
# ("Use the API", its first sh block) as written; then starts it again on the development clock, as
# the README says, and runs the course's life (the second sh block). Fails when the host did not
# start, a command failed, the API answered with an error, or the course's life is not what the
# README says.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
out=$(mktemp)
block=$(mktemp)
run_local=""
stop() { if [ -n "$run_local" ]; then kill -- -"$run_local" 2>/dev/null || true; wait "$run_local" 2>/dev/null || true; fi; run_local=""; }
trap 'stop; rm -f "$log" "$out" "$block"' EXIT

start() {
  setsid ./scripts/run-local.sh "$@" > "$log" 2>&1 &
  run_local=$!
  for _ in $(seq 1 600); do
    curl -fsS http://localhost:7071/healthz > /dev/null 2>&1 && return 0
    kill -0 "$run_local" 2>/dev/null || break
    sleep 0.5
  done
  cat "$log" >&2
  echo "the host did not answer on :7071" >&2
  exit 1
}

# The n-th sh block of the section "## Use the API".
walkthrough() {
  awk -v n="$1" '/^## / { section = /^## Use the API/ } section && /^```sh$/ { count++; if (count == n) { block = 1; next } }
    block && /^```$/ { exit } block { print }' README.md > "$block"
  [ -s "$block" ] || { echo "README.md has no sh block $1 under '## Use the API'" >&2; exit 1; }
  bash -euo pipefail "$block" > "$out"
  cat "$out"; echo
  if grep -qE '"status":[45][0-9][0-9]' "$out"; then echo "the API answered a walkthrough command with an error" >&2; exit 1; fi
}

expect() { grep -q -- "$1" "$out" || { echo "README walkthrough: expected $2" >&2; exit 1; }; }

start
walkthrough 1
expect '"statusQueryGetUri"' "the plan to be accepted"
expect '"type":"CitizenContacted"' "CitizenContacted in the course's history"
stop

start --Clock:Mode Virtual --Clock:Start 2026-05-08T10:00:00+02:00
walkthrough 2
expect '"kind":"startGuarantee","due":"2026-05-15","status":"breached"' "the start guarantee breached"
expect '"triggeredAt":"2026-05-16T00:00:00+02:00"' "free choice triggered on 16 May"
expect 'freechoice.triggered' "free choice on the visitation's queue"
echo "README walkthrough: ok"
