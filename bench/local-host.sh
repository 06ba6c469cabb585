# Sourced by the shell benchmarks: an Azurite of their own (in memory, free ports, on loopback) and the host of a checkout
# in Release (Development settings), both stopped when the script exits. `start_host TREE [NAME=VALUE ...]` starts them,
# the host with those settings added, and sets `url` once the host answers /healthz; `work` is a scratch folder.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
stop() {
  [ -n "${host_pid:-}" ] && { kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; }
  [ -n "${azurite_pid:-}" ] && { kill "$azurite_pid" 2>/dev/null || true; wait "$azurite_pid" 2>/dev/null || true; }
  rm -rf "$work"
}
trap stop EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_host() {
  local tree="$1"; shift
  local blob queue table port key storage
  blob=$(free_port); queue=$(free_port); table=$(free_port); port=$(free_port)
  "$bench_root/node_modules/.bin/azurite" --blobPort "$blob" --queuePort "$queue" --tablePort "$table" --inMemoryPersistence \
    --silent --skipApiVersionCheck --disableTelemetry &
  azurite_pid=$!
  key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
  storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"

  echo "building the host of $tree ($(git -C "$tree" rev-parse --short HEAD))" >&2
  dotnet build "$tree/src/Genoptraening.Api" -c Release --nologo -v quiet >/dev/null
  (cd "$tree" && exec env ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Storage="$storage" "$@" \
    dotnet run --no-build -c Release --project src/Genoptraening.Api -- --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1) &
  host_pid=$!
  url="http://127.0.0.1:$port"
  for _ in $(seq 1 300); do curl -fsS "$url/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
  curl -fsS "$url/healthz" >/dev/null || { cat "$work/host.log" >&2; echo "the host did not answer" >&2; exit 1; }
}
