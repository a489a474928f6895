#!/usr/bin/env bash
# Time from launching the web app to the first 200 on "/" — on a new SQLite database (migrate + seed) and on a
# restart (existing database) — starting exactly what `dotnet run --project src/Tanso.Web` starts: the Debug build,
# the run step that places the ReadyToRun images (src/Tanso.Web/ReadyToRun.targets), the command the SDK computes,
# with the launch profile's environment. Prints wall-clock and CPU time of the app process (CPU is the fairer
# comparison on a shared machine), the load average, how many of the app's own assemblies loaded at start carry
# ReadyToRun code, and the extra wall time of `dotnet run --no-build` itself (the CLI reading the project).
# Usage: bench/first-start.sh [runs]   (default 5). Control without ReadyToRun: TansoReadyToRun=false bench/first-start.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=5077
web=src/Tanso.Web
dotnet build "$web" -v q -nologo >/dev/null
# The same target `dotnet run` evaluates after its build; it compiles/places the images and names the command.
cmd=$(dotnet msbuild "$web" -nologo -v:q -t:ComputeRunArguments -getProperty:RunCommand)
bindir=$(dirname "$cmd")
tick=$(getconf CLK_TCK)

u32() { od -An -t u4 -j "$2" -N 4 "$1" | tr -d ' '; }
u16() { od -An -t u2 -j "$2" -N 2 "$1" | tr -d ' '; }
has_r2r() { # file: does its CLI header point to a ReadyToRun (managed native) header?
  local f=$1 pe magic dd rva nsec opt sec i va vs raw ptr off
  pe=$(u32 "$f" 60); magic=$(u16 "$f" $((pe + 24)))
  dd=$((pe + 24 + (magic == 267 ? 96 : 112)))
  rva=$(u32 "$f" $((dd + 14 * 8)))
  nsec=$(u16 "$f" $((pe + 6))); opt=$(u16 "$f" $((pe + 20))); sec=$((pe + 24 + opt))
  for ((i = 0; i < nsec; i++)); do
    vs=$(u32 "$f" $((sec + i * 40 + 8))); va=$(u32 "$f" $((sec + i * 40 + 12)))
    raw=$(u32 "$f" $((sec + i * 40 + 16))); ptr=$(u32 "$f" $((sec + i * 40 + 20)))
    if ((rva >= va && rva < va + (vs > raw ? vs : raw))); then off=$((rva - va + ptr)); fi
  done
  (($(u32 "$f" $((off + 68))) > 0))
}

loaded=$(mktemp)
measure() { # data dir [record loaded assemblies]
  local start end pid cpu
  start=$(date +%s%N)
  (cd "$web" && Database__DataDirectory=$1 ASPNETCORE_URLS=http://127.0.0.1:$port ASPNETCORE_ENVIRONMENT=Development \
    exec "$cmd" >/dev/null 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { echo "the app exited before answering" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  read -r -a stat <"/proc/$pid/stat"
  cpu=$(((stat[13] + stat[14]) * 1000 / tick))
  if [[ -n ${2:-} ]]; then grep -o "$bindir/[^ ]*\.dll" "/proc/$pid/maps" | sort -u >"$loaded"; fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(((end - start) / 1000000)) $cpu"
}
fresh=(); fresh_cpu=(); restart=(); restart_cpu=(); loads=()
for r in $(seq "$runs"); do
  dir=$(mktemp -d)
  read -r w c < <(measure "$dir"); fresh+=("$w"); fresh_cpu+=("$c")
  record=""; if ((r == 1)); then record=yes; fi
  read -r w c < <(measure "$dir" $record); restart+=("$w"); restart_cpu+=("$c")
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  rm -rf "$dir"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
echo "first start (new database, migrate + seed): median $(median "${fresh[@]}") ms wall [${fresh[*]}], $(median "${fresh_cpu[@]}") ms CPU [${fresh_cpu[*]}]"
echo "restart (existing database):                median $(median "${restart[@]}") ms wall [${restart[*]}], $(median "${restart_cpu[@]}") ms CPU [${restart_cpu[*]}]"
echo "load average (1 min) after each pair:       ${loads[*]}"
# The restart's process of the first pair recorded what it had mapped from the build output.
total=0; r2r=0; il=()
for f in $(cat "$loaded"); do
  total=$((total + 1))
  if has_r2r "$f"; then r2r=$((r2r + 1)); else il+=("$(basename "$f")"); fi
done
echo "app assemblies loaded at start with ReadyToRun code: $r2r of $total${il[*]:+ (IL only: ${il[*]})}"

# `dotnet run --no-build` adds the CLI reading the project and the run step before the same app starts.
dir=$(mktemp -d); measure "$dir" >/dev/null
start=$(date +%s%N)
setsid bash -c "Database__DataDirectory=$dir ASPNETCORE_URLS=http://127.0.0.1:$port ASPNETCORE_ENVIRONMENT=Development exec dotnet run --no-build --no-launch-profile --project $web >/dev/null 2>&1" &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.02; done
end=$(date +%s%N)
kill -- -"$pid"; wait "$pid" 2>/dev/null || true
rm -rf "$dir" "$loaded"
echo "restart through \`dotnet run --no-build\`:    $(((end - start) / 1000000)) ms wall (load $(cut -d' ' -f1 /proc/loadavg))"
