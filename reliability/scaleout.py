#!/usr/bin/env python3
"""Drives the checks of reliability/scaleout.sh against two instances behind HAProxy (standard library only).

  scaleout.py --proxy PORT --ports A,B --management-ports A,B --pids A,B --haproxy-socket PATH --check-limit S
              --replica-stop CMD --replica-start CMD --replica-delay CMD --lua FILE --out FILE
              (the admin's password in $SCALEOUT_PASSWORD)
  scaleout.py marks --out FILE --tsv FILE --driver-rc N --setup JSON

The first form runs every check and writes one JSON document of raw figures; `marks` judges them and writes the
pass marks, a line each: section, mark, figure, pass or fail, separated by tabs. Every loop is bounded in count
and in time, and every request has a timeout. HAProxy names the instance that answered in X-Instance (a or b).
"""
import argparse
import http.client
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import traceback
import urllib.parse

from faults import csrf_of, form_fields, set_field

TIMEOUT = 30
SECTION = "Scale-out: two instances behind HAProxy, a primary and a streaming replica"


class Answer:
    def __init__(self, status, headers, body, seconds, error=None):
        self.status, self.headers, self.body, self.seconds, self.error = status, headers, body, seconds, error

    def header(self, name):
        return self.headers.get(name.lower())

    @property
    def instance(self):
        return self.header("X-Instance")

    @property
    def location(self):
        return self.header("Location") or ""


