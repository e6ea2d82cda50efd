#!/usr/bin/env bash
# The whole benchmark in one run: a throwaway PostgreSQL cluster, the schema from the app's own
# migrations, synthetic data at SCALE (bench/generate.sql), the packaged jar started with a set
# heap, a warm-up and a measured wrk run per URL, EXPLAIN ANALYZE plans of the main queries, and
# the figures in bench/RESULTS.md. The cluster is dropped at the end, also when interrupted.
#
#   bench/run.sh                 # scale 100000 (about 10 minutes on 2 cores)
#   SCALE=1000 bench/run.sh      # a quick run
#
# Settings (environment): SCALE (100000), DURATION (seconds of measured load per URL, 20),
# WARMUP (seconds of warm-up load per URL, 10), CONNECTIONS (32), HEAP (192m), JAVA_OPTS (-XX:+UseSerialGC), MALLOC_ARENA_MAX (2), PG_PORT (5498),
# APP_PORT (18080), BASELINE_PORT (18081), PG_CLUSTER (bench). Only loopback addresses are used.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

SCALE=${SCALE:-100000}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
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

case "$SCALE" in '' | *[!0-9]*) die "SCALE must be a whole number, not '$SCALE'" ;; esac
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
if [ ! -f "$BASELINE_JAR" ]; then
  log "building the plain Spring Boot + JPA baseline (bench/baseline)"
  ./mvnw -q -o -f bench/baseline/pom.xml -DskipTests package || ./mvnw -q -f bench/baseline/pom.xml -DskipTests package
fi

# --- clean-up, whatever happens ------------------------------------------------------------------
CREATED=false
APP_PID=
LOAD_PID=
SAMPLER_PID=
own_cluster_paths
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_pid "$SAMPLER_PID"
  stop_pid "$LOAD_PID"
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

# name|path|whether the issue's CPU and p99 targets apply
URLS=(
  "timeline|/timeline?partner=$PARTNER1|yes"
  "agreements, two partners|/agreements?partner=$PARTNER1&partner=$PARTNER2|yes"
  "partner page|/organizations/$PARTNER1|yes"
  "API timeline|/api/v1/timeline?partner=$PARTNER1|no"
  "search (Korean word)|/search?q=$SEARCH_ENCODED|no"
  "agreements, page 1|/agreements|yes"
  "agreements, page 50|/agreements?page=50|yes"
  "static file (ceiling)|/css/app.css|no"
)

cpu_ticks() { sed 's/^.*) //' "/proc/$APP_PID/stat" | awk '{print $12 + $13}'; }
statement_totals() {
  psql -X -A -t -q -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -F ' ' -c "
    select coalesce(sum(s.calls), 0), round(coalesce(sum(s.total_exec_time), 0)::numeric, 1)
    from pg_stat_statements s join pg_database d on d.oid = s.dbid join pg_roles r on r.oid = s.userid
    where d.datname = '$DB' and r.rolname = '$DB_USER'"
}
reset_statements() { psql -X -A -t -q -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -c "select pg_stat_statements_reset()" >/dev/null; }
to_ms() { # wrk prints 1.23ms, 456.00us, 2.01s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}
run_wrk() { # duration url outfile
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1"s --timeout 10s --latency "$2" >"$3" 2>&1 &
  LOAD_PID=$!
  wait "$LOAD_PID" || true
  LOAD_PID=
}

# Waits until the app has finished what it was doing: requests still in flight when wrk stops go on
# running (and sending SQL) in the app, and would otherwise count towards the next measurement.
quiesce() {
  local prev cur active
  prev=$(cpu_ticks)
  for _ in $(seq 1 120); do
    sleep 0.5
    cur=$(cpu_ticks)
    active=$(psql -X -A -t -q -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -c \
      "select count(*) from pg_stat_activity where usename = '$DB_USER' and state <> 'idle'")
    # under a fifth of a core over the last half second, and no statement running
    if [ $((cur - prev)) -le $((CLK_TCK / 10)) ] && [ "$active" = 0 ]; then return 0; fi
    prev=$cur
  done
  log "warning: the app was still busy after 60 s"
}

ROWS=()
: >"$WORK/wrk-all.txt"
: >"$WORK/statements-by-url.txt"
# The URL with a parameter the app ignores and the page cache has never seen.
uncached() {
  local fresh
  fresh=$(date +%s%N)
  case "$1" in *\?*) echo "$1&uncached=$fresh" ;; *) echo "$1?uncached=$fresh" ;; esac
}

