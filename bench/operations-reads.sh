#!/usr/bin/env bash
# The operators' reads over HTTP on Azurite: GET /api/operations/health (every queue, a scan of the task hub's instance
# table, the last hour's histories) and GET /api/operations/faulted (the same scan, then the faulted courses' partitions),
# each asked REQUESTS times with the administrator's key after COURSES courses were received. Prints p50 and max of each.
#   bench/operations-reads.sh [COURSES] [REQUESTS]   (defaults 1000 and 10)
# Everything on loopback: an Azurite of its own (in memory, free ports) and this checkout's host in Release.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
courses="${1:-1000}"
requests="${2:-10}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d)
stop() {
  [ -n "${host_pid:-}" ] && { kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; }
  [ -n "${azurite_pid:-}" ] && { kill "$azurite_pid" 2>/dev/null || true; wait "$azurite_pid" 2>/dev/null || true; }
  rm -rf "$work"
}
trap stop EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
blob=$(free_port); queue=$(free_port); table=$(free_port); port=$(free_port)
"$here/node_modules/.bin/azurite" --blobPort "$blob" --queuePort "$queue" --tablePort "$table" --inMemoryPersistence \
  --silent --skipApiVersionCheck --disableTelemetry &
azurite_pid=$!
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"

echo "building the host of $here ($(git -C "$here" rev-parse --short HEAD))" >&2
dotnet build "$here/src/Genoptraening.Api" -c Release --nologo -v quiet >/dev/null
(cd "$here" && ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Storage="$storage" Limits__RequestsPerSecond=0 exec \
  dotnet run --no-build -c Release --project src/Genoptraening.Api -- --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1) &
host_pid=$!
url="http://127.0.0.1:$port"
for _ in $(seq 1 300); do curl -fsS "$url/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsS "$url/healthz" >/dev/null || { cat "$work/host.log" >&2; echo "the host did not answer" >&2; exit 1; }

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
