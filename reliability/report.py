#!/usr/bin/env python3
"""Judges the figures of reliability/run.sh against the pass marks of issue 8 and writes reliability/RESULTS.md.

  report.py RESULTS_FILE key=value...

The keys, all passed by run.sh: faults_dir, marks_dir, scan_dir, hardening_dir, api_fuzz_dir, scaleout_dir, mark_tests,
attacks, stale_marks, marks_by, tests_rc, faults_rc, scan_rc, hardening_rc, api_fuzz_rc, scaleout_rc, started, scan_started,
finished, commit. Three parts, each a list of marks
(section, mark, figure, passed or None for not applicable, note): the marks the battery's tests in
./mvnw verify recorded (verify_marks.py), the fault runs (fault_marks.py) and the scanner sweep
(scan_marks.py). A part that left no figures gives a failing mark, so nothing passes by being absent.
Exit status: 0 when every mark holds, 1 otherwise.
"""
import collections
import datetime
import os
import sys

import fault_marks
import scan_marks
import verify_marks

out = sys.argv[1]
meta = dict(arg.split("=", 1) for arg in sys.argv[2:])


def split(value):
    return [item for item in value.split(",") if item]


test_rows, marks_written = verify_marks.read(meta["marks_dir"], split(meta["mark_tests"]), split(meta["stale_marks"]))
faults, outage_rows, facts = fault_marks.read(meta["faults_dir"], meta["faults_rc"])
scan = scan_marks.read(meta["scan_dir"], meta["scan_rc"], int(meta["scan_started"]))
attacks, _ = verify_marks.read(meta["hardening_dir"], split(meta["attacks"]), [], "target/hardening", "Attack: ")
api_fuzz, _ = verify_marks.read(meta["api_fuzz_dir"], ["api-fuzz"], [], "target/api-fuzz", "API fuzzer: ")
dump_check, _ = verify_marks.read(meta["api_fuzz_dir"], ["dump-check"], [], "target/api-fuzz", "Data dump: ")
api_fuzz += dump_check
scaleout, _ = verify_marks.read(meta["scaleout_dir"], ["scaleout"], [], "target/scaleout", "Scale-out: ")
PARTS = [("Part 1: the tests of ./mvnw verify and the battery's long tests", test_rows), ("Part 2: the fault runs", faults),
         ("Part 3: the scanner sweep", scan), ("Part 4: the hardening attacks", attacks),
         ("Part 5: the API fuzzer and the data dump", api_fuzz),
         ("Part 6: the scale-out test", scaleout)]
every_mark = test_rows + faults + scan + attacks + api_fuzz + scaleout


def verdict(passed):
    return "n/a" if passed is None else "**pass**" if passed else "**FAIL**"


def by_section(rows):
    sections = collections.OrderedDict()
    for row in rows:
        sections.setdefault(row[0], []).append(row)
    return sections


def cell(text):
    return str(text).replace("|", "\\|")


