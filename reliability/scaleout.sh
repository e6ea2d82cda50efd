#!/usr/bin/env bash
# The scale-out test of issue 20, part 6 of the reliability battery (reliability/run.sh): the layout of the
# README's "Deployment: several instances" on one machine, on loopback only, and what two instances must do to
# behave like one.
#   - a PostgreSQL primary (cluster scaleprimary, port 5496) and a streaming replica made from it with
#     pg_basebackup -R (cluster scalereplica, port 5498), both clusters of the script's own, dropped at the end,
#     also when interrupted; the shared cluster on 5432 is never touched;
#   - two instances of the packaged jar started at the same moment on an empty database with the seed (Flyway's
#     lock decides which migrates), with DATABASE_REPLICA_URL and a management port each (18601/18611 and
#     18602/18612), behind HAProxy (port 18600, stats 18609), round robin, health-checked on readiness on the
#     management port, forwarding the client address (X-Forwarded-For, read by Tomcat's RemoteIpValve).
# reliability/scaleout.py drives the checks, each through the proxy or at one instance directly: sign-in and
# edits alternating between instances with CSRF, an edit through one instance on the other's public page at its
# next request, the shared throttle, read-your-writes with a replica that replays late, the replica stopped and
# started under load, and kill -9 of one instance under load at 32 connections. Raw figures in
# target/scaleout/facts.json, the pass marks in target/scaleout/scaleout.tsv (a mark a line: section, mark,
# figure, pass or fail, separated by tabs), judged by reliability/report.py. Exits non-zero when a mark failed.
#
#   reliability/scaleout.sh        # about 3 minutes on 2 cores
#
# MEASURE=SECONDS first measures the throughput of one instance and of two through the proxy (wrk, 32 connections,
# SECONDS each; a figure for the README, not a pass mark; it lengthens the run): target/scaleout/facts.json.
#
# Settings (environment): JAR (the jar in target/), HEAP (192m), MEASURE (0), PROXY_PORT (18600), STATS_PORT (18609),
# APP_PORTS ("18601 18602"), MANAGEMENT_PORTS ("18611 18612"), PRIMARY_PORT (5496), REPLICA_PORT (5498).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

HEAP=${HEAP:-192m}
PROXY_PORT=${PROXY_PORT:-18600}
STATS_PORT=${STATS_PORT:-18609}
read -r -a APP_PORTS <<<"${APP_PORTS:-18601 18602}"
read -r -a MANAGEMENT_PORTS <<<"${MANAGEMENT_PORTS:-18611 18612}"
PRIMARY_PORT=${PRIMARY_PORT:-5496}
REPLICA_PORT=${REPLICA_PORT:-5498}
# The JVM options of the README's production instructions.
JAVA_OPTS="-Xmx$HEAP -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=5000"
export MALLOC_ARENA_MAX=2
HOST=127.0.0.1
DB=partnerships
WORK=$ROOT/target/scaleout
OUT=$WORK/scaleout.tsv
# HAProxy's health checks: every CHECK_INTER_MS, out after CHECK_FALL failures, back after 2 successes.
CHECK_INTER_MS=1000
CHECK_FALL=2
T_SCRIPT=$(date +%s)

