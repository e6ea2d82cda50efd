#!/usr/bin/env bash
# Attack 1 of the hardening issue: anonymous traffic creates no server state. 100,000 anonymous requests to
# /admin/** and /login, each a new URL with an 8 KB header (wrk, reliability/hardening/anonymous.lua), against
# the packaged app with the production JVM flags on a PostgreSQL cluster of its own (hard1, port 5491), while a
# reader fetches public pages. Marks: sessions created (rows in spring_session), the heap in use after a full
# GC before and after, and the reader's answers. Writes $OUT/anonymous-state.tsv.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
NAME=anonymous-state
OUT=${OUT:-$ROOT/target/hardening}
WORK=$ROOT/target/hardening/$NAME
PG_PORT=${PG_PORT:-5491}
APP_PORT=${APP_PORT:-18382}
PG_CLUSTER=hard1
MARKER=partnership-tracker-hardening.conf
HEAP=${HEAP:-192m}
REQUESTS=${REQUESTS:-100000}
THREADS=2
HOST=127.0.0.1
DB=partnerships
SECTION="1. Anonymous traffic creates no server state"
JAVA_OPTS="-Xmx$HEAP -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=5000"
export MALLOC_ARENA_MAX=2

log() { printf '[%s %s] %s\n' "$NAME" "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }
# shellcheck source=../../scripts/lib/own-cluster.sh
. "$ROOT/scripts/lib/own-cluster.sh"
mkdir -p "$OUT" "$WORK"
one_run_at_a_time /tmp/partnership-tracker-$NAME.lock "reliability/hardening/$NAME.sh"
rm -f "$OUT/$NAME.tsv"
mark() { printf '%s\t%s\t%s\t%s\n' "$SECTION" "$1" "$2" "$3" >>"$OUT/$NAME.tsv"; }

command -v wrk >/dev/null || { log "installing wrk"; apt_install wrk; }
command -v curl >/dev/null || apt_install curl
command -v pg_createcluster >/dev/null || { log "installing PostgreSQL"; apt_install postgresql-common postgresql; }
PG_VERSION=${PG_VERSION:-$(ls /usr/lib/postgresql | sort -V | tail -n 1)}
JAR=${JAR:-$(ls "$ROOT"/target/partnership-tracker-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
[ -n "$JAR" ] || die "no jar in target/"
JCMD=$(dirname "$(readlink -f "$(command -v java)")")/jcmd
[ -x "$JCMD" ] || die "jcmd not found beside java (a JDK is needed, not only a JRE)"

CREATED=false
APP_PID=
PROBE_PID=
own_cluster_paths
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  [ -n "$PROBE_PID" ] && kill "$PROBE_PID" 2>/dev/null || true
  stop_pid "$APP_PID"
  if [ "$CREATED" = true ] && cluster_exists && our_cluster; then drop_own_cluster; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

clear_the_way "$HOST" "$PG_PORT" "$APP_PORT"
create_own_cluster "$HOST" "$PG_PORT" --auth-local=trust --auth-host=trust <<CONF
fsync = off
full_page_writes = off
CONF
q() { psql -X -A -t -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p "$PG_PORT" -U postgres -d "$DB" -c "$1"; }
psql -X -q -h /var/run/postgresql -p "$PG_PORT" -U postgres -d postgres -c "create database $DB" >/dev/null

log "starting the app (production flags, -Xmx$HEAP) on $APP_PORT"
APP_ADMIN_PASSWORD="hardening-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')" \
DATABASE_URL="jdbc:postgresql://$HOST:$PG_PORT/$DB" DATABASE_USERNAME=postgres DATABASE_PASSWORD= \
  java $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" --server.address="$HOST" >"$WORK/app.log" 2>&1 &
APP_PID=$!
BASE=http://$HOST:$APP_PORT
for _ in $(seq 1 1200); do
  curl -sf -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$WORK/app.log" >&2; die "the app exited during start-up"; }
  sleep 0.25
done

heap_after_full_gc_kb() {
  "$JCMD" "$APP_PID" GC.run >/dev/null
  "$JCMD" "$APP_PID" GC.heap_info | grep -oE 'used [0-9]+K' | head -n 2 | grep -oE '[0-9]+' | awk '{s += $1} END {print s}'
}

# wrk runs for a duration, not a count: rounds of ROUND seconds until REQUESTS have been answered.
ROUND=10
attack() { # total requests, deadline in seconds, log file; prints "answered cookies 5xx socket-errors p99-max statuses"
  local want=$1 deadline=$(( $(date +%s) + $2 )) logfile=$3 answered=0 cookies=0 s5xx=0 errors=0 p99=0 statuses=""
  : >"$logfile"
  while [ "$answered" -lt "$want" ] && [ "$(date +%s)" -lt "$deadline" ]; do
    wrk -t"$THREADS" -c16 -d${ROUND}s --timeout 10s -s reliability/hardening/anonymous.lua "$BASE" >"$logfile.round" 2>&1 || true
    cat "$logfile.round" >>"$logfile"
    local line; line=$(grep '^RESULT' "$logfile.round" | tail -n 1)
    [ -n "$line" ] || break
    answered=$((answered + $(echo "$line" | grep -oE 'answered=[0-9]+' | cut -d= -f2)))
    cookies=$((cookies + $(echo "$line" | grep -oE 'session_cookies=[0-9]+' | cut -d= -f2)))
    s5xx=$((s5xx + $(echo "$line" | grep -oE 's5xx=[0-9]+' | cut -d= -f2)))
    errors=$((errors + $(echo "$line" | grep -oE 'socket_errors=[0-9]+' | cut -d= -f2)))
    p99=$(awk -v a="$p99" -v b="$(echo "$line" | grep -oE 'p99_ms=[0-9.]+' | cut -d= -f2)" 'BEGIN {print (b > a ? b : a)}')
    statuses="$statuses $(echo "$line" | grep -oE 'statuses=[^ ]*' | cut -d= -f2-)"
  done
  echo "$answered $cookies $s5xx $errors $p99 $(echo "$statuses" | tr ' ,' '\n\n' | grep . | awk -F= '{n[$1] += $2} END {for (k in n) printf "%s=%d,", k, n[k]}' | sed 's/,$//')"
}

log "warming up (about 2,000 requests of the same kind)"
attack 2000 120 "$WORK/warmup.txt" >/dev/null
SESSIONS_BEFORE=$(q "select count(*) from spring_session")
HEAP_BEFORE=$(heap_after_full_gc_kb)
log "heap in use after a full GC: $HEAP_BEFORE KB; sessions: $SESSIONS_BEFORE"

# The reader: a public page every 200 ms throughout the attack.
python3 - "$BASE" "$WORK/reader.json" <<'PY' &
import json, sys, time, urllib.request
base, out = sys.argv[1], sys.argv[2]
paths, answers, stop = ["/", "/timeline", "/organizations/kt", "/agreements"], [], time.monotonic() + 600
while time.monotonic() < stop:
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(base + paths[len(answers) % len(paths)] + "?r=%d" % len(answers), timeout=10) as r:
            r.read(); status = r.status
    except Exception as e:
        status = getattr(e, "code", 0)
    answers.append((status, time.monotonic() - t0))
    with open(out, "w") as f:
        json.dump(answers, f)
    time.sleep(0.2)
PY
PROBE_PID=$!

log "the attack: $REQUESTS anonymous requests with 8 KB of headers, $THREADS threads x 8 connections"
T0=$(date +%s)
read -r ANSWERED COOKIES S5XX SOCKET_ERRORS P99 STATUSES <<<"$(attack "$REQUESTS" 420 "$WORK/attack.txt")"
SECONDS_TAKEN=$(( $(date +%s) - T0 ))
kill "$PROBE_PID" 2>/dev/null || true; wait "$PROBE_PID" 2>/dev/null || true; PROBE_PID=
log "answered $ANSWERED in $SECONDS_TAKEN s; session cookies $COOKIES; 5xx $S5XX; socket errors $SOCKET_ERRORS; statuses $STATUSES"
SESSIONS_AFTER=$(q "select count(*) from spring_session")
HEAP_AFTER=$(heap_after_full_gc_kb)
GROWTH_MB=$(awk -v a="$HEAP_BEFORE" -v b="$HEAP_AFTER" 'BEGIN {printf "%.1f", (b - a) / 1024}')
READER=$(python3 -c '
import json, sys
answers = json.load(open(sys.argv[1]))
ok = [s for s, _ in answers if s == 200]
slow = max((t for _, t in answers), default=0)
print("%d %d %.2f" % (len(answers), len(answers) - len(ok), slow))' "$WORK/reader.json")
read -r READS READ_FAILURES READ_MAX <<<"$READER"
alive=yes; kill -0 "$APP_PID" 2>/dev/null || alive=no

pass_if() { if eval "$1"; then echo pass; else echo fail; fi; }
mark "the attack ran: $REQUESTS anonymous requests to /admin/** and /login, each a new URL with 8 KB of headers" \
  "$ANSWERED answered in $SECONDS_TAKEN s; 5xx: $S5XX; statuses $STATUSES; worst round's p99 $P99 ms; socket errors $SOCKET_ERRORS" \
  "$(pass_if "[ $ANSWERED -ge $REQUESTS ] && [ $S5XX -eq 0 ]")"
mark "0 sessions created (rows in spring_session) and no session cookie set" \
  "sessions before $SESSIONS_BEFORE, after $SESSIONS_AFTER; answers that set a session cookie: $COOKIES" \
  "$(pass_if "[ $SESSIONS_AFTER -eq $SESSIONS_BEFORE ] && [ $COOKIES -eq 0 ]")"
mark "the heap in use after a full GC grows by under 20 MB" \
  "$((HEAP_BEFORE / 1024)) MB before, $((HEAP_AFTER / 1024)) MB after: $GROWTH_MB MB (-Xmx$HEAP, serial GC)" \
  "$(pass_if "awk -v g=$GROWTH_MB 'BEGIN {exit !(g < 20)}'")"
mark "public pages answer throughout" \
  "$READS reads of /, /timeline, /organizations/kt, /agreements every 200 ms: $READ_FAILURES not 200, slowest ${READ_MAX} s; app alive: $alive" \
  "$(pass_if "[ $READS -gt 0 ] && [ $READ_FAILURES -eq 0 ] && [ $alive = yes ]")"
log "marks in $OUT/$NAME.tsv"
! grep -q $'\tfail$' "$OUT/$NAME.tsv"
