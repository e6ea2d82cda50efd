#!/usr/bin/env bash
# The whole benchmark in one run: a throwaway PostgreSQL cluster, the schema from the app's own
# migrations, synthetic data at SCALE (bench/generate.sql), the packaged jar started with a set
# heap, then, against the app as production starts it:
#  - every request a distinct URL (cache misses): per page type a list of URLs that never repeat,
#    built from the generated data and read by wrk through bench/distinct.lua, then an equal mix of
#    the types, then the mix again while an editor (bench/editor.sh) saves an agreement through the
#    admin form once a second;
#  - the headline URLs repeated (cache hits), with the editor saving once a second;
#  - the heavy URLs: the network page, concurrent full CSV exports, the Atom feed, the admin forms;
#  - the static-file ceiling and the plain Spring Boot + JPA baseline (bench/baseline) for the ratios;
#  - EXPLAIN (ANALYZE, BUFFERS) plans of the main queries and of the two slowest statements;
# and the figures in bench/RESULTS.md. The cluster is dropped at the end, also when interrupted.
#
#   bench/run.sh                 # scale 100000 (about 20 minutes on 2 cores)
#   SCALE=1000 DURATION=5 WARMUP=2 bench/run.sh   # a quick check
#
# Settings (environment): SCALE (100000); DURATION (seconds of measured load per repeated URL, 20),
# WARMUP (seconds of warm-up load before each, 5); MISS_DURATION and MISS_WARMUP (the same per page type of
# distinct URLs, DURATION and WARMUP); JIT_WARMUP (seconds of the mix read first, while the JIT compiles,
# reported as a row of its own, 480); EDIT_DURATION (the mix with the editor, 1.5 x MISS_DURATION);
# EDIT_INTERVAL (seconds between saves, 1); PARTNERS (300) and PARTNER_PAGES (20): partner x page lists;
# DEEP_PAGES (500): the deepest /agreements page asked for; LIST_MAX (20000): URLs per list; EXPORTS (12)
# concurrent exports of EXPORT_PATHS ("/agreements.csv /timeline.csv", taken in turn), EXPORT_TIMEOUT
# (180 s); NETWORK_REQUESTS (2), NETWORK_TIMEOUT (60 s); FORM_OPENS (3 per admin form); CONNECTIONS (32),
# THREADS (2), HEAP (192m), JAVA_OPTS (the README's), MALLOC_ARENA_MAX (2), PG_PORT (5498), APP_PORT (18080),
# BASELINE_PORT (18081), PG_CLUSTER (bench). Only loopback addresses are used.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

SCALE=${SCALE:-100000}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
MISS_DURATION=${MISS_DURATION:-$DURATION}
MISS_WARMUP=${MISS_WARMUP:-$WARMUP}
JIT_WARMUP=${JIT_WARMUP:-480}
EDIT_DURATION=${EDIT_DURATION:-$((MISS_DURATION * 3 / 2))}
EDIT_INTERVAL=${EDIT_INTERVAL:-1}
PARTNERS=${PARTNERS:-300}
PARTNER_PAGES=${PARTNER_PAGES:-20}
DEEP_PAGES=${DEEP_PAGES:-500}
LIST_MAX=${LIST_MAX:-20000}
EXPORTS=${EXPORTS:-12}
EXPORT_PATHS=${EXPORT_PATHS:-/agreements.csv /timeline.csv}
EXPORT_TIMEOUT=${EXPORT_TIMEOUT:-180}
NETWORK_REQUESTS=${NETWORK_REQUESTS:-2}
NETWORK_TIMEOUT=${NETWORK_TIMEOUT:-60}
FORM_OPENS=${FORM_OPENS:-3}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
HEAP=${HEAP:-192m}
# The same JVM options as the README's production instructions.
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -XX:MetaspaceSize=64m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=5000}
# glibc gives each busy thread a malloc arena of its own; two are enough for the JVM and keep RSS down.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
PG_PORT=${PG_PORT:-5498}
APP_PORT=${APP_PORT:-18080}
BASELINE_PORT=${BASELINE_PORT:-18081}
PG_CLUSTER=${PG_CLUSTER:-bench}
DB=partnerships
DB_USER=tracker
WORK=$ROOT/target/bench
RESULTS_DIR=$ROOT/bench/results
# Plans of the full-size run go to bench/plans/, those of other scales beside them.
if [ "$SCALE" = 100000 ]; then PLANS_DIR=$ROOT/bench/plans; else PLANS_DIR=$ROOT/bench/plans/scale-$SCALE; fi
MARKER=partnership-tracker-bench.conf
HOST=127.0.0.1

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }

for setting in SCALE DURATION WARMUP MISS_DURATION MISS_WARMUP JIT_WARMUP EDIT_DURATION PARTNERS PARTNER_PAGES DEEP_PAGES LIST_MAX \
               EXPORTS EXPORT_TIMEOUT NETWORK_REQUESTS NETWORK_TIMEOUT FORM_OPENS CONNECTIONS THREADS; do
  case "${!setting}" in '' | *[!0-9]*) die "$setting must be a whole number, not '${!setting}'" ;; esac
done
[ "$SCALE" -ge 1 ] || die "SCALE must be at least 1"

# Root commands, installs, the run lock, stopping processes and the cluster of its own (scripts/lib).
# shellcheck source=../scripts/lib/own-cluster.sh
. "$ROOT/scripts/lib/own-cluster.sh"
mkdir -p "$WORK"
one_run_at_a_time /tmp/partnership-tracker-bench.lock bench/run.sh

# --- what a fresh machine lacks ------------------------------------------------------------------
command -v java >/dev/null || { log "installing a JDK"; apt_install openjdk-17-jdk-headless; }
command -v curl >/dev/null || { log "installing curl"; apt_install curl; }
command -v wrk >/dev/null || { log "installing wrk"; apt_install wrk; }
command -v perl >/dev/null || { log "installing perl"; apt_install perl-base; }
command -v pg_createcluster >/dev/null || { log "installing PostgreSQL"; apt_install postgresql-common postgresql; }
PG_VERSION=${PG_VERSION:-$(ls /usr/lib/postgresql | sort -V | tail -n 1)}
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
[ -x "$PG_BIN/postgres" ] || apt_install "postgresql-$PG_VERSION"
if [ ! -f "/usr/share/postgresql/$PG_VERSION/extension/pg_stat_statements.control" ] \
   || [ ! -f "/usr/lib/postgresql/$PG_VERSION/lib/auto_explain.so" ]; then
  log "installing the PostgreSQL contrib modules"
  apt_install "postgresql-contrib-$PG_VERSION" || apt_install postgresql-contrib
fi
CLK_TCK=$(getconf CLK_TCK)

JAR=$(ls "$ROOT"/target/partnership-tracker-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
if [ -z "$JAR" ]; then
  log "building the jar (./mvnw -q -DskipTests package)"
  ./mvnw -q -DskipTests package
  JAR=$(ls "$ROOT"/target/partnership-tracker-*.jar | grep -v -- '-plain' | head -n 1)
fi
BASELINE_JAR=$ROOT/bench/baseline/target/bench-baseline.jar
if [ ! -f "$BASELINE_JAR" ] || [ -n "$(find bench/baseline/pom.xml bench/baseline/src -newer "$BASELINE_JAR" -print -quit)" ]; then
  log "building the plain Spring Boot + JPA baseline (bench/baseline)"
  ./mvnw -q -o -f bench/baseline/pom.xml -DskipTests package || ./mvnw -q -f bench/baseline/pom.xml -DskipTests package
fi

# --- clean-up, whatever happens ------------------------------------------------------------------
CREATED=false
APP_PID=
LOAD_PID=
SAMPLER_PID=
EDITOR_PID=
EXPORT_PIDS=()
own_cluster_paths
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_pid "$SAMPLER_PID"
  stop_pid "$LOAD_PID"
  stop_pid "$EDITOR_PID"
  for pid in "${EXPORT_PIDS[@]}"; do stop_pid "$pid"; done
  stop_pid "$APP_PID"
  if [ "$CREATED" = true ] && cluster_exists && our_cluster; then
    log "dropping the bench cluster"
    drop_own_cluster
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- the cluster ---------------------------------------------------------------------------------
clear_the_way "$HOST" "$PG_PORT" "$APP_PORT" "$BASELINE_PORT"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "creating PostgreSQL $PG_VERSION cluster '$PG_CLUSTER' on port $PG_PORT"
CREATED=true
as_root pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" --locale C.UTF-8 --start-conf manual \
  -- --auth=trust >/dev/null
# A throwaway cluster: durability off (the data is regenerated each run), statistics on.
as_root tee "/etc/postgresql/$PG_VERSION/$PG_CLUSTER/conf.d/$MARKER" >/dev/null <<EOF
# Written by bench/run.sh; this cluster is dropped when the run ends.
listen_addresses = '$HOST'
ssl = off
max_connections = 50
shared_buffers = 256MB
fsync = off
synchronous_commit = off
full_page_writes = off
shared_preload_libraries = 'pg_stat_statements,auto_explain'
pg_stat_statements.track = top
pg_stat_statements.track_utility = off
pg_stat_statements.max = 10000
compute_query_id = on
EOF
as_root pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start
PG_LOG=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c {print $7}')
for _ in $(seq 1 60); do pg_isready -q -h "$HOST" -p "$PG_PORT" && break; sleep 0.5; done
pg_isready -q -h "$HOST" -p "$PG_PORT" || die "the bench cluster did not start; see $PG_LOG"

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U postgres "$@"; }
psql_admin -d postgres -c "create role $DB_USER login" -c "create database $DB owner $DB_USER" \
  -c "create extension pg_stat_statements"

export DATABASE_URL="jdbc:postgresql://$HOST:$PG_PORT/$DB"
export DATABASE_USERNAME=$DB_USER
export DATABASE_PASSWORD=
# The schema and the search indexes, without the seed.
export SPRING_FLYWAY_LOCATIONS='classpath:db/migration,classpath:db/vendor/{vendor}'
export APP_ADMIN_USERNAME=admin
export APP_ADMIN_PASSWORD=bench-run-passphrase-$RANDOM-$RANDOM-$RANDOM

