#!/usr/bin/env bash
# Part 4 of the reliability battery: the attacks of the hardening issue (issue 14) that need the packaged app
# running, run by reliability/run.sh after the scanner sweep. Each attack is a script of its own,
# reliability/hardening/<name>.sh, that starts what it needs (the jar, on H2 or on a PostgreSQL cluster of its
# own on a port of its own, dropped when it ends), attacks it on loopback only, and writes its marks to
# target/hardening/<name>.tsv, one a line: section, mark, figure, "pass" or "fail", separated by tabs (the
# format of the verify tests' marks). reliability/report.py judges them; a script that wrote no file fails.
#
#   reliability/hardening.sh              # every attack
#   reliability/hardening.sh NAME...      # only these
#   reliability/hardening.sh --list       # the names of every attack
#
# Settings (environment): JAR (the jar in target/), HEAP (192m), passed on to each attack script.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=$ROOT/target/hardening
# The attacks, in the order they run. Each has at most ATTACK_LIMIT seconds.
ATTACKS=(h2-recycle anonymous-state login-spraying slow-and-heavy)
ATTACK_LIMIT=${ATTACK_LIMIT:-900}

log() { printf '[hardening %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

if [ "${1:-}" = --list ]; then printf '%s\n' "${ATTACKS[@]}"; exit 0; fi
if [ "$#" -gt 0 ]; then ATTACKS=("$@"); fi
mkdir -p "$OUT"
JAR=${JAR:-$(ls "$ROOT"/target/partnership-tracker-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
[ -n "$JAR" ] || { log "no jar in target/; run ./mvnw -DskipTests package first"; exit 1; }
export JAR OUT
export HEAP=${HEAP:-192m}

RC=0
for attack in "${ATTACKS[@]}"; do
  rm -f "$OUT/$attack.tsv"
  started=$(date +%s)
  log "attack '$attack'"
  status=0
  timeout --kill-after=30 "$ATTACK_LIMIT" "reliability/hardening/$attack.sh" >"$OUT/$attack.log" 2>&1 || status=$?
  log "attack '$attack' ended with status $status after $(($(date +%s) - started)) s (log: target/hardening/$attack.log)"
  [ "$status" -eq 0 ] || RC=1
done
exit "$RC"
