#!/usr/bin/env python3
"""Drives the fault runs of reliability/faults.sh against the app over loopback (standard library only).

  faults.py editors --base URL --user U (password in $FAULTS_PASSWORD) --slug S --sessions 20 --cycles 50 --out FILE
  faults.py outage  --base URL --user U --slug S --variant NAME --fault CMD [--hold S]
                    [--recover CMD] --ready CMD --markers-cmd CMD --out FILE

Each writes one JSON document with its raw figures; reliability/report.py judges them and writes RESULTS.md.
Every loop is bounded in count and in time, and every request has a timeout.
"""
import argparse
import html
import http.cookiejar
import json
import os
import re
import shlex
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

STALE_MESSAGE = "Someone else saved this record while you were editing"
BRANDED_503 = ("error-page", "The record is out of reach for a moment")
REQUEST_TIMEOUT = 30


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Response:
    def __init__(self, status, headers, body, seconds, error=None):
        self.status, self.headers, self.body, self.seconds, self.error = status, headers, body, seconds, error

    def header(self, name):
        return self.headers.get(name) if self.headers is not None else None


class Client:
    """One browser-like session: its own cookies, no redirects followed, English pages."""

    def __init__(self, base):
        self.base = base.rstrip("/")
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect())

    def request(self, path, data=None, timeout=REQUEST_TIMEOUT, accept="text/html"):
        if isinstance(data, list):
            data = [tuple(pair) for pair in data]
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, headers={"Accept": accept, "Accept-Language": "en"})
        t0 = time.monotonic()
        try:
            with self.opener.open(req, timeout=timeout) as r:
                return Response(r.status, r.headers, r.read().decode("utf-8", "replace"), time.monotonic() - t0)
        except urllib.error.HTTPError as e:
            text = e.read().decode("utf-8", "replace") if e.fp is not None else ""
            return Response(e.code, e.headers, text, time.monotonic() - t0)
        except Exception as e:  # connection refused, reset, timeout: no HTTP response at all
            return Response(0, None, "", time.monotonic() - t0, error=type(e).__name__ + ": " + str(e))

    def login(self, user, password, timeout=REQUEST_TIMEOUT):
        page = self.request("/login", timeout=timeout)
        token = csrf_of(page.body)
        if page.status != 200 or token is None:
            return False, "GET /login: HTTP %s %s" % (page.status, page.error or "")
        # The password hash is meant to be slow: on a busy machine a sign-in may take a while.
        r = self.request("/login", {"username": user, "password": password, "_csrf": token}, timeout=timeout)
        location = r.header("Location") or ""
        if r.status == 302 and "error" not in location:
            return True, location
        return False, "POST /login: HTTP %s %s %s" % (r.status, location, r.error or "")


def csrf_of(page):
    m = re.search(r'name="_csrf"\s+value="([^"]+)"', page) or re.search(r'value="([^"]+)"\s+name="_csrf"', page)
    return html.unescape(m.group(1)) if m else None


class FormFields(HTMLParser):
    """The fields a browser would submit from the form whose action ends with `action_suffix`."""

    def __init__(self, action_suffix):
        super().__init__(convert_charrefs=True)
        self.action_suffix = action_suffix
        self.inside = False
        self.fields = []
        self.select = None
        self.select_first = None
        self.select_chosen = None
        self.textarea = None
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = (a.get("action") or "").split("?")[0].endswith(self.action_suffix)
            return
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name and "disabled" not in a:
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append([name, a.get("value") or ("on" if kind in ("checkbox", "radio") else "")])
        elif tag == "select" and name:
            self.select, self.select_first, self.select_chosen = name, None, None
        elif tag == "option" and self.select:
            value = a.get("value", "")
            if self.select_first is None:
                self.select_first = value
            if "selected" in a:
                self.select_chosen = value
        elif tag == "textarea" and name:
            self.textarea, self.text = name, []

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self.select:
            chosen = self.select_chosen if self.select_chosen is not None else self.select_first
            if chosen is not None:
                self.fields.append([self.select, chosen])
            self.select = None
        elif tag == "textarea" and self.textarea:
            text = "".join(self.text)
            self.fields.append([self.textarea, text[1:] if text.startswith("\n") else text])
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.text.append(data)


def form_fields(page, action_suffix):
    parser = FormFields(action_suffix)
    parser.feed(page)
    return parser.fields


def field(fields, name):
    return next((v for k, v in fields if k == name), None)


def set_field(fields, name, value):
    for pair in fields:
        if pair[0] == name:
            pair[1] = value
            return
    fields.append([name, value])