lines = []
w = lines.append
overall = all(row[3] is not False for row in every_mark)
failed = sum(1 for row in every_mark if row[3] is False)
stamp = datetime.datetime.fromtimestamp(int(meta["started"]), datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
w("# Reliability results")
w("")
w("Written by `reliability/run.sh` (see the README's Reliability section): every pass mark of the reliability battery of "
  "issue 8 with the figure measured. The marks of the tests in `./mvnw verify` (bad input, form fuzzing, stored XSS, "
  "login guessing, sensitive paths, migrations, hostile import files), the fault runs (`reliability/faults.sh`) and the scanner sweep "
  "(`reliability/scan.sh`, detailed in [SCAN.md](SCAN.md)). Raw figures and logs: `target/reliability-marks/`, "
  "`target/faults/`, `target/scan/`.")
w("")
w("Run of %s, commit %s, %d s in all; %s cores." % (stamp, meta["commit"], int(meta["finished"]) - int(meta["started"]),
                                                   os.cpu_count()))
w("")
w("Overall: %s (%d marks passed, %d failed, %d not applicable, in %d sections)" % (
    "**pass**" if overall else "**FAIL**", sum(1 for row in every_mark if row[3] is True), failed,
    sum(1 for row in every_mark if row[3] is None), sum(len(by_section(rows)) for _, rows in PARTS)))
w("")
w("| part | section | marks | result |")
w("| --- | --- | ---: | --- |")
for part, rows in PARTS:
    for section, marks in by_section(rows).items():
        w("| %s | %s | %d | %s |" % (part.split(":")[0], cell(section), len(marks),
                                     verdict(all(m[3] is not False for m in marks))))


def write_sections(rows):
    for section, marks in by_section(rows).items():
        w("")
        w("### " + section)
        w("")
        w("| mark | figure | result |")
        w("| --- | --- | --- |")
        for _, text, figure, passed, note in marks:
            w("| %s | %s%s | %s |" % (cell(text), cell(figure), (" — " + cell(note)) if note else "", verdict(passed)))


w("")
w("## " + PARTS[0][0])
w("")
by = meta["marks_by"] + ("" if not meta["tests_rc"] else ", which ended with status %s" % meta["tests_rc"])
w("Recorded by %s at %s, after the last change to the sources, in `target/reliability-marks/` (one file per test "
  "class, written by `support/PassMarks` also when a test fails). Each class's last mark counts its tests, so a test "
  "that failed before it recorded its figure still fails its section." % (by, verify_marks.when(marks_written)))
write_sections(test_rows)

w("")
w("## " + PARTS[1][0])
w("")
if facts:
    w("Machine: %s cores, load average %s before and %s after (the cores are shared with other work). %s; `%s`; "
      "PostgreSQL %s in a cluster of its own on loopback (fsync off)." % (
          facts.get("cores"), facts.get("load_before"), facts.get("load_after"), facts.get("java"), facts.get("java_opts"),
          facts.get("pg_version")))
write_sections(faults)
if outage_rows:
    w("")
    lines.extend(fault_marks.timings(outage_rows, facts))
notes_path = os.path.join(os.path.dirname(out), "NOTES.md")
if os.path.exists(notes_path):
    w("")
    with open(notes_path, encoding="utf-8") as f:
        for line in f.read().rstrip().splitlines():
            # NOTES.md's sections belong to the fault runs: one level down here.
            w("#" + line if line.startswith("## ") else line)

w("")
w("## " + PARTS[2][0])
w("")
w("wapiti and sqlmap against the packaged app on loopback, anonymous and signed in; every run, module and finding is in "
  "[SCAN.md](SCAN.md), the accepted findings with their reasons in [accepted-findings.md](accepted-findings.md).")
write_sections(scan)

w("")
w("## " + PARTS[3][0])
w("")
w("The attacks of the hardening issue (issue 14) that need the packaged app running, each a script in "
  "`reliability/hardening/` run by `reliability/hardening.sh` (exit status %s); logs in `target/hardening/`."
  % meta["hardening_rc"])
write_sections(attacks)

w("")
w("## " + PARTS[4][0])
w("")
w("A property-based fuzzer driven by `/v3/api-docs` (issue 18), `reliability/api-fuzz.sh` (exit status %s): fast-check "
  "generates valid and invalid requests for every operation from the description and shrinks each failing one, Ajv "
  "validates every answer against the description. Every failure with its smallest request: "
  "`target/api-fuzz/failures.md`; the figures: `target/api-fuzz/results.json`. Against the same app, the data dump "
  "`/api/v1/dump`, downloaded once and read by the Frictionless project's own library (npm `datapackage`, "
  "`reliability/api-fuzz/dump-check.mjs`; the standard's profiles come with it and are not copied into the repository): "
  "figures in `target/api-fuzz/dump-check.json`." % meta["api_fuzz_rc"])
write_sections(api_fuzz)

w("")
w("## " + PARTS[5][0])
w("")
w("Issue 20's layout on one machine, `reliability/scaleout.sh` (exit status %s): a PostgreSQL primary and a streaming "
  "replica made from it with `pg_basebackup -R`, two instances of the packaged jar started at the same moment with "
  "`DATABASE_REPLICA_URL` and a management port each, behind HAProxy (round robin, health-checked on readiness), "
  "driven by `reliability/scaleout.py` through the proxy or at one instance directly. Raw figures and logs: "
  "`target/scaleout/`." % meta["scaleout_rc"])
write_sections(scaleout)
w("")

with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
print("overall:", "pass" if overall else "FAIL (%d marks failed)" % failed)
sys.exit(0 if overall else 1)
