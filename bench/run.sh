#!/usr/bin/env bash
# The load benchmark of issue 11, in one run against a started application on PostgreSQL (docs/benchmarks.md,
# "Load benchmark"):
#   1. pgbench: one ~400-byte row inserted per transaction, 16, 4 and 1 clients, into a scratch database;
#   2. HTTP load with wrk at 16, 4 and 1 clients: progress notes on random commitments, creates, reads;
#   3. projection lag (command answered -> visible in the Area report), idle and under the 16-client command load;
#   4. with --large: per-endpoint read latency (Area, theme, owner reports, the list and its filters, the Area report
#      as of a date), whole-store verification and a rebuild of every projection, in events/s.
# Prints a table, and writes it with the raw outputs under bench/out/run-<time>/. How to start the application (on
# PostgreSQL, demo logins on) and fill a large store: docs/benchmarks.md, "Load benchmark".
#
#   bench/run.sh [--url http://127.0.0.1:8080] [--auth lead.national:demo] [--duration 20] [--clients "16 4 1"]
#                [--warmup 30] [--large] [--no-rebuild] [--lag-samples 50] [--ids FILE] [--db tracker_bench_store]
# --db: the application's database; where PostgreSQL's autovacuum is off, it is vacuumed and analysed before the loads
# and before the large-store reads (what autovacuum would have done after a replay or a generated store).
# --ids: the commitments for the command load (one id a line, e.g. bench/out/ids.txt written by bench/generate.sh);
# without it they are read from the application's list, and made through the API when fewer than 2,000.
# PostgreSQL for pgbench: PGHOST/PGPORT/PGUSER/PGPASSWORD (default 127.0.0.1:5432, postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

URL=http://127.0.0.1:8080
AUTH=lead.national:demo
DURATION=20
CLIENTS="16 4 1"
WARMUP=30
LARGE=false
REBUILD=true
LAG_SAMPLES=50
IDS_FILE=
APP_DB=tracker_bench_store
while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL=$2; shift 2 ;;
    --auth) AUTH=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --large) LARGE=true; shift ;;
    --no-rebuild) REBUILD=false; shift ;;
    --lag-samples) LAG_SAMPLES=$2; shift 2 ;;
    --ids) IDS_FILE=$2; shift 2 ;;
    --db) APP_DB=$2; shift 2 ;;
    -h|--help) sed -n 2,20p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 1 ;;
  esac
done
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PGBENCH_DB=tracker_bench_pgbench

for tool in wrk pgbench psql curl python3 jq; do
  command -v $tool >/dev/null || { echo "missing $tool (wrk: apt-get install -y wrk)" >&2; exit 1; }
done
curl -sf "$URL/actuator/health" >/dev/null || { echo "no application answers at $URL/actuator/health" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -u "$AUTH" "$URL/api/reports/areas")
[ "$status" = 200 ] || { echo "GET /api/reports/areas as ${AUTH%%:*} answered $status: start the application with demo users" >&2; exit 1; }

OUT=bench/out/run-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
RESULTS=$OUT/results.md
export BENCH_AUTH=$AUTH BENCH_WRK_DIR=$PWD/bench/wrk BENCH_IDS=$PWD/$OUT/ids.txt

field() { # field NAME LINE: the value of NAME=value in a result line
  sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2"
}
threads() { [ "$1" -lt 2 ] && echo 1 || echo 2; }

echo "# Load benchmark, $(date -u +'%Y-%m-%d %H:%M UTC')" | tee "$RESULTS"
{
  echo
  echo "Machine: $(nproc) vCPU ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB;" \
    "$(psql -d postgres -Atc 'show server_version' | cut -d' ' -f1 | sed 's/^/PostgreSQL /'); load average at start $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Application: $URL; store head $(curl -s -u "$AUTH" "$URL/api/admin/projections" | jq -r '.head // 0') events." \
    "Each run ${DURATION} s; wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), pgbench $(pgbench --version | awk '{print $3}')."
} | tee -a "$RESULTS"