class Browser:
    """One client: a loopback source address of its own and its cookies (which, like a browser's on one host,
    go to every port). No redirects followed; English pages."""

    def __init__(self, source="127.0.0.1"):
        self.source, self.cookies = source, {}

    def request(self, port, path, fields=None, extra_headers=None):
        if isinstance(fields, list):
            fields = [tuple(pair) for pair in fields]
        body = urllib.parse.urlencode(fields) if fields is not None else None
        headers = {"Accept": "text/html", "Accept-Language": "en", "Connection": "close"}
        if self.cookies:
            headers["Cookie"] = "; ".join("%s=%s" % kv for kv in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers.update(extra_headers or {})
        started = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT, source_address=(self.source, 0))
        try:
            conn.request("POST" if body is not None else "GET", path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            received = {}
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    key, _, val = value.split(";", 1)[0].partition("=")
                    if re.search(r"(?i)max-age=0\b", value) or val == "":
                        self.cookies.pop(key.strip(), None)
                    else:
                        self.cookies[key.strip()] = val.strip()
                received[name.lower()] = value
            return Answer(response.status, received, text, time.monotonic() - started)
        except (OSError, http.client.HTTPException) as e:
            return Answer(0, {}, "", time.monotonic() - started, type(e).__name__ + ": " + str(e))
        finally:
            conn.close()


class Site:
    """The layout under test: the proxy, the two instances (index 0 = a, 1 = b) and their management ports."""

    def __init__(self, args):
        self.proxy = args.proxy
        self.ports = [int(p) for p in args.ports.split(",")]
        self.management = [int(p) for p in args.management_ports.split(",")]
        self.names = ["a", "b"]

    def other(self, name):
        return "b" if name == "a" else "a"


def sign_in(browser, port, user, password, steer=None):
    """GET /login then POST it; `steer` (a function called before the POST) may send padding requests so that
    the POST lands on a chosen instance. Returns (signed in, the POST's answer, the GET's answer)."""
    form = browser.request(port, "/login")
    token = csrf_of(form.body)
    if steer:
        steer(form)
    answer = browser.request(port, "/login", {"username": user, "password": password, "_csrf": token or ""})
    return answer.status == 302 and "error" not in answer.location and "/login" not in answer.location, answer, form


def steer_to(browser, site, wanted, last):
    """Round robin sends the next request to the instance after the one that answered last: pads with a cheap
    request until the next one is `wanted`. Returns the padding answers (at most 2)."""
    padding = []
    while last is not None and site.other(last) != wanted and len(padding) < 2:
        answer = browser.request(site.proxy, "/css/app.css")
        padding.append(answer)
        last = answer.instance
    return padding


def marker(kind, n):
    return "scaleout-%s-%d-%s" % (kind, n, secrets.token_hex(4))


def edit(browser, port, slug, text, steer=None):
    """Opens the edit form of an organization, sets its English description to `text` and saves it. Returns
    (saved, form answer, save answer)."""
    path = "/admin/organizations/%s/edit" % slug
    form = browser.request(port, path)
    if form.status != 200:
        return False, form, None
    fields = form_fields(form.body, path)
    set_field(fields, "descriptionEn", text)
    if steer:
        steer(form)
    answer = browser.request(port, path, fields)
    saved = answer.status == 302 and answer.location.split("?")[0].endswith("/organizations/" + slug)
    return saved, form, answer


# --- the checks ------------------------------------------------------------------------------------------

def check_sessions(site, facts, user, password, slug):
    """Sign in through the proxy and edit, each form opened on one instance and saved on the other."""
    editor = Browser()
    signed_in, login, login_form = sign_in(editor, site.proxy, user, password)
    f = facts["sessions"] = {"signed_in": signed_in, "login_get": login_form.instance, "login_post": login.instance,
                             "login_status": login.status, "cycles": [], "sent_to_login": 0}
    if not signed_in:
        f["login_error"] = "POST /login: HTTP %s %s %s" % (login.status, login.location, login.error or "")
        return editor
    last = login.instance
    for n in range(10):
        wanted_form = site.names[n % 2]
        for padding in steer_to(editor, site, wanted_form, last):
            last = padding.instance
        text = marker("session", n)
        state = {}

        def steer(form):
            state["padding"] = steer_to(editor, site, site.other(form.instance), form.instance)

        saved, form, answer = edit(editor, site.proxy, slug, text, steer)
        f["cycles"].append({"form": form.instance, "form_status": form.status, "save": answer and answer.instance,
                            "save_status": answer and answer.status, "saved": saved})
        for a in (form, answer):
            if a is not None and "/login" in a.location:
                f["sent_to_login"] += 1
        last = answer.instance if answer is not None else form.instance
        f["last_text"] = text
    page = Browser().request(site.proxy, "/organizations/%s" % slug)
    f["last_text_on_page"] = f.get("last_text", "-") in page.body

    # CSRF: a save with no token, and one with the token of another session, on each instance directly.
    path = "/admin/organizations/%s/edit" % slug
    form = editor.request(site.proxy, path)
    fields = form_fields(form.body, path)
    stranger_token = csrf_of(Browser().request(site.proxy, "/login").body)
    refused = []
    for n, port in enumerate(site.ports):
        for kind in ("no token", "another session's token"):
            text = marker("csrf", n)
            attempt = [pair[:] for pair in fields if pair[0] != "_csrf"]
            set_field(attempt, "descriptionEn", text)
            if kind != "no token":
                attempt.append(["_csrf", stranger_token or ""])
            answer = editor.request(port, path, attempt)
            shown = text in Browser().request(site.ports[1 - n], "/organizations/%s" % slug).body
            refused.append({"instance": site.names[n], "kind": kind, "status": answer.status, "saved": shown})
    f["csrf"] = refused
    return editor


def check_visibility(site, facts, editor, slug):
    """A save through one instance, then the other instance's public page at its next request, warmed first so
    that its page cache holds the old page."""
    rounds = []
    reader = Browser()
    page = "/organizations/%s" % slug
    for n in range(10):
        writer, seer = n % 2, 1 - n % 2
        warm = [reader.request(site.ports[seer], page).header("X-Page-Cache") for _ in range(2)]
        text = marker("visible", n)
        saved, _, answer = edit(editor, site.ports[writer], slug, text)
        seen = reader.request(site.ports[seer], page)
        rounds.append({"saved_on": site.names[writer], "read_on": site.names[seer], "saved": saved,
                       "warm_cache": warm, "seen": text in seen.body, "status": seen.status,
                       "cache": seen.header("X-Page-Cache")})
    facts["visibility"] = rounds


def check_throttle(site, facts, user, password):
    """The throttle's counts are in the database: failures on either instance add up.
    1. A known browser (it holds the device cookie of a sign-in) has 5 failures of its own: 5 wrong passwords, the
       sign-ins alternating between the instances, then the right one, refused.
    2. A client address has 10 checks across usernames: 10 wrong sign-ins for 10 usernames alternating between the
       instances, then the right password for the admin, refused, also with a forged X-Forwarded-For; meanwhile a
       client from another address signs in: the instances see each client's own address through the proxy."""
    f = facts["throttle"] = {}
    device = Browser("127.0.0.2")
    ok, _, _ = sign_in(device, site.proxy, user, password)
    f["device_first_sign_in"] = ok
    f["device_cookie"] = "SIGN_IN_DEVICE" in device.cookies
    device.cookies.pop("SESSION", None)
    failures = []
    for n in range(5):
        wanted = site.names[n % 2]

        def steer(form, wanted=wanted):
            steer_to(device, site, wanted, form.instance)

        ok, answer, _ = sign_in(device, site.proxy, user, "wrong-" + secrets.token_hex(6), steer)
        failures.append({"instance": answer.instance, "status": answer.status, "location": answer.location,
                         "signed_in": ok})
        device.cookies.pop("SESSION", None)
    f["device_failures"] = failures
    ok, answer, _ = sign_in(device, site.proxy, user, password)
    f["device_sixth"] = {"instance": answer.instance, "status": answer.status, "location": answer.location,
                         "signed_in": ok}

    client = Browser("127.0.0.4")
    failures = []
    for n in range(10):
        wanted = site.names[n % 2]

        def steer(form, wanted=wanted):
            steer_to(client, site, wanted, form.instance)

        ok, answer, _ = sign_in(client, site.proxy, "nobody-%d-%s" % (n, secrets.token_hex(3)), "wrong", steer)
        failures.append({"instance": answer.instance, "status": answer.status, "signed_in": ok})
        client.cookies.pop("SESSION", None)
    f["client_failures"] = failures
    ok, answer, _ = sign_in(client, site.proxy, user, password)
    f["client_eleventh"] = {"instance": answer.instance, "location": answer.location, "signed_in": ok}
    client.cookies.pop("SESSION", None)
    forged = Browser("127.0.0.4")
    form = forged.request(site.proxy, "/login", extra_headers={"X-Forwarded-For": "203.0.113.9"})
    answer = forged.request(site.proxy, "/login", {"username": user, "password": password,
                                                   "_csrf": csrf_of(form.body) or ""},
                            extra_headers={"X-Forwarded-For": "203.0.113.9"})
    f["client_forged"] = {"instance": answer.instance, "location": answer.location,
                          "signed_in": answer.status == 302 and "/login" not in answer.location}
    ok, answer, _ = sign_in(Browser("127.0.0.5"), site.proxy, user, password)
    f["other_address"] = {"instance": answer.instance, "location": answer.location, "signed_in": ok}


def prometheus(site):
    """The replica counters of each instance, from /actuator/prometheus on its management port: a dict per
    instance, or None where the endpoint gave nothing (not deployed, or the instance is gone)."""
    result = []
    for port in site.management:
        answer = Browser().request(port, "/actuator/prometheus", extra_headers={"Accept": "text/plain"})
        if answer.status != 200:
            result.append(None)
            continue
        values = {}
        for line in answer.body.splitlines():
            m = re.match(r'^(app_replica_\w+?)(?:_total)?\{([^}]*)\}\s+(\S+)', line)
            if not m:
                continue
            labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(2)))
            key = m.group(1) + "".join(":%s" % labels[k] for k in ("target", "reason", "replica") if k in labels)
            try:
                values[key] = values.get(key, 0) + float(m.group(3))
            except ValueError:
                pass
        result.append(values)
    return result


