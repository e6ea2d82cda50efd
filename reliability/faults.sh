#!/usr/bin/env bash
# The fault part of the reliability battery (issue 8), run by reliability/run.sh: a throwaway PostgreSQL
# cluster of its own, the packaged jar started the production way against it, then
#   1. start-up with the database down (a JDBC URL with a password, and a postgres:// URL holding one),
#      then a normal start once it is back;
#   2. concurrent editors: SESSIONS sessions x CYCLES cycles of open-the-edit-form, change a counter, save,
#      all on one organization;
#   3. database outages under load (wrk reads, probe reads, a health poller and a writer of marked records):
#      fast restart, stop / 30 s / start, kill -9 of the postmaster, kill -STOP of every process for 20 s.
# The raw figures (facts.jsonl and JSON), and the logs, go to target/faults/; reliability/report.py judges
# them against the pass marks in reliability/RESULTS.md. The cluster is dropped at the end, also when
# interrupted; the main cluster on 5432 is never touched.
#
#   reliability/faults.sh         # about 4 minutes on 2 cores
#
# Settings (environment): PG_PORT (5499), APP_PORT (18180), PG_CLUSTER (faults), SESSIONS (20), CYCLES (50),
# HEAP (192m), JAR (the jar in target/). Only loopback addresses are used.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PG_PORT=${PG_PORT:-5499}
APP_PORT=${APP_PORT:-18180}
PG_CLUSTER=${PG_CLUSTER:-faults}
SESSIONS=${SESSIONS:-20}
CYCLES=${CYCLES:-50}
HEAP=${HEAP:-192m}
# The JVM options of the README's production instructions.
JAVA_OPTS="-Xmx$HEAP -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=5000"
export MALLOC_ARENA_MAX=2
HOST=127.0.0.1
DB=partnerships
DB_USER=tracker
WORK=$ROOT/target/faults
MARKER=partnership-tracker-faults.conf
T_SCRIPT=$(date +%s)

log() { printf '[faults %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", b - a}'; }

# Root commands, installs, the run lock, stopping processes and the cluster of its own (scripts/lib).
# shellcheck source=../scripts/lib/own-cluster.sh
. "$ROOT/scripts/lib/own-cluster.sh"
mkdir -p "$WORK"
one_run_at_a_time /tmp/partnership-tracker-faults.lock reliability/faults.sh
# Figures of an earlier run must not pass for this one's if this run stops half-way.
rm -f "$WORK"/facts.jsonl "$WORK"/editors.json "$WORK"/outage-*.json

# --- what a fresh machine lacks ------------------------------------------------------------------
command -v java >/dev/null || { log "installing a JDK"; apt_install openjdk-17-jdk-headless; }
command -v curl >/dev/null || { log "installing curl"; apt_install curl; }
command -v wrk >/dev/null || { log "installing wrk"; apt_install wrk; }
command -v python3 >/dev/null || { log "installing python3"; apt_install python3; }
command -v pg_createcluster >/dev/null || { log "installing PostgreSQL"; apt_install postgresql-common postgresql; }
PG_VERSION=${PG_VERSION:-$(ls /usr/lib/postgresql | sort -V | tail -n 1)}
[ -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ] || apt_install "postgresql-$PG_VERSION"

