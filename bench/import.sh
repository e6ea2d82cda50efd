#!/usr/bin/env bash
# The CSV import at scale: a throwaway PostgreSQL cluster with bench/generate.sql's data (as bench/run.sh
# makes it), the packaged jar with the README's JVM options and a 192 MB heap, then, signed in as the admin:
#  - a 10,000-row agreements file in the import layout, built from the generated data: updates of existing
#    agreements (found by id), rows re-imported unchanged, and new agreements whose parties are named by
#    slug, Korean name, English name or alias;
#  - its preview timed (upload -> preview page), then its apply timed (one transaction, one revision);
#  - a 50,000-row file's preview (LARGE=1, the default);
#  - the heap (the GC log: the most used after a collection, any OutOfMemoryError) and the process RSS.
# Writes the section "## CSV import at scale <SCALE>" of bench/RESULTS.md (replaced on a re-run). The
# cluster is dropped at the end, also when interrupted.
#
#   bench/import.sh                  # scale 100000 (generation takes several minutes)
#   SCALE=1000 bench/import.sh       # a quick check
#
# Settings (environment): SCALE (100000), ROWS (10000), LARGE (1: also preview a 50,000-row file), HEAP
# (192m), JAVA_OPTS (the README's), PG_PORT (5495), APP_PORT (18580), PG_CLUSTER (benchimport).
# Targets (issue 19): preview <= PREVIEW_TARGET s (10), apply <= APPLY_TARGET s (30).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

SCALE=${SCALE:-100000}
ROWS=${ROWS:-10000}
LARGE=${LARGE:-1}
LARGE_ROWS=50000
HEAP=${HEAP:-192m}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -XX:MetaspaceSize=64m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=5000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
PG_PORT=${PG_PORT:-5495}
APP_PORT=${APP_PORT:-18580}
PG_CLUSTER=${PG_CLUSTER:-benchimport}
PREVIEW_TARGET=${PREVIEW_TARGET:-10}
APPLY_TARGET=${APPLY_TARGET:-30}
DB=partnerships
DB_USER=tracker
WORK=$ROOT/target/bench-import
MARKER=partnership-tracker-bench-import.conf
HOST=127.0.0.1
BASE=http://$HOST:$APP_PORT

log() { printf '[import %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }
for setting in SCALE ROWS; do
  case "${!setting}" in '' | *[!0-9]*) die "$setting must be a whole number, not '${!setting}'" ;; esac
done

# shellcheck source=../scripts/lib/own-cluster.sh
. "$ROOT/scripts/lib/own-cluster.sh"
rm -rf "$WORK"; mkdir -p "$WORK"
one_run_at_a_time /tmp/partnership-tracker-bench-import.lock bench/import.sh
command -v pg_createcluster >/dev/null || apt_install postgresql-common postgresql
command -v python3 >/dev/null || apt_install python3
PG_VERSION=${PG_VERSION:-$(ls /usr/lib/postgresql | sort -V | tail -n 1)}

JAR=$(ls "$ROOT"/target/partnership-tracker-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
if [ -z "$JAR" ]; then
  log "building the jar"
  ./mvnw -o -q -DskipTests package
  JAR=$(ls "$ROOT"/target/partnership-tracker-*.jar | grep -v -- '-plain' | head -n 1)
fi

CREATED=false
APP_PID=
SAMPLER_PID=
own_cluster_paths
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_pid "$SAMPLER_PID"
  stop_pid "$APP_PID"
  if [ "$CREATED" = true ] && cluster_exists && our_cluster; then
    log "dropping the $PG_CLUSTER cluster"
    drop_own_cluster
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

clear_the_way "$HOST" "$PG_PORT" "$APP_PORT"
log "creating PostgreSQL $PG_VERSION cluster '$PG_CLUSTER' on port $PG_PORT"
create_own_cluster "$HOST" "$PG_PORT" --auth=trust <<EOF
max_connections = 30
shared_buffers = 256MB
fsync = off
synchronous_commit = off
full_page_writes = off
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = top
pg_stat_statements.max = 5000
EOF
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U postgres "$@"; }
q() { psql -X -A -t -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U postgres -d "$DB" "$@"; }
psql_admin -d postgres -c "create role $DB_USER login" -c "create database $DB owner $DB_USER"
psql_admin -d "$DB" -c "create extension pg_stat_statements"

