#!/usr/bin/env bash
# Public pages under load, against a static file served by the same server in the same run (the anchor).
# Builds Release, starts the app (Production, sample data on) on a new SQLite database, signs an administrator in for
# one signed-in page, and runs wrk on each path in turn. Prints req/s, p99 latency and the ratio to the static file.
# Usage: bench/public-pages.sh [seconds]   (default 20; e.g. 3 for a smoke run)
# Env: THREADS (2), CONNECTIONS (32), ENCODING (br: what a browser accepts; "identity" for uncompressed), PORT (5078),
#      WARMUP (3: seconds of wrk per path before measuring). Any app setting too, e.g. PublicCache__Enabled=false.
# Besides req/s (which other work on a shared machine moves a lot), it prints the server's CPU time per request
# (from /proc): a steadier figure, and the static file's CPU per request ÷ the page's estimates the req/s ratio when idle.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
threads=${THREADS:-2}
connections=${CONNECTIONS:-32}
encoding=${ENCODING:-br}
port=${PORT:-5078}
base=http://127.0.0.1:$port
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }

dotnet build src/Tanso.Web -c Release -v q -nologo >/dev/null
dll=src/Tanso.Web/bin/Release/net10.0/Tanso.Web.dll
data=$(mktemp -d)
jar=$data/cookies
password='Bench-pages-2026!'
Database__DataDirectory=$data ASPNETCORE_URLS=$base ASPNETCORE_ENVIRONMENT=Production Tanso__SampleData=true \
  Admin__Email=bench@tanso.example Admin__Password=$password Logging__LogLevel__Default=Warning \
  dotnet "$dll" --contentRoot "$PWD/src/Tanso.Web" >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
until curl -sf -o /dev/null "$base/healthz"; do
  kill -0 "$app" 2>/dev/null || { echo "the app exited before answering:" >&2; cat "$data/app.log" >&2; exit 1; }
  sleep 0.1
done

# The map's first request prepares the country's drawing (MapAtlas); the second only renders the page.
map_first=$(curl -s -o /dev/null -w '%{time_total}' -H "Cache-Control: no-cache" "$base/portal/map?measure=per-capita")
map_second=$(curl -s -o /dev/null -w '%{time_total}' "$base/portal/map?measure=progress")
# A 시·도's dashboard (the first province the API lists).
government=$(curl -sf "$base/api/governments" | jq -r '[.[] | select(.level == "province")][0].id')
# Sign in through the login form (antiforgery token and cookie), as a browser does.
token=$(curl -sf -c "$jar" "$base/account/login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=bench@tanso.example" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/account/login"
cookie=$(awk '$6 == "tanso.auth" { print $6 "=" $7 }' "$jar")
[ -n "$cookie" ] || { echo "signing in failed" >&2; exit 1; }

# path|label|extra header
cases=(
  "/favicon.svg|static file (anchor)|"
  "/portal|/portal|"
  "/portal/governments/$government|/portal/governments/$government|"
  "/portal/map|/portal/map|"
  "/|/ (home)|"
  "/api/governments|/api/governments|"
  "/portal|/portal signed in (not cached)|Cookie: $cookie"
)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app/stat"; } # user + system time of the app, in clock ticks
to_ms() { # wrk's latency (e.g. 812.00us, 4.51ms, 1.02s) in ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}
echo "$(date -u '+%Y-%m-%d %H:%M UTC') · wrk -t$threads -c$connections -d${seconds}s · Accept-Encoding: $encoding · load:$(uptime | sed 's/.*load average//')"
awk -v a="$map_first" -v b="$map_second" 'BEGIN { printf "first /portal/map (first render of the page, drawing prepared): %.0f ms; next, another measure (drawing reused): %.0f ms\n", a * 1000, b * 1000 }'
printf '| %-40s | %9s | %9s | %8s | %14s | %17s | %s |\n' path req/s p99 "vs static" "server CPU/req" "static CPU ÷ this" "bytes/response"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..42})" ----------- ----------- ---------- ---------------- ------------------- ----------------
# Warm-up (JIT, tiered compilation, first renders), so that the first path measured is not the one paying for it.
for entry in "${cases[@]}"; do
  IFS='|' read -r path label header <<<"$entry"
  wrk -t1 -c4 -d"${WARMUP:-3}s" -H "Accept-Encoding: $encoding" ${header:+-H "$header"} "$base$path" >/dev/null
done
anchor=
for entry in "${cases[@]}"; do
  IFS='|' read -r path label header <<<"$entry"
  args=(-t"$threads" -c"$connections" -d"${seconds}s" --latency -H "Accept-Encoding: $encoding")
  [ -n "$header" ] && args+=(-H "$header")
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Accept-Encoding: $encoding" ${header:+-H "$header"} "$base$path")
  [ "$status" = 200 ] || { echo "$path answered $status, not 200" >&2; exit 1; }
  size=$(curl -s -H "Accept-Encoding: $encoding" ${header:+-H "$header"} "$base$path" | wc -c)
  cpu_before=$(cpu_ticks)
  out=$(wrk "${args[@]}" "$base$path")
  cpu_after=$(cpu_ticks)
  requests=$(awk '/requests in/ { print $1 }' <<<"$out")
  # The server's CPU time per request: unlike req/s, barely moved by other work on a shared machine.
  cpu=$(awk -v c=$((cpu_after - cpu_before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.3f", c / hz * 1000 / n }')
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  errors=$(awk '/Non-2xx|Socket errors/ { print }' <<<"$out")
  [ -z "$anchor" ] && anchor=$rps && anchor_cpu=$cpu
  cpu_ratio=$(awk -v a="$anchor_cpu" -v c="$cpu" 'BEGIN { printf "%.3f", a / c }')
  ratio=$(awk -v r="$rps" -v a="$anchor" 'BEGIN { printf "%.3f", r / a }')
  printf '| %-40s | %9.0f | %6s ms | %8s | %11s ms | %17s | %s |\n' "$label" "$rps" "$p99" "$ratio" "$cpu" "$cpu_ratio" "$size"
  if [ -n "$errors" ]; then echo "  $errors" >&2; fi
done
