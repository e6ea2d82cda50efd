#!/usr/bin/env bash
# Attack 'login-spraying' of the hardening battery (issue 14, part 3): password guessing and spraying over HTTP
# against the packaged app on a PostgreSQL cluster of its own (hard3, port 5493; dropped at the end, also when
# interrupted), with the production JVM flags and the seed data. login_spraying.py creates a victim EDITOR through
# the admin pages, signs in once as the victim from a "known browser", then attacks from 11 loopback addresses
# and sprays 30 usernames from one more, while the known browser signs in. The password checks the app made are
# counted from its DEBUG log of admitted checks (LoginThrottle). Marks go to $OUT/login-spraying.tsv.
#
#   reliability/hardening.sh login-spraying        # about 2 minutes
#
# Settings (environment): JAR, HEAP (192m), OUT (target/hardening), PG_PORT (5493), APP_PORT (18383).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
NAME=login-spraying
OUT=${OUT:-$ROOT/target/hardening}
WORK=$OUT/$NAME
PG_PORT=${PG_PORT:-5493}
APP_PORT=${APP_PORT:-18383}
PG_CLUSTER=hard3
HEAP=${HEAP:-192m}
JAVA_OPTS="-Xmx$HEAP -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k"
export MALLOC_ARENA_MAX=2
HOST=127.0.0.1
DB=partnerships
DB_USER=tracker
MARKER=partnership-tracker-$NAME.conf
SECTION="Login guessing and spraying over HTTP (PostgreSQL, -Xmx$HEAP)"