# Starts the jar; sets APP_PID, START_WALL (seconds until /actuator/health is UP) and START_LOG.
# EXTRA_JAVA_OPTS, when set, go before -jar (the class data sharing archive, memory tracking).
start_app() {
  local jar=$1 port=$2 logfile=$3; shift 3
  local t0 t1
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  java -Xmx"$HEAP" $JAVA_OPTS ${EXTRA_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --server.address="$HOST" "$@" >"$logfile" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1800); do
    if curl -sf "http://$HOST:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      t1=$(date +%s.%N)
      START_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')
      START_LOG=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds (process running for [0-9.]*)' "$logfile" | head -n 1 || true)
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$logfile" >&2; die "the app exited during start-up; see $logfile"; }
    sleep 0.1
  done
  die "the app did not report UP within 180 s; see $logfile"
}

log "migrating the schema (the app's Flyway migrations, seed switched off)"
start_app "$JAR" "$APP_PORT" "$WORK/app-migrate.log"
FIRST_START_WALL=$START_WALL
FIRST_START_LOG=$START_LOG
stop_pid "$APP_PID"; APP_PID=

log "generating data at scale $SCALE"
gen_t0=$(date +%s.%N)
psql_admin -d "$DB" -v scale="$SCALE" -f bench/generate.sql >"$WORK/generate.log"
gen_t1=$(date +%s.%N)
LOAD_SECONDS=$(awk -v a="$gen_t0" -v b="$gen_t1" 'BEGIN {printf "%.1f", b - a}')
log "generated in $LOAD_SECONDS s"

q() { psql -X -A -t -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U postgres -d "$DB" -c "$1"; }
COUNTS=$(q "select (select count(*) from agreements) || ' ' || (select count(*) from timeline_entries) || ' '
                || (select count(*) from organizations) || ' ' || (select count(*) from agreement_parties) || ' '
                || (select count(*) from fact_citations) || ' ' || (select count(*) from sources) || ' '
                || (select count(*) from initiatives) || ' ' || (select count(*) from people)")
read -r N_AGREEMENTS N_TIMELINE N_ORGS N_PARTIES N_CITATIONS N_SOURCES N_INITIATIVES N_PEOPLE <<<"$COUNTS"
DB_SIZE=$(q "select pg_size_pretty(pg_database_size('$DB'))")
# The two most active partners: the organizations that are parties to the most agreements.
read -r PARTNER1 PARTNER1_AGREEMENTS <<<"$(q "select o.slug || ' ' || count(*) from agreement_parties p join organizations o on o.id = p.organization_id
                                            group by o.slug order by count(*) desc, o.slug limit 1")"
read -r PARTNER2 PARTNER2_AGREEMENTS <<<"$(q "select o.slug || ' ' || count(*) from agreement_parties p join organizations o on o.id = p.organization_id
                                            group by o.slug order by count(*) desc, o.slug offset 1 limit 1")"
PARTNER1_TIMELINE=$(q "select count(*) from timeline_entries e where exists (select 1 from fact_organizations f
                       join organizations o on o.id = f.organization_id where o.slug = '$PARTNER1'
                       and f.fact_kind = e.fact_kind and f.fact_id = e.fact_id)")
SEARCH_WORD=마이데이터
SEARCH_ENCODED=%EB%A7%88%EC%9D%B4%EB%8D%B0%EC%9D%B4%ED%84%B0
log "active partners: $PARTNER1 ($PARTNER1_AGREEMENTS agreements), $PARTNER2 ($PARTNER2_AGREEMENTS)"

# --- start-up: the plain baseline, then the app, both against the generated database ------------
# Each as a plain fat jar, then as the production instructions run it: Boot's extracted layout with
# a class data sharing archive from a training run (-Dspring.context.exit=onRefresh).
prepare_cds() {
  local jar=$1 dir=$2 port=$3
  rm -rf "$dir"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
  CDS_JAR=$dir/$(basename "$jar")
  # shellcheck disable=SC2086
  java -Xmx"$HEAP" $JAVA_OPTS -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh \
    -jar "$CDS_JAR" --server.port="$port" --server.address="$HOST" >"$dir/training.log" 2>&1 \
    || die "the CDS training run of $(basename "$jar") failed; see $dir/training.log"
}

log "starting the plain Spring Boot + JPA baseline"
start_app "$BASELINE_JAR" "$BASELINE_PORT" "$WORK/baseline.log"
BASELINE_WALL=$START_WALL
BASELINE_LOG=$START_LOG
stop_pid "$APP_PID"; APP_PID=

log "starting the app as a plain fat jar: java -Xmx$HEAP -jar $(basename "$JAR")"
start_app "$JAR" "$APP_PORT" "$WORK/app-plain.log"
APP_PLAIN_WALL=$START_WALL
APP_PLAIN_LOG=$START_LOG
stop_pid "$APP_PID"; APP_PID=

log "extracting both jars and training their class data sharing archives"
prepare_cds "$BASELINE_JAR" "$WORK/baseline-cds" "$BASELINE_PORT"; BASELINE_CDS_JAR=$CDS_JAR
prepare_cds "$JAR" "$WORK/app-cds" "$APP_PORT"; APP_CDS_JAR=$CDS_JAR

log "starting the baseline extracted, with its archive"
EXTRA_JAVA_OPTS="-XX:SharedArchiveFile=$WORK/baseline-cds/app.jsa" start_app "$BASELINE_CDS_JAR" "$BASELINE_PORT" "$WORK/baseline-cds.log"
BASELINE_CDS_WALL=$START_WALL
BASELINE_CDS_LOG=$START_LOG
stop_pid "$APP_PID"; APP_PID=

# The run under load uses the production start, with native memory tracking for the breakdown of RSS.
log "starting the app extracted, with its archive (the production instructions)"
EXTRA_JAVA_OPTS="-XX:SharedArchiveFile=$WORK/app-cds/app.jsa -XX:NativeMemoryTracking=summary -Xlog:gc:file=$WORK/gc.log" \
  start_app "$APP_CDS_JAR" "$APP_PORT" "$WORK/app.log"
APP_START_WALL=$START_WALL
APP_START_LOG=$START_LOG
RSS_IDLE=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$APP_PID/status")
log "up in $APP_START_WALL s ($APP_START_LOG)"

# --- measuring -----------------------------------------------------------------------------------
PG_PM=$(postmaster_pid)
# Both always succeed: a process may end between listing it and reading its stat (set -e, pipefail).
ticks_of() { { sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null || true; } | awk '{t = $12 + $13} END {print t + 0}'; }
cpu_ticks() { ticks_of "$APP_PID"; }
# PostgreSQL's CPU: every process of the cluster (the backends, their parallel workers, the background
# processes), plus what the postmaster has collected from children that ended, so that a parallel worker
# that came and went during a run is counted too.
pg_ticks() {
  { cat "/proc/$PG_PM/stat" 2>/dev/null; for pid in $(ps -o pid= --ppid "$PG_PM" || true); do cat "/proc/$pid/stat" 2>/dev/null; done; true; } |
    sed 's/^.*) //' | awk 'NR == 1 {t += $12 + $13 + $14 + $15; next} {t += $12 + $13} END {print t + 0}'
}
psql_stats() { psql -X -A -t -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U postgres -d postgres "$@"; }
APP_STATEMENTS="from pg_stat_statements s join pg_database d on d.oid = s.dbid join pg_roles r on r.oid = s.userid
                where d.datname = '$DB' and r.rolname = '$DB_USER'"
statement_totals() {
  psql_stats -F ' ' -c "select coalesce(sum(s.calls), 0), round(coalesce(sum(s.total_exec_time), 0)::numeric, 1) $APP_STATEMENTS"
}
reset_statements() { psql_stats -c "select pg_stat_statements_reset()" >/dev/null; }
# The statements of every measured run are kept, labelled with the run, to find the slowest of the whole bench.
psql_stats -c "create table bench_statements (run text, queryid bigint, calls bigint, total_ms float8, query text)"
keep_statements() {
  psql_stats -c "insert into bench_statements select '$1', s.queryid, s.calls, s.total_exec_time, s.query $APP_STATEMENTS"
}
percentile() { # p, then numbers on standard input
  sort -n | awk -v p="$1" '{v[NR] = $1} END { if (NR == 0) { print "n/a"; exit } i = int(NR * p / 100 + 0.999999); if (i < 1) i = 1; printf "%.1f", v[i] }'
}
run_wrk() { # duration, base URL, output file, list file, tag, mode
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1"s --timeout 10s --latency -s "$ROOT/bench/distinct.lua" "$2" \
    -- "$4" "$THREADS" "$5" "$6" >"$3" 2>&1 &
  LOAD_PID=$!
  wait "$LOAD_PID" || true
  LOAD_PID=
}
sample_rss() { # pid, output file: VmRSS in KB five times a second until stopped
  (while awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null; do sleep 0.2; done) >"$2" &
  SAMPLER_PID=$!
}

# Waits until the app has finished what it was doing: requests still in flight when wrk stops go on
# running (and sending SQL) in the app, and would otherwise count towards the next measurement.
quiesce() {
  local prev cur active
  prev=$(cpu_ticks)
  for _ in $(seq 1 120); do
    sleep 0.5
    cur=$(cpu_ticks)
    active=$(psql_stats -c "select count(*) from pg_stat_activity where usename = '$DB_USER' and state <> 'idle'")
    # under a fifth of a core over the last half second, and no statement running
    if [ $((cur - prev)) -le $((CLK_TCK / 10)) ] && [ "$active" = 0 ]; then return 0; fi
    prev=$cur
  done
  log "warning: the app was still busy after 60 s"
}

# The URL with a parameter the app ignores and the page cache has never seen.
uncached() {
  local fresh
  fresh=$(date +%s%N)
  case "$1" in *\?*) echo "$1&uncached=$fresh" ;; *) echo "$1?uncached=$fresh" ;; esac
}
with_param() { case "$1" in *\?*) echo "$1&$2" ;; *) echo "$1?$2" ;; esac; }

