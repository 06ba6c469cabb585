#!/usr/bin/env bash
# Checks the README as a newcomer uses it: starts the system with the README's first command
# (./scripts/run-local.sh: Azurite on its default ports and the host on :7071), runs the walkthrough
# ("Use the API", its first sh block) as written; then starts it again on the development clock, as
# the README says, and runs the course's life (the second sh block); then starts the README's dashboard
# command (--Demo:Seed true) on an empty storage account and opens the dashboard as a visitator would.
# Fails when the host did not start, a command failed, the API answered with an error the README does not
# promise (every answer's status is printed: "→ 409"), or what came back is not what the README says.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
out=$(mktemp)
block=$(mktemp)
run_local=""
aside=$(mktemp -d) # a developer's own .azurite/ is kept aside: the check starts from an empty storage account, as a newcomer does
if [ -d .azurite ]; then mv .azurite "$aside/"; fi
stop() {
  if [ -n "$run_local" ]; then kill -- -"$run_local" 2>/dev/null || true; wait "$run_local" 2>/dev/null || true; fi
  run_local=""
  # Azurite stops with the host; wait until it has let go of its ports (and so of .azurite/).
  for _ in $(seq 1 60); do (exec 3<>/dev/tcp/127.0.0.1/10002) 2>/dev/null || return 0; sleep 0.5; done
}
fresh() { stop; rm -rf .azurite; } # an empty storage account
trap 'stop; rm -rf .azurite; if [ -d "$aside/.azurite" ]; then mv "$aside/.azurite" .; fi; rm -rf "$aside" "$log" "$out" "$block"' EXIT

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

# The n-th sh block of the section "## Use the API", run as written; $2 is how many 4xx answers the README promises in it.
walkthrough() {
  awk -v n="$1" '/^## / { section = /^## Use the API/ } section && /^```sh$/ { count++; if (count == n) { block = 1; next } }
    block && /^```$/ { exit } block { print }' README.md > "$block"
  [ -s "$block" ] || { echo "README.md has no sh block $1 under '## Use the API'" >&2; exit 1; }
  bash -euo pipefail "$block" > "$out"
  cat "$out"; echo
  if grep -qE '^→ 5[0-9][0-9]$' "$out"; then echo "the API answered a walkthrough command with a 5xx" >&2; exit 1; fi
  local errors; errors=$(grep -cE '^→ 4[0-9][0-9]$' "$out" || true)
  if [ "$errors" != "$2" ]; then echo "the walkthrough's block $1 had $errors answers 4xx; the README promises $2" >&2; exit 1; fi
}

expect() { grep -q -- "$1" "$out" || { echo "README walkthrough: expected $2" >&2; exit 1; }; }

start
walkthrough 1 1
expect '"statusQueryGetUri"' "the plan to be accepted"
expect '^→ 202$' "the plan's 202 shown"
expect '"type":"CitizenContacted"' "CitizenContacted in the course's history"
expect '"type":"PlanCorrected"' "the plan's correction in the course's history"
expect '^→ 400$' "the mistake's 400 shown"
expect '"startDate"' "the 400 naming startDate"
stop

fresh # as the README says: delete .azurite/ to begin again at Clock:Start
start --Clock:Mode Virtual --Clock:Start 2026-05-08T10:00:00+02:00
walkthrough 2 0
expect '"kind":"startGuarantee","due":"2026-05-15","status":"breached"' "the start guarantee breached"
expect '"triggeredAt":"2026-05-16T00:00:00+02:00"' "free choice triggered on 16 May"
expect 'freechoice.triggered' "free choice on the visitation's queue"
expect '"dashboard":"forloeb/' "the escalations' link to the dashboard"
# The README's dashboard command, on an empty storage account (a newcomer's first run).
command=$(grep -o '`./scripts/run-local.sh --Demo:Seed true`' README.md | tr -d '`' | head -n 1)
[ -n "$command" ] || { echo "README.md no longer names the dashboard command ./scripts/run-local.sh --Demo:Seed true" >&2; exit 1; }
fresh
start ${command#./scripts/run-local.sh }
grep -q 'demo courses added' "$log" || { cat "$log" >&2; echo "the dashboard command did not seed the demo courses" >&2; exit 1; }
cookie="genoptraening-visitator=rebild"
curl -fsS http://localhost:7071/ -H "Cookie: $cookie" > "$out"
expect 'DEMO-rebild-forsinket' "the demo courses on the overview"
expect 'Næste skridt' "what to do next on the overview"
curl -fsS http://localhost:7071/indbakke -H "Cookie: $cookie" > "$out"
expect 'form method="post" action="indbakke" class="acknowledge"' "the inbox's acknowledgement form"
echo "README walkthrough and dashboard: ok"
