#!/usr/bin/env bash
# The scanner sweep of issue 8: wapiti and sqlmap, both from Debian's packages, against the packaged
# app on loopback, anonymous and signed in, on a throwaway PostgreSQL cluster with the seed data.
# Every finding is compared with reliability/accepted-findings.md; the figures go to
# reliability/SCAN.md (and, for reliability/run.sh, target/scan/summary.json), and the script exits
# non-zero when anything beyond that list was found.
#
#   reliability/scan.sh          # about 3 minutes on 2 cores with nothing else running
#
# Bounds (each a setting in the environment; the issue allows 10 minutes per scanner). All five runs go
# side by side; sqlmap starts once wapiti's crawls are over.
#   wapiti, anonymous (whole site) and signed in (/admin): crawl WAPITI_CRAWL_SECONDS (30) to depth
#     WAPITI_DEPTH (2), at most WAPITI_LINKS (10) new links from each page, -S WAPITI_FORCE (paranoid: few
#     variants of one URL pattern), closed-type parameters skipped (WAPITI_SKIP), then each attack module
#     at most WAPITI_MODULE_SECONDS (45), checked between URLs; killed after WAPITI_TIMEOUT (420).
#     Signed in: no blindsql, no form of more than WAPITI_MAX_PARAMETERS (20) fields (see below).
#   sqlmap: level 1, risk 1, --dbms=PostgreSQL, 6 public URLs, 4 signed-in URLs and one admin create form;
#     each run killed after SQLMAP_TIMEOUT (200).
# Other settings: PG_PORT (5497), APP_PORT (18280), PG_CLUSTER (scan), APP_ADMIN_USERNAME (admin),
# APP_ADMIN_PASSWORD (random for each run), HEAP (192m). It needs root or sudo for pg_createcluster and
# apt-get. Only loopback addresses are used; wapiti's crash reports and external endpoints are off.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PG_PORT=${PG_PORT:-5497}
APP_PORT=${APP_PORT:-18280}
PG_CLUSTER=${PG_CLUSTER:-scan}
HEAP=${HEAP:-192m}
WAPITI_CRAWL_SECONDS=${WAPITI_CRAWL_SECONDS:-30}
WAPITI_MODULE_SECONDS=${WAPITI_MODULE_SECONDS:-45}
# Parameters of closed types (enums, flags, numbers): anything else is a 400 before any query or page is
# made (the malformed-URL tests cover them, and sqlmap tests kind and page); wapiti's time goes to the
# free-text, slug and date parameters and the form fields.
WAPITI_SKIP=${WAPITI_SKIP:-affiliates kind status sort order view internal page size}
WAPITI_DEPTH=${WAPITI_DEPTH:-2}
WAPITI_LINKS=${WAPITI_LINKS:-10}
WAPITI_FORCE=${WAPITI_FORCE:-paranoid}
WAPITI_REQUEST_TIMEOUT=${WAPITI_REQUEST_TIMEOUT:-8}
WAPITI_TIMEOUT=${WAPITI_TIMEOUT:-420}
SQLMAP_TIMEOUT=${SQLMAP_TIMEOUT:-200}
export APP_ADMIN_USERNAME=${APP_ADMIN_USERNAME:-admin}
export APP_ADMIN_PASSWORD=${APP_ADMIN_PASSWORD:-scan-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')}
HOST=127.0.0.1
BASE=http://$HOST:$APP_PORT
DB=partnerships
DB_USER=tracker
WORK=$ROOT/target/scan
ACCEPTED=$ROOT/reliability/accepted-findings.md
REPORT=$ROOT/reliability/SCAN.md
MARKER=partnership-tracker-scan.conf
UA=partnership-tracker-scan
# The modules of the issue, by their names in wapiti 3.0.4 (`wapiti --list-modules`; blind SQL is
# "blindsql" in this version, "timesql" in later ones).
WAPITI_MODULES=http_headers,cookieflags,csp,csrf,xss,permanentxss,sql,blindsql,redirect,methods,backup
# Signed in, without blindsql: it sends 218 payloads per field, so one admin form takes longer than the
# whole budget (a module's time limit is checked only between forms). Blind SQL on the admin side is
# sqlmap's (its time-based tests on the admin lists and the create form).
WAPITI_MODULES_SIGNED_IN=${WAPITI_MODULES//,blindsql/}
# Signed in, forms with more fields than this are not attacked: only the agreement form (37 fields, its
# rows of parties and attendees); the fuzzing battery of issue 8 submits it, and every other form.
WAPITI_MAX_PARAMETERS=${WAPITI_MAX_PARAMETERS:-20}

log() { printf '[scan %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 2; }
STARTED=$(date +%s)

# Root commands, installs, the run lock, stopping processes and the cluster of its own (scripts/lib).
# shellcheck source=../scripts/lib/own-cluster.sh
. "$ROOT/scripts/lib/own-cluster.sh"
mkdir -p "$WORK"
one_run_at_a_time /tmp/partnership-tracker-scan.lock reliability/scan.sh

# --- what a fresh machine lacks ------------------------------------------------------------------
command -v java >/dev/null || { log "installing a JDK"; apt_install openjdk-17-jdk-headless; }
command -v curl >/dev/null || { log "installing curl"; apt_install curl; }
command -v pg_createcluster >/dev/null || { log "installing PostgreSQL"; apt_install postgresql-common postgresql; }
[ -x /usr/bin/wapiti ] || { log "installing wapiti"; apt_install wapiti; }
[ -x /usr/bin/sqlmap ] || { log "installing sqlmap"; apt_install sqlmap; }
# Debian's own interpreter: the packages' modules live there, not in another python3 on the PATH.
PYTHON=/usr/bin/python3
PG_VERSION=${PG_VERSION:-$(ls /usr/lib/postgresql | sort -V | tail -n 1)}
[ -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ] || apt_install "postgresql-$PG_VERSION"
WAPITI_VERSION=$(dpkg-query -W -f '${Version}' wapiti 2>/dev/null || echo unknown)
SQLMAP_VERSION=$(dpkg-query -W -f '${Version}' sqlmap 2>/dev/null || echo unknown)

# The jar, rebuilt when the sources are newer: a scan of an old build would prove nothing.
JAR=$(ls "$ROOT"/target/partnership-tracker-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
if [ -z "$JAR" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -type f -print -quit)" ]; then
  log "building the jar (./mvnw -q -o -DskipTests package)"
  ./mvnw -q -o -DskipTests package || ./mvnw -q -DskipTests package
  JAR=$(ls "$ROOT"/target/partnership-tracker-*.jar | grep -v -- '-plain' | head -n 1)
fi

# --- clean-up, whatever happens ------------------------------------------------------------------
CREATED=false
APP_PID=
SCANNER_PIDS=()
own_cluster_paths
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  # Each scanner runs under `timeout`, which passes the signal on to it.
  for pid in "${SCANNER_PIDS[@]}"; do stop_pid "$pid"; done
  stop_pid "$APP_PID"
  if [ "$CREATED" = true ] && cluster_exists && our_cluster; then
    log "dropping the scan cluster"
    drop_own_cluster
  fi
  rm -f "$WORK/admin-password"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- the cluster ---------------------------------------------------------------------------------
clear_the_way "$HOST" "$PG_PORT" "$APP_PORT"

rm -rf "$WORK"/wapiti-* "$WORK"/sqlmap-* "$WORK"/checks "$WORK/summary.json"
mkdir -p "$WORK/checks"
log "creating PostgreSQL $PG_VERSION cluster '$PG_CLUSTER' on port $PG_PORT"
CREATED=true
as_root pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" --locale C.UTF-8 --start-conf manual \
  -- --auth=trust >/dev/null
as_root tee "$CONF_DIR/conf.d/$MARKER" >/dev/null <<EOF
# Written by reliability/scan.sh; this cluster is dropped when the run ends.
listen_addresses = '$HOST'
ssl = off
max_connections = 30
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
as_root pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start
for _ in $(seq 1 60); do pg_isready -q -h "$HOST" -p "$PG_PORT" && break; sleep 0.5; done
pg_isready -q -h "$HOST" -p "$PG_PORT" || die "the scan cluster did not start"
psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U postgres -d postgres \
  -c "create role $DB_USER login" -c "create database $DB owner $DB_USER"

# --- the app, as production runs it (no dev profile: no Swagger UI), with the seed ------------------
# Behind its TLS proxy, as the README's proxy settings say (the proxy here is loopback), so that the
# accepted findings' premises can check what a request forwarded as HTTPS gets.
export DATABASE_URL="jdbc:postgresql://$HOST:$PG_PORT/$DB" DATABASE_USERNAME=$DB_USER DATABASE_PASSWORD=
unset SPRING_FLYWAY_LOCATIONS SPRING_PROFILES_ACTIVE
export MALLOC_ARENA_MAX=2
rm -f "$WORK/access.log"
log "starting the app on $BASE"
# The access log (one line per request, with the scanner's User-Agent) gives the request counts and
# shows any 5xx response.
java -Xmx"$HEAP" -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k \
  -Dserver.address="$HOST" -Dserver.port="$APP_PORT" \
  -Dserver.forward-headers-strategy=native '-Dserver.tomcat.remoteip.internal-proxies=127\.0\.0\.1' \
  -Dserver.tomcat.accesslog.enabled=true -Dserver.tomcat.accesslog.directory="$WORK" \
  -Dserver.tomcat.accesslog.prefix=access -Dserver.tomcat.accesslog.suffix=.log \
  -Dserver.tomcat.accesslog.rotate=false -Dserver.tomcat.accesslog.buffered=false \
  '-Dserver.tomcat.accesslog.pattern=%s %m %U "%{User-Agent}i"' \
  -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
health=
for _ in $(seq 1 240); do
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log" >&2; die "the app exited during start-up"; }
  health=$(curl -s --max-time 2 -A "$UA/start-up" "$BASE/actuator/health" || true)
  case "$health" in *'"UP"'*) break ;; esac
  sleep 0.5
done
case "$health" in *'"UP"'*) ;; *) tail -n 40 "$WORK/app.log" >&2; die "the app did not come up within 120 s" ;; esac
APP_UP=$(date +%s)
log "the app is up after $((APP_UP - STARTED)) s"

# --- premises of the accepted findings (a request forwarded by the TLS proxy of production) -------
: >"$WORK/checks/premises.tsv"
premise() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$WORK/checks/premises.tsv"; }
https_headers() { curl -s -o /dev/null -D - -H 'X-Forwarded-Proto: https' -A "$UA/checks" "$BASE$1" | tr -d '\r'; }
plain_headers() { curl -s -o /dev/null -D - -A "$UA/checks" "$BASE$1" | tr -d '\r'; }
hsts_home=$(https_headers / | grep -i '^Strict-Transport-Security:' || true)
if [[ "$hsts_home" == *max-age=* && "$hsts_home" == *includeSubDomains* ]]; then
  premise hsts-on-https ok "over HTTPS (X-Forwarded-Proto) the home page has: ${hsts_home}"
else
  premise hsts-on-https failed "over HTTPS (X-Forwarded-Proto) the home page has no Strict-Transport-Security with max-age and includeSubDomains (got '${hsts_home}')"
fi
# The sign-in page sets only the CSRF token's cookie (no session for anonymous visitors); the session cookie
# comes with a sign-in, so the premise signs in over "HTTPS" to see it.
https_jar=$WORK/checks/https-cookies.txt
rm -f "$https_jar"
csrf_cookie=$(curl -s -c "$https_jar" -o "$WORK/checks/https-login.html" -D - -H 'X-Forwarded-Proto: https' -A "$UA/checks" \
  "$BASE/login" | tr -d '\r' | grep -i '^Set-Cookie: XSRF-TOKEN=' || true)
https_csrf=$(grep -oE '<input[^>]*name="_csrf"[^>]*>' "$WORK/checks/https-login.html" | head -n 1 | grep -oE 'value="[^"]*"' | cut -d'"' -f2)
signed_in_headers=$(printf '%s' "$APP_ADMIN_PASSWORD" | curl -s -b "$https_jar" -o /dev/null -D - -H 'X-Forwarded-Proto: https' \
  -A "$UA/checks" --data-urlencode "username=$APP_ADMIN_USERNAME" --data-urlencode "password@-" \
  --data-urlencode "_csrf=$https_csrf" "$BASE/login" | tr -d '\r')
session_cookie=$(grep -i '^Set-Cookie: SESSION=' <<<"$signed_in_headers" || true)
device_cookie=$(grep -i '^Set-Cookie: SIGN_IN_DEVICE=' <<<"$signed_in_headers" || true)
lang_cookie=$(https_headers '/?lang=ko' | grep -i '^Set-Cookie: lang=' || true)
if [[ "$session_cookie" == *"; Secure"* && "$session_cookie" == *HttpOnly* && "$session_cookie" == *SameSite=Lax* \
      && "$csrf_cookie" == *"; Secure"* && "$csrf_cookie" == *HttpOnly* && "$csrf_cookie" == *SameSite=Lax* \
      && "$device_cookie" == *"; Secure"* && "$device_cookie" == *HttpOnly* && "$device_cookie" == *SameSite=Lax* \
      && "$lang_cookie" == *"; Secure"* && "$lang_cookie" == *HttpOnly* ]]; then
  premise secure-cookies-on-https ok "over HTTPS: ${session_cookie%%=*}=…${session_cookie#*;}, ${csrf_cookie%%=*}=…${csrf_cookie#*;}, ${device_cookie%%=*}=…${device_cookie#*;} and ${lang_cookie}"
else
  premise secure-cookies-on-https failed "over HTTPS the cookies lack Secure/HttpOnly/SameSite: '${session_cookie}', '${csrf_cookie}', '${device_cookie}', '${lang_cookie}'"
fi
home=$(plain_headers /)
xss_header=$(grep -i '^X-XSS-Protection:' <<<"$home" || true)
csp=$(grep -i '^Content-Security-Policy:' <<<"$home" || true)
if [[ "$xss_header" =~ :\ *0$ && "$csp" == *"script-src 'self'"* && "$csp" == *"object-src 'none'"* ]]; then
  premise xss-protection-off-with-csp ok "${xss_header}; ${csp}"
else
  premise xss-protection-off-with-csp failed "expected X-XSS-Protection: 0 and a CSP with script-src 'self' and object-src 'none'; got '${xss_header}', '${csp}'"
fi

# --- a signed-in session for sqlmap (wapiti signs in through the form itself) ---------------------
umask 077
printf '%s' "$APP_ADMIN_PASSWORD" >"$WORK/admin-password"
umask 022
csrf_of() { grep -oE '<input[^>]*name="_csrf"[^>]*>' "$1" | head -n 1 | grep -oE 'value="[^"]*"' | cut -d'"' -f2; }
JAR_FILE=$WORK/checks/cookies.txt
rm -f "$JAR_FILE"
curl -s -c "$JAR_FILE" -b "$JAR_FILE" -A "$UA/checks" -o "$WORK/checks/login.html" "$BASE/login"
login_status=$(curl -s -c "$JAR_FILE" -b "$JAR_FILE" -A "$UA/checks" -o /dev/null -w '%{http_code} %{redirect_url}' \
  --data-urlencode "username=$APP_ADMIN_USERNAME" --data-urlencode "password@$WORK/admin-password" \
  --data-urlencode "_csrf=$(csrf_of "$WORK/checks/login.html")" "$BASE/login")
[[ "$login_status" == "302 $BASE/admin" ]] || die "signing in as $APP_ADMIN_USERNAME failed ($login_status)"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR_FILE")
[ -n "$SESSION" ] || die "no session cookie after signing in"
signed_in() { [ "$(curl -s -o /dev/null -w '%{http_code}' -A "$UA/checks" -b "SESSION=$SESSION" "$BASE/admin")" = 200 ]; }
signed_in || die "the signed-in session does not reach /admin"

# --- the scanners --------------------------------------------------------------------------------
# wapiti 3.0.4 compiles its -x patterns with the regex flags at the end, which Python 3.11 refuses
# (re.error: global flags not at the start); the same pattern with the flags in front, then wapiti.
WAPITI_SHIM='
import re, sys
import wapitiCore.net.crawler as crawler
def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")
crawler.wildcard_translate = wildcard_translate
from wapitiCore.main.wapiti import wapiti_main
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
'
# Representative filtered URLs, crawled first, so that they are attacked even when the crawl ends at its
# time limit. (The modules take the crawled URLs in alphabetical order.)
PUBLIC_URLS=(
  "$BASE/timeline?partner=kt&from=2020&to=2022&q=digital"
  "$BASE/agreements?partner=kt&kind=MOU&q=bank"
  "$BASE/search?q=kt"
  "$BASE/api/v1/timeline?partner=kt&from=2020-01&q=digital"
  "$BASE/api/v1/agreements?q=bank&page=1"
  "$BASE/network?from=2020&to=2022"
  "$BASE/organizations/kt"
  "$BASE/timeline.atom?partner=kt"
  "$BASE/agreements.csv?q=bank"
  "$BASE/organizations"
  "$BASE/people"
  "$BASE/sources"
  "$BASE/initiatives"
  "$BASE/timeline?partner=kt&partner=woori-bank&match=all&dates=signed&size=50"
  "$BASE/organizations/woori-bank?sort=counterpart&dir=asc&kind=AGREEMENT&asOf=2020-12-31"
  "$BASE/network?asOf=2020-08-01"
  "$BASE/agreements?dormant=12"
)
ADMIN_URLS=(
  "$BASE/admin"
  "$BASE/admin/sources/new"
  "$BASE/admin/organizations/new"
  "$BASE/admin/statements/new"
  "$BASE/admin/agreements/new"
  "$BASE/admin/people/new"
  "$BASE/admin/organizations/kt/edit"
  "$BASE/admin/agreements?q=bank"
  "$BASE/admin/people?q=kim"
  "$BASE/admin/changes"
)
start_args() { for url in "$@"; do printf -- '-s\n%s\n' "$url"; done; }

# wapiti_run and sqlmap_run only run in the background (start_job): they exec `timeout`, so the job's
# pid is the scanner's own and clean-up stops the scanner itself.
wapiti_run() { # name, the base URL (the scope is what starts with it), the modules, then extra arguments
  local name=$1 url=$2 modules=$3; shift 3
  local dir=$WORK/wapiti-$name
  mkdir -p "$dir"
  exec timeout -k 10 "$WAPITI_TIMEOUT" "$PYTHON" -c "$WAPITI_SHIM" \
    -u "$url" --scope folder -m "$modules" -r lang $(printf -- '--skip %s ' $WAPITI_SKIP) \
    -d "$WAPITI_DEPTH" --max-links-per-page "$WAPITI_LINKS" -S "$WAPITI_FORCE" \
    --max-scan-time "$WAPITI_CRAWL_SECONDS" --max-attack-time "$WAPITI_MODULE_SECONDS" -t "$WAPITI_REQUEST_TIMEOUT" \
    --endpoint "$BASE/" --no-bugreport --flush-session \
    --store-session "$dir/session" --store-config "$dir/config" \
    -A "$UA/wapiti-$name" -x "$BASE/logout" \
    -f json -o "$dir/report.json" -v 1 "$@" </dev/null >"$dir/output.txt" 2>&1
}

SQLMAP_COMMON=(--batch --dbms=PostgreSQL --level=1 --risk=1 --timeout=10 --retries=1 --disable-coloring
               --answers="follow=N" -v 1)
sqlmap_run() { # name, then arguments
  local name=$1; shift
  local dir=$WORK/sqlmap-$name
  mkdir -p "$dir"
  exec timeout -k 10 "$SQLMAP_TIMEOUT" /usr/bin/sqlmap "${SQLMAP_COMMON[@]}" --output-dir="$dir/out" \
    --user-agent="$UA/sqlmap-$name" "$@" </dev/null >"$dir/output.txt" 2>&1
}

# The scanners run side by side; each is timed to its own end.
declare -A EXIT_CODES DURATIONS JOB_STARTED JOB_NAME
start_job() { # name, then the command
  local name=$1; shift
  JOB_STARTED[$name]=$(date +%s)
  "$@" &
  SCANNER_PIDS+=($!)
  JOB_NAME[$!]=$name
}
finish_jobs() {
  local rc pid name
  while [ "${#JOB_NAME[@]}" -gt 0 ]; do
    pid=; rc=0
    wait -n -p pid "${!JOB_NAME[@]}" || rc=$?
    [ -n "$pid" ] || break
    name=${JOB_NAME[$pid]}
    unset "JOB_NAME[$pid]"
    EXIT_CODES[$name]=$rc
    DURATIONS[$name]=$(($(date +%s) - ${JOB_STARTED[$name]}))
    log "$name finished (exit $rc) after ${DURATIONS[$name]} s"
  done
  SCANNER_PIDS=()
}

printf '%s\n' "${PUBLIC_URLS[@]}" >"$WORK/checks/sqlmap-public-urls.txt"
printf '%s\n' "$BASE/admin/agreements?q=bank" "$BASE/admin/organizations?q=kt" "$BASE/search?q=kt" \
  "$BASE/timeline?partner=kt&q=digital" >"$WORK/checks/sqlmap-admin-urls.txt"
# Only parameterized URLs for sqlmap; /organizations/kt and the feed carry at most one.
grep '?' "$WORK/checks/sqlmap-public-urls.txt" | grep -v -e 'timeline.atom' -e 'agreements.csv' >"$WORK/checks/sqlmap-public.txt"

# All five runs go side by side: each wapiti module and each crawl is bounded in time, and sqlmap's
# work is fixed, so together they take about as long as one wapiti run.
log "wapiti ($WAPITI_MODULES) anonymous and signed in as $APP_ADMIN_USERNAME; sqlmap on" \
  "$(wc -l <"$WORK/checks/sqlmap-public.txt") public URLs, $(wc -l <"$WORK/checks/sqlmap-admin-urls.txt") signed in, one admin form POST"
mapfile -t public_start < <(start_args "$BASE/login" "${PUBLIC_URLS[@]}")
start_job wapiti-anonymous wapiti_run anonymous "$BASE/" "$WAPITI_MODULES" "${public_start[@]}"
# The first start URL is the sign-in form (wapiti's --auth-type post). Not crawled: sign-out, and the
# admin's own account, deletes, restores and citation removals, which would end the session or empty
# the record under the crawl; their forms are the same Spring Security CSRF check as every other one.
mapfile -t admin_start < <(start_args "$BASE/login" "${ADMIN_URLS[@]:1}")
# Its scope is /admin: the public pages are the anonymous run's.
start_job wapiti-signed-in wapiti_run signed-in "${ADMIN_URLS[0]}" "$WAPITI_MODULES_SIGNED_IN" "${admin_start[@]}" \
  --max-parameters "$WAPITI_MAX_PARAMETERS" \
  --auth-type post -a "$APP_ADMIN_USERNAME%$APP_ADMIN_PASSWORD" -x "$BASE/login*" -x "$BASE/admin/users/*" \
  -x "$BASE/admin/*/delete" -x "$BASE/admin/*/remove" -x "$BASE/admin/*/restore"
# sqlmap starts once the crawls are over: on 2 cores they would otherwise slow them down, and a
# crawl cut short by its time limit leaves the forms (queued after the links) unattacked.
sleep "$WAPITI_CRAWL_SECONDS"
start_job sqlmap-anonymous sqlmap_run anonymous -m "$WORK/checks/sqlmap-public.txt"
start_job sqlmap-signed-in sqlmap_run signed-in -m "$WORK/checks/sqlmap-admin-urls.txt" --cookie="SESSION=$SESSION"
# A create form: a new source per request, no unique key, so every payload reaches the save.
# The token comes from another signed-in page (the sign-out form's): sqlmap would fetch the target URL
# itself with the POST it tests, which Spring Security refuses without a token.
start_job sqlmap-signed-in-form sqlmap_run signed-in-form -u "$BASE/admin/sources/new" \
  --data="kind=NEWS_ARTICLE&publisher=Scan+Press&author=Probe&headlineEn=Scan+probe&language=ko&published.text=2021-05&published.note=probe&note=probe&url=&version=&_csrf=x" \
  -p "publisher,headlineEn,published.text,note" --csrf-token=_csrf --csrf-url="$BASE/admin" \
  --cookie="SESSION=$SESSION" --ignore-redirects
finish_jobs

SESSION_AFTER=ended
signed_in && SESSION_AFTER=kept
stop_pid "$APP_PID"; APP_PID=
FINISHED=$(date +%s)

# --- findings, the accepted list, SCAN.md --------------------------------------------------------
for name in "${!EXIT_CODES[@]}"; do
  printf '%s\t%s\t%s\t%s\n' "$name" "${EXIT_CODES[$name]}" "${DURATIONS[$name]}" "${JOB_STARTED[$name]}"
done | sort >"$WORK/checks/scanners.tsv"
set +e
"$PYTHON" "$ROOT/reliability/scan-report.py" "$WORK" "$ACCEPTED" "$REPORT" \
  "started=$STARTED" "app_up=$APP_UP" "finished=$FINISHED" "session_after=$SESSION_AFTER" \
  "commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)')" \
  "wapiti=$WAPITI_VERSION" "sqlmap=$SQLMAP_VERSION" "java=$(java -version 2>&1 | head -n 1)" \
  "cores=$(nproc)" "pg=$PG_VERSION" "base=$BASE" "modules-wapiti-anonymous=$WAPITI_MODULES" \
  "modules-wapiti-signed-in=$WAPITI_MODULES_SIGNED_IN" \
  "bounds=crawl ${WAPITI_CRAWL_SECONDS} s to depth ${WAPITI_DEPTH}, ${WAPITI_LINKS} links per page, -S ${WAPITI_FORCE}, ${WAPITI_MODULE_SECONDS} s per module, ${WAPITI_REQUEST_TIMEOUT} s per request, killed after ${WAPITI_TIMEOUT} s|level 1, risk 1, --dbms=PostgreSQL, killed after ${SQLMAP_TIMEOUT} s"
status=$?
set -e
log "wrote reliability/SCAN.md in $(($(date +%s) - STARTED)) s in all"
exit "$status"