# One request on its own, past the page cache: its status, size, time, X-Page-Cache and statements.
# Sets ONE_STATUS, ONE_BYTES, ONE_MS, ONE_CACHE, ONE_SQL.
one_request() { # URL
  local headers
  quiesce
  reset_statements
  headers=$(curl -s -m 120 -D - -o "$WORK/one.body" -w 'took:%{time_total}\n' "$1" || true)
  ONE_STATUS=$(printf '%s\n' "$headers" | awk 'NR == 1 {print $2}')
  ONE_STATUS=${ONE_STATUS:-000}
  ONE_MS=$(printf '%s\n' "$headers" | awk -F: '/^took:/ {printf "%.0f", $2 * 1000}')
  ONE_CACHE=$(printf '%s\n' "$headers" | awk -F': *' 'tolower($1) == "x-page-cache" {gsub("\r", "", $2); print $2}')
  ONE_CACHE=${ONE_CACHE:-none}
  ONE_BYTES=$(stat -c %s "$WORK/one.body" 2>/dev/null || echo 0)
  quiesce
  read -r ONE_SQL _ <<<"$(statement_totals)"
}

# --- the editor ----------------------------------------------------------------------------------
EDITS=$WORK/edits.log
EDIT_GO=$WORK/editor.go
rm -f "$EDITS" "$EDITS.failed.html" "$EDIT_GO"
q "select id from agreements order by md5(id::text) limit 500" >"$WORK/edit-ids.txt"
EDITOR_USERNAME=$APP_ADMIN_USERNAME EDITOR_PASSWORD=$APP_ADMIN_PASSWORD EDIT_INTERVAL=$EDIT_INTERVAL \
  bash "$ROOT/bench/editor.sh" "http://$HOST:$APP_PORT" "$WORK/edit-ids.txt" "$EDITS" "$EDIT_GO" 2>"$WORK/editor.err" &
EDITOR_PID=$!
editor_on() { echo "$1" >"$EDIT_GO"; }
editor_off() { rm -f "$EDIT_GO"; }
# Saves of a phase: "<ok> <all> <form p50> <form p99> <save p50> <save p99> <failures by kind>"
edit_figures() {
  local lines; lines=$(awk -v p="$1" '$1 == p' "$EDITS" 2>/dev/null)
  local all ok
  all=$(printf '%s' "$lines" | grep -c . || true)
  ok=$(printf '%s\n' "$lines" | awk '$9 == "ok"' | grep -c . || true)
  printf '%s %s %s %s %s %s %s\n' "$ok" "$all" \
    "$(printf '%s\n' "$lines" | awk '$4 == 200 {print $5}' | percentile 50)" \
    "$(printf '%s\n' "$lines" | awk '$4 == 200 {print $5}' | percentile 99)" \
    "$(printf '%s\n' "$lines" | awk '$9 == "ok" {print $8}' | percentile 50)" \
    "$(printf '%s\n' "$lines" | awk '$9 == "ok" {print $8}' | percentile 99)" \
    "$(printf '%s\n' "$lines" | awk '$9 != "ok" && NF {n[$9]++} END {for (k in n) {printf "%s%s:%d", s, k, n[k]; s = ","}}' | tr -d ' ')"
}
for _ in $(seq 1 120); do
  grep -q 'signed in' "$WORK/editor.err" 2>/dev/null && break
  kill -0 "$EDITOR_PID" 2>/dev/null || { cat "$WORK/editor.err" >&2; die "the editor could not sign in; see $WORK/editor.err"; }
  sleep 0.5
done

# One measured wrk run of a list; adds a row to ROWS. Rows: key|name|kind|what was asked|list file|tag|mode
ROWS=()
: >"$WORK/wrk-all.txt"
: >"$WORK/statements-by-url.txt"
measure() { # key, name, kind (hit|miss|mix|edit|baseline|static), description, pid, base URL, duration, list, tag, mode
  local key=$1 name=$2 kind=$3 what=$4 pid=$5 base=$6 duration=$7 list=$8 tag=$9 mode=${10:-}
  local w=$WORK/wrk-$key.txt t0 t1 p0 p1 calls exec_ms
  reset_statements
  t0=$(ticks_of "$pid"); p0=$(pg_ticks)
  sample_rss "$pid" "$WORK/rss-$key.txt"
  run_wrk "$duration" "$base" "$w" "$list" "$tag" "$mode"
  t1=$(ticks_of "$pid"); p1=$(pg_ticks)
  read -r calls exec_ms <<<"$(statement_totals)"
  stop_pid "$SAMPLER_PID"; SAMPLER_PID=
  # The JIT's warm-up is the longest run and not one the targets judge: its statements would outweigh the
  # measured runs' in the choice of the two slowest statements.
  [ "$kind" = jit ] || keep_statements "$key"
  { echo "== $name ($kind): $what"; cat "$w"; echo; } >>"$WORK/wrk-all.txt"
  { echo "== $name ($kind): $what"
    echo "   (the app's statements over the ${duration} s run, by total time: calls | mean ms | rows per call | query)"
    psql_stats -F ' | ' -c "
      select s.calls, round(s.mean_exec_time::numeric, 2), round(s.rows::numeric / greatest(s.calls, 1), 1),
             regexp_replace(left(s.query, 400), '\\s+', ' ', 'g') $APP_STATEMENTS order by s.total_exec_time desc limit 25"
    echo; } >>"$WORK/statements-by-url.txt"

  local requests rps non2xx sockerr rss_max listed passes hit miss none p50 p99 cpu pg_cpu sql db_ms hit_pct errors
  requests=$(awk '/requests in/ {print $1}' "$w"); requests=${requests:-0}
  rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$w"); rps=${rps:-0}
  non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ {print $2}' "$w"); non2xx=${non2xx:-0}
  sockerr=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$w"); sockerr=${sockerr:-0}
  rss_max=$(sort -n "$WORK/rss-$key.txt" | tail -n 1 | awk '{printf "%d", $1 / 1024}')
  read -r listed passes hit miss none p50 p99 <<<"$(awk '/^distinct:/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      printf "%s %s %s %s %s %.1f %.1f\n", v["list"], v["passes"], v["hit"], v["miss"], v["none"], v["p50_us"] / 1000, v["p99_us"] / 1000 }' "$w")"
  if [ "$requests" -gt 0 ] && [ -n "${p50:-}" ]; then
    cpu=$(awk -v t="$((t1 - t0))" -v hz="$CLK_TCK" -v n="$requests" 'BEGIN {printf "%.2f", t * 1000 / hz / n}')
    pg_cpu=$(awk -v t="$((p1 - p0))" -v hz="$CLK_TCK" -v n="$requests" 'BEGIN {printf "%.2f", t * 1000 / hz / n}')
    sql=$(awk -v c="$calls" -v n="$requests" 'BEGIN {printf "%.1f", c / n}')
    db_ms=$(awk -v c="$exec_ms" -v n="$requests" 'BEGIN {printf "%.2f", c / n}')
    hit_pct=$(awk -v h="$hit" -v n="$((hit + miss + none))" 'BEGIN { if (n > 0) printf "%.1f", h * 100 / n; else print "n/a" }')
  else
    rps=0; p50=n/a; p99=n/a; cpu=n/a; pg_cpu=n/a; sql=n/a; db_ms=n/a; hit_pct=n/a; listed=${listed:-0}; passes=${passes:-0}
  fi
  errors=$((non2xx + sockerr))
  [ "$requests" -gt 0 ] || errors="$errors, no request completed"
  log "$name: $rps req/s, p50 $p50 ms, p99 $p99 ms, app $cpu ms CPU/req, PostgreSQL $db_ms ms/req and $pg_cpu ms CPU/req, $sql SQL/req, hit $hit_pct %, RSS $rss_max MB, errors $errors"
  # name|what|kind|rps|p50|p99|cpu|sql|1-req SQL|db ms|rss|errors|requests|bytes|non2xx|1-req ms|pg cpu|hit %|list|passes|1-req cache|key
  # (the first nine fields keep their places, for the table of statements by scale)
  ROWS+=("$name|$what|$kind|$rps|$p50|$p99|$cpu|$sql|${ONE_SQL:-n/a}|$db_ms|$rss_max|$errors|$requests|${ONE_BYTES:-0}|$non2xx|${ONE_MS:-n/a}|$pg_cpu|$hit_pct|$listed|$passes|${ONE_CACHE:-n/a}|$key")
}

# --- the lists of distinct URLs ------------------------------------------------------------------
# Each a list of paths that never repeats, in an order fixed by the data (md5), so that runs compare.
LISTS=$WORK/lists
rm -rf "$LISTS"; mkdir -p "$LISTS"
log "writing the lists of distinct URLs"
TOP_PARTNERS="select o.slug, count(*) as n from agreement_parties p join organizations o on o.id = p.organization_id
              group by o.slug order by count(*) desc, o.slug limit $PARTNERS"
partner_pages() { # path prefix, then whether page 1 is written as page=1
  q "select '$1' || slug || case when g > 1 or $2 then '&page=' || g else '' end
     from ($TOP_PARTNERS) partners, generate_series(1, least($PARTNER_PAGES, ceil(n / 20.0)::int)) g
     order by md5(slug || '/' || g) limit $LIST_MAX"
}
partner_pages '/timeline?partner=' false >"$LISTS/timeline.txt"
partner_pages '/agreements?partner=' false >"$LISTS/agreements-partner.txt"
q "select '/organizations/' || slug from organizations order by md5(slug) limit $LIST_MAX" >"$LISTS/organization.txt"
q "select '/agreements?' || case when s = '' then '' else 'sort=' || s || '&' end || 'page=' || g
   from (values (''), ('OLDEST'), ('TITLE')) v(s),
        generate_series(1, least($DEEP_PAGES, ceil((select count(*) from agreements) / 20.0)::int)) g
   order by md5(s || g) limit $LIST_MAX" >"$LISTS/agreements-deep.txt"
