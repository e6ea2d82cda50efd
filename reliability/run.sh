#!/usr/bin/env bash
# The reliability battery of issue 8 in one run, as .ci/run runs it after ./mvnw verify:
#   1. the pass marks that the battery's tests in ./mvnw verify record (bad input, form fuzzing, stored
#      XSS, login guessing, sensitive paths, migrations), read from target/reliability-marks/; when a
#      file is missing or older than the sources, those test classes are run here first; and the long
#      tests tagged "battery" that verify leaves out (the 2000-submission form fuzz, two instances
#      starting at once), run here every time;
#   2. the fault runs, reliability/faults.sh: start-up with the database down, concurrent editors and
#      four database outages under load (a cluster of its own on port 5499, the app on 18180);
#   3. the scanner sweep, reliability/scan.sh: wapiti and sqlmap, every finding against
#      accepted-findings.md (a cluster of its own on port 5497, the app on 18280);
#   4. the hardening attacks of issue 14, reliability/hardening.sh: a script each in reliability/hardening/ (the
#      first, h2-recycle, runs beside the scanner sweep: it mostly waits);
#   5. the API fuzzer of issue 18, reliability/api-fuzz.sh: valid and invalid requests to every operation of
#      /v3/api-docs, every answer checked against it (a cluster of its own on port 5492, the app on 18480),
#      and the data dump /api/v1/dump read by the Frictionless project's own library (npm datapackage);
#   6. the scale-out test of issue 20, reliability/scaleout.sh: a primary and a streaming replica (clusters of its
#      own on ports 5496 and 5498), two instances started at once behind HAProxy (18600; the apps on 18601-18602,
#      their management ports 18611-18612), sessions, CSRF, the shared throttle, caches, read-your-writes, the
#      replica and an instance lost under load;
# reliability/report.py judges them all and writes reliability/RESULTS.md (the sweep's detail stays in
# reliability/SCAN.md). The exit status is 0 only when every mark of every section holds; a section
# that produced no figures fails.
#
#   reliability/run.sh            # about 21 minutes on 2 cores, 3 more when the tests must run first
#
# Settings (environment): JAR (the jar in target/, rebuilt when the sources are newer), and those of
# faults.sh, scan.sh, api-fuzz.sh and scaleout.sh, which are passed on. It needs root or sudo, as they do.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STARTED=$(date +%s)
MARKS=$ROOT/target/reliability-marks
# The test classes that record the marks (src/test/.../support/PassMarks.java).
MARK_TESTS=(MalformedUrlTests AdminFormFuzzTests StoredXssBrowserTests LoginGuessingTests LoginOverHttpTests
            LoginThrottleTests SensitivePathsTests LandedMigrationsTests MigrationUpgradeTests ConcurrentStartTests
            SessionsInDatabaseTests SharedLoginThrottleTests
            RecordIntegrityTests ConcurrentParentChangeTests SmallerLeaksTests
            EmbeddedDatabaseKeepsSavingTests ImportHostileFileTests)
# Those of them whose marks come from long tests tagged "battery", which ./mvnw verify leaves out (pom.xml,
# surefire.excludedGroups): run here every time, and only their tagged tests, whose marks replace verify's.
BATTERY_TESTS=(AdminFormFuzzTests ConcurrentStartTests ImportHostileFileTests)

