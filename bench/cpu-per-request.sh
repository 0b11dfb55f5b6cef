#!/usr/bin/env bash
# One wrk run of a bench/wrk script against a started application, with the CPU time it cost: the application's JVM
# (found by the port it listens on) and the PostgreSQL backends of its database, per request. On a machine shared with
# other work, requests/s and latencies measure the scheduler as much as the application; CPU per request much less so
# (it still rises with contention and falls as the JIT warms up: warm up first, compare runs of equal warmth).
#
#   bench/cpu-per-request.sh LABEL CLIENTS SECONDS [SCRIPT]
# Environment: BENCH_URL (default http://127.0.0.1:8080), BENCH_DB (the application's database, default
# tracker_bench_store), BENCH_IDS (commitment ids, one a line, as bench/run.sh writes them), BENCH_AUTH
# (default lead.national:demo); PGHOST/PGUSER as for psql. Prints one line, and appends it to bench/out/cpu.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
LABEL=$1 C=$2 D=$3 SCRIPT=${4:-progress-note.lua}
URL=${BENCH_URL:-http://127.0.0.1:8080}
DB=${BENCH_DB:-tracker_bench_store}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
export BENCH_AUTH=${BENCH_AUTH:-lead.national:demo} BENCH_WRK_DIR=$PWD/bench/wrk BENCH_IDS=${BENCH_IDS:?one id a line}
PORT=$(sed -n 's#.*:\([0-9]*\)/*$#\1#p' <<<"$URL")
APP=$(ss -ltnp "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$APP" ] || { echo "nothing listens on port $PORT" >&2; exit 1; }
TICK=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
BACKENDS=$(psql -d postgres -Atc "select pid from pg_stat_activity where datname = '$DB'")
pgcpu() { local s=0 p; for p in $BACKENDS; do s=$((s + $(cpu "$p"))); done; echo $s; }
a0=$(cpu "$APP") p0=$(pgcpu) l0=$(cut -d' ' -f1 /proc/loadavg)
T=$([ "$C" -lt 2 ] && echo 1 || echo 2)
R=$(wrk -t"$T" -c"$C" -d"${D}s" --timeout 10s --latency -s "bench/wrk/$SCRIPT" "$URL" | grep WRKRESULT)
a1=$(cpu "$APP") p1=$(pgcpu) l1=$(cut -d' ' -f1 /proc/loadavg)
n=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$R")
mkdir -p bench/out
awk -v l="$LABEL" -v c="$C" -v r="${R#WRKRESULT }" -v da=$((a1 - a0)) -v dp=$((p1 - p0)) -v n="$n" -v t="$TICK" \
    -v l0="$l0" -v l1="$l1" 'BEGIN {
  printf "%s c=%d %s app_cpu_ms_per_req=%.2f pg_cpu_ms_per_req=%s load=%s-%s\n", l, c, r, n ? da * 1000 / t / n : 0,
    dp >= 0 && n ? sprintf("%.2f", dp * 1000 / t / n) : "- (backends replaced)", l0, l1 }' | tee -a bench/out/cpu.txt