# Autovacuum keeps tables vacuumed and their statistics current; with it off (as in this machine's PostgreSQL), a
# store just replayed or generated is read with dead rows and no statistics, which no production database would be.
vacuum_app() { # vacuum_app WHEN
  if [ "$(psql -d "$APP_DB" -Atc 'show autovacuum' 2>/dev/null)" = off ]; then
    local started; started=$(date +%s.%N)
    vacuumdb -q --analyze -d "$APP_DB"
    echo "- autovacuum is off on this PostgreSQL: VACUUM (ANALYZE) of $APP_DB $1 took $(printf %.1f "$(echo "$(date +%s.%N) - $started" | bc)") s." |
      tee -a "$RESULTS"
  fi
}
vacuum_app "before the loads"

# 1. pgbench -----------------------------------------------------------------------------------------------------
psql -q -d postgres -c "drop database if exists $PGBENCH_DB" -c "create database $PGBENCH_DB"
psql -q -d $PGBENCH_DB -c "create table bench_row (id bigserial primary key, created_at timestamptz not null default now(),
                                                   payload varchar(400) not null)"
declare -A PG_TPS PG_P50 PG_P99 PG_ERR
for c in $CLIENTS; do
  rm -f "$OUT"/pgbench-$c.*
  pgbench -n -f bench/pgbench/insert.sql -c "$c" -j "$(threads "$c")" -T "$DURATION" -l --log-prefix="$OUT/pgbench-$c" \
    $PGBENCH_DB > "$OUT/pgbench-$c.txt" 2>&1
  PG_TPS[$c]=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/pgbench-$c.txt" | head -1 | xargs printf '%.1f')
  PG_ERR[$c]=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$OUT/pgbench-$c.txt" | head -1)
  read -r PG_P50[$c] PG_P99[$c] < <(cat "$OUT"/pgbench-$c.* 2>/dev/null | awk 'NF >= 6 && $3 ~ /^[0-9]+$/ {print $3}' | sort -n |
    awk '{v[NR]=$1} END {if (NR) printf "%.2f %.2f\n", v[int(NR*0.50)+1]/1000, v[int(NR*0.99) < NR ? int(NR*0.99)+1 : NR]/1000; else print "- -"}')
  rm -f "$OUT"/pgbench-$c.[0-9]*
  echo "pgbench c=$c: ${PG_TPS[$c]} tps, p50 ${PG_P50[$c]} ms, p99 ${PG_P99[$c]} ms"
done
psql -q -d postgres -c "drop database if exists $PGBENCH_DB"

# 2. HTTP load --------------------------------------------------------------------------------------------------------
if [ -n "$IDS_FILE" ]; then
  [ -s "$IDS_FILE" ] || { echo "--ids $IDS_FILE: no such file, or empty" >&2; exit 1; }
  cp "$IDS_FILE" "$BENCH_IDS"
  echo "IDS $(wc -l < "$BENCH_IDS") commitments from $IDS_FILE" | tee "$OUT/ids.log"
else
  python3 bench/ids.py --url "$URL" --auth "$AUTH" --min 2000 --out "$BENCH_IDS" | tee "$OUT/ids.log"
fi
run_wrk() { # run_wrk SCRIPT CLIENTS SECONDS NAME [extra wrk args]
  local script=$1 c=$2 seconds=$3 name=$4; shift 4
  wrk -t"$(threads "$c")" -c"$c" -d"${seconds}s" --timeout 10s --latency -s "bench/wrk/$script" "$@" "$URL" > "$OUT/$name.txt" 2>&1 || true
  grep WRKRESULT "$OUT/$name.txt" || echo "WRKRESULT requests=0 rps=0 p50_ms=- p99_ms=- errors=failed"
}
if [ "$WARMUP" -gt 0 ]; then
  echo "warming up: ${WARMUP} s of each load at 4 clients"
  for script in progress-note.lua create.lua read.lua; do run_wrk $script 4 "$WARMUP" "warmup-${script%.lua}" >/dev/null; done