def total(snapshot, key):
    return sum((s or {}).get(key, 0) for s in snapshot)


def check_read_your_writes(site, facts, editor, slug, delay_cmd):
    """100 cycles through the proxy: save, then read the public page in the editor's session. The replica replays
    every commit 1 s late (recovery_min_apply_delay) for the length of the check, so that a read sent to it right
    after a save would show the old value; an anonymous reader, who may read the replica, counts how often."""
    f = facts["read_your_writes"] = {"cycles": 0, "saved": 0, "seen": 0, "anonymous_stale": 0, "misses": []}
    delay = run(delay_cmd.replace("{delay}", "'1s'"))
    f["delay_set"] = delay
    time.sleep(1)
    before = prometheus(site)
    anonymous = Browser()
    page = "/organizations/%s" % slug
    started = time.monotonic()
    for n in range(100):
        text = marker("ryw", n)
        saved, _, _ = edit(editor, site.proxy, slug, text)
        f["cycles"] += 1
        f["saved"] += saved
        read = editor.request(site.proxy, page)
        if text in read.body:
            f["seen"] += 1
        elif len(f["misses"]) < 5:
            f["misses"].append({"cycle": n, "saved": saved, "status": read.status, "instance": read.instance})
        if text not in anonymous.request(site.proxy, page + "?ryw=%d" % n).body:
            f["anonymous_stale"] += 1
    f["seconds"] = round(time.monotonic() - started, 1)
    after = prometheus(site)
    f["reads"] = {k: total(after, k) - total(before, k) for k in ("app_replica_reads:replica", "app_replica_reads:primary")}
    f["delay_reset"] = run(delay_cmd.replace("{delay}", "0"))