JAR=${JAR:-$(ls "$ROOT"/target/partnership-tracker-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
if [ -z "$JAR" ]; then
  log "building the jar (./mvnw -q -DskipTests package)"
  ./mvnw -q -o -DskipTests package || ./mvnw -q -DskipTests package
  JAR=$(ls "$ROOT"/target/partnership-tracker-*.jar | grep -v -- '-plain' | head -n 1)
fi

# --- clean-up, whatever happens ------------------------------------------------------------------
CREATED=false
APP_PID=
own_cluster_paths
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_pid "$APP_PID"
  if [ "$CREATED" = true ] && cluster_exists && our_cluster; then
    log "dropping the faults cluster"
    drop_own_cluster
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- the cluster ---------------------------------------------------------------------------------
clear_the_way "$HOST" "$PG_PORT" "$APP_PORT"

log "creating PostgreSQL $PG_VERSION cluster '$PG_CLUSTER' on port $PG_PORT"
CREATED=true
# Over TCP the app signs in with a password (so that the logs can be searched for it); the script's own
# psql uses the Unix socket as postgres.
as_root pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" --locale C.UTF-8 --start-conf manual \
  -- --auth-local=trust --auth-host=scram-sha-256 >/dev/null
as_root tee "$CONF_DIR/conf.d/$MARKER" >/dev/null <<EOF
# Written by reliability/faults.sh; this cluster is dropped when the run ends.
listen_addresses = '$HOST'
ssl = off
max_connections = 60
shared_buffers = 64MB
# Durability against a crash of the machine is not under test, so no fsync; synchronous_commit stays on,
# because a commit acknowledged before its WAL is written would be lost by kill -9 of the postmaster.
fsync = off
full_page_writes = off
EOF
pg_ctl_faults() { as_root pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" "$@"; }
pg_ready() { pg_isready -q -t 1 -h "$HOST" -p "$PG_PORT"; }
pg_ctl_faults start
for _ in $(seq 1 60); do pg_ready && break; sleep 0.5; done
pg_ready || die "the faults cluster did not start"

DB_PASSWORD=faults-db-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
ADMIN_USER=admin
ADMIN_PASSWORD=faults-first-user-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
SOCKET_DIR=/var/run/postgresql
q() { psql -X -A -t -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PG_PORT" -U postgres -d "$DB" -c "$1"; }
psql -X -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PG_PORT" -U postgres -d postgres \
  -c "create role $DB_USER login password '$DB_PASSWORD'" -c "create database $DB owner $DB_USER" >/dev/null

export DATABASE_USERNAME=$DB_USER
export DATABASE_PASSWORD=$DB_PASSWORD
export DATABASE_URL="jdbc:postgresql://$HOST:$PG_PORT/$DB"
export APP_ADMIN_USERNAME=$ADMIN_USER
export APP_ADMIN_PASSWORD=$ADMIN_PASSWORD
BASE=http://$HOST:$APP_PORT

java_app() { # logfile, then extra arguments; starts the jar in the background and sets APP_PID
  local logfile=$1; shift
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" --server.address="$HOST" "$@" >"$logfile" 2>&1 &
  APP_PID=$!
}
wait_up() { # logfile; sets START_SECONDS
  local logfile=$1 t0; t0=$(now)
  for _ in $(seq 1 3000); do
    if curl -sf -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then START_SECONDS=$(elapsed "$t0" "$(now)"); return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$logfile" >&2; die "the app exited during start-up; see $logfile"; }
    sleep 0.1
  done
  die "the app did not report UP within 300 s; see $logfile"
}
FACTS=$WORK/facts.jsonl
: >"$FACTS"
fact() { python3 -c 'import json, sys; print(json.dumps({sys.argv[1]: sys.argv[2]}))' "$1" "$2" >>"$FACTS"; }
fact pg_version "$PG_VERSION"
fact java "$(java -version 2>&1 | head -n 1)"
fact commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
fact load_before "$(cut -d' ' -f1-3 /proc/loadavg)"
fact cores "$(nproc)"
fact java_opts "$JAVA_OPTS"

# --- 1. start-up with the database down -----------------------------------------------------------
# The password must appear in no log; the exit must come within 60 s with the reason.
startup_down() { # name, then env assignments for the attempt
  local name=$1; shift
  local logfile=$WORK/startup-down-$name.log t0 rc=0 secs
  t0=$(now)
  # shellcheck disable=SC2086
  env "$@" timeout 90 java $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" --server.address="$HOST" >"$logfile" 2>&1 || rc=$?
  secs=$(elapsed "$t0" "$(now)")
  local leaks=0
  grep -qF -- "$DB_PASSWORD" "$logfile" && leaks=$((leaks + $(grep -cF -- "$DB_PASSWORD" "$logfile")))
  grep -qF -- "$ADMIN_PASSWORD" "$logfile" && leaks=$((leaks + $(grep -cF -- "$ADMIN_PASSWORD" "$logfile")))
  # The first line that names the cause: what an operator reads first.
  local reason
  reason=$(grep -m 1 -E 'cannot be reached|Connection to .* refused|Unable to obtain connection|Failed to obtain JDBC Connection|Connection refused' "$logfile" \
    | sed -E 's/^.*(ERROR|WARN|INFO)[^:]*: //' | cut -c1-300 || true)
  log "start-up with the database down ($name): exit $rc after $secs s, password printed $leaks times; ${reason:-no reason found}"
  fact "down_${name}_rc" "$rc"; fact "down_${name}_seconds" "$secs"; fact "down_${name}_leaks" "$leaks"
  fact "down_${name}_reason" "$reason"; fact "down_${name}_lines" "$(wc -l <"$logfile")"
}
log "1. start-up with the database down"
pg_ctl_faults stop -m fast
startup_down jdbc
startup_down url DATABASE_URL="postgres://$DB_USER:$DB_PASSWORD@$HOST:$PG_PORT/$DB" DATABASE_USERNAME= DATABASE_PASSWORD=
pg_ctl_faults start
for _ in $(seq 1 60); do pg_ready && break; sleep 0.5; done
log "starting the app with the database back (first start: migrations, seed, first admin)"
java_app "$WORK/app.log"
wait_up "$WORK/app.log"
fact first_start_seconds "$START_SECONDS"
fact first_start_log "$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds (process running for [0-9.]*)' "$WORK/app.log" | head -n 1)"
APP_STARTTIME=$(awk '{print $22}' "/proc/$APP_PID/stat")
fact app_pid "$APP_PID"
log "up in $START_SECONDS s (pid $APP_PID)"

export FAULTS_PASSWORD=$ADMIN_PASSWORD
SLUG=$(q "select slug from organizations order by (slug = 'kt') desc, id limit 1")
ORG_ID=$(q "select id from organizations where slug = '$SLUG'")
export FAULTS_SLUG=$SLUG
fact slug "$SLUG"

# --- 2. concurrent editors ------------------------------------------------------------------------
log "2. concurrent editors: $SESSIONS sessions x $CYCLES cycles on organization '$SLUG'"
counter() { q "select coalesce(substring(description_en from 'reliability counter ([0-9]+)'), '0') from organizations where id = $ORG_ID"; }
V0=$(q "select version from organizations where id = $ORG_ID")
REV0=$(q "select coalesce(max(rev), 0) from revinfo")
C0=$(counter)
python3 reliability/faults.py editors --base "$BASE" --user "$ADMIN_USER" --slug "$SLUG" \
  --sessions "$SESSIONS" --cycles "$CYCLES" --time-limit 300 --out "$WORK/editors.json"
V1=$(q "select version from organizations where id = $ORG_ID")
CHANGES=$(q "select count(*) from organizations_aud where id = $ORG_ID and rev > $REV0")
C1=$(counter)
fact editors_version_increase "$((V1 - V0))"; fact editors_db_changes "$CHANGES"; fact editors_counter_increase "$((C1 - C0))"
log "editors: version +$((V1 - V0)), $CHANGES revisions, counter +$((C1 - C0)); $(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['outcomes'], d['seconds'], 's')" "$WORK/editors.json")"

# --- 3. database outages under load --------------------------------------------------------------
FREEZE=$WORK/frozen-pids
outage() { # variant, fault command, hold seconds, recover command
  local variant=$1 fault=$2 hold=$3 recover=$4
  log "3. outage '$variant'"
  python3 reliability/faults.py outage --base "$BASE" --user "$ADMIN_USER" --slug "$SLUG" --variant "$variant" \
    --fault "$fault" --hold "$hold" --recover "$recover" --ready "pg_isready -q -t 1 -h $HOST -p $PG_PORT" \
    --markers-cmd "psql -X -A -t -q -h $SOCKET_DIR -p $PG_PORT -U postgres -d $DB -c \"select headline_en, count(*) from sources where headline_en like 'fault-$variant-%' group by headline_en\"" \
    --wrk "wrk -t1 -c4 -d300s --timeout 10s -s $ROOT/reliability/outage.lua $BASE" \
    --out "$WORK/outage-$variant.json"
  local same=no
  if kill -0 "$APP_PID" 2>/dev/null && [ "$(awk '{print $22}' "/proc/$APP_PID/stat")" = "$APP_STARTTIME" ]; then same=yes; fi
  fact "outage_${variant}_same_process" "$same"
  log "outage '$variant': $(python3 -c "import json,sys; s=json.load(open(sys.argv[1]))['summary']; print({k: s[k] for k in ('outage_seconds','reads_during','reads_during_bad','reads_during_over_3s','latency_503_max','time_to_down','time_to_up','time_to_write','writes_acked','markers_found')})" "$WORK/outage-$variant.json"); same process: $same"
  [ "$same" = yes ] || die "the app process did not survive the '$variant' outage; see $WORK/app.log"
}
CTL="pg_ctlcluster --skip-systemctl-redirect $PG_VERSION $PG_CLUSTER"
# After kill -9 the orphaned backends take a moment to notice and exit; start once they have.
START_AFTER_KILL="for i in \$(seq 1 40); do $CTL start >/dev/null 2>&1 && exit 0; sleep 0.25; done; $CTL start"
outage restart "$CTL restart -m fast" 0 ""
outage stop "$CTL stop -m fast" 30 "$CTL start"
outage kill9 "kill -9 \$(head -n 1 $PG_DATA/postmaster.pid)" 0 "$START_AFTER_KILL"
outage sigstop "pm=\$(head -n 1 $PG_DATA/postmaster.pid); echo \$pm \$(pgrep -P \$pm) >$FREEZE; kill -STOP \$(cat $FREEZE)" 20 \
  "kill -CONT \$(cat $FREEZE)"

fact app_log_errors "$(grep -c ' ERROR ' "$WORK/app.log" || true)"
fact app_log_leaks "$( (grep -cF -- "$DB_PASSWORD" "$WORK/app.log"; grep -cF -- "$ADMIN_PASSWORD" "$WORK/app.log") | awk '{s += $1} END {print s}')"
fact total_seconds "$(($(date +%s) - T_SCRIPT))"
fact load_after "$(cut -d' ' -f1-3 /proc/loadavg)"

stop_pid "$APP_PID"; APP_PID=
log "raw figures in $WORK"