i=0
for entry in "${URLS[@]}"; do
  i=$((i + 1))
  IFS='|' read -r name path targeted <<<"$entry"
  url="http://$HOST:$APP_PORT$path"
  quiesce
  status=$(curl -s -o "$WORK/response-$i.body" -w '%{http_code}' "$url" || echo 000)
  bytes=$(stat -c %s "$WORK/response-$i.body")
  # Statements one request sends, counted on its own, past the page cache (an unknown parameter makes
  # it a URL the cache has not seen), so this is what a page costs when it is rendered.
  reset_statements
  single_ms=$(curl -s -o /dev/null -w '%{time_total}' "$(uncached "$url")" | awk '{printf "%.0f", $1 * 1000}' || echo n/a)
  quiesce
  read -r single_calls _ <<<"$(statement_totals)"
  log "$name: HTTP $status, $bytes bytes, $single_calls statements; warming up ${WARMUP}s"
  run_wrk "$WARMUP" "$url" "$WORK/wrk-warmup-$i.txt"
  quiesce

  reset_statements
  ticks0=$(cpu_ticks)
  (for _ in $(seq 1 $(((DURATION + 15) * 5))); do
     awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || break
     sleep 0.2
   done) >"$WORK/rss-$i.txt" &
  SAMPLER_PID=$!
  run_wrk "$DURATION" "$url" "$WORK/wrk-$i.txt"
  ticks1=$(cpu_ticks)
  read -r calls exec_ms <<<"$(statement_totals)"
  stop_pid "$SAMPLER_PID"; SAMPLER_PID=
  { echo "== $name: $url"; cat "$WORK/wrk-$i.txt"; echo; } >>"$WORK/wrk-all.txt"
  { echo "== $name: GET $path"
    echo "   (the app's statements over the ${DURATION} s run, by total time: calls | mean ms | rows per call | query)"
    psql -X -A -t -q -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -F ' | ' -c "
      select s.calls, round(s.mean_exec_time::numeric, 2), round(s.rows::numeric / greatest(s.calls, 1), 1),
             regexp_replace(left(s.query, 400), '\\s+', ' ', 'g')
      from pg_stat_statements s join pg_database d on d.oid = s.dbid join pg_roles r on r.oid = s.userid
      where d.datname = '$DB' and r.rolname = '$DB_USER' order by s.total_exec_time desc limit 25"
    echo; } >>"$WORK/statements-by-url.txt"

  w=$WORK/wrk-$i.txt
  requests=$(awk '/requests in/ {print $1}' "$w")
  requests=${requests:-0}
  rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$w")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$w")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$w")")
  non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ {print $2}' "$w")
  non2xx=${non2xx:-0}
  sockerr=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$w")
  sockerr=${sockerr:-0}
  rss_max=$(sort -n "$WORK/rss-$i.txt" | tail -n 1 | awk '{printf "%d", $1 / 1024}')
  if [ "$requests" -gt 0 ]; then
    cpu_ms=$(awk -v t="$((ticks1 - ticks0))" -v hz="$CLK_TCK" -v n="$requests" 'BEGIN {printf "%.2f", t * 1000 / hz / n}')
    sql=$(awk -v c="$calls" -v n="$requests" 'BEGIN {printf "%.1f", c / n}')
    db_ms=$(awk -v c="$exec_ms" -v n="$requests" 'BEGIN {printf "%.2f", c / n}')
  else
    rps=0; p50=n/a; p99=n/a; cpu_ms=n/a; sql=n/a; db_ms=n/a
  fi
  errors=$((non2xx + sockerr))
  [ "$requests" -gt 0 ] || errors="$errors, no request completed"
  [ "$status" = 200 ] || errors="$errors, HTTP $status"
  log "$name: $rps req/s, p50 $p50 ms, p99 $p99 ms, $cpu_ms ms CPU/req, $sql SQL/req, RSS $rss_max MB, errors $errors"
  ROWS+=("$name|$path|$targeted|$rps|$p50|$p99|$cpu_ms|$sql|$single_calls|$db_ms|$rss_max|$errors|$requests|$bytes|$non2xx|$single_ms")
done
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
  -c "alter system set auto_explain.log_format = text" -c "select pg_reload_conf()" >/dev/null