# Search words: the words of agreement titles, organization and people's names and source headlines, in
# Korean and English, and the first half of the longer ones (a part of a word), percent-encoded.
q "with words as (
     select regexp_split_to_table(lower(coalesce(title_ko, '') || ' ' || coalesce(title_en, '')), '[[:space:][:punct:]]+') as w from agreements
     union select regexp_split_to_table(lower(coalesce(name_ko, '') || ' ' || coalesce(name_en, '')), '[[:space:][:punct:]]+') from organizations
     union select regexp_split_to_table(lower(coalesce(name_ko, '') || ' ' || coalesce(name_en, '')), '[[:space:][:punct:]]+') from people
     union select regexp_split_to_table(lower(coalesce(headline_ko, '') || ' ' || coalesce(headline_en, '')), '[[:space:][:punct:]]+') from sources),
   queries as (
     select w from words where length(w) >= 2
     union select left(w, length(w) / 2 + 1) from words where length(w) >= 4)
   select w from queries order by md5(w) limit $LIST_MAX" |
  perl -pe 's/([^A-Za-z0-9\-._~\n])/sprintf("%%%02X", ord $1)/ge; s/^/\/search?q=/' >"$LISTS/search.txt"
q "select '/agreements/' || id from agreements order by md5(id::text) limit $LIST_MAX" >"$LISTS/agreement.txt"
partner_pages '/api/v1/agreements?partner=' true >"$LISTS/api-agreements.txt"
partner_pages '/api/v1/timeline?partner=' true >"$LISTS/api-timeline.txt"
# key|name|list|the URLs: the page types of the issue's table, and the API's equivalents
MISS_TYPES=(
  "timeline|timeline, partner × page|timeline|/timeline?partner=<one of the $PARTNERS most active>&page=<1–$PARTNER_PAGES>"
  "agreements-partner|agreements, partner × page|agreements-partner|/agreements?partner=<one of $PARTNERS>&page=<1–$PARTNER_PAGES>"
  "organization|partner page, any organization|organization|/organizations/<any organization>"
  "agreements-deep|agreements, deep pages and sorts|agreements-deep|/agreements?sort=<newest, OLDEST, TITLE>&page=<1–$DEEP_PAGES>"
  "search|search, words from the data|search|/search?q=<a word or half a word from titles, names, headlines>"
  "agreement|agreement page, any agreement|agreement|/agreements/<any id>"
  "api-agreements|API agreements, partner × page|api-agreements|/api/v1/agreements?partner=<one of $PARTNERS>&page=<1–$PARTNER_PAGES>"
  "api-timeline|API timeline, partner × page|api-timeline|/api/v1/timeline?partner=<one of $PARTNERS>&page=<1–$PARTNER_PAGES>"
)
# The mix: the types in turn, each list read from its start; a short list read again gets a mark that
# makes its URLs new (bench=r<round>), so the mix never repeats a URL either.
MIX_FILES=()
for entry in "${MISS_TYPES[@]}"; do IFS='|' read -r _ _ list _ <<<"$entry"; MIX_FILES+=("$LISTS/$list.txt"); done
awk -v max="$((LIST_MAX * 2))" '
  FNR == 1 { f++ } NF { n[f]++; line[f, n[f]] = $0 }
  END {
    longest = 0; for (i = 1; i <= f; i++) if (n[i] > longest) longest = n[i]
    for (r = 0; r < longest && out < max; r++)
      for (i = 1; i <= f && out < max; i++) {
        if (n[i] == 0) continue
        path = line[i, r % n[i] + 1]
        if (r >= n[i]) path = path (index(path, "?") ? "&" : "?") "bench=r" int(r / n[i])
        print path; out++
      }
  }' "${MIX_FILES[@]}" >"$LISTS/mix.txt"
