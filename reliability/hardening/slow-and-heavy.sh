#!/usr/bin/env bash
# Hardening attack "slow-and-heavy" (issue 14, item 4), run by reliability/hardening.sh: the packaged jar with the
# production JVM flags on a PostgreSQL cluster of its own (hard4, port 5494) filled by bench/generate.sql at
# SCALE (100000), then
#   (a) 70 connections send POST /login with Content-Length: 100000 and one byte every 5 s, from 50 loopback
#       addresses, for SLOW_SECONDS, while a reader on 127.0.0.1 fetches /, /timeline, a partner page and a
#       static file: the reader's p99 must be at most 1 s with no error;
#   (b) 12 concurrent full exports (/agreements.csv?q=a&r=<random> and with no filter): no 5xx at all, no
#       OutOfMemoryError, every one 200 and complete (its rows those of the API's total for the filter, its last
#       line "# complete: N rows"), health UP after.
# Marks go to $OUT/slow-and-heavy.tsv. Loopback only; the cluster is dropped at the end, also when interrupted.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
NAME=slow-and-heavy
OUT=${OUT:-$ROOT/target/hardening}
WORK=$OUT/$NAME
SCALE=${SCALE:-100000}
SLOW_SECONDS=${SLOW_SECONDS:-60}
SLOW_CONNECTIONS=${SLOW_CONNECTIONS:-70}
EXPORTS=${EXPORTS:-12}
HEAP=${HEAP:-192m}
PG_PORT=${PG_PORT:-5494}
APP_PORT=${APP_PORT:-18384}
PG_CLUSTER=${PG_CLUSTER:-hard4}
MARKER=partnership-tracker-hardening-$NAME.conf
HOST=127.0.0.1
DB=partnerships
DB_USER=tracker
TSV=$OUT/$NAME.tsv