sleep 1
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
  offset=$(as_root stat -c %s "$PG_LOG")
  curl -s -o /dev/null -w '' "$(uncached "http://$HOST:$APP_PORT$path")" || true
  sleep 0.5
  {
    echo "# GET $path"
    echo "# scale $SCALE: $N_AGREEMENTS agreements, $N_TIMELINE timeline entries, $N_ORGS organizations; $PARTNER1 is a party to $PARTNER1_AGREEMENTS agreements"
    echo "# Every statement the request sent, as PostgreSQL ran it (auto_explain, ANALYZE, BUFFERS), recorded by bench/run.sh on $(date -u +%Y-%m-%d)."
    echo "# \$n placeholders in a plan are the app's bind parameters: after five executions the server may run a generic plan."
    echo
    as_root tail -c +"$((offset + 1))" "$PG_LOG" | sed -e 's/^[0-9-]* [0-9:.]* [A-Z]* \[[0-9]*\] [a-z]*@[a-z]* //'
  } >"$PLANS_DIR/$name.txt"
done
psql_admin -d postgres -c "alter system reset all" -c "select pg_reload_conf()" >/dev/null
cp "$WORK/statements-by-url.txt" "$PLANS_DIR/statements-by-url.txt"
cp "$WORK/wrk-all.txt" "$PLANS_DIR/wrk-output.txt"

stop_pid "$APP_PID"; APP_PID=

# --- RESULTS.md ----------------------------------------------------------------------------------
mkdir -p "$RESULTS_DIR"
SECTION=$RESULTS_DIR/scale-$SCALE.md
TSV=$RESULTS_DIR/scale-$SCALE.tsv
printf '%s\n' "${ROWS[@]}" >"$TSV"
mark() { awk -v v="$1" -v max="$2" 'BEGIN { if (v == "n/a" || v == "") print "—"; else if (v + 0 <= max + 0) print "met"; else print "**not met**" }'; }
# Statements, total and slowest PostgreSQL time of one request, from its auto_explain plan file.
plan_cost() { awk '/duration: [0-9.]+ ms/ { for (i = 1; i <= NF; i++) if ($i == "duration:") { d = $(i + 1); n++; t += d; if (d + 0 > m + 0) m = d } }
                   END { printf "%d|%.2f|%.2f", n, t, m }' "$PLANS_DIR/$1.txt"; }
row_of() { printf '%s\n' "${ROWS[@]}" | awk -F'|' -v p="$1" '$2 == p'; }
STARTUP_RATIO=$(awk -v a="$APP_START_WALL" -v b="$BASELINE_WALL" 'BEGIN { printf "%.2f", a / b }')
STARTUP_RATIO_CDS=$(awk -v a="$APP_START_WALL" -v b="$BASELINE_CDS_WALL" 'BEGIN { printf "%.2f", a / b }')
STARTUP_RATIO_PLAIN=$(awk -v a="$APP_PLAIN_WALL" -v b="$BASELINE_WALL" 'BEGIN { printf "%.2f", a / b }')
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
  echo "wrk: $THREADS threads, $CONNECTIONS connections, ${WARMUP} s warm-up then ${DURATION} s measured per URL, loopback only."
  echo "ok = 2xx responses of all completed; req/s, latencies, CPU and SQL are over all completed responses, errors included, so a"
  echo "row with errors is not a fast page. App CPU = the JVM's utime + stime over the measured run / responses. SQL/req ="
  echo "pg_stat_statements calls by the app over the run / responses; \"1 req\" = the statements of one request on its own."
  echo "DB ms/req = PostgreSQL execution time over the run / responses. RSS = the highest VmRSS sampled during the run."
  echo "Errors = non-2xx/3xx responses + socket errors (wrk gives up on a response after 10 s). \"1 req ms\" = the time of one"
  echo "request with no other load (after the previous URL's requests had finished), as curl saw it."
  echo
  echo "| URL | ok | req/s | p50 ms | p99 ms | app CPU ms/req | SQL/req | SQL (1 req) | DB ms/req | RSS MB | KB/resp | 1 req ms | targets: CPU ≤ 1.0 · p99 ≤ 100 · SQL ≤ 5 · RSS ≤ 400 |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r name path targeted rps p50 p99 cpu sql single db rss errors requests bytes non2xx single_ms <<<"$row"
    ok="$((requests - non2xx)) of $requests"
    if [ "$path" = /css/app.css ]; then
      verdict="ceiling (RSS $(mark "$rss" 400))"
    else
      if [ "$targeted" = yes ]; then
        verdict="CPU $(mark "$cpu" 1.0) · p99 $(mark "$p99" 100) · SQL $(mark "$single" 5) · RSS $(mark "$rss" 400)"
      else
        verdict="SQL $(mark "$single" 5) · RSS $(mark "$rss" 400)"
      fi
    fi
    [ "$errors" = 0 ] || verdict="**errors: $errors** · $verdict"
    echo "| \`${path//|/\\|}\` | $ok | $rps | $p50 | $p99 | $cpu | $sql | $single | $db | $rss | $((bytes / 1024)) | $single_ms | $verdict |"
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
  echo "**RSS**: $RSS_IDLE MB after start-up, $RSS_PEAK MB at the peak of the whole run (VmHWM): target (≤ 400 MB) $(mark "$RSS_PEAK" 400)."
  GC_PAUSES=$(grep -c 'Pause' "$WORK/gc.log" 2>/dev/null || echo 0)
  GC_LONGEST=$(grep -o '[0-9.]*ms$' "$WORK/gc.log" 2>/dev/null | tr -d 'ms' | sort -n | tail -n 1 || true)
  echo "Garbage collection over the whole run: $GC_PAUSES pauses, the longest ${GC_LONGEST:-n/a} ms (\`-Xlog:gc\`)."
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
    echo "| [\`${path//|/\\|}\`](${PLANS_DIR#"$ROOT"/bench/}/$name.txt) | $n | $total | $slowest |"
  done
  echo
  IFS='|' read -r n1 t1 _ <<<"$(plan_cost agreements-page1)"
  IFS='|' read -r n50 t50 _ <<<"$(plan_cost agreements-page50)"
  IFS='|' read -r _ tt1 _ <<<"$(plan_cost timeline-partner-page1)"
  IFS='|' read -r _ tt50 _ <<<"$(plan_cost timeline-partner-page50)"
  IFS='|' read -r _ _ _ _ p50_1 _ cpu_1 _ _ db_1 _ <<<"$(row_of /agreements)"
  IFS='|' read -r _ _ _ _ p50_50 _ cpu_50 _ _ db_50 _ <<<"$(row_of '/agreements?page=50')"
  ratio=$(awk -v a="$t50" -v b="$t1" 'BEGIN { if (b + 0 > 0) printf "%.2f", a / b; else print "n/a" }')
  echo "**Page 50 against page 1**: \`/agreements\` $t50 vs $t1 ms of PostgreSQL time for one request (×$ratio; target, within"
  if [ "$n50" -lt "$n1" ]; then
    echo "×1.1: not measurable, page 50 is past the last page at this scale and costs only the count); under load $db_50 vs $db_1"
    echo "DB ms/req, $cpu_50 vs $cpu_1 ms app CPU, p50 $p50_50 vs $p50_1 ms."
  else
    echo "×1.1: $(mark "$ratio" 1.1)); under load $db_50 vs $db_1 DB ms/req, $cpu_50 vs $cpu_1 ms app CPU, p50 $p50_50 vs $p50_1 ms."
  fi
  echo "The partner's timeline: $tt50 vs $tt1 ms for one request. The plans and the statements each URL sent during its run"
  echo "(with calls and mean times) are in [${PLANS_DIR#"$ROOT"/bench/}/](${PLANS_DIR#"$ROOT"/bench/}/)."
  echo
} >"$SECTION"

