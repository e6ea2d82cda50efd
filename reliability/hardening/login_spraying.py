#!/usr/bin/env python3
"""Guessing and spraying against the sign-in over HTTP (issue 14, part 3), run by login-spraying.sh.

A victim EDITOR is created through the admin pages; the victim signs in once from a "known browser" and keeps
the device cookie it is given. Then, at the same time: 11 loopback addresses (127.0.0.2-12) send wrong passwords
for the victim, one address (127.0.0.13) sprays 30 usernames, and once three rounds of guesses are in, the known browser signs in
with the right password, from one of the guessers' addresses. Then a second round of guesses, which the throttle should
all refuse, is timed against a few attempts that it admits. The password checks the app actually made are
counted by the script from the app's DEBUG log of admitted checks. Every loop is bounded in count and time.
Writes one JSON document of facts.
"""
import argparse
import hashlib
import http.client
import json
import re
import sys
import threading
import time
import urllib.parse
from html.parser import HTMLParser

TIMEOUT = 30


class Browser:
    """One client: its own address, its own cookies (whatever the server sets), the CSRF token of the last form."""

    def __init__(self, port, address):
        self.port, self.address, self.cookies = port, address, {}

    def request(self, method, path, fields=None):
        body = urllib.parse.urlencode(fields) if fields is not None else None
        headers = {"Accept": "text/html", "Accept-Language": "en", "Connection": "close"}
        if self.cookies:
            headers["Cookie"] = "; ".join("%s=%s" % kv for kv in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT, source_address=(self.address, 0))
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    pair = value.split(";", 1)[0]
                    key, _, val = pair.partition("=")
                    if re.search(r"(?i)max-age=0\b", value):
                        self.cookies.pop(key.strip(), None)
                    else:
                        self.cookies[key.strip()] = val.strip()
            return response.status, response.getheader("Location") or "", text, time.monotonic() - started
        finally:
            conn.close()

    def sign_in(self, username, password):
        """The form's page, then the post; returns (status, location, seconds of the post)."""
        status, _, page, _ = self.request("GET", "/login")
        token = csrf_of(page)
        if status != 200 or token is None:
            return status, "no sign-in form", 0.0
        status, location, _, seconds = self.request("POST", "/login", {"username": username, "password": password,
                                                                        "_csrf": token})
        return status, location, seconds


def csrf_of(page):
    m = re.search(r'name="_csrf"\s+value="([^"]+)"', page) or re.search(r'value="([^"]+)"\s+name="_csrf"', page)
    return m.group(1) if m else None


def signed_in(status, location):
    return status in (302, 303) and location.rstrip("/").endswith("/admin")


def refused(status, location):
    return status in (302, 303) and "/login?error" in location