def run(cmd):
    done = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60)
    return {"rc": done.returncode, "output": (done.stdout + done.stderr).strip()[-300:]}


def start_wrk(site, lua, connections, slug, port=None, seconds=300):
    env = dict(os.environ, SCALEOUT_SLUG=slug)
    cmd = ["wrk", "-t2", "-c%d" % connections, "-d%ds" % seconds, "--timeout", "10s", "-s", lua,
           "http://127.0.0.1:%d" % (port or site.proxy)]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)


def stop_wrk(wrk):
    wrk.send_signal(signal.SIGINT)  # wrk stops and prints its figures, the script's done() included
    try:
        out, _ = wrk.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        wrk.kill()
        out, _ = wrk.communicate()
    m = re.search(r"^SCALEOUT (.*)$", out or "", re.M)
    figures = {k: float(v) for k, v in (kv.split("=") for kv in m.group(1).split())} if m else None
    return figures, out[-1500:]


def check_replica_outage(site, facts, lua, slug, stop_cmd, start_cmd):
    """Reads under load (wrk, 8 connections, through the proxy) while the replica is stopped for 6 s and started
    again; the counters of both instances are read before, while it is down and until reads return to it."""
    f = facts["replica_outage"] = {}
    wrk = start_wrk(site, lua, 8, slug)
    t0 = time.monotonic()
    try:
        time.sleep(3)
        f["before"] = prometheus(site)
        f["stop"] = run(stop_cmd)
        f["stopped_at"] = round(time.monotonic() - t0, 1)
        time.sleep(6)
        f["while_down"] = prometheus(site)
        f["start"] = run(start_cmd)
        f["started_at"] = round(time.monotonic() - t0, 1)
        back = None
        base = f["while_down"]
        while any(s is not None for s in base) and time.monotonic() - t0 < f["started_at"] + 30:
            time.sleep(0.5)
            now = prometheus(site)
            grown = [(now[i] or {}).get("app_replica_reads:replica", 0) > (base[i] or {}).get("app_replica_reads:replica", 0)
                     for i in range(2)]
            if all(grown):
                back = round(time.monotonic() - t0 - f["started_at"], 1)
                break
        f["back_after"] = back
        f["after"] = prometheus(site)
    finally:
        f["wrk"], f["wrk_out"] = stop_wrk(wrk)
    f["seconds"] = round(time.monotonic() - t0, 1)


def measure_throughput(site, facts, lua, slug, seconds):
    """Not a pass mark, a figure for the README: the same read mix at 32 connections against one instance directly,
    then through the proxy to both, after a warm-up of both through the proxy."""
    f = facts["throughput"] = {"seconds": seconds}
    for name, port, duration in (("warm-up", None, 10), ("one instance", site.ports[0], seconds),
                                 ("two through the proxy", None, seconds)):
        wrk = start_wrk(site, lua, 32, slug, port, duration)
        out, _ = wrk.communicate(timeout=duration + 60)
        m = re.search(r"^SCALEOUT (.*)$", out or "", re.M)
        w = {k: float(v) for k, v in (kv.split("=") for kv in m.group(1).split())} if m else None
        f[name] = w and {"per_second": round(w["responses"] / w["seconds"], 1), "p50_ms": w["p50_ms"],
                         "p99_ms": w["p99_ms"], "non_2xx": w["s3"] + w["s4"] + w["s5"]}
        print("[scaleout.py] throughput, %s: %s" % (name, f[name]), file=sys.stderr, flush=True)


