#!/usr/bin/env bash
# The operators' reads over HTTP on Azurite: GET /api/operations/health (every queue, a scan of the task hub's instance
# table, the last hour's histories) and GET /api/operations/faulted (the same scan, then the faulted courses' partitions),
# each asked REQUESTS times with the administrator's key after COURSES courses were received. Prints p50 and max of each.
#   bench/operations-reads.sh [COURSES] [REQUESTS]   (defaults 1000 and 10)
# Everything on loopback: an Azurite of its own (in memory, free ports) and this checkout's host in Release (bench/local-host.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
courses="${1:-1000}"
requests="${2:-10}"
. "$here/bench/local-host.sh"
start_host "$here" Limits__RequestsPerSecond=0

echo "receiving $courses plans" >&2
seq 1 "$courses" | xargs -P 8 -I{} curl -fsS -o /dev/null -X POST "$url/api/plans" -H 'x-api-key: dev-hospital-a' -H 'content-type: application/json' \
  -d '{ "sender": "5790000000001", "planId": "BENCH-OPS-{}", "municipality": "rebild", "cpr": "0101501234", "dischargeDate": null,
        "planType": "almen", "level": "basal", "startNotBefore": null, "receivedAt": null, "text": "..." }'

for path in operations/health operations/faulted; do
  : >"$work/times"
  for _ in $(seq 1 "$requests"); do
    curl -fsS -o "$work/answer" -w '%{time_total}\n' "$url/api/$path" -H 'x-api-key: dev-admin' >>"$work/times"
  done
  # The health answer's running courses, or the faulted list's length.
  running=$(python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["courses"]; print(c["running"] if isinstance(c, dict) else len(c))' "$work/answer")
  python3 -c '
import sys
ms = sorted(float(l) * 1000 for l in open(sys.argv[1]) if l.strip())
print(f"GET /api/{sys.argv[2]}: {len(ms)} requests over {sys.argv[3]} courses ({sys.argv[4]} in the answer), p50 {ms[len(ms)//2]:.0f} ms, min {ms[0]:.0f} ms, max {ms[-1]:.0f} ms")
' "$work/times" "$path" "$courses" "$running"
done
