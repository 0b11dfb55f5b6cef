#!/usr/bin/env bash
# Fills a fresh PostgreSQL database with a large event store for the large-store benchmark (issue 11).
#   bench/generate.sh [--commitments=100000] [--events=1000000] [--seed=11] [--verify]
# Database: BENCH_DB (default tracker_bench_store) on PGHOST/PGPORT/PGUSER/PGPASSWORD (default 127.0.0.1:5432, postgres).
# The database is dropped and created again (only names starting tracker_bench_ are accepted).
# Writes the ids of commitments open for progress notes to bench/out/ids.txt (used by bench/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${BENCH_DB:-tracker_bench_store}
case "$DB" in tracker_bench_*) ;; *) echo "BENCH_DB must start with tracker_bench_" >&2; exit 1 ;; esac

mkdir -p bench/out
./mvnw -B -ntp -q -o test-compile
if [ ! -s bench/out/classpath.txt ] || [ pom.xml -nt bench/out/classpath.txt ]; then
  ./mvnw -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.outputFile=bench/out/classpath.txt -Dmdep.includeScope=test
fi

psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
# The classes are Java 25 (the build picks that JDK with Maven's toolchains plugin): run them on one too.
JAVA=java
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
    JAVA="$candidate/bin/java"; break
  fi
done
"$JAVA" -Xmx1g -cp "target/test-classes:target/classes:$(cat bench/out/classpath.txt)" dev.commitmenttracker.bench.GenerateStore \
  --url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --user="$PGUSER" --password="${PGPASSWORD:-}" --ids=bench/out/ids.txt "$@"
psql -d "$DB" -Atc "select 'STORE ' || pg_size_pretty(pg_database_size(current_database())) || ', ' || count(*) || ' events' from domain_event_entry"