# --- concurrent editors ------------------------------------------------------------------------------

COUNTER = re.compile(r"reliability counter (\d+)")


def editors(args):
    edit_path = "/admin/organizations/%s/edit" % args.slug
    deadline = time.monotonic() + args.time_limit
    outcomes = {"saved": 0, "conflict": 0, "server_error": 0, "other": 0, "form_not_loaded": 0, "no_response": 0}
    samples = []
    lock = threading.Lock()
    logins = []

    def count(kind, sample=None):
        with lock:
            outcomes[kind] += 1
            if sample and len(samples) < 20:
                samples.append(sample)

    # Sign every session in first, one after another (LoginThrottle counts failures only, so 20 sign-ins of
    # one user from one client are fine), then let all editors loose at once.
    clients = []
    for n in range(args.sessions):
        client = Client(args.base)
        ok, detail = client.login(args.user, args.password, timeout=120)
        logins.append([n, ok, detail])
        clients.append(client if ok else None)
    start = threading.Barrier(args.sessions)

    def session(n):
        client = clients[n]
        try:
            start.wait(60)
        except threading.BrokenBarrierError:
            pass
        if client is None:
            return
        for _ in range(args.cycles):
            if time.monotonic() > deadline:
                count("other", "session %d: time limit reached" % n)
                return
            page = client.request(edit_path)
            if page.status != 200:
                count("server_error" if page.status >= 500 else "no_response" if page.status == 0 else "form_not_loaded",
                      "GET edit: HTTP %s %s" % (page.status, page.error or ""))
                continue
            fields = form_fields(page.body, edit_path)
            description = field(fields, "descriptionEn") or ""
            m = COUNTER.search(description)
            value = int(m.group(1)) if m else 0
            new = COUNTER.sub("reliability counter %d" % (value + 1), description) if m \
                else (description + " reliability counter 1").strip()
            set_field(fields, "descriptionEn", new)
            r = client.request(edit_path, fields)
            location = r.header("Location") or ""
            if r.status == 302 and location.split("?")[0].endswith("/organizations/" + args.slug):
                count("saved")
            elif r.status == 409 and STALE_MESSAGE in r.body:
                count("conflict")
            elif r.status >= 500:
                count("server_error", "POST: HTTP %s" % r.status)
            elif r.status == 0:
                count("no_response", "POST: " + (r.error or ""))
            else:
                count("other", "POST: HTTP %s %s %s" % (r.status, location, re.sub(r"\s+", " ", r.body)[:300]))

    t0 = time.monotonic()
    deadline = t0 + args.time_limit
    threads = [threading.Thread(target=session, args=(n,)) for n in range(args.sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(args.time_limit + 60)
    result = {"sessions": args.sessions, "cycles": args.cycles, "attempts": sum(outcomes.values()),
              "outcomes": outcomes, "logins_ok": sum(1 for _, ok, _ in logins if ok),
              "login_failures": [l for l in logins if not l[1]], "samples": samples,
              "seconds": round(time.monotonic() - t0, 1)}
    write(args.out, result)


# --- database outage ---------------------------------------------------------------------------------

def is_branded_503(r):
    return r.status == 503 and all(mark in r.body for mark in BRANDED_503)


def outage(args):
    stop = threading.Event()
    t_start = time.monotonic()
    now = lambda: round(time.monotonic() - t_start, 3)
    reads, health, writes = [], [], []
    lock = threading.Lock()
    paths = ["/timeline", "/organizations/%s" % args.slug]

    def reader(n):
        client = Client(args.base)  # anonymous: no session cookie, so the page cache answers where it can
        i = 0
        while not stop.is_set() and i < 100000:
            i += 1
            path = paths[i % 2] + ("?probe=%d-%d" % (n, i) if i % 3 == 0 else "")  # every third request past the cache
            t0 = now()
            r = client.request(path, timeout=15)
            with lock:
                reads.append([t0, round(r.seconds, 3), r.status, bool(r.header("Retry-After")),
                              is_branded_503(r), r.error, path, r.header("X-Page-Cache")])
            if r.status != 200:
                time.sleep(0.05)

    def health_poller():
        client = Client(args.base)
        i = 0
        while not stop.is_set() and i < 100000:
            i += 1
            t0 = now()
            r = client.request("/actuator/health", timeout=15, accept="application/json")
            state = "UP" if '"UP"' in r.body else "DOWN" if '"DOWN"' in r.body else "status %s" % r.status
            with lock:
                health.append([t0, round(r.seconds, 3), state])
            time.sleep(0.2)

    def writer():
        client = Client(args.base)
        ok, detail = False, ""
        for _ in range(50):
            ok, detail = client.login(args.user, args.password)
            if ok or stop.is_set():
                break
            time.sleep(0.5)
        if not ok:
            with lock:
                writes.append([now(), 0, None, "login failed: " + detail, None])
            return
        i = 0
        while not stop.is_set() and i < 5000:
            i += 1
            t0 = now()
            form = client.request("/admin/sources/new", timeout=15)
            token = csrf_of(form.body) if form.status == 200 else None
            if token is None:
                with lock:
                    writes.append([t0, round(form.seconds, 3), None, "form: HTTP %s" % form.status, None])
                time.sleep(0.2)
                continue
            marker = "fault-%s-%05d" % (args.variant, i)
            fields = form_fields(form.body, "/admin/sources/new")
            set_field(fields, "publisher", "reliability/run.sh")
            set_field(fields, "headlineEn", marker)
            set_field(fields, "language", "en")
            r = client.request("/admin/sources/new", fields, timeout=15)
            location = r.header("Location") or ""
            acked = r.status == 302 and re.search(r"/sources/\d+$", location) is not None
            with lock:
                writes.append([t0, round(r.seconds, 3), marker, "HTTP %s" % r.status, acked])
            time.sleep(0.1)

    wrk = None
    if args.wrk:
        wrk = subprocess.Popen(shlex.split(args.wrk), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    workers = [threading.Thread(target=reader, args=(n,)) for n in range(args.readers)]
    workers += [threading.Thread(target=health_poller), threading.Thread(target=writer)]
    for w in workers:
        w.start()

    time.sleep(args.before)
    events = {}
    events["fault"] = now()
    fault = subprocess.run(args.fault, shell=True, capture_output=True, text=True, timeout=90)
    events["fault_done"] = now()
    if args.hold:
        time.sleep(args.hold)
    events["recover"] = now()
    recover = subprocess.run(args.recover, shell=True, capture_output=True, text=True, timeout=90) if args.recover else None
    events["recover_done"] = now()
    back = None
    for _ in range(600):
        if subprocess.run(args.ready, shell=True, capture_output=True).returncode == 0:
            back = now()
            break
        time.sleep(0.1)
    events["database_back"] = back
    time.sleep(args.after)
    stop.set()
    for w in workers:
        w.join(30)
    wrk_out = ""
    if wrk is not None:
        wrk.send_signal(signal.SIGINT)  # wrk stops and prints its figures, the script's done() included
        try:
            wrk_out, _ = wrk.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            wrk.kill()
            wrk_out, _ = wrk.communicate()

    # Markers in the database: headline -> rows.
    found = {}
    q = subprocess.run(args.markers_cmd, shell=True, capture_output=True, text=True, timeout=60)
    for line in q.stdout.splitlines():
        if "|" in line:
            marker, n = line.rsplit("|", 1)
            found[marker.strip()] = int(n)

    result = {"variant": args.variant, "events": events,
              "fault_rc": fault.returncode, "fault_output": (fault.stdout + fault.stderr)[-500:],
              "recover_rc": recover.returncode if recover else None,
              "recover_output": ((recover.stdout + recover.stderr)[-500:]) if recover else "",
              "markers_query_rc": q.returncode, "markers_query_error": q.stderr[-500:],
              "reads": reads, "health": health, "writes": writes, "found": found, "wrk": wrk_out}
    result["summary"] = summarize(result)
    write(args.out, result)


def summarize(r):
    e = r["events"]
    fault, back = e["fault"], e["database_back"]
    end_of_outage = back if back is not None else float("inf")
    # Answered while the database was out (the request was sent after the fault began and before it was back).
    during = [x for x in r["reads"] if fault <= x[0] <= end_of_outage]
    not_ok = [x for x in during if x[2] != 200]
    bad = [x for x in not_ok if not (x[2] == 503 and x[3] and x[4])]
    slow = [x for x in during if x[1] > 3.0]
    # Sent once the fault had surely taken hold (1 s after the command returned) and before recovery began.
    # Each within 3 s; answered before recovery began, the branded 503; answered after, the page is right too.
    sure = [x for x in r["reads"] if e["fault_done"] + 1.0 <= x[0] <= e["recover"]]
    sure_ok = [x for x in sure if x[2] == 200]
    sure_bad = [x for x in sure if x[1] > 3.0 or not (x[2] == 503 and x[3] and x[4]
                                                       or x[2] == 200 and x[0] + x[1] >= e["recover"])]
    before = [x[1] for x in r["reads"] if x[0] + x[1] < fault and x[2] == 200]
    straddling = [x for x in during if x[2] == 200]
    everything_5xx_other = [x for x in r["reads"] if x[2] >= 500 and x[2] != 503 or x[2] == 0]
    lat503 = sorted(x[1] for x in r["reads"] if x[2] == 503)
    down = next((h for h in r["health"] if h[0] >= fault and h[2] != "UP"), None)
    time_to_down = round(down[0] + down[1] - fault, 2) if down else None
    up = next((h for h in r["health"] if back is not None and h[0] >= back and h[2] == "UP"), None)
    time_to_up = round(up[0] + up[1] - back, 2) if up else None
    acked = [w[2] for w in r["writes"] if w[4]]
    first_write = next((w for w in r["writes"] if back is not None and w[0] >= back and w[4]), None)
    time_to_write = round(first_write[0] + first_write[1] - back, 2) if first_write else None
    found = r["found"]
    missing = [m for m in acked if found.get(m, 0) == 0]
    duplicated = [m for m, n in found.items() if n > 1]
    unacked_present = [m for m in found if m not in set(acked)]
    writes_during = [w for w in r["writes"] if fault <= w[0] <= end_of_outage and w[2] is not None]
    return {
        "outage_seconds": round(end_of_outage - fault, 1) if back is not None else None,
        "reads_total": len(r["reads"]), "reads_during": len(during), "reads_during_503": len(not_ok) - len(bad),
        "reads_during_bad": len(bad), "bad_samples": bad[:5], "reads_during_over_3s": len(slow),
        "slow_samples": slow[:5], "reads_surely_down": len(sure), "reads_surely_down_200": len(sure_ok),
        "reads_surely_down_bad": len(sure_bad), "surely_down_bad_samples": sure_bad[:5], "reads_before": len(before),
        "before_200_max": round(max(before), 3) if before else None,
        "before_200_median": round(statistics.median(before), 3) if before else None,
        "during_200": len(straddling), "during_200_max": round(max((x[1] for x in straddling), default=0), 3),
        "reads_no_response_or_other_5xx": len(everything_5xx_other), "other_5xx_samples": everything_5xx_other[:5],
        "latency_503_max": round(lat503[-1], 3) if lat503 else None,
        "latency_503_median": round(statistics.median(lat503), 3) if lat503 else None,
        "reads_max_latency": round(max((x[1] for x in r["reads"]), default=0), 3),
        "health_polls": len(r["health"]), "time_to_down": time_to_down, "time_to_up": time_to_up,
        "time_to_write": time_to_write, "writes_attempted": sum(1 for w in r["writes"] if w[2] is not None),
        "writes_acked": len(acked), "writes_during": len(writes_during),
        "writes_max_latency": round(max((w[1] for w in r["writes"]), default=0), 3),
        "markers_found": len(found), "markers_missing": missing, "markers_duplicated": duplicated,
        "markers_unacked_present": unacked_present,
    }


def write(path, result):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("resummarize", help="recompute the summary of stored outage JSON files")
    r.add_argument("files", nargs="+")
    for name in ("editors", "outage"):
        s = sub.add_parser(name)
        s.add_argument("--base", required=True)
        s.add_argument("--user", required=True)
        s.add_argument("--password", default=os.environ.get("FAULTS_PASSWORD"), help="default: $FAULTS_PASSWORD")
        s.add_argument("--slug", required=True)
        s.add_argument("--out", required=True)
    e = sub.choices["editors"]
    e.add_argument("--sessions", type=int, default=20)
    e.add_argument("--cycles", type=int, default=50)
    e.add_argument("--time-limit", type=float, default=240)
    o = sub.choices["outage"]
    o.add_argument("--variant", required=True)
    o.add_argument("--fault", required=True)
    o.add_argument("--hold", type=float, default=0)
    o.add_argument("--recover")
    o.add_argument("--ready", required=True)
    o.add_argument("--markers-cmd", required=True)
    o.add_argument("--wrk")
    o.add_argument("--readers", type=int, default=3)
    o.add_argument("--before", type=float, default=5)
    o.add_argument("--after", type=float, default=12)
    args = p.parse_args()
    if args.command == "resummarize":
        for path in args.files:
            with open(path, encoding="utf-8") as f:
                result = json.load(f)
            result["summary"] = summarize(result)
            write(path, result)
        return
    {"editors": editors, "outage": outage}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
