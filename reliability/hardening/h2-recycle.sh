#!/usr/bin/env bash
# Hardening attack 0 (issue 14): the embedded default database keeps saving while the pool recycles its connections.
# The packaged jar runs the way the README's first command does, on its default H2 file database (./data under a
# folder of its own, made for the run and removed after it), with Hikari's max-lifetime at 30 s instead of 30
# minutes, for DURATION seconds (3 minutes: about six recycles of the pool). Signed in as the first admin, a round
# of saves of every kind goes through the real admin forms every 30 s (reliability/hardening/h2_recycle.py). Then
# the app stops and starts again on the same data, and makes one more round. Marks, into $OUT/h2-recycle.tsv:
# 0 × 5xx over the run, every save made, the connections closed at max-lifetime (counted in the pool's debug log),
# no "Check constraint invalid" in the log, and the round after the restart.
#
#   reliability/hardening/h2-recycle.sh      # about 5 minutes on 2 cores
#
# Settings (environment): JAR (the jar in target/), HEAP (192m), OUT (target/hardening), APP_PORT (18381),
# DURATION (180), INTERVAL (30), LIFETIME (30000 ms). Only 127.0.0.1 is used.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=${OUT:-$ROOT/target/hardening}
NAME=h2-recycle
APP_PORT=${APP_PORT:-18381}
DURATION=${DURATION:-180}
INTERVAL=${INTERVAL:-30}
LIFETIME=${LIFETIME:-30000}
POOL=10
HEAP=${HEAP:-192m}
HOST=127.0.0.1
BASE=http://$HOST:$APP_PORT
JAVA_OPTS="-Xmx$HEAP -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=5000"
export MALLOC_ARENA_MAX=2

log() { printf '[%s %s] %s\n' "$NAME" "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }
# shellcheck source=../../scripts/lib/own-cluster.sh
. "$ROOT/scripts/lib/own-cluster.sh"

mkdir -p "$OUT"
WORK=$OUT/$NAME
rm -rf "$WORK" "$OUT/$NAME.tsv"
mkdir -p "$WORK"
command -v java >/dev/null || { log "installing a JDK"; apt_install openjdk-17-jdk-headless; }
command -v curl >/dev/null || { log "installing curl"; apt_install curl; }
command -v python3 >/dev/null || { log "installing python3"; apt_install python3; }
JAR=${JAR:-$(ls "$ROOT"/target/partnership-tracker-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
[ -n "$JAR" ] && [ -f "$JAR" ] || die "no jar; run ./mvnw -DskipTests package first"
JAR=$(readlink -f "$JAR")

DATA=$(mktemp -d /tmp/partnership-tracker-h2-recycle.XXXXXX)
APP_PID=
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_pid "$APP_PID"
  rm -rf "$DATA"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if (exec 3<>"/dev/tcp/$HOST/$APP_PORT") 2>/dev/null; then die "port $APP_PORT is in use"; fi

export APP_ADMIN_USERNAME=admin
export H2_RECYCLE_PASSWORD=h2-recycle-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
export APP_ADMIN_PASSWORD=$H2_RECYCLE_PASSWORD

start_app() { # logfile; the default datasource: no database setting reaches the app, and ./data is $DATA/data
  local logfile=$1
  # shellcheck disable=SC2086
  (cd "$DATA" && exec env -u DATABASE_URL -u DATABASE_USERNAME -u DATABASE_PASSWORD -u SPRING_DATASOURCE_URL \
      -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
      java $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" --server.address="$HOST" \
      --spring.datasource.hikari.max-lifetime="$LIFETIME" --spring.datasource.hikari.maximum-pool-size="$POOL" \
      --logging.level.com.zaxxer.hikari.pool=DEBUG) >"$logfile" 2>&1 &
  APP_PID=$!
  local t0; t0=$(date +%s)
  for _ in $(seq 1 3000); do
    if curl -sf -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      log "up after $(($(date +%s) - t0)) s"; return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      tail -n 40 "$logfile" >&2
      log "the app exited during start-up; see $logfile"
      NOTE="$NOTE the app exited during start-up ($(basename "$logfile"): $(grep -m 1 -o 'Check constraint invalid[^;]*' "$logfile" || echo 'see the log'));"
      APP_PID=
      return 1
    fi
    sleep 0.1
  done
  log "the app did not report UP within 300 s; see $logfile"
  NOTE="$NOTE the app did not report UP within 300 s ($(basename "$logfile"));"
  return 1
}

NOTE=
log "starting $JAR on H2 in $DATA (max-lifetime $LIFETIME ms, a pool of $POOL)"
if start_app "$WORK/app.log"; then
  log "a round of saves every $INTERVAL s for $DURATION s"
  python3 reliability/hardening/h2_recycle.py rounds --base "$BASE" --user admin --tag r --duration "$DURATION" \
    --interval "$INTERVAL" --out "$WORK/run.json" || log "the rounds ended with status $?"
fi
RECYCLES=$(grep -c 'Closing connection .*passed maxLifetime' "$WORK/app.log" || true)
INVALID=$(grep -c 'Check constraint invalid' "$WORK/app.log" || true)
log "stopping the app ($RECYCLES connections closed at max-lifetime); starting it again on the same data"
stop_pid "$APP_PID"
APP_PID=
if start_app "$WORK/restart.log"; then
  python3 reliability/hardening/h2_recycle.py rounds --base "$BASE" --user admin --tag s --duration 0 \
    --out "$WORK/restart.json" || log "the round after the restart ended with status $?"
fi
INVALID=$((INVALID + $(grep -c 'Check constraint invalid' "$WORK/restart.log" || true)))
stop_pid "$APP_PID"
APP_PID=

RC=0
python3 reliability/hardening/h2_recycle.py marks --run "$WORK/run.json" --restart "$WORK/restart.json" \
  --recycles "$RECYCLES" --pool "$POOL" --lifetime $((LIFETIME / 1000)) --invalid "$INVALID" --note "$NOTE" \
  --out "$OUT/$NAME.tsv" || RC=$?
cat "$OUT/$NAME.tsv" >&2
exit "$RC"