log() { printf '[scaleout %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
# A run that stops before its checks leaves the reason as a failing mark (once its own marks file is started).
MARKS_STARTED=false
die() {
  log "$*"
  if [ "$MARKS_STARTED" = true ] && [ ! -s "$OUT" ]; then
    printf '%s\t%s\t%s\tfail\n' "Scale-out: two instances behind HAProxy, a primary and a streaming replica" \
      "the set-up completed" "$*" >"$OUT"
  fi
  exit 2
}

# Root commands, installs, the run lock, stopping processes and the clusters of its own (scripts/lib).
# shellcheck source=../scripts/lib/own-cluster.sh
. "$ROOT/scripts/lib/own-cluster.sh"
mkdir -p "$WORK"
one_run_at_a_time /tmp/partnership-tracker-scaleout.lock reliability/scaleout.sh
# Figures of an earlier run must not pass for this one's if this run stops half-way.
rm -f "$OUT" "$WORK"/facts.json "$WORK"/*.log "$WORK"/haproxy.cfg
MARKS_STARTED=true

command -v java >/dev/null || { log "installing a JDK"; apt_install openjdk-17-jdk-headless; }
command -v curl >/dev/null || { log "installing curl"; apt_install curl; }
command -v wrk >/dev/null || { log "installing wrk"; apt_install wrk; }
command -v haproxy >/dev/null || { log "installing HAProxy"; apt_install haproxy; }
command -v python3 >/dev/null || { log "installing python3"; apt_install python3; }
command -v pg_createcluster >/dev/null || { log "installing PostgreSQL"; apt_install postgresql-common postgresql; }
PG_VERSION=${PG_VERSION:-$(ls /usr/lib/postgresql | sort -V | tail -n 1)}
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
JAR=${JAR:-$(ls "$ROOT"/target/partnership-tracker-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
[ -n "$JAR" ] || die "no jar in target/; run ./mvnw -DskipTests package first"

# --- the two clusters: own-cluster.sh works on one at a time, named by these globals ----------------
use_cluster() { # primary | replica
  if [ "$1" = primary ]; then PG_CLUSTER=scaleprimary; else PG_CLUSTER=scalereplica; fi
  MARKER=partnership-tracker-scaleout-$1.conf
  own_cluster_paths
}
PRIMARY_CREATED=false
REPLICA_CREATED=false
APP_PIDS=("" "")
HAPROXY_PID=
DRIVER_PID=
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_pid "$DRIVER_PID"
  stop_pid "$HAPROXY_PID"
  stop_pid "${APP_PIDS[0]}"
  stop_pid "${APP_PIDS[1]}"
  for which in replica primary; do
    use_cluster "$which"
    CREATED=$([ "$which" = primary ] && echo "$PRIMARY_CREATED" || echo "$REPLICA_CREATED")
    if [ "$CREATED" = true ] && cluster_exists && our_cluster; then
      log "dropping the $PG_CLUSTER cluster"
      drop_own_cluster
    fi
  done
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

use_cluster replica
clear_the_way "$HOST" "$REPLICA_PORT"
use_cluster primary
clear_the_way "$HOST" "$PRIMARY_PORT" "$PROXY_PORT" "$STATS_PORT" "${APP_PORTS[@]}" "${MANAGEMENT_PORTS[@]}"

log "creating the primary: PostgreSQL $PG_VERSION cluster scaleprimary on port $PRIMARY_PORT"
PRIMARY_CREATED=true
# Durability against a crash of the machine is not under test, hence no fsync.
create_own_cluster "$HOST" "$PRIMARY_PORT" --auth-local=trust --auth-host=trust --no-sync <<CONF
wal_level = replica
max_wal_senders = 4
wal_keep_size = 128MB
max_connections = 60
shared_buffers = 48MB
fsync = off
full_page_writes = off
CONF
SOCKET_DIR=/var/run/postgresql
q_primary() { psql -X -A -t -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PRIMARY_PORT" -U postgres -d "$DB" -c "$1"; }
psql -X -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PRIMARY_PORT" -U postgres -d postgres -c "create database $DB" >/dev/null

# The replica: a cluster of its own (its configuration in /etc, its marker), whose data directory is then
# replaced by a base backup of the primary; -R writes primary_conninfo and standby.signal.
log "creating the replica: cluster scalereplica on port $REPLICA_PORT, pg_basebackup -R from the primary"
use_cluster replica
REPLICA_CREATED=true
create_own_cluster "$HOST" "$REPLICA_PORT" --auth-local=trust --auth-host=trust --no-sync <<CONF
hot_standby = on
hot_standby_feedback = on
max_connections = 60
shared_buffers = 32MB
fsync = off
CONF
REPLICA_DATA=$PG_DATA
REPLICA_CONF=$CONF_DIR/conf.d/$MARKER
pg_ctl_replica() { as_root pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" scalereplica "$@"; }
pg_ctl_replica stop -m fast
as_root find "$REPLICA_DATA" -mindepth 1 -delete
as_root runuser -u postgres -- "$PG_BIN/pg_basebackup" -h "$HOST" -p "$PRIMARY_PORT" -U postgres -D "$REPLICA_DATA" \
  -R -X stream -c fast --no-sync
pg_ctl_replica start
for _ in $(seq 1 60); do pg_isready -q -t 1 -h "$HOST" -p "$REPLICA_PORT" && break; sleep 0.5; done
pg_isready -q -t 1 -h "$HOST" -p "$REPLICA_PORT" || die "the replica did not start"
use_cluster primary
STREAMING=$(q_primary "select count(*) from pg_stat_replication where state = 'streaming'")
[ "$STREAMING" = 1 ] || die "the replica is not streaming from the primary (pg_stat_replication: $STREAMING)"
IN_RECOVERY=$(psql -X -A -t -q -h "$SOCKET_DIR" -p "$REPLICA_PORT" -U postgres -d "$DB" -c "select pg_is_in_recovery()")

# --- two instances at the same moment ---------------------------------------------------------------
ADMIN_PASSWORD="scaleout-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
export DATABASE_URL="jdbc:postgresql://$HOST:$PRIMARY_PORT/$DB"
export DATABASE_USERNAME=postgres
export DATABASE_PASSWORD=
export DATABASE_REPLICA_URL="jdbc:postgresql://$HOST:$REPLICA_PORT/$DB"
export APP_ADMIN_USERNAME=admin
export APP_ADMIN_PASSWORD=$ADMIN_PASSWORD
# Behind the proxy: the client address is the one HAProxy appends to X-Forwarded-For (option forwardfor).
export SERVER_FORWARD_HEADERS_STRATEGY=native
export SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES='127\.0\.0\.1'
unset SPRING_PROFILES_ACTIVE SPRING_FLYWAY_LOCATIONS
start_instance() { # index
  local n=$1
  # shellcheck disable=SC2086
  MANAGEMENT_SERVER_PORT=${MANAGEMENT_PORTS[$n]} java $JAVA_OPTS -jar "$JAR" --server.port="${APP_PORTS[$n]}" \
    --server.address="$HOST" --management.server.address="$HOST" >"$WORK/app-$n.log" 2>&1 &
  APP_PIDS[$n]=$!
  disown "${APP_PIDS[$n]}"  # one is killed on purpose: no job report for it
}
ready() { curl -sf -m 2 "http://$HOST:${MANAGEMENT_PORTS[$1]}/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; }
log "starting two instances at the same moment on an empty database (ports ${APP_PORTS[*]}, management ${MANAGEMENT_PORTS[*]})"
T_START=$(date +%s.%N)
start_instance 0
start_instance 1
UP_SECONDS=("" "")
for _ in $(seq 1 1800); do
  for n in 0 1; do
    if [ -z "${UP_SECONDS[$n]}" ] && ready "$n"; then
      UP_SECONDS[$n]=$(awk -v a="$T_START" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
    fi
    kill -0 "${APP_PIDS[$n]}" 2>/dev/null || { tail -n 40 "$WORK/app-$n.log" >&2; die "instance $n exited during start-up"; }
  done
  [ -n "${UP_SECONDS[0]}" ] && [ -n "${UP_SECONDS[1]}" ] && break
  sleep 0.2
done
[ -n "${UP_SECONDS[0]}" ] && [ -n "${UP_SECONDS[1]}" ] || die "the instances were not ready within 360 s"
log "both ready, after ${UP_SECONDS[0]} s and ${UP_SECONDS[1]} s"
MIGRATIONS=$(q_primary "select count(*) || ' rows, ' || count(distinct coalesce(version, description)) || ' migrations, ' || count(*) filter (where not success) || ' failed' from flyway_schema_history")
APPLIED=()
for n in 0 1; do
  APPLIED[$n]=$(grep -o 'Successfully applied [0-9]* migrations\?' "$WORK/app-$n.log" | grep -o '[0-9]*' | head -n 1 || true)
done

# --- HAProxy --------------------------------------------------------------------------------------
cat >"$WORK/haproxy.cfg" <<CFG
# Written by reliability/scaleout.sh: the README's proxy layout, on loopback.
global
    maxconn 512
    stats socket $WORK/haproxy.sock mode 600 level admin

defaults
    mode http
    option httplog
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    timeout http-keep-alive 5s
    # A connection refused by an instance that is gone (or an idempotent request it dropped unanswered) is
    # tried again on the other instance.
    retries 2
    option redispatch 1
    retry-on conn-failure empty-response response-timeout

frontend site
    bind $HOST:$PROXY_PORT
    option forwardfor
    # A save may have committed before its instance died unanswered: only reads are sent again.
    http-request disable-l7-retry unless METH_GET
    default_backend instances

backend instances
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter ${CHECK_INTER_MS}ms fall $CHECK_FALL rise 2
    # Which instance answered, for the test's own bookkeeping.
    http-response set-header X-Instance %[srv_name]
    server a $HOST:${APP_PORTS[0]} check port ${MANAGEMENT_PORTS[0]}
    server b $HOST:${APP_PORTS[1]} check port ${MANAGEMENT_PORTS[1]}

listen stats
    bind $HOST:$STATS_PORT
    stats enable
    stats uri /
CFG
haproxy -c -q -f "$WORK/haproxy.cfg" || die "HAProxy refuses its configuration ($WORK/haproxy.cfg)"
haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
HAPROXY_PID=$!
both_up() { [ "$(curl -s -m 2 "http://$HOST:$STATS_PORT/;csv" 2>/dev/null | awk -F, '$1 == "instances" && ($2 == "a" || $2 == "b") && $18 == "UP"' | wc -l)" = 2 ]; }
for _ in $(seq 1 100); do both_up && break; sleep 0.2; done
both_up || die "HAProxy does not see both instances UP (http://$HOST:$STATS_PORT/; $WORK/haproxy.log)"

# --- the checks -----------------------------------------------------------------------------------
log "the checks (reliability/scaleout.py)"
SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)
CTL="$SUDO pg_ctlcluster --skip-systemctl-redirect $PG_VERSION scalereplica"
DRIVER_RC=0
# In the background, so that a signal to this script ends the run at once (bash runs a trap only once its
# foreground command has ended); the driver stops its wrk when it is stopped.
SCALEOUT_PASSWORD=$ADMIN_PASSWORD python3 reliability/scaleout.py \
  --proxy "$PROXY_PORT" --ports "${APP_PORTS[0]},${APP_PORTS[1]}" \
  --management-ports "${MANAGEMENT_PORTS[0]},${MANAGEMENT_PORTS[1]}" --pids "${APP_PIDS[0]},${APP_PIDS[1]}" \
  --haproxy-socket "$WORK/haproxy.sock" --check-limit "$(awk -v i="$CHECK_INTER_MS" -v f="$CHECK_FALL" 'BEGIN {print i * (f + 1) / 1000}')" \
  --replica-stop "$CTL stop -m fast" --replica-start "$CTL start" \
  --replica-delay "printf 'recovery_min_apply_delay = %s\n' {delay} | $SUDO tee -a $REPLICA_CONF >/dev/null && $CTL reload" \
  --lua "$ROOT/reliability/scaleout.lua" --out "$WORK/facts.json" --time-limit $((420 + 3 * ${MEASURE:-0})) \
  --measure "${MEASURE:-0}" &
DRIVER_PID=$!
wait "$DRIVER_PID" || DRIVER_RC=$?
DRIVER_PID=
# The instance killed under load is gone; the other one still runs.
kill -0 "${APP_PIDS[1]}" 2>/dev/null || APP_PIDS[1]=""

LOG_ERRORS=$(cat "$WORK"/app-*.log | grep -c ' ERROR ' || true)
LOG_LEAKS=$(cat "$WORK"/app-*.log | grep -cF -- "$ADMIN_PASSWORD" || true)
python3 reliability/scaleout.py marks --out "$WORK/facts.json" --tsv "$OUT" --driver-rc "$DRIVER_RC" \
  --setup "$(python3 -c 'import json, sys; print(json.dumps(dict(zip(sys.argv[1::2], sys.argv[2::2]))))' \
    up_a "${UP_SECONDS[0]}" up_b "${UP_SECONDS[1]}" applied_a "${APPLIED[0]:-0}" applied_b "${APPLIED[1]:-0}" \
    migrations "$MIGRATIONS" streaming "$STREAMING" in_recovery "$IN_RECOVERY" log_errors "$LOG_ERRORS" \
    log_leaks "$LOG_LEAKS" pg_version "$PG_VERSION" haproxy "$(haproxy -v | head -n 1 | cut -d' ' -f1-3)" \
    seconds "$(($(date +%s) - T_SCRIPT))")"
log "marks in target/scaleout/scaleout.tsv, after $(($(date +%s) - T_SCRIPT)) s"
! grep -q $'\tfail$' "$OUT"