log() { printf '[%s %s] %s\n' "$NAME" "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }

# shellcheck source=../../scripts/lib/own-cluster.sh
. "$ROOT/scripts/lib/own-cluster.sh"
mkdir -p "$WORK"
rm -f "$OUT/$NAME.tsv" "$WORK"/facts.json
one_run_at_a_time /tmp/partnership-tracker-$NAME.lock "reliability/hardening/$NAME.sh"

command -v java >/dev/null || { log "installing a JDK"; apt_install openjdk-17-jdk-headless; }
command -v curl >/dev/null || { log "installing curl"; apt_install curl; }
command -v python3 >/dev/null || { log "installing python3"; apt_install python3; }
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
create_own_cluster "$HOST" "$PG_PORT" --auth-local=trust --auth-host=scram-sha-256 <<CONF
max_connections = 40
shared_buffers = 32MB
fsync = off
full_page_writes = off
CONF

random() { od -An -N12 -tx1 /dev/urandom | tr -d ' \n'; }
DB_PASSWORD=spray-db-$(random)
ADMIN_USER=admin
ADMIN_PASSWORD=spray-first-user-$(random)
VICTIM=spray-victim
VICTIM_PASSWORD="quiet harbour $(random) lantern"
SOCKET_DIR=/var/run/postgresql
q() { psql -X -A -t -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PG_PORT" -U postgres -d "$DB" -c "$1"; }
psql -X -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PG_PORT" -U postgres -d postgres \
  -c "create role $DB_USER login password '$DB_PASSWORD'" -c "create database $DB owner $DB_USER" >/dev/null

# The connect timeouts are longer than in production (2 s): on a machine shared by parallel runs, signing in to
# PostgreSQL (scram) can take longer, and start-up would fail for a reason that is not under test.
log "starting the app (production flags, DEBUG log of admitted password checks)"
APP_LOG=$WORK/app.log
# shellcheck disable=SC2086
DATABASE_URL="jdbc:postgresql://$HOST:$PG_PORT/$DB" DATABASE_USERNAME=$DB_USER DATABASE_PASSWORD=$DB_PASSWORD \
APP_ADMIN_USERNAME=$ADMIN_USER APP_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  java $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" --server.address="$HOST" \
  --logging.level.com.partnershiptracker.security.LoginThrottle=DEBUG \
  --app.database.connect-timeout=20s --spring.datasource.hikari.connection-timeout=20000 >"$APP_LOG" 2>&1 &
APP_PID=$!
for _ in $(seq 1 1800); do
  curl -sf -m 2 "http://$HOST:$APP_PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$APP_LOG" >&2; die "the app exited during start-up"; }
  sleep 0.2
done
curl -sf -m 2 "http://$HOST:$APP_PORT/actuator/health" | grep -q '"UP"' || die "the app did not start within 360 s"

log "attacking"
python3 reliability/hardening/login_spraying.py --port "$APP_PORT" --admin "$ADMIN_USER" --admin-password "$ADMIN_PASSWORD" \
  --victim "$VICTIM" --victim-password "$VICTIM_PASSWORD" --app-log "$APP_LOG" --out "$WORK/facts.json" --time-limit 300 \
  || log "the attack client ended with an error (see above)"

ATTEMPT_ROWS=$(q "select count(*) from sign_in_attempts")
BUCKET_ROWS=$(q "select count(*) from sign_in_buckets")
VICTIM_ROWS=$(q "select count(*) from users where username = '$VICTIM'")
LOG_ERRORS=$(grep -c ' ERROR ' "$APP_LOG" || true)
LEAKS=$( (grep -cF -- "$VICTIM_PASSWORD" "$APP_LOG"; grep -cF -- "$ADMIN_PASSWORD" "$APP_LOG") | awk '{s += $1} END {print s}' || true)
stop_pid "$APP_PID"; APP_PID=

python3 - "$WORK/facts.json" "$OUT/$NAME.tsv" "$SECTION" "$ATTEMPT_ROWS" "$BUCKET_ROWS" "$VICTIM_ROWS" "$LOG_ERRORS" "$LEAKS" <<'PY'
import json, os, sys
facts_path, out, section, attempt_rows, bucket_rows, victim_rows, log_errors, leaks = sys.argv[1:]
facts = json.load(open(facts_path)) if os.path.exists(facts_path) else {}
rows = []
def mark(name, figure, passed):
    rows.append("\t".join([section, name, figure.replace("\t", " ").replace("\n", " "), "pass" if passed else "fail"]))
def get(key, default=None):
    return facts.get(key, default)
setup = get("setup_error")
mark("the victim account is created through the admin pages and signs in once, receiving a device cookie",
     setup or "victim rows: %s; first sign-in: %s; device cookie: %s" % (victim_rows, get("first_sign_in"),
                                                                           "received" if get("device_cookie_received") else "none"),
     not setup and victim_rows == "1" and bool(get("device_cookie_received")))
vc, guesses = get("victim_checks"), get("victim_guesses", 0)
mark("from 11 addresses, ≤ 10 password checks per account in 15 minutes",
     "%s password checks of %s wrong passwords from 127.0.0.2-12 (%s s), %s of them signed in"
     % (vc, guesses, get("phase_a_seconds"), get("victim_guesses_signed_in")),
     vc is not None and vc <= 10 and guesses >= 200 and get("victim_guesses_signed_in") == 0)
sc, sprayed = get("spray_checks"), get("spray_attempts", 0)
mark("from one client, ≤ 10 password checks across 30 usernames",
     "%s password checks of %s attempts (30 usernames × 3 predictable passwords) from 127.0.0.13, %s signed in"
     % (sc, sprayed, get("spray_signed_in")), sc is not None and sc <= 10 and sprayed >= 90 and get("spray_signed_in") == 0)
kb = get("known_browser") or {}
mark("the real user's known browser signs in during the attack",
     "after %s guesses (%s more came after), from 127.0.0.2, a guesser's address: %s %s, /admin %s; "
     "an unknown browser with the right password: %s"
     % (kb.get("guesses_before"), kb.get("guesses_after"), kb.get("status"), kb.get("location"), kb.get("admin_page"),
        get("unknown_browser_right_password")),
     bool(kb.get("signed_in")) and (kb.get("guesses_after") or 0) > 0)
mark("refusals cost no password check",
     "%s further guesses at the locked account, %s password checks" % (get("phase_b_attempts"), get("phase_b_checks")),
     get("phase_b_attempts", 0) >= 50 and get("phase_b_checks") == 0)
p99, checked = get("refused_p99_ms"), get("checked_median_ms")
mark("refusals answer at once: p99 of a refused attempt under half of one password check",
     "refused: p50 %s ms, p99 %s ms; an admitted check: median %s ms" % (get("refused_p50_ms"), p99, checked),
     p99 is not None and checked is not None and p99 < checked / 2)
mark("no 5xx and no ERROR in the log during the attack",
     "answers by status: %s; ERROR lines: %s" % (get("statuses"), log_errors),
     get("server_errors") == 0 and log_errors == "0" and bool(get("statuses")))
mark("the throttle's tables stay small, and no password reaches the log",
     "%s attempt rows, %s bucket rows after the attack; passwords in the log: %s" % (attempt_rows, bucket_rows, leaks),
     int(attempt_rows) <= 60 and int(bucket_rows) <= 60 and leaks == "0")
mark("the attack ends within its time limit", "timed out: %s" % get("timed_out", "no figures"), get("timed_out") is False)
open(out, "w", encoding="utf-8").write("\n".join(rows) + "\n")
print("\n".join(rows))
PY
grep -q $'\tfail$' "$OUT/$NAME.tsv" && exit 1
exit 0
