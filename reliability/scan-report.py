"""Reads what reliability/scan.sh left in target/scan/ and writes reliability/SCAN.md.

  scan-report.py WORK ACCEPTED REPORT key=value...

It also leaves the verdict and its figures in WORK/summary.json, which reliability/report.py puts into
reliability/RESULTS.md.

Findings come from wapiti's JSON reports (vulnerabilities and anomalies) and its console (the
methods module only prints what it finds), from sqlmap's console and its log of injection points,
from the app's access log (any 5xx response) and from the app's log (any ERROR). Each is compared
with the table in reliability/accepted-findings.md. Exit status: 0 when nothing is unexpected and
every scanner ran to its end, 1 otherwise.
"""
import collections
import glob
import json
import os
import re
import sys
import time

work, accepted_path, report_path = sys.argv[1:4]
meta = dict(arg.split("=", 1) for arg in sys.argv[4:])

RUNS = {  # name: (scanner, signed in?)
    "wapiti-anonymous": ("wapiti", False),
    "sqlmap-anonymous": ("sqlmap", False),
    "wapiti-signed-in": ("wapiti", True),
    "sqlmap-signed-in": ("sqlmap", True),
    "sqlmap-signed-in-form": ("sqlmap", True),
}
WAPITI_MODULES = ["http_headers", "cookieflags", "csp", "csrf", "xss", "permanentxss", "sql", "blindsql",
                  "redirect", "methods", "backup"]
CATEGORY_MODULE = {
    "HTTP Secure Headers": "http_headers",
    "Secure Flag cookie": "cookieflags",
    "HttpOnly Flag cookie": "cookieflags",
    "Content Security Policy Configuration": "csp",
    "Cross Site Request Forgery": "csrf",
    "Cross Site Scripting": "xss",
    "SQL Injection": "sql",
    "Blind SQL Injection": "blindsql",
    "Open Redirect": "redirect",
    "Backup file": "backup",
    "HTTP Methods": "methods",
}

# The modules that name each URL or form they attack at -v 1 (the others attack every crawled URL, or
# the site once, without saying so).
COUNTED = {"sql", "xss", "blindsql", "permanentxss", "csrf"}
Finding = collections.namedtuple("Finding", "run scanner module category detail where")
findings = []
problems = []  # a scanner that did not run as intended: the sweep cannot pass


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except FileNotFoundError:
        return None


scanners = {}
started_at = {}
for line in (read(os.path.join(work, "checks", "scanners.tsv")) or "").splitlines():
    name, rc, seconds, started_epoch = line.split("\t")
    scanners[name] = (int(rc), int(seconds))
    started_at[name] = int(started_epoch)