for list in "$LISTS"/*.txt; do log "  $(basename "$list" .txt): $(grep -c . "$list") URLs"; done

APP_BASE=http://$HOST:$APP_PORT
# A warm-up reads its list from the end, with its own tag: the pages the measured run asks for next are
# neither in the page cache nor just read by the warm-up.
warm_up() { # list file, tag, duration
  tac "$1" >"$WORK/warm-list.txt"
  run_wrk "$3" "$APP_BASE" "$WORK/wrk-warmup.txt" "$WORK/warm-list.txt" "$2" ""
  quiesce
}

# --- every request a distinct URL (cache misses) -------------------------------------------------
# In its first minutes under load the JIT compiles the app's hot code on the same two cores, and that work
# counts as the app's CPU: measured first, with a few seconds of warm-up, a page type cost 2-3 times what it
# cost a few minutes later. The mix is read first for JIT_WARMUP seconds, from the end of its list, with a tag
# of its own, and shown as a row of its own: what the first readers after a start pay. The editor saves once a
# second meanwhile: otherwise the save's code (forms, Hibernate, Envers, the timeline and network rows) was
# first compiled in the measured run with the editor, its first save took 672 ms and that run's app CPU
# doubled (7.2 ms a request against 3.7 without the editor).
log "the mix for ${JIT_WARMUP}s while the JIT compiles, the editor saving once a second (its own row)"
tac "$LISTS/mix.txt" >"$WORK/jit-list.txt"
editor_on jit
measure jit-warmup "the mix, the first ${JIT_WARMUP} s after start-up (the JIT compiling), an editor saving once a second" jit \
  "the eight lists in turn, from their ends" "$APP_PID" "$APP_BASE" "$JIT_WARMUP" "$WORK/jit-list.txt" jit
editor_off
quiesce

for entry in "${MISS_TYPES[@]}"; do
  IFS='|' read -r key name list pattern <<<"$entry"
  list=$LISTS/$list.txt
  one_request "$(with_param "$APP_BASE$(head -n 1 "$list")" bench=one)"
  log "$name: one request HTTP $ONE_STATUS, $ONE_BYTES bytes, $ONE_MS ms, $ONE_SQL statements, X-Page-Cache $ONE_CACHE; warming up ${MISS_WARMUP}s"
  warm_up "$list" warm "$MISS_WARMUP"
  measure "miss-$key" "$name" miss "$pattern" "$APP_PID" "$APP_BASE" "$MISS_DURATION" "$list" ""
done

one_request "$(with_param "$APP_BASE$(head -n 1 "$LISTS/mix.txt")" bench=one)"
warm_up "$LISTS/mix.txt" mixwarm "$MISS_WARMUP"
measure miss-mix "an equal mix of the eight" mix "the eight lists above in turn" "$APP_PID" "$APP_BASE" "$MISS_DURATION" "$LISTS/mix.txt" mix

log "the mix again, with the editor saving an agreement once a second"
editor_on edit-mix
sleep 1
measure edit-mix "the mix, an editor saving once a second" edit "the eight lists in turn; saves through /admin/agreements/<id>/edit" \
  "$APP_PID" "$APP_BASE" "$EDIT_DURATION" "$LISTS/mix.txt" edit
editor_off
quiesce
read -r EDIT_OK EDIT_ALL EDIT_FORM_P50 EDIT_FORM_P99 EDIT_SAVE_P50 EDIT_SAVE_P99 EDIT_FAILURES <<<"$(edit_figures edit-mix)"
log "editor during the mix: $EDIT_OK of $EDIT_ALL saves ok, form p50 $EDIT_FORM_P50 p99 $EDIT_FORM_P99 ms, save p50 $EDIT_SAVE_P50 p99 $EDIT_SAVE_P99 ms ${EDIT_FAILURES:-}"

# --- the headline URLs repeated (cache hits), one save a second ---------------------------------
# name|path|editor (the static file is measured without: it is the ceiling)
URLS=(
  "timeline|/timeline?partner=$PARTNER1|yes"
  "agreements, two partners|/agreements?partner=$PARTNER1&partner=$PARTNER2|yes"
  "partner page|/organizations/$PARTNER1|yes"
  "API timeline|/api/v1/timeline?partner=$PARTNER1|yes"
  "search (Korean word)|/search?q=$SEARCH_ENCODED|yes"
  "agreements, page 1|/agreements|yes"
  "agreements, page 50|/agreements?page=50|yes"
  "static file (ceiling)|/css/app.css|no"
)
i=0
for entry in "${URLS[@]}"; do
  i=$((i + 1))
  IFS='|' read -r name path editing <<<"$entry"
  echo "$path" >"$LISTS/hit-$i.txt"
  # The statements one request sends, past the page cache: what the page costs when it is rendered.
  one_request "$(uncached "$APP_BASE$path")"
  log "$name: HTTP $ONE_STATUS, $ONE_BYTES bytes, $ONE_SQL statements; warming up ${WARMUP}s"
  run_wrk "$WARMUP" "$APP_BASE" "$WORK/wrk-warmup.txt" "$LISTS/hit-$i.txt" "" repeat
  quiesce
  if [ "$editing" = yes ]; then
    editor_on "hit-$i"
    kind=hit
  else
    kind=static
  fi
  measure "hit-$i" "$name" "$kind" "$path" "$APP_PID" "$APP_BASE" "$DURATION" "$LISTS/hit-$i.txt" "" repeat
  editor_off
  quiesce
done

# --- the heavy URLs ------------------------------------------------------------------------------
# Each asked for with a mark of its own (bench=...), so that none is a page-cache hit.
heavy_get() { # path, timeout, output file: prints "<status> <first byte ms> <total ms> <bytes>"
  local result rc=0           # status "timeout" or "curl-<exit code>" when the body did not arrive whole
  result=$(curl -s -m "$2" -o "$3" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' "$APP_BASE$1") || rc=$?
  case "$rc" in 0) ;; 28) result="timeout ${result#* }" ;; *) result="curl-$rc ${result#* }" ;; esac
  echo "$result" | awk '{printf "%s %.0f %.0f %d\n", $1, $2 * 1000, $3 * 1000, $4}'
}
HEAVY=()  # name|path|status|first byte ms|total ms|KB|app CPU ms
log "the network page and its data, the Atom feed"
for path in /network /api/v1/network /timeline.atom; do
  for n in $(seq 1 "$NETWORK_REQUESTS"); do
    quiesce
    t0=$(cpu_ticks)
    read -r status first total bytes <<<"$(heavy_get "$(with_param "$path" "bench=heavy$n")" "$NETWORK_TIMEOUT" "$WORK/heavy.body")"
    t1=$(cpu_ticks)
    cpu=$(awk -v t="$((t1 - t0))" -v hz="$CLK_TCK" 'BEGIN {printf "%.0f", t * 1000 / hz}')
    HEAVY+=("$path ($n of $NETWORK_REQUESTS)|$path|$status|$first|$total|$((bytes / 1024))|$cpu")
    log "  $path: HTTP $status, $((bytes / 1024)) KB, first byte $first ms, $total ms, $cpu ms of app CPU"
  done
done

log "$EXPORTS concurrent full exports ($EXPORT_PATHS)"
quiesce
read -ra EXPORT_LIST <<<"$EXPORT_PATHS"
rm -f "$WORK"/export-*
sample_rss "$APP_PID" "$WORK/rss-exports.txt"
t0=$(cpu_ticks); exports_t0=$(date +%s.%N)
EXPORT_PIDS=()
for n in $(seq 1 "$EXPORTS"); do
  path=${EXPORT_LIST[$(((n - 1) % ${#EXPORT_LIST[@]}))]}
  (heavy_get "$(with_param "$path" "bench=export$n")" "$EXPORT_TIMEOUT" "$WORK/export-$n.body" >"$WORK/export-$n.result"; echo "$path" >"$WORK/export-$n.path") &
  EXPORT_PIDS+=("$!")
done
for pid in "${EXPORT_PIDS[@]}"; do wait "$pid" || true; done
EXPORT_PIDS=()
t1=$(cpu_ticks); EXPORTS_WALL=$(awk -v a="$exports_t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
stop_pid "$SAMPLER_PID"; SAMPLER_PID=
EXPORTS_CPU=$(awk -v t="$((t1 - t0))" -v hz="$CLK_TCK" 'BEGIN {printf "%.1f", t / hz}')
EXPORTS_RSS=$(sort -n "$WORK/rss-exports.txt" | tail -n 1 | awk '{printf "%d", $1 / 1024}')
# Records in a CSV file: lines, less the newlines inside quoted fields, less the header.
# Records of a CSV file: its lines outside quoted values, less the header and the '# complete: N rows' last line.
csv_records() { awk '{ q += gsub(/"/, "\""); if (q % 2 == 0 && !/^# /) n++ } END {print n - 1}' "$1"; }
range() { tr ' ' '\n' | grep . | sort -n | awk 'NR == 1 {a = $1} {b = $1} END {print (a == b ? a : a "–" b)}'; }
EXPORT_ROWS=()  # path|exports|complete (200, whole body)|5xx|other|records (min–max)|first byte ms (max)|total ms (max)|MB each
for path in "${EXPORT_LIST[@]}"; do
  count=0 complete=0 server=0 other=0 records="" firsts="" totals="" sizes=""
  for n in $(seq 1 "$EXPORTS"); do
    [ "$(cat "$WORK/export-$n.path" 2>/dev/null)" = "$path" ] || continue
    count=$((count + 1))
    read -r status first total bytes <"$WORK/export-$n.result" || status=missing
    case "$status" in 200) complete=$((complete + 1)) ;; 5*) server=$((server + 1)) ;; *) other=$((other + 1)) ;; esac
    records="$records $(csv_records "$WORK/export-$n.body" 2>/dev/null || echo 0)"
    firsts="$firsts $first"; totals="$totals $total"; sizes="$sizes $bytes"
  done
  [ "$count" -gt 0 ] || continue
  EXPORT_ROWS+=("$path|$count|$complete|$server|$other|$(echo "$records" | range)|$(echo "$firsts" | tr ' ' '\n' | grep . | sort -n | tail -n 1)|$(echo "$totals" | tr ' ' '\n' | grep . | sort -n | tail -n 1)|$(echo "$sizes" | tr ' ' '\n' | grep . | awk '{printf "%.1f\n", $1 / 1048576}' | range)")
  log "  $path: $complete of $count complete, $server 5xx, records $(echo "$records" | range)"
done
log "  exports took $EXPORTS_WALL s, $EXPORTS_CPU s of app CPU, RSS up to $EXPORTS_RSS MB"

log "the data dump (/api/v1/dump), alone"
quiesce
sample_rss "$APP_PID" "$WORK/rss-dump.txt"
t0=$(cpu_ticks)
read -r DUMP_STATUS DUMP_FIRST DUMP_TOTAL DUMP_BYTES <<<"$(heavy_get /api/v1/dump "$EXPORT_TIMEOUT" "$WORK/dump.zip")"
t1=$(cpu_ticks)
stop_pid "$SAMPLER_PID"; SAMPLER_PID=
DUMP_CPU=$(awk -v t="$((t1 - t0))" -v hz="$CLK_TCK" 'BEGIN {printf "%.1f", t / hz}')
DUMP_RSS=$(sort -n "$WORK/rss-dump.txt" | tail -n 1 | awk '{printf "%d", $1 / 1024}')
DUMP_MB=$(awk -v b="$DUMP_BYTES" 'BEGIN {printf "%.1f", b / 1048576}')
# "23 files, 126599613 bytes uncompressed, …": only an archive written to the end (with its central directory) unpacks.
DUMP_UNPACKED=$(unzip -Zt "$WORK/dump.zip" 2>/dev/null | awk '{printf "%d files, %.1f MB of CSV and JSON unpacked", $1, $3 / 1048576}' || true)
DUMP_UNPACKED=${DUMP_UNPACKED:-**does not unpack**}
log "  dump: HTTP $DUMP_STATUS, $DUMP_MB MB ($DUMP_UNPACKED), first byte $DUMP_FIRST ms, $DUMP_TOTAL ms, $DUMP_CPU s of app CPU, RSS up to $DUMP_RSS MB"

log "the admin forms (signed in, each opened $FORM_OPENS times)"
quiesce
FORM_ID_AGREEMENT=$(q "select agreement_id from agreement_parties group by agreement_id order by count(*) desc, agreement_id limit 1")
first_id() { q "select min($2) from $1"; }
{
  echo "/admin/agreements/new"
  echo "/admin/agreements/$FORM_ID_AGREEMENT/edit"
  echo "/admin/organizations/new"
  echo "/admin/organizations/$PARTNER1/edit"
  slug=$(q "select slug from people order by id limit 1"); [ -z "$slug" ] || { echo "/admin/people/new"; echo "/admin/people/$slug/edit"; echo "/admin/people/$slug/positions/new"; }
  id=$(first_id positions id); [ -z "$id" ] || echo "/admin/positions/$id/edit"
  echo "/admin/sources/new"
  id=$(first_id sources id); [ -z "$id" ] || echo "/admin/sources/$id/edit"
  echo "/admin/initiatives/new"
  id=$(first_id initiatives id); [ -z "$id" ] || echo "/admin/initiatives/$id/edit"
  echo "/admin/metrics/new"
  id=$(first_id metrics id); [ -z "$id" ] || echo "/admin/metrics/$id/edit"
  echo "/admin/statements/new"
  id=$(first_id statements id); [ -z "$id" ] || echo "/admin/statements/$id/edit"
  echo "/admin/relations/new"
  id=$(first_id organization_relations id); [ -z "$id" ] || echo "/admin/relations/$id/edit"
  echo "/admin/citations/AGREEMENT/$FORM_ID_AGREEMENT/new"
} >"$WORK/forms.txt"
EDITOR_USERNAME=$APP_ADMIN_USERNAME EDITOR_PASSWORD=$APP_ADMIN_PASSWORD \
  bash "$ROOT/bench/editor.sh" --open "$APP_BASE" "$WORK/forms.txt" "$FORM_OPENS" >"$WORK/forms.result" 2>>"$WORK/editor.err" \
  || log "warning: could not open the admin forms; see $WORK/editor.err"
FORM_ROWS=()  # path|status|KB|first open ms|later opens ms (median)
while read -r -u 3 path; do
  opens=$(awk -v p="$path" '$1 == p' "$WORK/forms.result")
  [ -n "$opens" ] || { FORM_ROWS+=("$path|not opened|—|—|—"); continue; }
  FORM_ROWS+=("$path|$(echo "$opens" | awk 'NR == 1 {printf "%s|%d|%s", $2, $4 / 1024, $3}')|$(echo "$opens" | awk 'NR > 1 {print $3}' | percentile 50)")
done 3<"$WORK/forms.txt"

RSS_PEAK=$(awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$APP_PID/status")
# Where the memory is, by the JVM's own account (committed KB per area), at the end of the load.
jcmd "$APP_PID" VM.native_memory summary >"$WORK/native-memory.txt" 2>&1 || true
grep -E '^(Total|-) ' "$WORK/native-memory.txt" | sed -E 's/^-? *//' >"$WORK/native-memory-areas.txt" || true