export DATABASE_URL="jdbc:postgresql://$HOST:$PG_PORT/$DB"
export DATABASE_USERNAME=$DB_USER
export DATABASE_PASSWORD=
export SPRING_FLYWAY_LOCATIONS='classpath:db/migration,classpath:db/vendor/{vendor}'
export APP_ADMIN_USERNAME=admin
APP_ADMIN_PASSWORD=bench-import-passphrase-$RANDOM-$RANDOM-$RANDOM
export APP_ADMIN_PASSWORD

start_app() { # log file, then extra JVM options
  local logfile=$1; shift
  # shellcheck disable=SC2086
  java -Xmx"$HEAP" $JAVA_OPTS "$@" -jar "$JAR" --server.port="$APP_PORT" --server.address="$HOST" >"$logfile" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1800); do
    curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$logfile" >&2; die "the app exited during start-up; see $logfile"; }
    sleep 0.1
  done
  die "the app did not report UP within 180 s; see $logfile"
}

log "migrating the schema"
start_app "$WORK/app-migrate.log"
stop_pid "$APP_PID"; APP_PID=
log "generating data at scale $SCALE"
gen_t0=$(date +%s)
psql_admin -d "$DB" -v scale="$SCALE" -f bench/generate.sql >"$WORK/generate.log"
GEN_SECONDS=$(( $(date +%s) - gen_t0 ))
log "generated in $GEN_SECONDS s"
psql_admin -d "$DB" -c "vacuum analyze" >/dev/null
N_AGREEMENTS=$(q -c "select count(*) from agreements")
N_ORGS=$(q -c "select count(*) from organizations")

# --- the files ----------------------------------------------------------------------------------------
# Existing agreements (id, titles, kind, status, key date, parties' slugs and roles, summaries) and each
# organization's names and first alias, for bench/import-file.py to mix into files.
q -c "\copy (select a.id, a.title_ko, a.title_en, lower(a.kind), lower(a.status),
         coalesce(a.signed_date, a.announced_date, a.effective_date), lower(coalesce(a.signed_precision, a.announced_precision, a.effective_precision)),
         (select string_agg(o.slug, ';' order by p.position) from agreement_parties p join organizations o on o.id = p.organization_id where p.agreement_id = a.id),
         (select string_agg(lower(p.role), ';' order by p.position) from agreement_parties p where p.agreement_id = a.id),
         a.summary_ko, a.summary_en
       from agreements a where a.signed_date is not null order by random() limit $((LARGE_ROWS))) to '$WORK/agreements.tsv' with (format csv, header false)"
q -c "\copy (select o.slug, o.name_ko, o.name_en, (select min(alias) from organization_aliases x where x.organization_id = o.id)
       from organizations o) to '$WORK/organizations.tsv' with (format csv, header false)"
python3 "$ROOT/bench/import-file.py" "$WORK/agreements.tsv" "$WORK/organizations.tsv" "$ROWS" "$WORK/agreements-$ROWS.csv" >"$WORK/mix-$ROWS.txt"
[ "$LARGE" = 1 ] && python3 "$ROOT/bench/import-file.py" "$WORK/agreements.tsv" "$WORK/organizations.tsv" "$LARGE_ROWS" "$WORK/agreements-$LARGE_ROWS.csv" >"$WORK/mix-$LARGE_ROWS.txt"

# --- the app, measured ----------------------------------------------------------------------------------
log "starting the app (-Xmx$HEAP)"
start_app "$WORK/app.log" -Xlog:gc:file="$WORK/gc.log" -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath="$WORK"
RSS_IDLE=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$APP_PID/status")
(while awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null; do sleep 0.2; done) >"$WORK/rss.txt" &
SAMPLER_PID=$!

COOKIES=$WORK/cookies
curl -s -c "$COOKIES" -o "$WORK/login.html" "$BASE/login"
perl "$ROOT/bench/form-body.pl" /login "username=$APP_ADMIN_USERNAME" "password=$APP_ADMIN_PASSWORD" <"$WORK/login.html" >"$WORK/login.body"
curl -s -b "$COOKIES" -c "$COOKIES" -o /dev/null -H 'Content-Type: application/x-www-form-urlencoded' --data-binary @"$WORK/login.body" "$BASE/login"
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -n 1 | sed 's/.*value="//; s/"$//'; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", b - a}'; }