class Forms(HTMLParser):
    """Every form of a page: its action and its fields (inputs with their values, selects)."""

    def __init__(self):
        super().__init__()
        self.forms, self.current = [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.current = {"action": a.get("action") or "", "method": (a.get("method") or "get").lower(), "fields": {}}
            self.forms.append(self.current)
        elif self.current is not None and tag in ("input", "select", "textarea") and a.get("name"):
            self.current["fields"].setdefault(a["name"], a.get("value") or "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None


def create_victim(port, admin, admin_password, victim, victim_password):
    """Through the admin pages: the form on /admin/users (or /admin/users/new) with username, password and role."""
    browser = Browser(port, "127.0.0.1")
    status, location, _ = browser.sign_in(admin, admin_password)
    if not signed_in(status, location):
        return "the admin could not sign in (%s %s)" % (status, location)
    for path in ("/admin/users/new", "/admin/users"):
        status, _, page, _ = browser.request("GET", path)
        if status != 200:
            continue
        parser = Forms()
        parser.feed(page)
        for form in parser.forms:
            if form["method"] == "post" and {"username", "password", "role"} <= set(form["fields"]):
                fields = dict(form["fields"])
                fields.update({"username": victim, "password": victim_password, "role": "EDITOR"})
                action = urllib.parse.urljoin(path, form["action"] or path)
                status, location, page, _ = browser.request("POST", action, fields)
                return None if status in (302, 303) else "creating the victim answered %s %s" % (status, location)
    return "no form to create a user on /admin/users"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--admin", required=True)
    p.add_argument("--admin-password", required=True)
    p.add_argument("--victim", default="spray-victim")
    p.add_argument("--victim-password", required=True)
    p.add_argument("--app-log", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--guesses-per-address", type=int, default=20)
    p.add_argument("--time-limit", type=float, default=240)
    args = p.parse_args()
    deadline = time.monotonic() + args.time_limit
    facts = {"victim": args.victim}
    lock = threading.Lock()
    statuses = {}

    def note(status):
        with lock:
            statuses[status] = statuses.get(status, 0) + 1

    def admitted_checks(pattern):
        with open(args.app_log, encoding="utf-8", errors="replace") as log:
            return sum(1 for line in log if "Admitted a password check" in line and pattern in line)

    problem = create_victim(args.port, args.admin, args.admin_password, args.victim, args.victim_password)
    if problem:
        facts["setup_error"] = problem
        json.dump(facts, open(args.out, "w"), indent=1)
        print(problem, file=sys.stderr)
        return 1

    # The known browser: signs in once, then keeps only the device cookie (its session is long gone next time).
    known = Browser(args.port, "127.0.0.1")
    status, location, _ = known.sign_in(args.victim, args.victim_password)
    facts["first_sign_in"] = "%s %s" % (status, location)
    facts["device_cookie_names"] = sorted(known.cookies)
    device = {k: v for k, v in known.cookies.items() if k == "SIGN_IN_DEVICE"}
    facts["device_cookie_received"] = bool(device)

    victim_key = "account:" + hashlib.sha256(args.victim.strip().lower().encode()).hexdigest()
    spray_key = "client:127.0.0.13]"
    victim_checks_before = admitted_checks(victim_key + ",")
    spray_checks_before = admitted_checks(spray_key)

    # --- phase A: the attack, with the known browser signing in while it goes on ---------------------------
    three_rounds = threading.Event()
    # Once three rounds are in, the guessers hold off until the known browser has tried: refusals answer in a
    # millisecond or two, so on a busy machine they could otherwise all be done before its sign-in, and the
    # mark would not show a sign-in during an attack with guesses still to come.
    known_browser_tried = threading.Event()
    guessed = {"count": 0, "signed_in": 0}
    spray_outcomes = {"count": 0, "signed_in": 0}

    def guesser(n):
        browser = Browser(args.port, "127.0.0.%d" % n)
        for i in range(args.guesses_per_address):
            if time.monotonic() > deadline:
                return
            status, location, _ = browser.sign_in(args.victim, "wrong guess %d from %d" % (i, n))
            note(status)
            with lock:
                guessed["count"] += 1
                guessed["signed_in"] += signed_in(status, location)
                if guessed["count"] >= 33:  # three rounds: the account is used up for unknown clients by now
                    three_rounds.set()
            if three_rounds.is_set():
                known_browser_tried.wait(timeout=max(0, deadline - time.monotonic()))

    def sprayer():
        browser = Browser(args.port, "127.0.0.13")
        for password in ("Password123!", "Welcome2026!", "Summer2026!!"):
            for u in range(30):
                if time.monotonic() > deadline:
                    return
                name = args.admin if u == 0 else args.victim if u == 1 else "sprayed-user-%02d" % u
                status, location, _ = browser.sign_in(name, password)
                note(status)
                spray_outcomes["count"] += 1
                spray_outcomes["signed_in"] += signed_in(status, location)

    threads = [threading.Thread(target=guesser, args=(n,)) for n in range(2, 13)] + [threading.Thread(target=sprayer)]
    started = time.monotonic()
    for t in threads:
        t.start()
    three_rounds.wait(timeout=max(1, deadline - time.monotonic()))
    later = Browser(args.port, "127.0.0.2")  # the known browser, now at one of the guessers' addresses
    later.cookies.update(device)
    status, location, seconds = later.sign_in(args.victim, args.victim_password)
    admin_page = later.request("GET", "/admin")[0] if signed_in(status, location) else None
    facts["known_browser"] = {"status": status, "location": location, "seconds": round(seconds, 3), "admin_page": admin_page,
                              "signed_in": signed_in(status, location) and admin_page == 200,
                              "guesses_before": guessed["count"]}
    known_browser_tried.set()
    stranger = Browser(args.port, "127.0.0.14")
    status, location, _ = stranger.sign_in(args.victim, args.victim_password)
    facts["unknown_browser_right_password"] = "signed in" if signed_in(status, location) else \
        "refused" if refused(status, location) else "%s %s" % (status, location)
    for t in threads:
        t.join(timeout=max(1, deadline - time.monotonic()))
    facts["known_browser"]["guesses_after"] = guessed["count"] - facts["known_browser"]["guesses_before"]
    facts["phase_a_seconds"] = round(time.monotonic() - started, 1)
    facts["victim_guesses"] = guessed["count"]
    facts["victim_guesses_signed_in"] = guessed["signed_in"]
    facts["spray_attempts"] = spray_outcomes["count"]
    facts["spray_signed_in"] = spray_outcomes["signed_in"]
    time.sleep(1)  # the log is written as the requests end
    facts["victim_checks"] = admitted_checks(victim_key + ",") - victim_checks_before
    facts["spray_checks"] = admitted_checks(spray_key) - spray_checks_before

    # --- phase B: refusals timed against admitted checks -------------------------------------------------
    checks_before = admitted_checks("Admitted")
    refused_seconds = []
    for round_ in range(5):
        for n in range(2, 13):
            if time.monotonic() > deadline:
                break
            browser = Browser(args.port, "127.0.0.%d" % n)
            status, location, seconds = browser.sign_in(args.victim, "phase B guess %d" % round_)
            note(status)
            if refused(status, location):
                refused_seconds.append(seconds)
    time.sleep(1)
    facts["phase_b_attempts"] = len(refused_seconds)
    facts["phase_b_checks"] = admitted_checks("Admitted") - checks_before
    checked_seconds = []
    for n in range(5):
        # Each a fresh username from a fresh address: admitted, so one full PBKDF2 check each.
        browser = Browser(args.port, "127.0.0.%d" % (20 + n))
        status, location, seconds = browser.sign_in("nobody-timed-%d" % n, "a wrong password")
        note(status)
        checked_seconds.append(seconds)
    refused_seconds.sort()
    checked_seconds.sort()
    if refused_seconds:
        facts["refused_p50_ms"] = round(1000 * refused_seconds[len(refused_seconds) // 2], 1)
        facts["refused_p99_ms"] = round(1000 * refused_seconds[min(len(refused_seconds) - 1, int(0.99 * len(refused_seconds)))], 1)
    facts["checked_median_ms"] = round(1000 * checked_seconds[len(checked_seconds) // 2], 1)
    facts["statuses"] = {str(k): v for k, v in sorted(statuses.items())}
    facts["server_errors"] = sum(v for k, v in statuses.items() if k >= 500)
    facts["timed_out"] = time.monotonic() > deadline
    json.dump(facts, open(args.out, "w"), indent=1)
    print(json.dumps(facts), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