# --- EXPLAIN (ANALYZE, BUFFERS) of what the app sends, through auto_explain ----------------------
# auto_explain logs the plan of every statement as it really ran: the app's own SQL, with its real
# parameter values, on connections warmed as above.
quiesce
log "recording query plans"
mkdir -p "$PLANS_DIR"
rm -f "$PLANS_DIR"/*.txt  # this run replaces the plans of its scale
psql_admin -d postgres \
  -c "alter system set auto_explain.log_min_duration = 0" -c "alter system set auto_explain.log_analyze = on" \
  -c "alter system set auto_explain.log_buffers = on" -c "alter system set auto_explain.log_timing = on" \
  -c "alter system set auto_explain.log_verbose = on" \
  -c "alter system set auto_explain.log_format = text" -c "select pg_reload_conf()" >/dev/null
sleep 1
log_offset() { as_root stat -c %s "$PG_LOG"; }
log_since() { as_root tail -c +"$(($1 + 1))" "$PG_LOG" | sed -e 's/^[0-9-]* [0-9:.]* [A-Z]* \[[0-9]*\] [a-z]*@[a-z]* //'; }
PLAN_URLS=(
  "timeline-partner-page1|/timeline?partner=$PARTNER1"
  "timeline-partner-page50|/timeline?partner=$PARTNER1&page=50"
  "agreements-page1|/agreements"
  "agreements-page50|/agreements?page=50"
  "agreements-two-partners-page1|/agreements?partner=$PARTNER1&partner=$PARTNER2"
  "agreements-two-partners-page50|/agreements?partner=$PARTNER1&partner=$PARTNER2&page=50"
  "partner-page|/organizations/$PARTNER1"
  "search|/search?q=$SEARCH_ENCODED"
)
for entry in "${PLAN_URLS[@]}"; do
  IFS='|' read -r name path <<<"$entry"
  offset=$(log_offset)
  curl -s -o /dev/null -m 120 "$(uncached "$APP_BASE$path")" || true
  sleep 0.5
  {
    echo "# GET $path"
    echo "# scale $SCALE: $N_AGREEMENTS agreements, $N_TIMELINE timeline entries, $N_ORGS organizations; $PARTNER1 is a party to $PARTNER1_AGREEMENTS agreements"
    echo "# Every statement the request sent, as PostgreSQL ran it (auto_explain, ANALYZE, BUFFERS, VERBOSE), recorded by bench/run.sh on $(date -u +%Y-%m-%d)."
    echo "# \$n placeholders in a plan are the app's bind parameters: after five executions the server may run a generic plan."
    echo
    log_since "$offset"
  } >"$PLANS_DIR/$name.txt"
done

# Reads auto_explain's log and prints the entry, of those whose query is the statement in the file given
# (as pg_stat_statements keeps it), that took longest. PostgreSQL 15's auto_explain does not log the
# query identifier, so the texts are compared with constants and parameters made alike ("?"), lists of
# them made one (an IN list of any length) and white space collapsed: pg_stat_statements writes
# constants as $n, the app sends some as literals.
plan_of_statement() { # file with the statement; the log on standard input
  awk '
    function alike(s) {
      gsub(/\047[^\047]*\047/, "?", s); gsub(/\$[0-9]+/, "?", s); gsub(/[0-9]+(\.[0-9]+)?/, "?", s)
      gsub(/-[ \t\n]*\?/, "?", s); gsub(/[ \t\n]+/, " ", s); gsub(/\?( ?, ?\?)+/, "?", s)
      sub(/^ /, "", s); sub(/ $/, "", s); return s
    }
    function finish() {
      if (entry != "" && text != "") {
        t = alike(text)
        if ((t == want || substr(t, 1, 300) == substr(want, 1, 300)) && d >= best) { best = d; plan = entry; found = 1 }
      }
      entry = ""; text = ""; reading = 0; d = 0
    }
    FNR == NR { want = want $0 "\n"; next }
    FNR == 1 { want = alike(want) }
    /^(LOG|ERROR|WARNING|FATAL|STATEMENT|DETAIL|HINT|CONTEXT): / { finish(); if ($2 == "duration:") d = $3 + 0 }
    /^\tQuery Text: / { reading = 1; text = substr($0, length("\tQuery Text: ") + 1); entry = entry $0 "\n"; next }
    reading && /\(cost=[0-9.]+\.\.[0-9.]+ rows=/ { reading = 0 }
    reading { line = $0; sub(/^\t/, "", line); text = text "\n" line }
    { entry = entry $0 "\n" }
    END {
      finish()
      if (!found) print "(not caught: no request of that run sent it while the plans were recorded)"; else printf "%s", plan
    }' "$1" -
}

# The two statements that took the most PostgreSQL time over all the measured runs (pg_stat_statements),
# each with the run that sent most of it. Their plans are caught the same way: a few more requests of
# that run's kind (with the editor saving, when the editor was part of it), and the slowest execution
# that auto_explain logged with the statement's query identifier.
psql_stats -F '|' -c "
  with per_run as (select queryid, run, sum(total_ms) as ms, sum(calls) as calls from bench_statements group by queryid, run),
       per_statement as (select queryid, sum(ms) as ms, sum(calls) as calls from per_run group by queryid)
  select s.queryid, round(s.ms::numeric, 0), s.calls, round((s.ms / greatest(s.calls, 1))::numeric, 3),
         round((100 * s.ms / (select sum(total_ms) from bench_statements))::numeric, 1),
         (select r.run from per_run r where r.queryid = s.queryid order by r.ms desc limit 1),
         (select string_agg(r.run || ' ' || round(r.ms::numeric), ', ' order by r.ms desc) from per_run r where r.queryid = s.queryid)
  from per_statement s order by s.ms desc limit 2" >"$WORK/slowest.txt"
SLOWEST=()  # rank|queryid|total ms|calls|mean ms|share %|run|runs
rank=0
while IFS='|' read -r -u 3 queryid total calls mean share run runs; do
  rank=$((rank + 1))
  SLOWEST+=("$rank|$queryid|$total|$calls|$mean|$share|$run|$runs")
  offset=$(log_offset)
  case "$run" in
    miss-mix | edit-mix) list=$LISTS/mix.txt ;;
    miss-*) list=$LISTS/${run#miss-}.txt ;;
    hit-*) list=$LISTS/$run.txt ;;
    *) list= ;;
  esac
  if [ -n "$list" ] && [ -f "$list" ]; then
    for n in 1 2 3; do
      path=$(sed -n "${n}p" "$list"); [ -n "$path" ] || path=$(head -n 1 "$list")
      curl -s -o /dev/null -m 120 "$(with_param "$APP_BASE$path" "bench=plan$rank$n")" || true
    done
  fi
  case "$run" in hit-* | edit-*) editor_on plan; sleep "$((EDIT_INTERVAL * 2 + 1))"; editor_off; quiesce ;; esac
  sleep 0.5
  {
    echo "# The statement with the most PostgreSQL time of the whole run, number $rank: $total ms in $calls calls ($mean ms each,"
    echo "# $share % of all the app's statement time in the measured runs), most of it in run \"$run\" (by run, ms: $runs)."
    echo "# Scale $SCALE, recorded by bench/run.sh on $(date -u +%Y-%m-%d). The statement as pg_stat_statements keeps it:"
    echo "#"
    psql_stats -c "select query from bench_statements where queryid = $queryid limit 1" | sed 's/^/#   /'
    echo
    echo "# Its slowest execution while the plans were recorded, EXPLAIN (ANALYZE, BUFFERS, VERBOSE) by auto_explain:"
    echo
    psql_stats -c "select query from bench_statements where queryid = $queryid limit 1" >"$WORK/statement.txt"
    log_since "$offset" | plan_of_statement "$WORK/statement.txt"
  } >"$PLANS_DIR/slowest-$rank.txt"
  log "slowest statement $rank: $total ms in $calls calls ($share %), mostly in $run"
done 3<"$WORK/slowest.txt"
psql_admin -d postgres -c "alter system reset all" -c "select pg_reload_conf()" >/dev/null
cp "$WORK/statements-by-url.txt" "$PLANS_DIR/statements-by-url.txt"
cp "$WORK/wrk-all.txt" "$PLANS_DIR/wrk-output.txt"

stop_pid "$EDITOR_PID"; EDITOR_PID=
stop_pid "$APP_PID"; APP_PID=

# --- the plain baseline on comparable pages --------------------------------------------------------
log "the plain Spring Boot + JPA baseline: a list page and a one-record page, every request a distinct URL"
q "select '/organizations?page=' || g from generate_series(1, ceil((select count(*) from organizations) / 20.0)::int) g order by md5(g::text)" >"$LISTS/baseline-list.txt"
q "select '/organizations/' || id from organizations order by md5(id::text) limit $LIST_MAX" >"$LISTS/baseline-record.txt"
EXTRA_JAVA_OPTS="-XX:SharedArchiveFile=$WORK/baseline-cds/app.jsa" start_app "$BASELINE_CDS_JAR" "$BASELINE_PORT" "$WORK/baseline-load.log"
BASELINE_BASE=http://$HOST:$BASELINE_PORT
for entry in "list|/organizations?page=<1–$(grep -c . "$LISTS/baseline-list.txt")>, 20 organizations and their count|a list page" \
             "record|/organizations/<any id>, one organization's slug|one record"; do
  IFS='|' read -r key pattern name <<<"$entry"
  one_request "$BASELINE_BASE$(head -n 1 "$LISTS/baseline-$key.txt")"
  run_wrk "$MISS_WARMUP" "$BASELINE_BASE" "$WORK/wrk-warmup.txt" "$LISTS/baseline-$key.txt" warm ""
  quiesce
  measure "baseline-$key" "baseline: $name" baseline "$pattern" "$APP_PID" "$BASELINE_BASE" "$MISS_DURATION" "$LISTS/baseline-$key.txt" ""
done
stop_pid "$APP_PID"; APP_PID=

# --- RESULTS.md ----------------------------------------------------------------------------------
mkdir -p "$RESULTS_DIR"
SECTION=$RESULTS_DIR/scale-$SCALE.md
TSV=$RESULTS_DIR/scale-$SCALE.tsv
printf '%s\n' "${ROWS[@]}" >"$TSV"
mark() { awk -v v="$1" -v max="$2" 'BEGIN { if (v == "n/a" || v == "" || v == "—") print "—"; else if (v + 0 <= max + 0) print "met"; else print "**not met**" }'; }
mark_at_least() { awk -v v="$1" -v min="$2" 'BEGIN { if (v == "n/a" || v == "" || v == "—") print "—"; else if (v + 0 >= min + 0) print "met"; else print "**not met**" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a" || b + 0 <= 0) print "n/a"; else printf "%.1f", a / b }'; }
sum() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a") print "n/a"; else printf "%.2f", a + b }'; }
# Statements, total and slowest PostgreSQL time of one request, from its auto_explain plan file.
plan_cost() { awk '/duration: [0-9.]+ ms/ { for (i = 1; i <= NF; i++) if ($i == "duration:") { d = $(i + 1); n++; t += d; if (d + 0 > m + 0) m = d } }
                   END { printf "%d|%.2f|%.2f", n, t, m }' "$PLANS_DIR/$1.txt"; }
row_of() { printf '%s\n' "${ROWS[@]}" | awk -F'|' -v p="$1" '$2 == p'; }
row_by_key() { printf '%s\n' "${ROWS[@]}" | awk -F'|' -v k="$1" '$22 == k'; }
# shellcheck disable=SC2016 # the backquotes are Markdown's
code() { case "$1" in /*) printf '`%s`' "${1//|/\\|}" ;; *) printf '%s' "${1//|/\\|}" ;; esac; }
STARTUP_RATIO=$(awk -v a="$APP_START_WALL" -v b="$BASELINE_WALL" 'BEGIN { printf "%.2f", a / b }')
STARTUP_RATIO_CDS=$(awk -v a="$APP_START_WALL" -v b="$BASELINE_CDS_WALL" 'BEGIN { printf "%.2f", a / b }')
STARTUP_RATIO_PLAIN=$(awk -v a="$APP_PLAIN_WALL" -v b="$BASELINE_WALL" 'BEGIN { printf "%.2f", a / b }')
PLANS_LINK=${PLANS_DIR#"$ROOT"/bench/}
{
  echo "## Scale $SCALE"
  echo
  echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)')."
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) memory;"
  echo "load average $LOAD_BEFORE before the run, $(cut -d' ' -f1-3 /proc/loadavg) at the end (the cores are shared with other work, so figures vary from run to run)."
  echo "Java: $(java -version 2>&1 | head -n 1), \`-Xmx$HEAP\`. PostgreSQL $PG_VERSION, a cluster of its own (fsync off, shared_buffers 256MB)."
  echo
  echo "Data: $N_AGREEMENTS agreements, $N_TIMELINE timeline entries, $N_ORGS organizations, $N_PARTIES agreement parties,"
  echo "$N_INITIATIVES initiatives, $N_PEOPLE people, $N_SOURCES sources, $N_CITATIONS citations; database $DB_SIZE; generated in **$LOAD_SECONDS s**"
  echo "(bench/generate.sql, including VACUUM ANALYZE). Active partners: \`$PARTNER1\` (party to $PARTNER1_AGREEMENTS agreements,"
  echo "$PARTNER1_TIMELINE timeline entries) and \`$PARTNER2\` ($PARTNER2_AGREEMENTS agreements). Search word: $SEARCH_WORD."
  echo
  echo "wrk: $THREADS threads, $CONNECTIONS connections, loopback only, through \`bench/distinct.lua\`, which counts every response's"
  echo "\`X-Page-Cache\` header (hit %: responses that said \`hit\`, of all). ok = 2xx/3xx responses of all completed; req/s, latencies,"
  echo "CPU and SQL are over all completed responses, errors included, so a row with errors is not a fast page. App CPU = the JVM's"
  echo "utime + stime over the measured run / responses. PG ms = PostgreSQL execution time (pg_stat_statements) over the run / responses;"
  echo "PG CPU = utime + stime of all the cluster's processes (backends, parallel workers, background) over the run / responses."
  echo "SQL/req = the app's statements over the run / responses; \"1 req\" = the statements of one request on its own, past the page cache."
  echo "RSS = the highest VmRSS sampled during the run. Errors = non-2xx/3xx responses + socket errors (wrk gives up on a response after"
  echo "10 s). \"1 req ms\" = one request with no other load, as curl saw it. KB = that request's response."
  echo
  echo "### Every request a distinct URL: cache misses"
  echo
  echo "**These rows are cache misses**: what a reader who asks for their own partner, page, word or record waits for. Each page type"
  echo "reads its own list of URLs built from the data, each thread of wrk its own slice of it, so no URL is asked for twice; a thread that"
  echo "reaches the end of its slice reads it again with \`bench=p<n>\` added (the same pages as new URLs: \"×n\" in the URLs column)."
  echo "${MISS_WARMUP} s of warm-up (on the end of the list, marked \`bench=warm\`), then ${MISS_DURATION} s measured per type (${EDIT_DURATION} s for the run"
  echo "with the editor). The mixes read the eight lists in turn, marked \`bench=mix\` and \`bench=edit\`, so they are new URLs too."
  echo "The first row is the mix read for ${JIT_WARMUP} s straight after start-up (marked \`bench=jit\`), while the JIT compiles the hot code on the"
  echo "same cores, with the editor saving once a second so that the save's code is compiled too: what the first readers after a start"
  echo "pay. The rows after it are the app as it runs from then on."
  echo
  echo "| page type | URLs | distinct URLs | ok | req/s | p50 ms | p99 ms | app CPU ms/req | PG ms/req | PG CPU ms/req | SQL/req | SQL (1 req) | hit % | RSS MB | KB | 1 req ms | targets |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r name what kind rps p50 p99 cpu sql single db rss errors requests bytes non2xx single_ms pg_cpu hit_pct listed passes _ key <<<"$row"
    case "$kind" in jit | miss | mix | edit) ;; *) continue ;; esac
    case "$kind" in
      jit) verdict="warm-up, not held to the targets" ;;
      miss) verdict="CPU ≤ 5 $(mark "$cpu" 5) · PG ≤ 10 $(mark "$db" 10) · PG CPU ≤ 5 $(mark "$pg_cpu" 5)" ;;
      mix) verdict="CPU ≤ 3 $(mark "$cpu" 3) · PG ≤ 10 $(mark "$db" 10) · PG CPU ≤ 5 $(mark "$pg_cpu" 5) · p99 ≤ 150 $(mark "$p99" 150)" ;;
      edit) verdict="reader p99 ≤ 250 $(mark "$p99" 250) · save p99 ≤ 200 $(mark "$EDIT_SAVE_P99" 200) (below)" ;;
    esac
    [ "$hit_pct" = 0.0 ] || [ "$hit_pct" = n/a ] || verdict="**not all misses** · $verdict"
    [ "$errors" = 0 ] || verdict="**errors: $errors** · $verdict"
    reads=$listed; [ "${passes:-1}" -le 1 ] || reads="$listed (×$passes)"
    echo "| $name | $(code "$what") | $reads | $((requests - non2xx)) of $requests | $rps | $p50 | $p99 | $cpu | $db | $pg_cpu | $sql | $single | $hit_pct | $rss | $((bytes / 1024)) | $single_ms | $verdict |"
  done
  echo
  echo "**The editor during the mix** (\`bench/editor.sh\`: signed in through \`/login\`, it opens \`/admin/agreements/<id>/edit\`, keeps"
  echo "every field the form sends, the CSRF token and the version included, changes the English summary and posts the form; a save"
  echo "succeeded when the app redirected to the agreement; one save started every ${EDIT_INTERVAL} s, or as soon as the last one ended):"
  echo "$EDIT_OK of $EDIT_ALL saves succeeded${EDIT_FAILURES:+ (failed: $EDIT_FAILURES)}. Opening the form: p50 $EDIT_FORM_P50 ms, p99 $EDIT_FORM_P99 ms."
  echo "Saving (the POST): p50 $EDIT_SAVE_P50 ms, p99 $EDIT_SAVE_P99 ms: target (p99 ≤ 200 ms) $(mark "$EDIT_SAVE_P99" 200)."
  echo "The row's CPU, PG and SQL figures include the editor's requests and the pages its saves made the cache render again."
  echo
  echo "### The headline URLs repeated: cache hits, one save a second"
  echo
  echo "**These rows are cache hits** (except the static file, which the page cache does not keep): wrk repeats one URL, and the"
  echo "editor saves an agreement once a second meanwhile, which empties the page cache, so the first request after each save is a"
  echo "miss. ${WARMUP} s of warm-up, then ${DURATION} s measured per URL. CPU, PG and SQL per request include the saves and the pages they"
  echo "made the app render again; \"1 req\" is the page rendered on its own (past the cache). The static file runs without the editor."
  echo
  echo "| URL | ok | req/s | p50 ms | p99 ms | app CPU ms/req | PG ms/req | PG CPU ms/req | SQL/req | SQL (1 req) | hit % | saves ok | RSS MB | KB | 1 req ms | targets: hit ≥ 90 % · SQL (1 req) ≤ 5 · RSS ≤ 400 |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r name what kind rps p50 p99 cpu sql single db rss errors requests bytes non2xx single_ms pg_cpu hit_pct listed passes _ key <<<"$row"
    case "$kind" in hit | static) ;; *) continue ;; esac
    if [ "$kind" = static ]; then
      saves="—"; verdict="ceiling (RSS $(mark "$rss" 400))"
    else
      read -r ok all _ <<<"$(edit_figures "$key")"
      saves="$ok of $all"
      verdict="hit $(mark_at_least "$hit_pct" 90) · SQL $(mark "$single" 5) · RSS $(mark "$rss" 400)"
    fi
    [ "$errors" = 0 ] || verdict="**errors: $errors** · $verdict"
    echo "| $(code "$what") | $((requests - non2xx)) of $requests | $rps | $p50 | $p99 | $cpu | $db | $pg_cpu | $sql | $single | $hit_pct | $saves | $rss | $((bytes / 1024)) | $single_ms | $verdict |"
  done
  echo
  echo "### The ceiling and the plain baseline, for the ratios"
  echo
  echo "The same database, the same flags, the same load, after the app was stopped: \`bench/baseline\` is a plain Spring Boot + JPA app"
  echo "(one entity, HTML written by hand, no page cache); every request a distinct URL."
  echo
  echo "| page | URLs | req/s | p50 ms | p99 ms | app CPU ms/req | PG ms/req | PG CPU ms/req | SQL/req | RSS MB | errors |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r name what kind rps p50 p99 cpu sql _ db rss errors _ _ _ _ pg_cpu _ <<<"$row"
    case "$kind" in baseline | static) ;; *) continue ;; esac
    [ "$kind" = static ] && name="this app: static file (ceiling)"
    echo "| $name | $(code "$what") | $rps | $p50 | $p99 | $cpu | $db | $pg_cpu | $sql | $rss | $errors |"
  done
  echo
  IFS='|' read -r _ _ _ _ _ _ mix_cpu _ _ _ _ _ _ _ _ _ mix_pg <<<"$(row_by_key miss-mix)"
  IFS='|' read -r _ _ _ _ _ _ one_cpu _ _ _ _ _ _ _ _ _ one_pg <<<"$(row_by_key miss-agreement)"
  IFS='|' read -r _ _ _ _ _ _ list_cpu _ _ _ _ _ _ _ _ _ list_pg <<<"$(row_by_key baseline-list)"
  IFS='|' read -r _ _ _ _ _ _ rec_cpu _ _ _ _ _ _ _ _ _ rec_pg <<<"$(row_by_key baseline-record)"
  static_cpu=$(printf '%s\n' "${ROWS[@]}" | awk -F'|' '$3 == "static" {print $7}')
  echo "Ratios of CPU per request (app; app + PostgreSQL): the mix of misses against the baseline's list page"
  echo "×$(ratio "$mix_cpu" "$list_cpu"); ×$(ratio "$(sum "$mix_cpu" "$mix_pg")" "$(sum "$list_cpu" "$list_pg")"). An agreement page against the baseline's"
  echo "one record ×$(ratio "$one_cpu" "$rec_cpu"); ×$(ratio "$(sum "$one_cpu" "$one_pg")" "$(sum "$rec_cpu" "$rec_pg")"). The mix against the static file ×$(ratio "$mix_cpu" "$static_cpu")."
  echo
  echo "### The heavy URLs"
  echo
  echo "One request at a time, no other load, each a new URL (\`bench=heavy<n>\`). Targets: the network page ≤ 300 KB for HTML and data"
  echo "together and ≤ 200 ms; the feed's first byte ≤ 200 ms."
  echo
  echo "| request | status | first byte ms | total ms | KB | app CPU ms |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for row in "${HEAVY[@]}"; do
    IFS='|' read -r name path status first total kb cpu <<<"$row"
    echo "| $(code "$name") | $status | $first | $total | $kb | $cpu |"
  done
  echo
  echo "**$EXPORTS exports at once** ($EXPORT_PATHS, in turn), each the whole unfiltered file: all done in $EXPORTS_WALL s, $EXPORTS_CPU s of app CPU,"
  echo "RSS up to $EXPORTS_RSS MB (target ≤ 400: $(mark "$EXPORTS_RSS" 400)). Targets: every export complete, no 5xx, first byte ≤ 200 ms."
  echo
  echo "| export | at once | complete (200) | 5xx | other | records (expected) | first byte ms (slowest) | total ms (slowest) | MB each | targets |"
  echo "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |"
  for row in "${EXPORT_ROWS[@]}"; do
    IFS='|' read -r path count complete server other records first total mb <<<"$row"
    case "$path" in /agreements.csv*) expected=$N_AGREEMENTS ;; /timeline.csv*) expected=$N_TIMELINE ;; *) expected="?" ;; esac
    verdict="complete $( [ "$complete" = "$count" ] && [ "$records" = "$expected" ] && echo met || echo '**not met**') · no 5xx $( [ "$server" = 0 ] && echo met || echo '**not met**') · first byte $(mark "$first" 200)"
    echo "| \`$path\` | $count | $complete | $server | $other | $records ($expected) | $first | $total | $mb | $verdict |"
  done
  echo
  echo "**The data dump** (\`/api/v1/dump\`, the whole public record as a ZIP of CSV files, alone): HTTP $DUMP_STATUS, $DUMP_MB MB"
  echo "($DUMP_UNPACKED), first byte $DUMP_FIRST ms, written in $DUMP_TOTAL ms, $DUMP_CPU s of app CPU, RSS up to $DUMP_RSS MB."
  echo
  echo "**The admin forms**, signed in, no other load, each opened $FORM_OPENS times. Target: ≤ 100 KB and ≤ 100 ms."
  echo "(Under the read load, the agreement form opened in p50 $EDIT_FORM_P50 ms, p99 $EDIT_FORM_P99 ms: the editor's figures above.)"
  echo
  echo "| form | status | KB | first open ms | later opens ms (median) | targets |"
  echo "| --- | ---: | ---: | ---: | ---: | --- |"
  for row in "${FORM_ROWS[@]}"; do
    IFS='|' read -r path status kb first later <<<"$row"
    echo "| \`$path\` | $status | $kb | $first | $later | KB $(mark "$kb" 100) · ms $(mark "$later" 100) |"
  done
  echo
  echo "### The slowest statements"
  echo
  echo "The two statements with the most PostgreSQL time over all the measured runs (pg_stat_statements), with the plan of one"
  echo "execution, EXPLAIN (ANALYZE, BUFFERS) by auto_explain, caught on a few more requests of the run that sent most of it:"
  echo
  echo "| | total ms | calls | mean ms | share of all | mostly in the run | plan |"
  echo "| ---: | ---: | ---: | ---: | ---: | --- | --- |"
  for row in "${SLOWEST[@]}"; do
    IFS='|' read -r rank queryid total calls mean share run runs <<<"$row"
    echo "| $rank | $total | $calls | $mean | $share % | $run | [slowest-$rank.txt]($PLANS_LINK/slowest-$rank.txt) |"
  done
  echo
  echo "**Start-up** against this database, seconds until /actuator/health was UP:"
  echo
  echo "| start | plain Spring Boot + JPA baseline (bench/baseline) | this app |"
  echo "| --- | ---: | ---: |"
  echo "| fat jar, \`java -jar\` | $BASELINE_WALL ($BASELINE_LOG) | $APP_PLAIN_WALL ($APP_PLAIN_LOG) |"
  echo "| extracted jar + CDS archive (the README's production start) | $BASELINE_CDS_WALL ($BASELINE_CDS_LOG) | $APP_START_WALL ($APP_START_LOG) |"
  echo
  echo "The app as production starts it against the plain baseline as Boot starts it: ×$STARTUP_RATIO, target (within ×1.2) $(mark "$STARTUP_RATIO" 1.2)."
  echo "Like for like: ×$STARTUP_RATIO_PLAIN as fat jars, ×$STARTUP_RATIO_CDS both extracted with CDS. The baseline has web, JPA, actuator, PostgreSQL and one entity; same flags and database."
  echo "The first start, which ran the migrations on the empty database, took $FIRST_START_WALL s."
  echo
  echo "**RSS**: $RSS_IDLE MB after start-up, $RSS_PEAK MB at the peak of the whole run, misses, saves and exports included (VmHWM): target (≤ 400 MB) $(mark "$RSS_PEAK" 400)."
  GC_PAUSES=$(grep -c 'Pause' "$WORK/gc.log" 2>/dev/null) || GC_PAUSES=0
  GC_LONGEST=$(grep -o '[0-9.]*ms$' "$WORK/gc.log" 2>/dev/null | tr -d 'ms' | sort -n | tail -n 1 || true)
  GC_FULL=$(grep -c 'Pause Full' "$WORK/gc.log" 2>/dev/null) || GC_FULL=0
  echo "Garbage collection over the whole run: $GC_PAUSES pauses ($GC_FULL full), the longest ${GC_LONGEST:-n/a} ms (\`-Xlog:gc\`)."
  echo
  echo "JVM flags: \`-Xmx$HEAP $JAVA_OPTS\`, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX. The JVM's own account at the end of the load"
  echo "(\`jcmd VM.native_memory summary\`, committed; RSS also counts the mapped CDS archive and what malloc keeps):"
  echo
  echo '```'
  cat "$WORK/native-memory-areas.txt" 2>/dev/null || echo "(not available)"
  echo '```'
  echo
  echo "**One request at a time**, from the plans (PostgreSQL time of every statement of one request, no other load):"
  echo
  echo "| request | statements | PostgreSQL ms | slowest statement ms |"
  echo "| --- | ---: | ---: | ---: |"
  for entry in "${PLAN_URLS[@]}"; do
    IFS='|' read -r name path <<<"$entry"
    IFS='|' read -r n total slowest <<<"$(plan_cost "$name")"
    echo "| [\`${path//|/\\|}\`]($PLANS_LINK/$name.txt) | $n | $total | $slowest |"
  done
  echo
  IFS='|' read -r n1 t1 _ <<<"$(plan_cost agreements-page1)"
  IFS='|' read -r n50 t50 _ <<<"$(plan_cost agreements-page50)"
  IFS='|' read -r _ tt1 _ <<<"$(plan_cost timeline-partner-page1)"
  IFS='|' read -r _ tt50 _ <<<"$(plan_cost timeline-partner-page50)"
  ratio50=$(awk -v a="$t50" -v b="$t1" 'BEGIN { if (b + 0 > 0) printf "%.2f", a / b; else print "n/a" }')
  echo "**Page 50 against page 1**: \`/agreements\` $t50 vs $t1 ms of PostgreSQL time for one request (×$ratio50; target, within"
  if [ "$n50" -lt "$n1" ]; then
    echo "×1.1: not measurable, page 50 is past the last page at this scale and costs only the count)."
  else
    echo "×1.1: $(mark "$ratio50" 1.1))."
  fi
  echo "The partner's timeline: $tt50 vs $tt1 ms for one request. The plans and the statements each run sent"
  echo "(with calls and mean times) are in [$PLANS_LINK/]($PLANS_LINK/)."
  echo
} >"$SECTION"

{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run.sh\` (see the README's Benchmark section); each run replaces the section of its scale."
  echo "Each section has two main tables, and they measure different things: **cache misses** (every request a distinct URL, so the"
  echo "app renders every page: what a reader asking for their own partner, page or word gets) and **cache hits** (one URL repeated,"
  echo "one save a second: what the page cache gives a popular page). Targets of issue 15 at scale 100000, on a miss: ≤ 5 ms of app CPU"
  echo "per page type and ≤ 3 ms for the mix, ≤ 10 ms of PostgreSQL time and ≤ 5 ms of its CPU per request, p99 ≤ 150 ms at 32"
  echo "connections over the mix and ≤ 250 ms while an editor saves once a second, a save ≤ 200 ms (p99); the page cache's hit rate"
  echo "≥ 90 % with one save a second; admin forms ≤ 100 KB and 100 ms; the network page ≤ 300 KB and 200 ms; 12 concurrent full"
  echo "exports complete with no 5xx; RSS ≤ 400 MB throughout."
  echo
  echo "### SQL statements per request (one request on its own), by scale"
  echo
  scales=$(ls "$RESULTS_DIR"/scale-*.tsv 2>/dev/null | sed 's/.*scale-\([0-9]*\)\.tsv/\1/' | sort -n)
  header="| URL |"; rule="| --- |"
  for s in $scales; do header="$header scale $s |"; rule="$rule ---: |"; done
  echo "$header"; echo "$rule"
  for s in $scales; do cut -d'|' -f1 "$RESULTS_DIR/scale-$s.tsv"; done | awk '!seen[$0]++' | while IFS= read -r name; do
    line="| $name |"
    for s in $scales; do line="$line $(awk -F'|' -v n="$name" '$1 == n {print $9; exit}' "$RESULTS_DIR/scale-$s.tsv") |"; done
    echo "$line"
  done
  echo
  for s in $(echo "$scales" | sort -rn); do
    [ -f "$RESULTS_DIR/scale-$s.md" ] && cat "$RESULTS_DIR/scale-$s.md"
  done
} >"$ROOT/bench/RESULTS.md"

log "wrote bench/RESULTS.md and $(ls "$PLANS_DIR" | wc -l) plans in bench/${PLANS_LINK}/"