# Uploads FILE and opens its preview; sets UPLOAD_ID, PREVIEW_S, PREVIEW_STATUS and TOTALS (the page's totals).
preview_file() {
  local file=$1 t0 t1 location
  curl -s -b "$COOKIES" -c "$COOKIES" -o "$WORK/index.html" "$BASE/admin/import"
  t0=$(now)
  location=$(curl -s -m 600 -b "$COOKIES" -c "$COOKIES" -o /dev/null -w '%{redirect_url}' \
    -F "_csrf=$(csrf_of "$WORK/index.html")" -F layout=agreements -F "file=@$file;type=text/csv" "$BASE/admin/import")
  UPLOAD_ID=${location##*/}
  if [ -z "$location" ]; then
    # No redirect to a preview: the upload itself was refused (a file over the 10 MB limit, say), and the page says why.
    PREVIEW_STATUS="upload refused"
    : >"$WORK/preview.html"
  else
    PREVIEW_STATUS=$(curl -s -m 600 -b "$COOKIES" -c "$COOKIES" -o "$WORK/preview.html" -w '%{http_code}' "$location" || echo "no answer")
  fi
  t1=$(now)
  PREVIEW_S=$(seconds "$t0" "$t1")
  TOTALS=$(python3 -c 'import re,sys,html; t=open(sys.argv[1],encoding="utf-8").read(); m=re.search(r"<[^>]*class=\"[^\"]*import-totals[^\"]*\"[^>]*>(.*?)</(?:ul|div|dl|p)>", t, re.S); print(" ".join(html.unescape(re.sub(r"<[^>]+>", " ", m.group(1))).split()) if m else "?")' "$WORK/preview.html")
  log "preview of $(basename "$file"): HTTP $PREVIEW_STATUS in $PREVIEW_S s ($TOTALS)"
}

REVISIONS_BEFORE=$(q -c "select count(*) from revinfo")
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
preview_file "$WORK/agreements-$ROWS.csv"
P10_S=$PREVIEW_S P10_STATUS=$PREVIEW_STATUS P10_TOTALS=$TOTALS P10_ID=$UPLOAD_ID
# A second preview of the same file: the JIT has compiled the import's code by then.
preview_file "$WORK/agreements-$ROWS.csv"
P10_WARM_S=$PREVIEW_S P10_ID=$UPLOAD_ID
curl -s -b "$COOKIES" -o "$WORK/errors-$ROWS.csv" "$BASE/admin/import/$P10_ID/errors.csv"
python3 -c 'import csv,sys,collections; r=list(csv.reader(open(sys.argv[1],encoding="utf-8-sig"))); c=collections.Counter(x[-1] for x in r[1:]); print(c.most_common(5))' "$WORK/errors-$ROWS.csv" >&2 || true

q -c "select pg_stat_statements_reset()" >/dev/null
log "applying the $ROWS-row file"
t0=$(now)
APPLY_RESULT=$(curl -s -m 900 -b "$COOKIES" -c "$COOKIES" -o /dev/null -w '%{http_code} %{redirect_url}' \
  --data-urlencode "_csrf=$(csrf_of "$WORK/preview.html")" "$BASE/admin/import/$P10_ID/apply")
t1=$(now)
APPLY_S=$(seconds "$t0" "$t1")
case "$APPLY_RESULT" in *"/admin/import") APPLIED=yes ;; *) APPLIED="no ($APPLY_RESULT)" ;; esac
APPLY_STATEMENTS=$(q -c "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '$DB'")
q -F ' | ' -c "select calls, round(total_exec_time::numeric, 1), left(regexp_replace(query, '\s+', ' ', 'g'), 160)
  from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '$DB' order by total_exec_time desc limit 12" >"$WORK/apply-statements.txt"
REVISIONS_AFTER=$(q -c "select count(*) from revinfo")
LAST_REVISION=$(q -c "select coalesce(note, '') from revinfo order by rev desc limit 1" 2>/dev/null || echo "?")
log "apply: $APPLY_RESULT in $APPLY_S s, $APPLY_STATEMENTS statements, revisions $REVISIONS_BEFORE -> $REVISIONS_AFTER"

P50_S=n/a P50_STATUS= P50_TOTALS=
if [ "$LARGE" = 1 ]; then
  preview_file "$WORK/agreements-$LARGE_ROWS.csv"
  P50_S=$PREVIEW_S P50_STATUS=$PREVIEW_STATUS P50_TOTALS=$TOTALS
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
ALIVE=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health")
stop_pid "$SAMPLER_PID"; SAMPLER_PID=
RSS_MAX=$(sort -n "$WORK/rss.txt" | tail -n 1 | awk '{printf "%d", $1 / 1024}')
stop_pid "$APP_PID"; APP_PID=