fi
declare -A HTTP
for c in $CLIENTS; do
  if [ "$c" = "$(set -- $CLIENTS; echo $1)" ]; then
    python3 bench/lag.py --url "$URL" --auth "$AUTH" --samples 100000 --duration "$((DURATION - 2))" --label "under-load-c$c" \
      > "$OUT/lag-under-load.txt" 2>&1 &
    LAG_PID=$!
  fi
  HTTP[notes-$c]=$(run_wrk progress-note.lua "$c" "$DURATION" "notes-c$c")
  [ -n "${LAG_PID:-}" ] && { wait "$LAG_PID" || true; LAG_PID=; }
  HTTP[creates-$c]=$(run_wrk create.lua "$c" "$DURATION" "creates-c$c")
  HTTP[reads-$c]=$(run_wrk read.lua "$c" "$DURATION" "reads-c$c")
  HTTP[floor-$c]=$(BENCH_ANON=1 run_wrk floor.lua "$c" "$DURATION" "floor-c$c")
  HTTP[floorauth-$c]=$(run_wrk floor.lua "$c" "$DURATION" "floorauth-c$c")
  echo "c=$c notes: ${HTTP[notes-$c]#WRKRESULT }"
  echo "c=$c creates: ${HTTP[creates-$c]#WRKRESULT }"
  echo "c=$c reads: ${HTTP[reads-$c]#WRKRESULT }"
  echo "c=$c floor (no login, no database): ${HTTP[floor-$c]#WRKRESULT }"
  echo "c=$c floor with HTTP Basic: ${HTTP[floorauth-$c]#WRKRESULT }"
done

# 3. projection lag, idle -----------------------------------------------------------------------------------------------
sleep 2
python3 bench/lag.py --url "$URL" --auth "$AUTH" --samples "$LAG_SAMPLES" --label idle > "$OUT/lag-idle.txt" 2>&1 || true

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a != "") printf "%.3f", a / b; else print "-" }'; }
{
  echo
  echo "| load | clients | tps / requests/s | p50 ms | p99 ms | errors | ratio to pgbench |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for c in $CLIENTS; do
    echo "| pgbench, one 400-byte row per transaction | $c | ${PG_TPS[$c]} | ${PG_P50[$c]} | ${PG_P99[$c]} | ${PG_ERR[$c]:-0} | 1 |"
  done
  for load in notes creates reads floor floorauth; do
    case $load in
      notes) label="POST /api/commitments/{id}/progress-notes" ;;
      creates) label="POST /api/commitments" ;;
      reads) label="GET reports and list pages, in turn" ;;
      floor) label="floor: GET /actuator/health/liveness, no login (no database)" ;;
      floorauth) label="floor: GET /actuator/health/liveness with HTTP Basic (no database)" ;;
    esac
    for c in $CLIENTS; do
      line=${HTTP[$load-$c]}
      echo "| $label | $c | $(field rps "$line") | $(field p50_ms "$line") | $(field p99_ms "$line") | $(field errors "$line") |" \
        "$(ratio "$(field rps "$line")" "${PG_TPS[$c]}") |"
    done
  done
  echo
  for f in "$OUT/lag-under-load.txt" "$OUT/lag-idle.txt"; do
    line=$(grep LAGRESULT "$f" || echo "LAGRESULT label=$(basename "$f" .txt) samples=0 (failed: see $f)")
    echo "- Projection lag ($(field label "$line")): p50 $(field p50_ms "$line") ms, p99 $(field p99_ms "$line") ms," \
      "max $(field max_ms "$line") ms over $(field samples "$line") samples, $(field missed "$line") not seen within 10 s" \
      "(resolution: one Area report read, p50 $(field report_read_p50_ms "$line") ms)."
  done
} | tee -a "$RESULTS"