log() { printf '[reliability %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

mkdir -p "$ROOT/target"
LOCK=/tmp/partnership-tracker-reliability.lock
exec 8>>"$LOCK"
flock -n 8 || { log "another reliability/run.sh is running on this machine (lock $LOCK)"; exit 1; }

# --- the jar under test, rebuilt when the sources are newer ----------------------------------------
sources_newer_than() { [ -n "$(find "$ROOT/src" "$ROOT/pom.xml" -newer "$1" -type f -print -quit)" ]; }
JAR=${JAR:-$(ls "$ROOT"/target/partnership-tracker-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
if [ -z "$JAR" ] || { [[ "$JAR" == "$ROOT"/target/* ]] && sources_newer_than "$JAR"; }; then
  log "building the jar (./mvnw -B -q -DskipTests package)"
  ./mvnw -B -q -DskipTests package
  JAR=$(ls "$ROOT"/target/partnership-tracker-*.jar | grep -v -- '-plain' | head -n 1)
fi
export JAR

# --- 1. the marks of the tests -----------------------------------------------------------------------
# verify runs the tests before it packages the jar, so a marks file is always a little older than the
# jar it built; what makes it stale is a change to the sources since the tests ran.
is_battery_test() { [[ " ${BATTERY_TESTS[*]} " == *" $1 "* ]]; }
stale_marks() {
  for test_class in "${MARK_TESTS[@]}"; do
    local file=$MARKS/$test_class.tsv
    if [ ! -f "$file" ] || sources_newer_than "$file"; then echo "$test_class"; fi
  done
}
stale_verify_marks() { stale_marks | while read -r test_class; do is_battery_test "$test_class" || echo "$test_class"; done; }
MARKS_BY="./mvnw verify"
TESTS_RC=
if [ -n "$(stale_verify_marks)" ]; then
  log "marks missing or older than the sources for: $(stale_verify_marks | tr '\n' ' '); running those test classes"
  MARKS_BY="reliability/run.sh (./mvnw test -Dtest=...)"
  TESTS_RC=0
  ./mvnw -B -q test -Dtest="$(stale_verify_marks | paste -sd, -)" >"$ROOT/target/reliability-tests.log" 2>&1 || TESTS_RC=$?
  log "the tests ended with status $TESTS_RC (log: target/reliability-tests.log)"
fi
# The battery's long tests, every time; the files verify's shorter runs of these classes wrote go first, so
# that a run that fails to start cannot leave their figures standing in for the soak's.
for test_class in "${BATTERY_TESTS[@]}"; do rm -f "$MARKS/$test_class.tsv"; done
BATTERY_STARTED=$(date +%s)
log "running the tests tagged battery in: ${BATTERY_TESTS[*]}"
BATTERY_RC=0
./mvnw -B -q test -Dgroups=battery -Dsurefire.excludedGroups= -Dtest="$(IFS=,; echo "${BATTERY_TESTS[*]}")" \
  >"$ROOT/target/reliability-battery-tests.log" 2>&1 || BATTERY_RC=$?
log "the battery's tests ended with status $BATTERY_RC after $(($(date +%s) - BATTERY_STARTED)) s" \
    "(log: target/reliability-battery-tests.log)"
MARKS_BY="$MARKS_BY; the tests tagged battery (${BATTERY_TESTS[*]}) by reliability/run.sh"
if [ "$BATTERY_RC" -ne 0 ] && [ "${TESTS_RC:-0}" = 0 ]; then TESTS_RC=$BATTERY_RC; fi

# --- 2. the fault runs ---------------------------------------------------------------------------------
FAULTS_STARTED=$(date +%s)
FAULTS_RC=0
reliability/faults.sh || FAULTS_RC=$?
log "the fault runs ended with status $FAULTS_RC after $(($(date +%s) - FAULTS_STARTED)) s"

# --- 3. the scanner sweep, beside the first hardening attack ---------------------------------------------
# h2-recycle spends its three minutes mostly waiting (a round of saves every 30 s, on H2 and a port of its own),
# so it runs beside the scanners, whose marks are their findings and a 10-minute cap, not timings.
FIRST_ATTACK=h2-recycle
reliability/hardening.sh "$FIRST_ATTACK" &
FIRST_ATTACK_PID=$!
SCAN_STARTED=$(date +%s)
rm -f "$ROOT/target/scan/summary.json"
SCAN_RC=0
reliability/scan.sh || SCAN_RC=$?
log "the scanner sweep ended with status $SCAN_RC after $(($(date +%s) - SCAN_STARTED)) s"

# --- 4. the hardening attacks ---------------------------------------------------------------------------
HARDENING_RC=0
wait "$FIRST_ATTACK_PID" || HARDENING_RC=$?
mapfile -t OTHER_ATTACKS < <(reliability/hardening.sh --list | grep -vx "$FIRST_ATTACK")
reliability/hardening.sh "${OTHER_ATTACKS[@]}" || HARDENING_RC=$?
log "the hardening attacks ended with status $HARDENING_RC"

# --- 5. the API fuzzer -----------------------------------------------------------------------------------
API_FUZZ_STARTED=$(date +%s)
API_FUZZ_RC=0
rm -f "$ROOT/target/api-fuzz/api-fuzz.tsv" "$ROOT/target/api-fuzz/dump-check.tsv"
reliability/api-fuzz.sh || API_FUZZ_RC=$?
log "the API fuzzer ended with status $API_FUZZ_RC after $(($(date +%s) - API_FUZZ_STARTED)) s"

# --- 6. the scale-out test ------------------------------------------------------------------------------
SCALEOUT_STARTED=$(date +%s)
SCALEOUT_RC=0
rm -f "$ROOT/target/scaleout/scaleout.tsv"
reliability/scaleout.sh || SCALEOUT_RC=$?
log "the scale-out test ended with status $SCALEOUT_RC after $(($(date +%s) - SCALEOUT_STARTED)) s"

# --- RESULTS.md ----------------------------------------------------------------------------------------
REPORT_RC=0
# The commit is "with uncommitted changes" only for what is tested, not for the reports this run rewrites.
python3 reliability/report.py "$ROOT/reliability/RESULTS.md" \
  "faults_dir=$ROOT/target/faults" "marks_dir=$MARKS" "scan_dir=$ROOT/target/scan" \
  "hardening_dir=$ROOT/target/hardening" "attacks=$(reliability/hardening.sh --list | paste -sd, -)" \
  "hardening_rc=$HARDENING_RC" "api_fuzz_dir=$ROOT/target/api-fuzz" "api_fuzz_rc=$API_FUZZ_RC" \
  "scaleout_dir=$ROOT/target/scaleout" "scaleout_rc=$SCALEOUT_RC" \
  "mark_tests=$(IFS=,; echo "${MARK_TESTS[*]}")" "stale_marks=$(stale_marks | paste -sd, -)" \
  "marks_by=$MARKS_BY" "tests_rc=$TESTS_RC" "faults_rc=$FAULTS_RC" "scan_rc=$SCAN_RC" \
  "started=$STARTED" "scan_started=$SCAN_STARTED" "finished=$(date +%s)" \
  "commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src pom.xml .ci \
    'reliability/*.sh' 'reliability/*.py' 'reliability/*.mjs' 'reliability/*package*.json' 2>/dev/null || echo ' (with uncommitted changes)')" \
  || REPORT_RC=$?
log "results in reliability/RESULTS.md"
grep -q '^Overall: \*\*pass\*\*' "$ROOT/reliability/RESULTS.md" && [ "$REPORT_RC" -eq 0 ] \
  || { log "some pass marks were not met"; exit 1; }
