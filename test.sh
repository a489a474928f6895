#!/usr/bin/env bash
# Runs every Tanso test: Core, Web on SQLite, Web on PostgreSQL (both print PDFs with Chromium and read them
# with poppler-utils), browser journeys in Chromium.
# As root it first installs what is missing (Debian: chromium, postgresql, fonts-noto-cjk, poppler-utils, nodejs/npm).
# Ends with one line "N passed, N failed, N skipped" over all projects; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
root=$PWD
log=$(mktemp -t tanso-test-XXXXXX.log)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export TANSO_ARTIFACTS="$root/artifacts/browser" TANSO_PDF_ARTIFACTS="$root/artifacts/pdf"

# 1. What the tests need from Debian.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || missing+=(postgresql)
ls /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
[ -x /usr/bin/pdftotext ] || missing+=(poppler-utils)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || { echo "apt-get install failed"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
  else
    echo "Missing (run as root to install): ${missing[*]}"
  fi
fi

# 2. A throwaway PostgreSQL cluster on a free loopback port, stopped on exit (failure included).
pgdata=""
stop_pg() {
  if [ -n "$pgdata" ] && [ -d "$pgdata" ]; then
    as_pg "$(pg_bin)/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1
    rm -rf "$pgdata"
  fi
}
trap stop_pg EXIT
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() {
  local p
  for p in $(seq 55432 55532); do (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo "$p"; return; }; done
}
pg_status=1
# The cluster is thrown away after the run, so it need not survive a crash: no flushing to disk, no waiting for the
# write-ahead log at commit, no whole pages written into it after a checkpoint, only the log a crash recovery needs
# (no replicas). Nor does it need autovacuum visiting each of the ~450 short-lived test databases.
pg_throwaway="-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c wal_level=minimal -c max_wal_senders=0 -c autovacuum=off"
if [ -n "$(pg_bin)" ]; then
  pgdata=$(mktemp -d -t tanso-pg-XXXXXX)
  port=$(free_port)
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$pgdata"
  if as_pg "$(pg_bin)/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
     && as_pg "$(pg_bin)/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -t 30 \
          -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdata $pg_throwaway -c max_connections=200" start >/dev/null; then
    export_pg="Host=127.0.0.1;Port=$port;Username=postgres"
    pg_status=0
    echo "PostgreSQL $(as_pg "$(pg_bin)/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
  else
    echo "PostgreSQL did not start:"; cat "$pgdata/server.log" 2>/dev/null | tail -20
  fi
fi

# 3. Build once (warnings are errors), then run each project.
failed_runs=0
browser=""
# Runs one project into its own file (its counts, failed tests and the first lines of each failure's message, up to
# its stack trace), so that two projects can run at once and still print one after the other.
run_into() { # output file, name, then the dotnet test arguments
  local out=$1 name=$2; shift 2
  { echo "== $name"
    dotnet test --no-build "$@" 2>&1 | tee "$out.full" \
      | awk '/^(Passed|Failed)!|^ +(Failed|Skipped) /{print; m=0; next} /Error Message/{print; m=12; next} /Stack Trace/{m=0} m>0{print; m--}'
    echo "${PIPESTATUS[0]}" >"$out.status"
  } >"$out"
}
show() { # output file: prints it, adds the full output to the log, counts a failed run
  cat "$1"; cat "$1.full" >>"$log"
  [ "$(cat "$1.status" 2>/dev/null)" = 0 ] || failed_runs=$((failed_runs + 1))
  rm -f "$1" "$1.full" "$1.status"
}
run() { run_into "$log.part" "$@"; show "$log.part"; }
# The tests never launch through `dotnet run`, so the ReadyToRun compiler is not restored for them (ReadyToRun.targets).
dotnet build Tanso.slnx -p:TansoReadyToRun=false >"$log.build" 2>&1
build_status=$?
grep -E ' error |warning NU|Build succeeded|Build FAILED' "$log.build" | sort -u
if [ "$build_status" != 0 ]; then
  echo "Build failed (see above)."
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi
run "Core" tests/Tanso.Core.Tests
run "Web on SQLite" tests/Tanso.Web.Tests
# The browser journeys leave part of the 2 cores idle (they wait for Chromium and the page), so the web tests on
# PostgreSQL run beside them. TANSO_TEST_SERIAL=1 runs them one after the other (to time each project alone).
if [ "${TANSO_TEST_SERIAL:-}" = 1 ]; then
  run "Browser" tests/Tanso.BrowserTests
else
  run_into "$log.browser" "Browser" tests/Tanso.BrowserTests &
  browser=$!
fi
if [ "$pg_status" = 0 ]; then
  # Four tests in flight, not two: a PostgreSQL test spends much of its time waiting for the server's answer to each
  # query, and two waiting tests leave the cores idle (48 tests side by side on a loaded machine: 501 s against 562 s).
  # Classes marked [Trait("Engine", "Any")] (file parsing before any SQL, Chromium printing, the OpenAPI document, …:
  # docs/development.md lists them and why) ran on SQLite above; they are not selected here, so they are counted once.
  TANSO_TEST_POSTGRES="$export_pg" run "Web on PostgreSQL" tests/Tanso.Web.Tests --filter "Engine!=Any" -- xUnit.MaxParallelThreads=4
else
  echo "== Web on PostgreSQL: no server (postgresql not installed or did not start)"
  failed_runs=$((failed_runs + 1))
fi
if [ -n "${browser:-}" ]; then
  wait "$browser"
  show "$log.browser"
fi

# Tests that compare the project's copies with ../shared/reference run only where that folder is beside the clone.
if [ ! -d "$root/../shared/reference" ]; then
  echo "Note: ../shared/reference is not beside this clone: the comparisons with it were skipped (listed as skipped above)."
fi
summary=$(awk '/^(Passed|Failed)! +- Failed:/{gsub(",","");f+=$4;p+=$6;s+=$8} END{printf "%d %d %d", p, f, s}' "$log")
read -r passed failed skipped <<<"$summary"
# A run that died before printing its counts still fails the suite.
[ "$failed" = 0 ] && [ "$failed_runs" -gt 0 ] && failed=$failed_runs
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ] && [ "$failed_runs" = 0 ]