def haproxy_stat(socket_path):
    """HAProxy's `show stat` for the two servers: {name: {column: value}}."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(5)
            s.connect(socket_path)
            s.sendall(b"show stat\n")
            data = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
    except OSError as e:
        return {"error": str(e)}
    lines = data.decode().splitlines()
    header = lines[0].lstrip("# ").split(",")
    servers = {}
    for line in lines[1:]:
        row = dict(zip(header, line.split(",")))
        if row.get("pxname") == "instances" and row.get("svname") in ("a", "b"):
            servers[row["svname"]] = row
    return servers


def check_kill(site, facts, lua, slug, pid, socket_path):
    """kill -9 of instance b under load at 32 connections through the proxy: the failed requests against the
    requests b had in flight, and how long until HAProxy takes b out."""
    f = facts["kill"] = {}
    wrk = start_wrk(site, lua, 32, slug)
    t0 = time.monotonic()
    try:
        time.sleep(4)
        stat = haproxy_stat(socket_path)
        f["in_flight_b"] = int(stat.get("b", {}).get("scur") or 0)
        f["in_flight_a"] = int(stat.get("a", {}).get("scur") or 0)
        killed = time.monotonic()
        os.kill(pid, signal.SIGKILL)
        f["killed_at"] = round(killed - t0, 1)
        down = None
        while time.monotonic() - killed < 15:
            status = haproxy_stat(socket_path).get("b", {}).get("status", "")
            if status.startswith("DOWN"):
                down = round(time.monotonic() - killed, 2)
                break
            time.sleep(0.05)
        f["out_after"] = down
        time.sleep(max(0, 10 - (time.monotonic() - t0)))
    finally:
        f["wrk"], f["wrk_out"] = stop_wrk(wrk)
    stat = haproxy_stat(socket_path)
    f["haproxy"] = {name: {k: row.get(k) for k in ("status", "stot", "hrsp_2xx", "hrsp_5xx", "econ", "eresp", "wretr",
                                                   "wredis", "check_status")} for name, row in stat.items()
                    if isinstance(row, dict)}
    f["seconds"] = round(time.monotonic() - t0, 1)


def drive(args):
    # Stopped by the script's clean-up: the checks' finally blocks stop wrk on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    site = Site(args)
    password = os.environ["SCALEOUT_PASSWORD"]
    user, slug = "admin", "kt"
    facts = {"errors": []}
    deadline = time.monotonic() + args.time_limit
    editor = None

    def step(name, fn, *a):
        if time.monotonic() > deadline:
            facts["errors"].append("%s: skipped, the time limit was reached" % name)
            return None
        t0 = time.monotonic()
        print("[scaleout.py] %s" % name, file=sys.stderr, flush=True)
        try:
            return fn(*a)
        except Exception:  # one check's failure must not hide the others' figures
            facts["errors"].append("%s: %s" % (name, traceback.format_exc()[-600:]))
            return None
        finally:
            facts.setdefault("step_seconds", {})[name] = round(time.monotonic() - t0, 1)

    if args.measure > 0:
        step("throughput", measure_throughput, site, facts, args.lua, slug, args.measure)
    editor = step("sessions", check_sessions, site, facts, user, password, slug)
    if editor is not None:
        step("visibility", check_visibility, site, facts, editor, slug)
    step("throttle", check_throttle, site, facts, user, password)
    if editor is not None:
        step("read-your-writes", check_read_your_writes, site, facts, editor, slug, args.replica_delay)
    step("replica outage", check_replica_outage, site, facts, args.lua, slug, args.replica_stop, args.replica_start)
    step("kill -9", check_kill, site, facts, args.lua, slug, int(args.pids.split(",")[1]), args.haproxy_socket)
    facts["check_limit"] = args.check_limit
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(facts, out, indent=1)
    return 1 if facts["errors"] else 0


# --- the pass marks ----------------------------------------------------------------------------------

def judge(args):
    facts = {}
    if os.path.exists(args.out):
        with open(args.out, encoding="utf-8") as f:
            facts = json.load(f)
    setup = json.loads(args.setup)
    rows = []

    def mark(name, figure, passed):
        rows.append("\t".join([SECTION, name, str(figure).replace("\t", " ").replace("\n", " "),
                               "pass" if passed else "fail"]))

    def part(name, fn):
        try:
            fn()
        except (KeyError, TypeError, ValueError, ZeroDivisionError, AttributeError) as e:
            mark(name, "no figures (%s: %s)" % (type(e).__name__, e), False)

    mark("the checks ran to their end", "driver exit status %s after %s s in all; %s" % (
        args.driver_rc, setup["seconds"], "; ".join(facts.get("errors", [])) or "no errors"),
         args.driver_rc == "0" and not facts.get("errors"))
    mark("a streaming replica made with pg_basebackup -R",
         "pg_stat_replication on the primary: %s streaming; pg_is_in_recovery() on the replica: %s; PostgreSQL %s" % (
             setup["streaming"], setup["in_recovery"], setup["pg_version"]),
         setup["streaming"] == "1" and setup["in_recovery"] == "t")
    applied = int(setup["applied_a"]) + int(setup["applied_b"])
    history = re.match(r"(\d+) rows, (\d+) migrations, (\d+) failed", setup["migrations"])
    mark("two instances started at the same moment on an empty database: under Flyway's lock each migration is "
         "applied once",
         "ready after %s s and %s s; migrations applied by a and b: %s and %s; flyway_schema_history: %s" % (
             setup["up_a"], setup["up_b"], setup["applied_a"], setup["applied_b"], setup["migrations"]),
         bool(history) and history.group(1) == history.group(2) == str(applied) and history.group(3) == "0")

    def sessions():
        s = facts["sessions"]
        cycles = s["cycles"]
        alternated = sum(1 for c in cycles if c["form"] and c["save"] and c["form"] != c["save"])
        mark("sign in through the proxy, then edit with each form opened on one instance and saved on the other: "
             "no second sign-in",
             "signed in (form from %s, sign-in on %s); %d of %d saves went to the other instance than their form, "
             "%d saved, %d answers sent to /login; the last save on the public page: %s" % (
                 s["login_get"], s["login_post"], alternated, len(cycles), sum(c["saved"] for c in cycles),
                 s["sent_to_login"], s.get("last_text_on_page")),
             s["signed_in"] and s["login_get"] != s["login_post"] and len(cycles) == 10 and alternated == 10
             and all(c["saved"] for c in cycles) and s["sent_to_login"] == 0 and s.get("last_text_on_page"))
        csrf = s["csrf"]
        mark("CSRF holds on both instances: a save with no token, or with another session's token, is refused",
             "; ".join("%s, %s: HTTP %s%s" % (c["instance"], c["kind"], c["status"], ", SAVED" if c["saved"] else "")
                       for c in csrf),
             len(csrf) == 4 and all(c["status"] == 403 and not c["saved"] for c in csrf))
    part("sign-in and edits alternating between the instances", sessions)

    def visibility():
        v = facts["visibility"]
        seen = sum(1 for r in v if r["seen"])
        warm_hits = sum(1 for r in v if "hit" in (r["warm_cache"] or [])[1:])
        mark("an edit saved through one instance is on the other's public page at its next request",
             "%d of %d saves (alternately a→b and b→a) seen at the next request; the other's page was in its page "
             "cache (hit before the save) in %d of them; that next request's cache status: %s" % (
                 seen, len(v), warm_hits, ", ".join(sorted({str(r["cache"]) for r in v}))),
             len(v) == 10 and seen == 10 and all(r["saved"] for r in v) and warm_hits > 0)
    part("an edit on one instance, seen on the other", visibility)

    def throttle():
        t = facts["throttle"]
        fails = t["device_failures"]
        spread = "%d on a, %d on b" % (sum(1 for x in fails if x["instance"] == "a"), sum(1 for x in fails if x["instance"] == "b"))
        sixth = t["device_sixth"]
        mark("throttle counts are shared: 5 failures of a known browser spread over both instances refuse the 6th",
             "first sign-in %s, device cookie %s; 5 wrong passwords (%s), %d refused as wrong; then the right "
             "password on %s: %s" % (
                 "ok" if t["device_first_sign_in"] else "FAILED", "received" if t["device_cookie"] else "none",
                 spread, sum(1 for x in fails if "error" in x["location"]), sixth["instance"],
                 "signed in" if sixth["signed_in"] else "refused (%s)" % sixth["location"]),
             t["device_first_sign_in"] and t["device_cookie"] and len(fails) == 5
             and {x["instance"] for x in fails} == {"a", "b"} and not any(x["signed_in"] for x in fails)
             and not sixth["signed_in"])
        cf = t["client_failures"]
        spread = "%d on a, %d on b" % (sum(1 for x in cf if x["instance"] == "a"), sum(1 for x in cf if x["instance"] == "b"))
        mark("the client address comes through the proxy (X-Forwarded-For): 10 failures of one address over both "
             "instances refuse its 11th, a forged X-Forwarded-For does not escape, another address signs in",
             "10 wrong sign-ins from 127.0.0.4 for 10 usernames (%s); its 11th, the admin's right password: %s; with "
             "X-Forwarded-For: 203.0.113.9: %s; from 127.0.0.5: %s" % (
                 spread, "signed in" if t["client_eleventh"]["signed_in"] else "refused",
                 "signed in" if t["client_forged"]["signed_in"] else "refused",
                 "signed in" if t["other_address"]["signed_in"] else "refused"),
             len(cf) == 10 and {x["instance"] for x in cf} == {"a", "b"} and not t["client_eleventh"]["signed_in"]
             and not t["client_forged"]["signed_in"] and t["other_address"]["signed_in"])
    part("the shared throttle", throttle)

    def read_your_writes():
        r = facts["read_your_writes"]
        reads = r["reads"]
        mark("read-your-writes: 100 save-then-read cycles through the proxy show the new value 100 times",
             "%d of %d reads in the saving session showed the new value (%d saved) in %s s, with the replica "
             "replaying 1 s late (recovery_min_apply_delay; set: exit %s); an anonymous reader right after each save "
             "saw the old value %d times; read-only transactions over the check: %d on the replica, %d on the "
             "primary%s" % (r["seen"], r["cycles"], r["saved"], r["seconds"], r["delay_set"]["rc"], r["anonymous_stale"],
                            reads["app_replica_reads:replica"], reads["app_replica_reads:primary"],
                            "; misses: %s" % r["misses"] if r["misses"] else ""),
             r["cycles"] == 100 and r["saved"] == 100 and r["seen"] == 100 and r["delay_set"]["rc"] == 0
             # The check proves something only if the replica was read, and late, meanwhile.
             and reads["app_replica_reads:replica"] > 0 and r["anonymous_stale"] > 0)
    part("read-your-writes", read_your_writes)

    def replica_outage():
        o = facts["replica_outage"]
        w = o["wrk"]
        before, down, after = o["before"], o["while_down"], o["after"]
        exposed = all(s is not None for s in before + down + after)

        def delta(a, b, key):
            return total(b, key) - total(a, key)
        to_primary = delta(before, down, "app_replica_reads:primary")
        to_replica = delta(before, down, "app_replica_reads:replica")
        fallbacks = delta(before, down, "app_replica_fallbacks:down")
        failed = None if w is None else int(w["s5"] + w["connect"] + w["read"] + w["write"] + w["timeout"])
        mark("the replica stopped under load: reads fall back to the primary with 0 5xx",
             "wrk through the proxy, 8 connections, %s s: %s; replica stopped at %s s (exit %s) for 6 s; while it was "
             "down (counted from the last read of the counters before the stop): %s read-only transactions on the "
             "primary, %s on the replica, %s fallbacks (reason down)%s" % (
                 o["seconds"], "no figures" if w is None else "%d answers (%d 2xx, %d 3xx, %d 4xx, %d 5xx), %d socket "
                 "errors, p99 %.0f ms" % (w["responses"], w["s2"], w["s3"], w["s4"], w["s5"],
                                          w["connect"] + w["read"] + w["write"] + w["timeout"], w["p99_ms"]),
                 o["stopped_at"], o["stop"]["rc"], int(to_primary), int(to_replica), int(fallbacks),
                 "" if exposed else "; /actuator/prometheus gave no replica counters on the management ports"),
             exposed and failed == 0 and w["s4"] == 0 and o["stop"]["rc"] == 0 and to_primary > 0 and fallbacks > 0)
        mark("started again, reads return to the replica",
             "started at %s s (exit %s); read-only transactions on the replica grew again on both instances %s; "
             "from the start to the end of the load: %d on the replica, %d on the primary" % (
                 o["started_at"], o["start"]["rc"],
                 "after %s s" % o["back_after"] if o["back_after"] is not None else "NOT within 30 s",
                 int(delta(down, after, "app_replica_reads:replica")), int(delta(down, after, "app_replica_reads:primary"))),
             exposed and o["start"]["rc"] == 0 and o["back_after"] is not None)
    part("the replica stopped and started under load", replica_outage)

    def kill():
        k = facts["kill"]
        w = k["wrk"]
        failed = int(w["s5"] + w["connect"] + w["read"] + w["write"] + w["timeout"])
        limit = float(facts["check_limit"])
        h = k["haproxy"]
        mark("kill -9 of one instance under load at 32 connections: 0 failed requests beyond those in flight on it",
             "wrk through the proxy, %s s: %d answers (%d 2xx, %d 5xx), %d socket errors, p99 %.0f ms; b killed at "
             "%s s with %d requests in flight on it (%d on a); HAProxy retried %s and redispatched %s requests" % (
                 k["seconds"], w["responses"], w["s2"], w["s5"], w["connect"] + w["read"] + w["write"] + w["timeout"],
                 w["p99_ms"], k["killed_at"], k["in_flight_b"], k["in_flight_a"], h.get("b", {}).get("wretr"),
                 h.get("b", {}).get("wredis")),
             failed <= k["in_flight_b"] and w["s2"] > 0 and w["s4"] == 0)
        mark("the proxy takes it out within its health interval",
             "b DOWN in HAProxy %s after the kill (limit %s s: a check a second, out after 2 failures); b's last "
             "check: %s" % ("%s s" % k["out_after"] if k["out_after"] is not None else "NOT within 15 s", limit,
                            h.get("b", {}).get("check_status")),
             k["out_after"] is not None and k["out_after"] <= limit)
    part("kill -9 of one instance under load", kill)

    mark("no ERROR in the instances' logs and no password in them",
         "ERROR lines: %s; the admin's password: %s times" % (setup["log_errors"], setup["log_leaks"]),
         setup["log_errors"] == "0" and setup["log_leaks"] == "0")
    measured = facts.get("step_seconds", {}).get("throughput", 0)  # MEASURE's figures are not the test's
    mark("the whole scale-out test within 8 minutes", "%s s%s (%s; steps: %s)" % (
        setup["seconds"], ", %s s of them measuring throughput" % measured if measured else "", setup["haproxy"],
        ", ".join("%s %s s" % kv for kv in facts.get("step_seconds", {}).items())),
         int(setup["seconds"]) - measured <= 480)
    with open(args.tsv, "w", encoding="utf-8") as out:
        out.write("\n".join(rows) + "\n")
    print("\n".join(rows))
    return 0


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "marks":
        p = argparse.ArgumentParser()
        p.add_argument("marks")
        p.add_argument("--out", required=True)
        p.add_argument("--tsv", required=True)
        p.add_argument("--driver-rc", required=True)
        p.add_argument("--setup", required=True)
        return judge(p.parse_args())
    p = argparse.ArgumentParser()
    for name in ("--proxy", "--ports", "--management-ports", "--pids", "--haproxy-socket", "--check-limit",
                 "--replica-stop", "--replica-start", "--replica-delay", "--lua", "--out"):
        p.add_argument(name, required=True)
    p.add_argument("--time-limit", type=float, default=420)
    p.add_argument("--measure", type=int, default=0)
    args = p.parse_args()
    args.proxy = int(args.proxy)
    return drive(args)


if __name__ == "__main__":
    sys.exit(main())
