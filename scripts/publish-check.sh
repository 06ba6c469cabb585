#!/usr/bin/env bash
# What the Dockerfile does, without a Docker engine: publish the host, start the published output
# as the image would (its own folder, host.json beside it, Production) and check /healthz.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$out"' EXIT
dotnet publish src/Genoptraening.Api/Genoptraening.Api.csproj --configuration Release --output "$out" --nologo -v quiet
cp host.json "$out/"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(cd "$out" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Courses="Data Source=$out/check.db" exec \
  dotnet Genoptraening.Api.dll --urls "http://127.0.0.1:$port" > "$out/host.log" 2>&1) &
pid=$!
for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$port/healthz" 2>/dev/null; then echo; echo "published host answers on /healthz"; exit 0; fi
  sleep 0.3
done
cat "$out/host.log" >&2
echo "the published host did not answer" >&2
exit 1