log() { printf '[%s %s] %s\n' "$NAME" "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }
# shellcheck source=../../scripts/lib/own-cluster.sh
. "$ROOT/scripts/lib/own-cluster.sh"
mkdir -p "$WORK"
rm -f "$TSV" "$WORK"/*.json
one_run_at_a_time /tmp/partnership-tracker-hardening-$NAME.lock "reliability/hardening/$NAME.sh"

command -v pg_createcluster >/dev/null || apt_install postgresql-common postgresql
command -v python3 >/dev/null || apt_install python3
command -v curl >/dev/null || apt_install curl
PG_VERSION=${PG_VERSION:-$(ls /usr/lib/postgresql | sort -V | tail -n 1)}
JAR=${JAR:-$(ls "$ROOT"/target/partnership-tracker-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
[ -n "$JAR" ] || die "no jar in target/; run ./mvnw -DskipTests package first"

CREATED=false
APP_PID=
own_cluster_paths
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_pid "$APP_PID"
  if [ "$CREATED" = true ] && cluster_exists && our_cluster; then log "dropping cluster $PG_CLUSTER"; drop_own_cluster; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

clear_the_way "$HOST" "$PG_PORT" "$APP_PORT"
log "creating cluster $PG_CLUSTER on port $PG_PORT"
create_own_cluster "$HOST" "$PG_PORT" --auth=trust <<CONF
max_connections = 50
shared_buffers = 128MB
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U postgres "$@"; }
psql_admin -d postgres -c "create role $DB_USER login" -c "create database $DB owner $DB_USER"

export DATABASE_URL="jdbc:postgresql://$HOST:$PG_PORT/$DB" DATABASE_USERNAME=$DB_USER DATABASE_PASSWORD=
export SPRING_FLYWAY_LOCATIONS='classpath:db/migration,classpath:db/vendor/{vendor}'
export APP_ADMIN_USERNAME=admin APP_ADMIN_PASSWORD=hardening-run-$RANDOM-$RANDOM-$RANDOM
export MALLOC_ARENA_MAX=2
# One start: it migrates the empty schema, and generate.sql fills it while the app waits idle. A longer
# connect timeout than production's 2 s: CI machines are busy, and the start is not what is measured here.
log "starting the app (-Xmx$HEAP) and migrating the schema"
java -Xmx"$HEAP" -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k -jar "$JAR" \
  --server.port="$APP_PORT" --server.address="$HOST" --app.database.connect-timeout=10s >"$WORK/app.log" 2>&1 &
APP_PID=$!
up=false
for _ in $(seq 1 300); do
  if curl -sf "http://$HOST:$APP_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then up=true; break; fi
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 1
done
[ "$up" = true ] || { tail -n 30 "$WORK/app.log" >&2; die "the app did not start"; }
log "generating data at scale $SCALE (bench/generate.sql)"
psql_admin -d "$DB" -v scale="$SCALE" -f bench/generate.sql >"$WORK/generate.log"
PARTNER=$(psql -X -A -t -h "$HOST" -p "$PG_PORT" -U postgres -d "$DB" -c "select o.slug from agreement_parties p
          join organizations o on o.id = p.organization_id group by o.slug order by count(*) desc, o.slug limit 1")
STATIC=$(cd src/main/resources/static && ls css/*.css | head -n 1)

log "(a) $SLOW_CONNECTIONS slow bodies for $SLOW_SECONDS s while a reader fetches /, /timeline, /organizations/$PARTNER, /$STATIC"
timeout $((SLOW_SECONDS + 90)) python3 reliability/hardening/slow_and_heavy.py slow "$APP_PORT" "$SLOW_SECONDS" \
  "$SLOW_CONNECTIONS" "$WORK/slow.json" "$PARTNER" "/$STATIC" || true

log "(b) $EXPORTS concurrent full exports"
timeout 600 python3 reliability/hardening/slow_and_heavy.py exports "$APP_PORT" "$EXPORTS" "$WORK/exports.json" \
  '/agreements.csv?q=a&r=RANDOM' '/agreements.csv' || true
sleep 2
HEALTH=$(curl -s -m 10 "http://$HOST:$APP_PORT/actuator/health" || true)
OOM=$(grep -c 'OutOfMemoryError' "$WORK/app.log" || true)

python3 - "$WORK/slow.json" "$WORK/exports.json" "$HEALTH" "$OOM" "$SLOW_CONNECTIONS" "$SCALE" "$HEAP" "$EXPORTS" >>"$TSV" <<'PY'
import json, sys
slow_file, exports_file, health, oom, connections, scale, heap, exports = sys.argv[1:9]
def mark(section, name, figure, ok):
    print("%s\t%s\t%s\t%s" % (section, name, figure, "pass" if ok else "fail"))
section = "4a. Slow bodies (%s × POST /login, Content-Length 100000, 1 byte / 5 s)" % connections
try:
    slow = json.load(open(slow_file))
    during, alone = slow["during"], slow["baseline"]
    mark(section, "reader p99 (/, /timeline, a partner page, a static file), s", "%.3f (p50 %.3f, %d requests; alone: p99 %.3f)"
         % (during["p99"], during["p50"], during["requests"], alone["p99"]), during["p99"] is not None and during["p99"] <= 1.0)
    mark(section, "reader errors", "%d %s" % (during["errors"], "; ".join(during["error_samples"])),
         during["errors"] == 0 and during["requests"] > 0)
    mark(section, "slow bodies refused at once with 503 (over the cap)", "%d of %d connections"
         % (slow["attack_refused_503"], slow["attack_connections"]), slow["attack_refused_503"] > 0)
except Exception as e:
    mark(section, "slow-body run", "no result: %s" % e, False)
section = "4b. Heavy requests (%s concurrent full exports, scale %s, -Xmx%s)" % (exports, scale, heap)
try:
    runs = json.load(open(exports_file))
    failed = [r for r in runs if r["status"] >= 500 or r["status"] == 0]
    ok = [r for r in runs if r["status"] == 200]
    incomplete = [r for r in ok if not (r["complete"] and r["ends_with_crlf"] and r["rows"] == r["expected_rows"])]
    mark(section, "5xx (or no answer)", "%d" % len(failed), not failed)
    mark(section, "200 answers complete (rows = the filter's count, last line '# complete: N rows')", "%d of %d%s" % (
         len(ok) - len(incomplete), len(runs),
         "; " + "; ".join("%s %s/%s rows" % (r["path"], r["rows"], r["expected_rows"]) for r in incomplete[:3]) if incomplete else ""),
         len(ok) == len(runs) and not incomplete)
    largest = max(ok, key=lambda r: r["bytes"]) if ok else None
    mark(section, "largest export", "%.1f MB, %d rows, in %.1f s" % (largest["bytes"] / 1e6, largest["rows"], largest["seconds"])
         if largest else "none", largest is not None)
    mark(section, "OutOfMemoryError in the log", oom, oom == "0")
    mark(section, "health afterwards", "UP" if '"UP"' in health else (health or "no answer"), '"UP"' in health)
except Exception as e:
    mark(section, "export run", "no result: %s" % e, False)
PY
cat "$TSV" >&2
! grep -q $'\tfail$' "$TSV"
