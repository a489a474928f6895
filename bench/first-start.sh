#!/usr/bin/env bash
# Time from launching the built web app to the first 200 on "/" — on a new SQLite database (migrate + seed)
# and on a restart (existing database). Usage: bench/first-start.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
dotnet build src/Tanso.Web -c Release -v q -nologo >/dev/null
dll=src/Tanso.Web/bin/Release/net10.0/Tanso.Web.dll
port=5077
measure() { # data dir
  local start end pid
  start=$(date +%s%N)
  # Development, as `dotnet run` starts it: the build output serves static assets only there.
  Database__DataDirectory=$1 ASPNETCORE_URLS=http://127.0.0.1:$port ASPNETCORE_ENVIRONMENT=Development \
    dotnet "$dll" --contentRoot "$PWD/src/Tanso.Web" >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { echo "the app exited before answering" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
fresh=(); restart=()
for _ in $(seq "$runs"); do
  dir=$(mktemp -d)
  fresh+=("$(measure "$dir")")
  restart+=("$(measure "$dir")")
  rm -rf "$dir"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
echo "first start (new database, migrate + seed): median $(median "${fresh[@]}") ms  [${fresh[*]}]"
echo "restart (existing database):                median $(median "${restart[@]}") ms  [${restart[*]}]"
