"""The pass marks of the scanner sweep, from the summary that scan-report.py leaves in
target/scan/summary.json (reliability/SCAN.md is the detailed report of the same run)."""
import json
import os

SECTION = "Scanner sweep"
# The issue allows each scanner 10 minutes.
CAP_SECONDS = 600


def read(work, scan_rc, started_after):
    """The rows (section, mark, figure, passed, note). No summary, or one older than this run, fails."""
    path = os.path.join(work, "summary.json")
    if not os.path.exists(path):
        return [(SECTION, "the sweep ran and judged its findings",
                 "no target/scan/summary.json: scan.sh exited %s before its report" % scan_rc, False, "")]
    with open(path, encoding="utf-8") as f:
        summary = json.load(f)
    if summary["started"] < started_after:
        return [(SECTION, "the sweep ran and judged its findings",
                 "target/scan/summary.json is from an earlier run (scan.sh exited %s)" % scan_rc, False, "")]
    rows = []
    runs = summary["runs"]
    exits = ", ".join("%s %s" % (name, run["exit"]) for name, run in runs.items())
    rows.append((SECTION, "every scanner ran to its end (and the signed-in runs stayed signed in)",
                 "exit statuses: %s; %d requests; scan.sh exited %s" % (exits, summary["requests"], scan_rc),
                 not summary["problems"], "; ".join(summary["problems"])[:400]))
    rows.append((SECTION, "no finding beyond [accepted-findings.md](accepted-findings.md)",
                 "%d findings, %d accepted (each premise checked in the same run), %d unexpected" % (
                     summary["findings"], summary["accepted"], summary["unexpected"]),
                 summary["unexpected"] == 0, "; ".join(summary["unexpected_findings"])[:400]))
    for scanner in ("wapiti", "sqlmap"):
        wall = summary["wall_seconds"][scanner]
        mine = [(name, run["seconds"]) for name, run in runs.items() if run["scanner"] == scanner]
        each = ", ".join("%s %s" % (name, "did not run" if seconds is None else "%d s" % seconds) for name, seconds in mine)
        rows.append((SECTION, "%s within its 10-minute cap" % scanner,
                     "%s from its first start to its last end (side by side: %s)" % ("—" if wall is None else "%d s" % wall, each),
                     wall is not None and wall <= CAP_SECONDS and all(seconds is not None for _, seconds in mine), ""))
    return rows
