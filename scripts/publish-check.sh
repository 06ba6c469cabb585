#!/usr/bin/env bash
# What the Dockerfile does, without a Docker engine: publish the host, start the published output
# as the image would (its own folder, host.json beside it, Production) on a storage account of its
# own (an Azurite on free loopback ports) and check /healthz.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
# The host stops before its storage does.
stop() {
  if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ -n "${azurite_pid:-}" ]; then kill "$azurite_pid" 2>/dev/null || true; wait "$azurite_pid" 2>/dev/null || true; fi
  rm -rf "$out"
}
trap stop EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
blob=$(free_port); queue=$(free_port); table=$(free_port); port=$(free_port)
node_modules/.bin/azurite --blobPort "$blob" --queuePort "$queue" --tablePort "$table" --location "$out/azurite" \
  --silent --skipApiVersionCheck --disableTelemetry &
azurite_pid=$!
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"

dotnet publish src/Genoptraening.Api/Genoptraening.Api.csproj --configuration Release --output "$out/app" --nologo -v quiet
cp host.json "$out/app/"
(cd "$out/app" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Storage="$storage" exec \
  dotnet Genoptraening.Api.dll --urls "http://127.0.0.1:$port" > "$out/host.log" 2>&1) &
pid=$!
for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$port/healthz" 2>/dev/null; then echo; echo "published host answers on /healthz"; exit 0; fi
  sleep 0.3
done
cat "$out/host.log" >&2
echo "the published host did not answer" >&2
exit 1
