#!/usr/bin/env bash
# The editor of bench/run.sh: signs in through the sign-in form and saves agreements through the real
# admin edit form, one save a second, for as long as it runs. Each save opens the form (GET), keeps every
# field as the form has it (the CSRF token and the version included: bench/form-body.pl), changes the
# English summary and posts it back; a save succeeded when the app redirects to the agreement's page.
#
#   bench/editor.sh BASE_URL IDS_FILE LOG_FILE GO_FILE
#   bench/editor.sh --open BASE_URL PATHS_FILE TIMES   # signed in, opens each path TIMES times
#
# It saves only while GO_FILE exists, and writes the file's first line (a phase name) into each line of
# LOG_FILE, so that one signed-in editor serves every phase of the run:
#   <phase> <epoch ms> <agreement id> <GET status> <GET ms> <GET bytes> <POST status> <POST ms> <ok | why it failed>
# IDS_FILE holds agreement ids, one a line, taken in turn. Settings (environment): EDITOR_USERNAME,
# EDITOR_PASSWORD, EDIT_INTERVAL (seconds between the starts of two saves, 1), EDIT_FIELD (summaryEn),
# EDIT_TIMEOUT (seconds curl waits for one request, 60). With --open it prints "<path> <status> <ms> <bytes>"
# for each opening, to measure the admin forms.
set -uo pipefail
OPEN=false
if [ "${1:-}" = --open ]; then OPEN=true; shift; fi
BASE=$1 IDS_FILE=$2 LOG=${3:-} GO=${4:-}
HERE=$(cd "$(dirname "$0")" && pwd)
INTERVAL=${EDIT_INTERVAL:-1}
FIELD=${EDIT_FIELD:-summaryEn}
TIMEOUT=${EDIT_TIMEOUT:-60}
: "${EDITOR_USERNAME:?}" "${EDITOR_PASSWORD:?}"
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
JAR=$DIR/cookies
mapfile -t IDS <"$IDS_FILE"
[ "${#IDS[@]}" -gt 0 ] || { echo "editor: nothing in $IDS_FILE" >&2; exit 1; }

now_ms() { date +%s%3N; }
ms() { awk -v s="$1" 'BEGIN {printf "%.1f", s * 1000}'; }

sign_in() {
  rm -f "$JAR"
  curl -s -m "$TIMEOUT" -c "$JAR" -o "$DIR/login.html" "$BASE/login" || return 1
  perl "$HERE/form-body.pl" /login "username=$EDITOR_USERNAME" "password=$EDITOR_PASSWORD" <"$DIR/login.html" >"$DIR/login.body" || return 1
  local result
  result=$(curl -s -m "$TIMEOUT" -b "$JAR" -c "$JAR" -o /dev/null -w '%{http_code} %{redirect_url}' \
    -H 'Content-Type: application/x-www-form-urlencoded' --data-binary @"$DIR/login.body" "$BASE/login") || return 1
  case "$result" in 302\ *error* | 302\ *login*) return 1 ;; 302\ *) ;; *) return 1 ;; esac
  grep -q 'SESSION' "$JAR"
}

sign_in || { echo "editor: could not sign in at $BASE/login as $EDITOR_USERNAME" >&2; exit 1; }
echo "editor: signed in as $EDITOR_USERNAME" >&2

if [ "$OPEN" = true ]; then
  for path in "${IDS[@]}"; do
    for _ in $(seq 1 "$LOG"); do
      read -r code seconds bytes < <(curl -s -m "$TIMEOUT" -b "$JAR" -c "$JAR" -o /dev/null \
        -w '%{http_code} %{time_total} %{size_download}\n' "$BASE$path" || echo "000 0 0")
      echo "$path $code $(ms "$seconds") $bytes"
    done
  done
  exit 0
fi

n=0
saves=0
while :; do
  if [ ! -f "$GO" ]; then sleep 0.1; continue; fi
  phase=$(head -n 1 "$GO" 2>/dev/null || true)
  [ -n "$phase" ] || phase=edit
  id=${IDS[$((n % ${#IDS[@]}))]}
  n=$((n + 1))
  start=$(now_ms)
  read -r get_code get_s get_bytes < <(curl -s -m "$TIMEOUT" -b "$JAR" -c "$JAR" -o "$DIR/form.html" \
    -w '%{http_code} %{time_total} %{size_download}\n' "$BASE/admin/agreements/$id/edit" || echo "000 0 0")
  post_code=- post_s=0 outcome=ok
  if [ "$get_code" = 302 ]; then
    outcome=signed-out
    sign_in || outcome=signed-out-and-sign-in-failed
  elif [ "$get_code" != 200 ]; then
    outcome=form-$get_code
  else
    saves=$((saves + 1))
    rm -f "$DIR/saved.html"
    perl "$HERE/form-body.pl" "/admin/agreements/$id/edit" "$FIELD+=[bench edit $saves]" <"$DIR/form.html" >"$DIR/save.body"
    case $? in
      0)
        read -r post_code post_s location < <(curl -s -m "$TIMEOUT" -b "$JAR" -c "$JAR" -o "$DIR/saved.html" \
          -w '%{http_code} %{time_total} %{redirect_url}\n' -H 'Content-Type: application/x-www-form-urlencoded' \
          --data-binary @"$DIR/save.body" "$BASE/admin/agreements/$id/edit" || echo "000 0 -")
        case "$post_code ${location:-}" in
          "302 $BASE/agreements/$id" | "302 $BASE/agreements/$id?"* | "302 $BASE/agreements/$id#"*) ;;
          302\ *) outcome=redirected-to:${location:-none} ;;
          *) outcome=save-$post_code ;;
        esac
        ;;
      2) outcome=no-form ;;
      *) outcome=no-field-$FIELD ;;
    esac
  fi
  if [ "$outcome" != ok ] && [ ! -f "$LOG.failed.html" ]; then
    cp "$DIR/saved.html" "$LOG.failed.html" 2>/dev/null || cp "$DIR/form.html" "$LOG.failed.html" 2>/dev/null || true
  fi
  echo "$phase $start $id $get_code $(ms "$get_s") $get_bytes $post_code $(ms "$post_s") $outcome" >>"$LOG"
  rest=$(awk -v i="$INTERVAL" -v a="$start" -v b="$(now_ms)" 'BEGIN {r = i - (b - a) / 1000; printf "%.3f", (r > 0 ? r : 0)}')
  sleep "$rest"
done
