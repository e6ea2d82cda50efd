"""The pass marks of the fault runs, judged from the raw figures reliability/faults.sh leaves in
target/faults/: facts.jsonl, editors.json and outage-<variant>.json."""
import json
import os
import re

VARIANTS = [("restart", "fast restart (`pg_ctlcluster … restart -m fast`)"),
            ("stop", "stop, wait 30 s, start"),
            ("kill9", "`kill -9` of the postmaster, then start"),
            ("sigstop", "`kill -STOP` of every process of the cluster for 20 s, then `kill -CONT`")]


def num(v, unit=" s"):
    return "—" if v is None else "%s%s" % (v, unit)


def read_facts(work):
    facts = {}
    path = os.path.join(work, "facts.jsonl")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                facts.update(json.loads(line))
    return facts


def read(work, faults_rc):
    """The marks (section, mark, figure, passed or None for n/a, note), the outages' figures for the timing
    tables, and the facts of the run. A part whose figures are missing gives a failing mark."""
    facts = read_facts(work)
    marks = []

    def mark(section, text, figure, passed, note=""):
        marks.append((section, text, figure, passed, note))

    mark("Fault runs", "reliability/faults.sh ran to its end", "exit status %s after %s s" % (
        faults_rc, facts.get("total_seconds", "?")), faults_rc == "0")
    for part, section in ((startup_marks, "Start-up, database down"), (editor_marks, "Concurrent editors")):
        try:
            part(work, facts, mark)
        except (KeyError, OSError, ValueError) as e:
            mark(section, "its figures were recorded", "missing (%s: %s)" % (type(e).__name__, e), False)
    rows = []
    for v, label in VARIANTS:
        try:
            row = outage_marks(work, facts, mark, v, "Outage: " + label)
            if row:
                rows.append(row)
        except (KeyError, OSError, ValueError) as e:
            mark("Outage: " + label, "its figures were recorded", "missing (%s: %s)" % (type(e).__name__, e), False)
    return marks, rows, facts


def startup_marks(work, facts, mark):
    for form, label in (("jdbc", "JDBC URL, password in DATABASE_PASSWORD"), ("url", "postgres://user:password@… URL")):
        rc, secs = int(facts["down_%s_rc" % form]), float(facts["down_%s_seconds" % form])
        exited = rc not in (0, 124) and secs <= 60
        reason = facts["down_%s_reason" % form]
        mark("Start-up, database down", "%s: exits within 60 s" % label, "exit status %d after %.1f s" % (rc, secs), exited)
        mark("Start-up, database down", "%s: says why" % label, "`%s`" % reason if reason else "no reason found",
             bool(reason))
        leaks = int(facts["down_%s_leaks" % form])
        mark("Start-up, database down", "%s: never prints a password" % label,
             "password found %d times in %s log lines" % (leaks, facts["down_%s_lines" % form]), leaks == 0)
    mark("Start-up, database down", "starts normally once the database is back",
         "UP after %s s (%s)" % (facts["first_start_seconds"], facts.get("first_start_log") or "no start line"), True)


def editor_marks(work, facts, mark):
    with open(os.path.join(work, "editors.json"), encoding="utf-8") as f:
        ed = json.load(f)
    o = ed["outcomes"]
    saved, version_up = o["saved"], int(facts["editors_version_increase"])
    changes, counter_up = int(facts["editors_db_changes"]), int(facts["editors_counter_increase"])
    expected = ed["sessions"] * ed["cycles"]
    S = "Concurrent editors"
    mark(S, "%d sessions signed in" % ed["sessions"], "%d of %d" % (ed["logins_ok"], ed["sessions"]),
         ed["logins_ok"] == ed["sessions"], "; ".join(str(x) for x in ed["login_failures"]))
    mark(S, "every cycle ran", "%d of %d attempts" % (ed["attempts"], expected), ed["attempts"] == expected)
    mark(S, "acknowledged saves (302) = changes in the database = version increase",
         "%d saves, %d revisions, version +%d (counter +%d)" % (saved, changes, version_up, counter_up),
         saved == changes == version_up == counter_up)
    others = ed["attempts"] - saved
    mark(S, "every other attempt got the conflict response (409, stale-save message)",
         "%d conflicts of %d other attempts" % (o["conflict"], others), o["conflict"] == others,
         "; ".join(ed["samples"][:3]))
    mark(S, "0 responses 5xx", "%d" % o["server_error"], o["server_error"] == 0)


def wrk_figures(text):
    m = re.search(r"^FAULTS (.*)$", text or "", re.M)
    return {k: float(v) for k, v in (kv.split("=") for kv in m.group(1).split())} if m else None