# "Pause Young (Allocation Failure) 60M->20M(184M) 12.3ms": the heap in use after each collection.
HEAP_AFTER_MAX=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$WORK/gc.log" | sed 's/.*->\([0-9]*\)M.*/\1/' | sort -n | tail -n 1)
FULL_GCS=$(grep -c 'Pause Full' "$WORK/gc.log" || true)
OOM=$(grep -c 'OutOfMemoryError' "$WORK/app.log" || true)

pass() { awk -v v="$1" -v t="$2" 'BEGIN {print (v + 0 <= t + 0) ? "pass" : "FAIL"}'; }
MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), PostgreSQL $PG_VERSION, $(java -version 2>&1 | head -n 1)"
SECTION=$WORK/section.md
{
  echo "## CSV import at scale $SCALE"
  echo
  echo "Measured by \`bench/import.sh\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD): $MACHINE."
  echo "The data: bench/generate.sql at scale $SCALE ($N_AGREEMENTS agreements, $N_ORGS organizations, generated in $GEN_SECONDS s)."
  echo "Load average (1, 5, 15 min) $LOAD_BEFORE before the first preview and $LOAD_AFTER after the last step: the cores are shared with other work, so the times are upper bounds."
  echo "The app: the packaged jar, \`-Xmx$HEAP $JAVA_OPTS\`, against its own PostgreSQL cluster; signed in as the admin."
  echo
  echo "The $ROWS-row agreements file ($(du -k "$WORK/agreements-$ROWS.csv" | cut -f1) KB): $(cat "$WORK/mix-$ROWS.txt")"
  echo
  echo "| step | time | target | result |"
  echo "|---|---|---|---|"
  echo "| preview, $ROWS rows (upload → preview page, first after start) | $P10_S s | ≤ $PREVIEW_TARGET s | $(pass "$P10_S" "$PREVIEW_TARGET") (HTTP $P10_STATUS; $P10_TOTALS) |"
  echo "| preview, $ROWS rows, again | $P10_WARM_S s | ≤ $PREVIEW_TARGET s | $(pass "$P10_WARM_S" "$PREVIEW_TARGET") |"
  echo "| apply, $ROWS rows (one transaction) | $APPLY_S s | ≤ $APPLY_TARGET s | $( [ "$APPLIED" = yes ] && pass "$APPLY_S" "$APPLY_TARGET" || echo "FAIL: not applied" ) (applied: $APPLIED; $APPLY_STATEMENTS SQL statements; revisions $REVISIONS_BEFORE → $REVISIONS_AFTER, the last: "$LAST_REVISION") |"
  if [ "$LARGE" = 1 ]; then
    echo "| preview, $LARGE_ROWS rows ($(du -k "$WORK/agreements-$LARGE_ROWS.csv" | cut -f1) KB) | $P50_S s | — | HTTP $P50_STATUS; $P50_TOTALS |"
  fi
  echo
  echo "Memory: heap limit $HEAP; the most heap in use after a collection ${HEAP_AFTER_MAX:-?} MB (GC log, -Xlog:gc), $FULL_GCS full collections,"
  echo "$OOM OutOfMemoryError in the app's log; heap $( [ "${OOM:-0}" = 0 ] && echo "stayed under its limit: pass" || echo "exhausted: FAIL" )."
  echo "Process RSS: $RSS_IDLE MB idle after start, at most $RSS_MAX MB during the run. The app answered /actuator/health with $ALIVE afterwards."
  echo
  echo "The apply's slowest statements (pg_stat_statements: calls | total ms | statement):"
  echo
  echo '```'
  cat "$WORK/apply-statements.txt"
  echo '```'
  echo
} >"$SECTION"
python3 - "$ROOT/bench/RESULTS.md" "$SECTION" "## CSV import at scale $SCALE" <<'PY'
import sys, re
path, section_path, heading = sys.argv[1:]
text = open(path, encoding="utf-8").read()
section = open(section_path, encoding="utf-8").read()
start = text.find(heading + "\n")
if start < 0:
    text = text.rstrip("\n") + "\n\n" + section
else:
    following = re.search(r"^## ", text[start + len(heading):], re.M)
    end = len(text) if following is None else start + len(heading) + following.start()
    text = text[:start] + section + text[end:]
open(path, "w", encoding="utf-8").write(text.rstrip("\n") + "\n")
PY
cat "$SECTION"
log "done; the section is in bench/RESULTS.md"
