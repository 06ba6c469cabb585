#!/usr/bin/env bash
# The dashboard's event post over HTTP on Azurite: a visitator records "Borger kontaktet" on a course's
# page (POST /forloeb/{id}, the form the browser sends; 303 to the page, followed) and gets the page back. Prints p50 and p95 over
# the posts after a warm-up. Run from any checkout, so a commit from before a change can be measured the
# same way: bench/dashboard-event-post.sh [TREE] [COURSES]
#   TREE     the checkout whose host is measured (default: this one), e.g. a `git worktree add` of an older commit
#   COURSES  how many courses get one post each (default 60; the first 10 are the warm-up)
# Everything on loopback: an Azurite of its own (in memory, free ports) and the host in Release (bench/local-host.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
tree="$(cd "${1:-$here}" && pwd)"
courses="${2:-60}"
warmup=10
. "$here/bench/local-host.sh"
start_host "$tree"

ids=()
for i in $(seq 1 "$courses"); do
  body='{ "sender": "5790000000001", "planId": "BENCH-POST-'$i'", "municipality": "rebild", "cpr": "0101501234",
          "dischargeDate": null, "planType": "almen", "level": "basal", "startNotBefore": null, "receivedAt": null, "text": "..." }'
  id=$(curl -fsS -X POST "$url/api/plans" -H 'x-api-key: dev-hospital-a' -H 'content-type: application/json' -d "$body" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  ids+=("$id")
done
# Each course's start step taken before it is posted to: the page of the course it reads.
for id in "${ids[@]}"; do curl -fsS "$url/forloeb/$id" -b 'genoptraening-visitator=rebild' -o /dev/null; done
sleep 2

times="$work/times"
printf '127.0.0.1\tFALSE\t/\tFALSE\t0\tgenoptraening-visitator\trebild\n' >"$work/jar"
for id in "${ids[@]}"; do
  # The form answers 303 to the course's page, its outcome in a one-read cookie (post/redirect/get): -L follows it as a GET
  # with that cookie (a cookie jar, as a browser keeps), so the time is the browser's: the post and the page it comes back to.
  curl -sS -L -o "$work/page" -w '%{http_code} %{time_total}\n' "$url/forloeb/$id" -b "$work/jar" -c "$work/jar" \
    -H 'Sec-Fetch-Site: same-origin' --data-urlencode 'type=CitizenContacted' --data-urlencode 'at=' >>"$times"
  grep -q 'Borger kontaktet registreret' "$work/page" || { echo "post to $id was not recorded:" >&2; tail -c 2000 "$work/page" >&2; exit 1; }
done
tail -n +"$((warmup + 1))" "$times" | python3 -c '
import sys
codes, ms = zip(*[(l.split()[0], float(l.split()[1]) * 1000) for l in sys.stdin if l.strip()])
ms = sorted(ms)
pick = lambda q: ms[min(len(ms) - 1, int(round(q * (len(ms) - 1))))]
print(f"dashboard event post: {len(ms)} posts, p50 {pick(0.5):.0f} ms, p95 {pick(0.95):.0f} ms, max {ms[-1]:.0f} ms, statuses {sorted(set(codes))}")
'