def outage_marks(work, facts, mark, v, sec):
    """The marks of one variant; its figures for the timing tables, or None when it did not run."""
    path = os.path.join(work, "outage-%s.json" % v)
    if not os.path.exists(path):
        mark(sec, "ran", "did not run", False)
        return None
    with open(path, encoding="utf-8") as f:
        r = json.load(f)
    s, e = r["summary"], r["events"]
    wf = wrk_figures(r["wrk"])
    wrk_bad = None if wf is None else int(wf["other"] + wf["connect"] + wf["read"] + wf["write"] + (wf["unavailable"] - wf["branded"]))
    mark(sec, "every response not 200 is the branded 503 page with Retry-After",
         "probes: %d of %d sent during the outage were 503, %d were not branded 503; wrk: %s" % (
             s["reads_during_503"], s["reads_during"], s["reads_during_bad"],
             "no figures" if wf is None else "%d × 200, %d × 503 (%d branded with Retry-After), %d other, %d socket errors" % (
                 wf["ok"], wf["unavailable"], wf["branded"], wf["other"], wf["connect"] + wf["read"] + wf["write"])),
         s["reads_during_bad"] == 0 and s["reads_no_response_or_other_5xx"] == 0 and wrk_bad == 0,
         "; ".join(str(x) for x in s["bad_samples"] + s["other_5xx_samples"])[:400])
    lat_ok = s["latency_503_max"] is None or s["latency_503_max"] <= 3.0
    mark(sec, "every 503 within 3 s", "probes: slowest 503 %s, median %s; wrk: %s responses slower than its 10 s timeout, slowest %s ms" % (
        num(s["latency_503_max"]), num(s["latency_503_median"]), "—" if wf is None else int(wf["timeout"]),
        "—" if wf is None else wf["max_ms"]), lat_ok and wf is not None and wf["timeout"] == 0)
    if s["reads_surely_down"]:
        mark(sec, "sent while the database was surely out: all the branded 503 within 3 s",
             "%d of %d" % (s["reads_surely_down"] - s["reads_surely_down_bad"], s["reads_surely_down"]),
             s["reads_surely_down_bad"] == 0, "; ".join(str(x) for x in s["surely_down_bad_samples"])[:300])
    else:
        mark(sec, "sent while the database was surely out: all the branded 503 within 3 s",
             "no probe was sent between 1 s after the fault took hold and the start of recovery", None)
    if s["time_to_down"] is None and (s["outage_seconds"] or 0) < 5:
        mark(sec, "/actuator/health DOWN within 5 s", "no DOWN seen: the database was back after %s s" % s["outage_seconds"], None)
    else:
        mark(sec, "/actuator/health DOWN within 5 s", num(s["time_to_down"]),
             s["time_to_down"] is not None and s["time_to_down"] <= 5)
    mark(sec, "health UP within 10 s of the database being back", num(s["time_to_up"]),
         s["time_to_up"] is not None and s["time_to_up"] <= 10)
    mark(sec, "writes succeed within 10 s of the database being back", num(s["time_to_write"]),
         s["time_to_write"] is not None and s["time_to_write"] <= 10)
    same = facts.get("outage_%s_same_process" % v) == "yes"
    mark(sec, "the same app process throughout", "pid %s %s" % (facts["app_pid"], "still running" if same else "gone"), same)
    ok_markers = not s["markers_missing"] and not s["markers_duplicated"] and r["markers_query_rc"] == 0
    mark(sec, "every acknowledged marker in the database exactly once",
         "%d acknowledged, %d found, %d missing, %d duplicated" % (
             s["writes_acked"], s["markers_found"], len(s["markers_missing"]), len(s["markers_duplicated"])), ok_markers,
         ("found without an acknowledgement (the answer was lost, the commit was not): %d" % len(s["markers_unacked_present"]))
         if s["markers_unacked_present"] else "")
    return v, s, e, wf


def timings(rows, facts):
    """The timing tables of the outages, as Markdown lines."""
    lines = []
    w = lines.append
    w("### Outage timings")
    w("")
    w("Seconds from the start of each variant's load: the fault command began, returned, recovery began, and "
      "`pg_isready` saw the database back. Probes: 3 anonymous readers in a loop (timeline and partner page, every third past "
      "the page cache); wrk: 1 thread, 4 connections, the same mix, `--timeout 10s`; a health poller every 0.2 s; one "
      "signed-in writer creating sources whose headline is a unique marker, each attempt a new marker.")
    w("")
    w("| variant | fault | returned | recovery | back | outage s | probe reads (during) | 503 median / max s | time to DOWN s | "
      "time to UP s | first write s | writes acked / tried | slowest write s |")
    w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for v, s, e, wf in rows:
        w("| %s | %s | %s | %s | %s | %s | %d (%d) | %s / %s | %s | %s | %s | %d / %d | %s |" % (
            v, e["fault"], e["fault_done"], e["recover"], e["database_back"], s["outage_seconds"], s["reads_total"],
            s["reads_during"], num(s["latency_503_median"], ""), num(s["latency_503_max"], ""), num(s["time_to_down"], ""),
            num(s["time_to_up"], ""), num(s["time_to_write"], ""), s["writes_acked"], s["writes_attempted"],
            s["writes_max_latency"]))
    w("")
    w("**Answered 200 while the database came back.** A request sent during the outage that reached the database once it "
      "was back was answered with the page, which is right; its time is a render time, not a wait for the database. For "
      "comparison, the same reads before each fault (database healthy, machine as busy):")
    w("")
    w("| variant | probe reads before the fault: median / slowest 200 s | during the outage answered 200: count / slowest s |")
    w("| --- | ---: | ---: |")
    for v, s, e, wf in rows:
        w("| %s | %s / %s | %d / %s |" % (v, num(s["before_200_median"], ""), num(s["before_200_max"], ""), s["during_200"],
                                        s["during_200_max"]))
    w("")
    w("Time to DOWN counts from the start of the fault command; time to UP and the first write from the moment the "
      "database was back. The app log of the whole run has %s ERROR lines and the passwords %s times." % (
          facts.get("app_log_errors", "?"), facts.get("app_log_leaks", "?")))
    return lines