# --- wapiti ---------------------------------------------------------------------------------------
wapiti = {}
for run in ("wapiti-anonymous", "wapiti-signed-in"):
    out = read(os.path.join(work, run, "output.txt")) or ""
    info = {
        "resources": None, "launched": [], "capped": [], "crawl_capped": "Max scan time was reached" in out,
        "login": None, "tracebacks": out.count("Traceback (most recent call last)"),
    }
    m = re.search(r"Wapiti found (\d+) URLs and forms", out)
    info["resources"] = int(m.group(1)) if m else None
    info["launched"] = re.findall(r"\[\*\] Launching module (\w+)", out)
    info["capped"] = re.findall(r"Max attack time was reached for module (\w+)", out)
    # With -v 1 each module prints "[+] <request>" for every URL or form it attacks.
    info["attacked"] = {}
    for section in re.split(r"\[\*\] Launching module ", out)[1:]:
        module = section.split(None, 1)[0]
        info["attacked"][module] = len(re.findall(r"^\[\+\] ", section, re.M))
    if "Login success" in out:
        info["login"] = "signed in"
    elif "Login failed" in out:
        info["login"] = "failed"
    wapiti[run] = info
    rc = scanners.get(run, (None, None))[0]
    if rc == 124 or rc == 137:
        problems.append(f"{run} was killed at its time limit (exit {rc}); its report is incomplete or missing")
    report = read(os.path.join(work, run, "report.json"))
    if report is None:
        problems.append(f"{run} wrote no report (exit {rc}); see target/scan/{run}/output.txt")
    else:
        data = json.loads(report)
        for kind in ("vulnerabilities", "anomalies"):
            for category, items in data.get(kind, {}).items():
                for item in items:
                    module = CATEGORY_MODULE.get(category, "(anomaly)" if kind == "anomalies" else "?")
                    if category == "Cross Site Scripting" and item["info"].startswith("Permanent XSS"):
                        module = "permanentxss"
                    where = f"{item['method']} {item['path']}" + (f" ({item['parameter']})" if item["parameter"] else "")
                    findings.append(Finding(run, "wapiti", module, category, item["info"].strip(), where))
    for page, methods in re.findall(r"Interesting methods allowed on (\S+): (.+)", out):
        findings.append(Finding(run, "wapiti", "methods", "HTTP Methods", f"{methods.strip()} allowed", f"OPTIONS {page}"))
    missing = [m for m in meta.get(f"modules-{run}", ",".join(WAPITI_MODULES)).split(",") if m not in info["launched"]]
    if report is not None and missing:
        problems.append(f"{run} did not launch {', '.join(missing)}")
    if info["tracebacks"]:
        problems.append(f"{run}: {info['tracebacks']} module error(s) (Python tracebacks in target/scan/{run}/output.txt)")
    if run == "wapiti-signed-in" and info["login"] != "signed in":
        problems.append(f"{run} could not sign in (wapiti: {info['login'] or 'no login attempt seen'})")
if meta.get("session_after") != "kept":
    problems.append("the signed-in session no longer reached /admin after the scans")

# --- sqlmap ---------------------------------------------------------------------------------------
INJECTABLE = re.compile(r"is vulnerable|appears to be .*injectable|identified the following injection point", re.I)
NOT_A_FINDING = re.compile(r"not injectable|might be injectable|might not be injectable|does not seem", re.I)
sqlmap = {}
for run in ("sqlmap-anonymous", "sqlmap-signed-in", "sqlmap-signed-in-form"):
    out = read(os.path.join(work, run, "output.txt"))
    rc = scanners.get(run, (None, None))[0]
    if out is None:
        problems.append(f"{run} did not run")
        continue
    tested = re.findall(r"(GET|POST) parameter '([^']+)' does not seem to be injectable", out)
    targets = re.findall(r"\[INFO\] testing URL '([^']+)'", out) or re.findall(r"^URL \d+:\n(?:GET|POST) (\S+)", out, re.M)
    # Lag makes sqlmap distrust its time-based tests; the others still ran. A note, not a failure.
    lag = [l for l in re.findall(r"\[CRITICAL\] (.+)", out) if "lagging" in l]
    criticals = [l for l in re.findall(r"\[CRITICAL\] (.+)", out)
                 if "do not appear to be injectable" not in l and "lagging" not in l]
    sqlmap[run] = {"tested": tested, "targets": targets, "criticals": criticals, "lag": bool(lag)}
    for line in out.splitlines():
        if INJECTABLE.search(line) and not NOT_A_FINDING.search(line):
            findings.append(Finding(run, "sqlmap", "sqlmap", "SQL injection", line.strip(), ""))
    for log in glob.glob(os.path.join(work, run, "out", "*", "log")):
        text = (read(log) or "").strip()
        for point in re.findall(r"Parameter: (.+)", text):
            findings.append(Finding(run, "sqlmap", "sqlmap", "SQL injection", f"injection point: {point.strip()}", ""))
    if rc in (124, 137):
        problems.append(f"{run} was killed at its time limit (exit {rc}) before it had tested every URL")
    elif rc not in (0, None):
        problems.append(f"{run} exited with status {rc}")
    if not tested:
        problems.append(f"{run} tested no parameter to the end")
    for line in criticals:
        problems.append(f"{run}: {line}")

