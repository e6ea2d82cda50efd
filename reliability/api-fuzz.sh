#!/usr/bin/env bash
# The API fuzzer of issue 18, part 5 of the reliability battery (reliability/run.sh): the packaged jar, started the
# production way on a PostgreSQL cluster of its own with the seed, and a property-based fuzzer driven by its
# /v3/api-docs (reliability/api-fuzz/fuzz.mjs: fast-check generates valid and invalid requests for every
# operation from the parameters' schemas and shrinks each failing one; Ajv validates every answer against the
# description). Checks: no 5xx, every status documented, every Content-Type documented, every JSON body valid
# against its schema, invalid input refused, every request answered. Figures in target/api-fuzz/results.json,
# pass marks in target/api-fuzz/api-fuzz.tsv (judged by reliability/report.py), the failures with their smallest
# requests in target/api-fuzz/failures.md. Exits non-zero when any check failed.
#
#   reliability/api-fuzz.sh        # about 1 minute on 2 cores
#
# The fuzzer's packages (reliability/api-fuzz/package-lock.json) are installed by .ci/run, or by hand with
# `npm ci --prefix reliability/api-fuzz`; nothing is downloaded here.
# Settings (environment): VALID_RUNS (100) and INVALID_RUNS (50) requests per operation before shrinking, SEED
# (random; the run prints it, and the same seed repeats the same requests), FUZZ_SECONDS (150, a cap), PG_PORT
# (5492), APP_PORT (18480), PG_CLUSTER (apifuzz), HEAP (192m), JAR (the jar in target/). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PG_PORT=${PG_PORT:-5492}
APP_PORT=${APP_PORT:-18480}
PG_CLUSTER=${PG_CLUSTER:-apifuzz}
HEAP=${HEAP:-192m}
VALID_RUNS=${VALID_RUNS:-100}
INVALID_RUNS=${INVALID_RUNS:-50}
FUZZ_SECONDS=${FUZZ_SECONDS:-150}
SEED=${SEED:-}
# The JVM options of the README's production instructions.
JAVA_OPTS="-Xmx$HEAP -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=5000"
export MALLOC_ARENA_MAX=2
HOST=127.0.0.1
BASE=http://$HOST:$APP_PORT
DB=partnerships
WORK=$ROOT/target/api-fuzz
MARKER=partnership-tracker-api-fuzz.conf
FUZZER=$ROOT/reliability/api-fuzz

log() { printf '[api-fuzz %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 2; }

# Root commands, installs, the run lock, stopping processes and the cluster of its own (scripts/lib).
# shellcheck source=../scripts/lib/own-cluster.sh
. "$ROOT/scripts/lib/own-cluster.sh"
mkdir -p "$WORK"
one_run_at_a_time /tmp/partnership-tracker-api-fuzz.lock reliability/api-fuzz.sh
# Figures of an earlier run must not pass for this one's if this run stops half-way.
rm -f "$WORK/api-fuzz.tsv" "$WORK/results.json" "$WORK/failures.md" "$WORK/self-test.log"

command -v node >/dev/null || die "Node.js is missing (.ci/run installs it)"
[ -d "$FUZZER/node_modules/fast-check" ] && [ -d "$FUZZER/node_modules/ajv" ] \
  || die "the fuzzer's packages are missing: npm ci --prefix reliability/api-fuzz (.ci/run does it)"
command -v java >/dev/null || { log "installing a JDK"; apt_install openjdk-17-jdk-headless; }
command -v curl >/dev/null || apt_install curl
command -v pg_createcluster >/dev/null || { log "installing PostgreSQL"; apt_install postgresql-common postgresql; }
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
  if [ "$CREATED" = true ] && cluster_exists && our_cluster; then drop_own_cluster; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

clear_the_way "$HOST" "$PG_PORT" "$APP_PORT"
log "creating PostgreSQL $PG_VERSION cluster '$PG_CLUSTER' on port $PG_PORT"
create_own_cluster "$HOST" "$PG_PORT" --auth-local=trust --auth-host=trust <<CONF
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
psql -X -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p "$PG_PORT" -U postgres -d postgres -c "create database $DB" >/dev/null

# As production runs it, with the seed; the description is switched on explicitly, whatever the default.
log "starting the app on $BASE"
unset SPRING_PROFILES_ACTIVE SPRING_FLYWAY_LOCATIONS
APP_ADMIN_PASSWORD="api-fuzz-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')" \
DATABASE_URL="jdbc:postgresql://$HOST:$PG_PORT/$DB" DATABASE_USERNAME=postgres DATABASE_PASSWORD= \
  java $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" --server.address="$HOST" --springdoc.api-docs.enabled=true \
  >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 1200); do
  curl -sf -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$WORK/app.log" >&2; die "the app exited during start-up; see $WORK/app.log"; }
  sleep 0.25
done
curl -sf -m 2 "$BASE/actuator/health" | grep -q '"UP"' || die "the app did not report UP; see $WORK/app.log"

# The fuzzer's own test first: a fuzzer that finds nothing must be shown able to find something.
log "the fuzzer's own test (node --test reliability/api-fuzz/fuzzer.test.mjs)"
SELF_RC=0
node --test "$FUZZER/fuzzer.test.mjs" >"$WORK/self-test.log" 2>&1 || SELF_RC=$?
SELF_COUNTS="$(grep -E '^# (pass|fail) ' "$WORK/self-test.log" | sed 's/^# //' | paste -sd, - | sed 's/,/, /')"

log "fuzzing every operation of $BASE/v3/api-docs: $VALID_RUNS valid and $INVALID_RUNS invalid requests each"
RC=0
node "$FUZZER/fuzz.mjs" --base "$BASE" --out "$WORK" --valid "$VALID_RUNS" --invalid "$INVALID_RUNS" \
  --seconds "$FUZZ_SECONDS" ${SEED:+--seed "$SEED"} || RC=$?
[ -f "$WORK/api-fuzz.tsv" ] || die "the fuzzer wrote no marks (exit status $RC)"
printf '%s\t%s\t%s\t%s\n' "API fuzzer: every operation of /v3/api-docs" \
  "the fuzzer's own test: it finds each kind of failure planted in a small API, and none in the same API without them" \
  "node --test reliability/api-fuzz/fuzzer.test.mjs: ${SELF_COUNTS:-no result} (exit status $SELF_RC; log: target/api-fuzz/self-test.log)" \
  "$([ "$SELF_RC" -eq 0 ] && echo pass || echo fail)" >>"$WORK/api-fuzz.tsv"
[ "$SELF_RC" -eq 0 ] || RC=1
log "marks in target/api-fuzz/api-fuzz.tsv, failures in target/api-fuzz/failures.md (exit status $RC)"
exit "$RC"