{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run.sh\` (see the README's Benchmark section); each run replaces the section of its scale."
  echo "Targets of the issue at scale 100000: timeline, agreement list and partner page ≤ 1.0 ms app CPU per request and"
  echo "p99 ≤ 100 ms at 32 connections; ≤ 5 SQL statements per request, the same at scale 1 and 100000; page 50 no dearer"
  echo "than page 1; RSS ≤ 400 MB under load; start-up as fast as a plain Spring Boot + JPA app."
  echo
  echo "### SQL statements per request (one request on its own), by scale"
  echo
  scales=$(ls "$RESULTS_DIR"/scale-*.tsv 2>/dev/null | sed 's/.*scale-\([0-9]*\)\.tsv/\1/' | sort -n)
  header="| URL |"; rule="| --- |"
  for s in $scales; do header="$header scale $s |"; rule="$rule ---: |"; done
  echo "$header"; echo "$rule"
  first=$(echo "$scales" | head -n 1)
  cut -d'|' -f1 "$RESULTS_DIR/scale-$first.tsv" | while IFS= read -r name; do
    line="| $name |"
    for s in $scales; do line="$line $(awk -F'|' -v n="$name" '$1 == n {print $9}' "$RESULTS_DIR/scale-$s.tsv") |"; done
    echo "$line"
  done
  echo
  for s in $(echo "$scales" | sort -rn); do
    [ -f "$RESULTS_DIR/scale-$s.md" ] && cat "$RESULTS_DIR/scale-$s.md"
  done
} >"$ROOT/bench/RESULTS.md"

log "wrote bench/RESULTS.md and $(ls "$PLANS_DIR" | wc -l) plans in bench/plans/"