# --- the app's side: requests, 5xx responses, ERROR lines -----------------------------------------
requests_by = collections.defaultdict(collections.Counter)
server_errors = collections.Counter()
for line in (read(os.path.join(work, "access.log")) or "").splitlines():
    m = re.match(r'(\d{3}) (\S+) (\S+) "(.*)"$', line)
    if not m:
        continue
    status, method, path, agent = m.groups()
    who = agent.split("/", 1)[1] if agent.startswith("partnership-tracker-scan/") else "other"
    requests_by[who][status[0] + "xx"] += 1
    if status.startswith("5"):
        server_errors[(who, status, method, path)] += 1
# Health answers 503 while the app is still starting (readiness): those polls are no finding.
for (who, status, method, path), n in sorted(server_errors.items()):
    if who == "start-up":
        continue
    findings.append(Finding(who, "app", "(any)", "Server error (5xx)", f"HTTP {status} × {n}", f"{method} {path}"))
app_log = read(os.path.join(work, "app.log")) or ""
error_lines = [l for l in app_log.splitlines() if re.match(r"^\S+\s+ERROR\s", l)]
for line in sorted(set(re.sub(r"^\S+\s+ERROR\s+\d+\s+---\s+", "", l)[:300] for l in error_lines)):
    findings.append(Finding("app", "app", "(any)", "ERROR in the app log", line, ""))

# --- the accepted list and its premises -----------------------------------------------------------
premises = {}
for line in (read(os.path.join(work, "checks", "premises.tsv")) or "").splitlines():
    pid, state, detail = line.split("\t", 2)
    premises[pid] = (state, detail)
entries = []
for line in (read(accepted_path) or "").splitlines():
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) != 5 or cells[0] in ("scanner", "") or set(cells[0]) <= set("-: "):
        continue
    scanner, category, matches, premise, reason = cells
    entries.append({"scanner": scanner, "category": category, "matches": matches.strip("`"),
                    "premise": premise.strip("`"), "reason": reason, "seen": 0})


def accepting(finding):
    for entry in entries:
        if entry["scanner"] == finding.scanner and entry["category"] == finding.category \
                and entry["matches"] in finding.detail:
            return entry
    return None


accepted, unexpected = [], []
for finding in findings:
    entry = accepting(finding)
    if entry is not None and premises.get(entry["premise"], ("missing",))[0] == "ok":
        entry["seen"] += 1
        accepted.append((finding, entry))
    else:
        why = None
        if entry is not None:
            why = f"the accepted entry's premise `{entry['premise']}` did not hold"
        unexpected.append((finding, why))
failed_premises = [p for p, (state, _) in premises.items() if state != "ok"]

# --- SCAN.md --------------------------------------------------------------------------------------
started, app_up, finished = int(meta["started"]), int(meta["app_up"]), int(meta["finished"])
passed = not unexpected and not problems
wapiti_bounds, sqlmap_bounds = meta["bounds"].split("|")
md = []
w = md.append
w("# Scanner sweep")
w("")
w("Written by `reliability/scan.sh` (issue 8, *Scanner sweep*): wapiti and sqlmap from Debian's packages against the")
w("packaged app on loopback, anonymous and signed in as an admin, on a throwaway PostgreSQL cluster with the seed data.")
w("Pass: no finding beyond [accepted-findings.md](accepted-findings.md), and every scanner ran to its end.")
w("")
w(f"Run of {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(started))}, commit {meta['commit']}; {meta['cores']} cores;")
w(f"wapiti {meta['wapiti']}, sqlmap {meta['sqlmap']}, {meta['java']}, PostgreSQL {meta['pg']}; app at `{meta['base']}`.")
w("")
total = sum(len(v) for v in (accepted, unexpected))
w(f"**{'Pass' if passed else 'FAIL'}**: {total} findings, {len(accepted)} accepted, **{len(unexpected)} unexpected**"
  + (f"; {len(problems)} problem(s) with the run" if problems else "") + f". "
  f"{sum(sum(c.values()) for k, c in requests_by.items() if k != 'other')} requests in all; "
  f"{finished - started} s from start to the app stopped ({app_up - started} s to start the cluster and the app).")