# 4. large store --------------------------------------------------------------------------------------------------------
if $LARGE; then
  vacuum_app "before the large-store reads"
  AREA=LONDON_NORTH
  INSPECTION=$(curl -s -u "$AUTH" "$URL/api/inspections?area=$AREA" | jq -r 'if type == "array" then .[0].id else (.items // [])[0].id end // empty')
  AS_OF=$(date -u -d '30 days ago' +%Y-%m-%dT12:00:00Z)
  {
    echo
    echo "| read (1 client, ${DURATION} s each) | requests/s | p50 ms | p99 ms | max ms | errors |"
    echo "|---|---:|---:|---:|---:|---:|"
  } | tee -a "$RESULTS"
  for path in "/api/reports/areas/$AREA" /api/reports/areas /api/reports/themes /api/reports/owners "/api/reports/owners?area=$AREA" \
      /api/commitments "/api/commitments?area=$AREA" /api/commitments?status=IN_PROGRESS /api/commitments?theme=disclosure \
      /api/commitments?ownerRole=DCP /api/commitments?overdue=true "/api/commitments?area=$AREA&status=COMMITTED&overdue=true" \
      ${INSPECTION:+"/api/commitments?inspectionId=$INSPECTION"} "/api/commitments?status=CLOSED&page=200"; do
    line=$(BENCH_PATH=$path run_wrk read.lua 1 "$DURATION" "large-$(tr -c 'a-zA-Z0-9' _ <<<"$path")" --timeout 30s)
    echo "| \`GET $path\` | $(field rps "$line") | $(field p50_ms "$line") | $(field p99_ms "$line") | $(field max_ms "$line") | $(field errors "$line") |" |
      tee -a "$RESULTS"
  done

  # The as-of report takes seconds on a large store: five requests one after the other, timed by curl.
  times=$(for i in 1 2 3 4 5; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 120 -u "$AUTH" "$URL/api/reports/areas/$AREA?asOf=$AS_OF"
  done | tee "$OUT/as-of.txt" | awk '$1 == 200 {print $2 * 1000}' | sort -n | tr '\n' ' ')
  errors=$(awk '$1 != 200' "$OUT/as-of.txt" | wc -l)
  median=$(awk '{print $3}' <<<"$times"); slowest=$(awk '{print $NF}' <<<"$times")
  echo "| \`GET /api/reports/areas/$AREA?asOf=$AS_OF\` (5 requests one after another, curl; ms: $times) | - | ${median:--} | - |" \
    "${slowest:--} | $errors |" | tee -a "$RESULTS"

  started=$(date +%s.%N)
  verify=$(curl -s -u "$AUTH" "$URL/api/audit/verify")
  seconds=$(echo "$(date +%s.%N) - $started" | bc)
  checked=$(jq -r '.eventsChecked' <<<"$verify")
  echo "$verify" > "$OUT/verify.json"
  echo "- Verification of the whole store (GET /api/audit/verify): verified $(jq -r '.verified' <<<"$verify"), $checked events in" \
    "$(printf %.1f "$seconds") s = $(awk -v n="$checked" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}') events/s." | tee -a "$RESULTS"

  if $REBUILD; then
    names=$(curl -s -u "$AUTH" "$URL/api/admin/projections" | jq -r '.projections[].name')
    head=$(curl -s -u "$AUTH" "$URL/api/admin/projections" | jq -r '.head')
    started=$(date +%s.%N)
    for name in $names; do
      # 202: ProjectionAdmin.rebuild has stopped the processor, reset it and started it again (replaying) before answering
      code=$(curl -s -o "$OUT/rebuild-$name.json" -w '%{http_code}' -u "$AUTH" -X POST -H 'X-Requested-With: bench' \
        "$URL/api/admin/projections/$name/rebuild")
      [ "$code" = 202 ] || { echo "rebuild of $name answered $code: $(cat "$OUT/rebuild-$name.json")" >&2; exit 1; }
    done
    while curl -s -u "$AUTH" "$URL/api/admin/projections" | jq -e '[.projections[] | select(.caughtUp | not)] | length > 0' >/dev/null; do
      sleep 0.5
    done
    seconds=$(echo "$(date +%s.%N) - $started" | bc)
    echo "- Rebuild of every projection at once ($(echo $names | tr ' ' ',')): $head events in $(printf %.1f "$seconds") s =" \
      "$(awk -v n="$head" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}') events/s (each projection reads every event)." | tee -a "$RESULTS"
  fi
fi
echo
echo "Results and raw outputs: $OUT"