w("")

w("## Runs")
w("")
w("| run | bounds | exit | seconds | requests | 2xx | 3xx | 4xx | 5xx |")
w("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for run, (scanner, _) in RUNS.items():
    rc, seconds = scanners.get(run, ("—", "—"))
    counts = requests_by.get(run, collections.Counter())
    bounds = wapiti_bounds if scanner == "wapiti" else sqlmap_bounds
    w(f"| {run} | {bounds} | {rc} | {seconds} | {sum(counts.values())} | {counts['2xx']} | {counts['3xx']} | "
      f"{counts['4xx']} | {counts['5xx']} |")
checks = requests_by.get("checks", collections.Counter())
w(f"| checks (curl: premises, sign-in) | | | | {sum(checks.values())} | {checks['2xx']} | {checks['3xx']} | "
  f"{checks['4xx']} | {checks['5xx']} |")
w("")
w("The five runs went side by side, on the same app. Requests are the app's")
w("access-log lines with each run's User-Agent. A 4xx is mostly a payload refused as it should be (400 for a value")
w("that cannot be read, 403 for a form whose CSRF token wapiti replaced).")
w("")
for run, info in wapiti.items():
    capped = ", ".join(info["capped"]) or "none"
    w(f"- **{run}**: {info['resources'] if info['resources'] is not None else '?'} URLs and forms found"
      f"{' (crawl stopped at its time limit)' if info['crawl_capped'] else ''}; modules run: "
      f"{', '.join(f'{m} ({n})' if m in COUNTED else m for m, n in info['attacked'].items()) or 'none'}"
      f" (in brackets, the URLs or forms attacked);"
      f" stopped at the per-module limit: {capped}"
      + (f"; login: {info['login']}" if run.endswith("signed-in") else "") + ".")
for run, info in sqlmap.items():
    params = sorted(set(f"{m} {p}" for m, p in info["tested"]))
    w(f"- **{run}**: {len(info['targets'])} target(s), {len(info['tested'])} parameter tests ended "
      f"\"not injectable\" ({', '.join(params)})"
      + ("; sqlmap reported lag in the responses, so its time-based tests were less sure" if info["lag"] else "") + ".")
w(f"- The signed-in session was {meta['session_after']} after the scans (it still reached /admin).")
w("")

w("## Findings per module")
w("")
w("| scanner | module | anonymous | signed in | accepted | unexpected |")
w("| --- | --- | ---: | ---: | ---: | ---: |")
rows = [("wapiti", m) for m in WAPITI_MODULES] + [("wapiti", "(anomaly)"), ("sqlmap", "sqlmap"), ("app", "(any)")]
for scanner, module in rows:
    mine = [f for f in findings if f.scanner == scanner and f.module == module]
    anon = sum(1 for f in mine if not RUNS.get(f.run, (None, True))[1] and f.run in RUNS)
    signed = sum(1 for f in mine if RUNS.get(f.run, (None, False))[1])
    acc = sum(1 for f, _ in accepted if f in mine)
    une = sum(1 for f, _ in unexpected if f in mine)
    label = {"(anomaly)": "anomalies (500s, timeouts)", "sqlmap": "SQL injection",
             "(any)": "5xx responses, ERROR log lines"}.get(module, module)
    w(f"| {scanner} | {label} | {anon} | {signed} | {acc} | {une} |")
w("")

w("## Unexpected")
w("")
if not unexpected:
    w("None.")
for f, why in unexpected:
    w(f"- {f.run}: **{f.category}** — {f.detail}" + (f" — `{f.where}`" if f.where else "") + (f" ({why})" if why else ""))
if problems:
    w("")
    w("Problems with the run (the sweep does not pass while any remains):")
    w("")
    for p in problems:
        w(f"- {p}")
w("")

w("## Accepted")
w("")
if not accepted:
    w("None.")
for f, entry in accepted:
    w(f"- {f.run}: {f.category} — {f.detail} (`{f.where}`): accepted, premise `{entry['premise']}` held.")
unseen = [e for e in entries if not e["seen"]]
if unseen:
    w("")
    w("Entries of the accepted list that no finding needed this run: "
      + "; ".join(f"{e['category']}: {e['matches']}" for e in unseen) + ".")
w("")
w("Premises checked on the same app (a request as the TLS proxy forwards it, `X-Forwarded-Proto: https`):")
w("")
w("| premise | | what was seen |")
w("| --- | --- | --- |")
for pid, (state, detail) in premises.items():
    cell = detail.replace("|", "\\|")
    w(f"| `{pid}` | {state} | {cell} |")
w("")

w("## What the sweep does not cover")
w("")
w("- The crawl and each attack module are bounded in time (above), and the start URLs go first: the representative")
w("  filtered pages, the API, the partner page, the feed and, signed in, the create forms and the admin lists. Other")
w("  URLs are reached as far as the bounds allow. `-S paranoid` keeps one or a few variants of each URL pattern.")
w("- Signed in, wapiti does not open sign-out, the admin's own account, deletes, restores and citation removals")
w("  (they would end the session or empty the record mid-crawl); they pass the same CSRF filter as every other form.")
w("- Signed in, wapiti runs without blindsql (218 payloads per field: one admin form would outlast the whole budget,")
w("  since a module's time limit is checked only between forms) and leaves out forms of more than 20 fields (only the")
w("  agreement form, 37 with its rows); sqlmap's time-based tests cover blind SQL on the admin side, and the fuzzing")
w("  battery submits every form. wapiti's enum, flag and number parameters are skipped (`--skip`): anything else is a")
w("  400 before a query runs, as the malformed-URL tests show; sqlmap tests `kind` and `page`.")
w("- wapiti fills forms with its own values, which the app's validation mostly refuses, so few stored-XSS payloads")
w("  are saved; the browser test of the stored-XSS battery covers every text field.")
w("- sqlmap: level 1 and risk 1 with the back end fixed to PostgreSQL, on the listed URLs and one create form.")
w("")

with open(report_path, "w", encoding="utf-8") as f:
    f.write("\n".join(md))


def wall_seconds(scanner):
    """From the scanner's first start to its last end: its runs go side by side."""
    runs = [run for run, (tool, _) in RUNS.items() if tool == scanner and run in scanners]
    if not runs:
        return None
    return max(started_at[run] + scanners[run][1] for run in runs) - min(started_at[run] for run in runs)


summary = {
    "passed": passed, "started": started, "finished": finished, "commit": meta["commit"],
    "findings": total, "accepted": len(accepted), "unexpected": len(unexpected),
    "unexpected_findings": [f"{f.run}: {f.category} — {f.detail} {f.where}".strip() for f, _ in unexpected],
    "problems": problems,
    "requests": sum(sum(c.values()) for k, c in requests_by.items() if k != "other"),
    "runs": {run: {"scanner": scanner, "exit": scanners.get(run, (None, None))[0],
                   "seconds": scanners.get(run, (None, None))[1]} for run, (scanner, _) in RUNS.items()},
    "wall_seconds": {scanner: wall_seconds(scanner) for scanner in ("wapiti", "sqlmap")},
}
with open(os.path.join(work, "summary.json"), "w", encoding="utf-8") as f:
    json.dump(summary, f, ensure_ascii=False, indent=1)
print(f"{'pass' if passed else 'FAIL'}: {len(findings)} findings, {len(accepted)} accepted, {len(unexpected)} unexpected,"
      f" {len(problems)} problem(s)", file=sys.stderr)
for f, why in unexpected:
    print(f"  unexpected: {f.run} {f.category}: {f.detail} {f.where}", file=sys.stderr)
for p in problems:
    print(f"  problem: {p}", file=sys.stderr)
sys.exit(0 if passed else 1)
