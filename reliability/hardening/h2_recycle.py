#!/usr/bin/env python3
"""Saves of every kind through the real admin forms, for reliability/hardening/h2-recycle.sh (standard library only).

  h2_recycle.py rounds --base URL --user U --duration S --interval S --out FILE   (password in $H2_RECYCLE_PASSWORD)
  h2_recycle.py marks --run FILE --restart FILE --recycles N --pool N --lifetime S --invalid N [--note TEXT] --out FILE

`rounds` signs in and makes a round of saves every INTERVAL seconds, the last at DURATION (one round when DURATION
is 0): a record of each kind, an edit, a citation of each kind of fact and the user changes, which between
them write to every table with a check constraint. Each form is opened first and posted back with every field a
browser would send (its CSRF token and version included), the cookies kept as the server sets them. It writes the
statuses of every request and the saves made per kind as JSON. `marks` turns the two runs' JSON and the counts taken
from the log into the script's marks. Every loop is bounded in count and time, and every request has a timeout.
"""
import argparse
import collections
import json
import os
import re
import secrets
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from faults import Client, form_fields, set_field  # noqa: E402

SECTION = "0. The embedded database keeps saving (H2, max-lifetime 30 s)"
MAX_ROUNDS = 50
FACT_KINDS = ("ORGANIZATION", "RELATION", "PERSON", "POSITION", "AGREEMENT", "INITIATIVE", "METRIC", "STATEMENT")


DISPUTED = {"ORGANIZATION": "NAME", "RELATION": "DETAIL", "PERSON": "NAME", "POSITION": "TITLE", "AGREEMENT": "TITLE",
            "INITIATIVE": "TITLE", "METRIC": "MEASURE", "STATEMENT": "TEXT"}


class Round:
    """One save of every kind, as a signed-in admin makes them; names are made unique by `tag`."""

    def __init__(self, client, tag, statuses, kinds, failures):
        self.client, self.tag = client, tag
        self.statuses, self.kinds, self.failures = statuses, kinds, failures

    def get(self, path, accept="text/html"):
        r = self.client.request(path, accept=accept)
        self.statuses[str(r.status)] += 1
        return r

    def save(self, kind, page, action, values):
        """Opens `page`, fills the form posting to `action` with `values`, posts it; answers the Location when saved."""
        self.kinds.setdefault(kind, [0, 0])[1] += 1
        opened = self.get(page)
        fields = form_fields(opened.body, action) if opened.status == 200 else []
        if not fields:
            self.fail(kind, "GET %s: HTTP %s, no form posting to %s" % (page, opened.status, action))
            return None
        for name, value in values.items():
            set_field(fields, name, value)
        r = self.client.request(action, fields)
        self.statuses[str(r.status)] += 1
        location = r.header("Location") or ""
        if r.status == 302 and "/login" not in location and "error" not in location:
            self.kinds[kind][0] += 1
            return location
        errors = re.findall(r'class="invalid-feedback[^"]*"[^>]*>\s*([^<]+?)\s*<', r.body)
        self.fail(kind, "POST %s: HTTP %s %s %s" % (action, r.status, location, "; ".join(errors[:3]) or r.error or ""))
        return None

    def fail(self, kind, detail):
        if len(self.failures) < 40:
            self.failures.append("%s (%s): %s" % (kind, self.tag, detail))

    def cite_link(self, page, kind):
        r = self.get(page)
        m = re.search(r"/admin/citations/%s/(\d+)/new" % kind, r.body)
        return m.group(1) if m else None

    def make(self):
        tag = self.tag
        org, person, user = "h2r-org-" + tag, "h2r-person-" + tag, "h2r-user-" + tag
        listing = self.get("/api/v1/organizations?size=5", accept="application/json")
        slugs = re.findall(r'"slug"\s*:\s*"([^"]+)"', listing.body)
        other = next((slug for slug in slugs if slug != org), None)

        source = self.save("source", "/admin/sources/new", "/admin/sources/new", {
            "kind": "NEWS_ARTICLE", "publisher": "H2 Daily", "headlineKo": "H2 기사 " + tag, "headlineEn": "H2 article " + tag,
            "url": "https://example.com/h2/" + tag, "language": "ko", "published.text": "2021-02-03"})
        organization = {"slug": org, "nameKo": "H2 기관 " + tag, "nameEn": "H2 organization " + tag, "kind": "BANK",
                        "founded.text": "2019-03", "website": "https://example.com/" + tag}
        self.save("organization", "/admin/organizations/new", "/admin/organizations/new", organization)
        edit = "/admin/organizations/%s/edit" % org
        self.save("organization edit", edit, edit, dict(organization, nameEn="H2 organization %s (edited)" % tag))
        self.save("person", "/admin/people/new", "/admin/people/new", {
            "slug": person, "nameKo": "H2 사람 " + tag, "nameEn": "H2 Person " + tag, "birthYear": "1970"})
        positions = "/admin/people/%s/positions/new" % person
        self.save("position", positions, positions, {
            "organization": org, "titleKo": "부장", "titleEn": "Head", "started.text": "2020-01"})
        self.save("relation", "/admin/relations/new", "/admin/relations/new", {
            "subject": org, "object": other or "", "kind": "ALLIANCE_PARTNER_OF", "detailEn": "H2 " + tag, "started.text": "2020"})
        agreement = self.save("agreement", "/admin/agreements/new", "/admin/agreements/new", {
            "titleKo": "H2 협약 " + tag, "titleEn": "H2 agreement " + tag, "kind": "MOU", "status": "SIGNED",
            "signed.text": "2021-04-02", "parties[0].organization": org, "parties[0].role": "PRINCIPAL",
            "parties[1].organization": other or "", "parties[1].role": "PRINCIPAL", "areas[0].ko": "디지털", "areas[0].en": "Digital",
            "attendees[0].person": person, "attendees[0].organization": org, "attendees[0].role": "SIGNATORY"})
        initiative = self.save("initiative", "/admin/initiatives/new", "/admin/initiatives/new", {
            "titleKo": "H2 서비스 " + tag, "titleEn": "H2 service " + tag, "kind": "SERVICE", "status": "LAUNCHED",
            "launched.text": "2021-06", "organizations[0].organization": org, "organizations[0].role": "PARTNER"})
        self.save("metric", "/admin/metrics/new", "/admin/metrics/new", {
            "kind": "ACTUAL", "organization": org, "measureKo": "H2 지표 " + tag, "measureEn": "H2 measure " + tag,
            "value": "1200", "unit": "users", "asOf.text": "2021-12"})
        self.save("statement", "/admin/statements/new", "/admin/statements/new", {
            "person": person, "textKo": "H2 발언 " + tag, "textEn": "An H2 statement " + tag, "stated.text": "2021-01-05"})

        source_id = (re.search(r"/sources/(\d+)", source or "") or [None, None])[1]
        facts = {
            "ORGANIZATION": self.cite_link(edit, "ORGANIZATION"),
            "RELATION": self.cite_link("/admin/relations", "RELATION"),
            "PERSON": self.cite_link("/admin/people/%s/edit" % person, "PERSON"),
            "POSITION": self.cite_link("/admin/people/%s/edit" % person, "POSITION"),
            "AGREEMENT": (re.search(r"/agreements/(\d+)", agreement or "") or [None, None])[1],
            "INITIATIVE": (re.search(r"/initiatives/(\d+)", initiative or "") or [None, None])[1],
            "METRIC": self.cite_link("/admin/metrics", "METRIC"),
            "STATEMENT": self.cite_link("/admin/statements", "STATEMENT"),
        }
        for kind in FACT_KINDS:
            name = "citation of " + kind.lower()
            if facts[kind] is None or source_id is None:
                self.kinds.setdefault(name, [0, 0])[1] += 1
                self.fail(name, "no %s to cite (source %s)" % (kind.lower(), source_id))
                continue
            path = "/admin/citations/%s/%s/new" % (kind, facts[kind])
            # The disputed attribute comes from each kind's own list (CitedAttribute), no longer free text.
            self.save(name, path, path, {"source": "#" + source_id, "quote": "H2 quote " + tag,
                                         "claimAttribute": DISPUTED[kind], "claimValue": "H2 " + tag})

        self.save("user", "/admin/users", "/admin/users", {
            "username": user, "role": "EDITOR", "password": "h2r " + secrets.token_urlsafe(18)})
        self.save("user role", "/admin/users/" + user, "/admin/users/" + user, {"role": "ADMIN", "enabled": "true"})
        self.save("user password", "/admin/users/" + user, "/admin/users/%s/password" % user,
                  {"password": "h2r " + secrets.token_urlsafe(18)})


def rounds(args):
    password = os.environ["H2_RECYCLE_PASSWORD"]
    client = Client(args.base)
    statuses, kinds, failures, times = collections.Counter(), {}, [], []
    signed_in, detail = client.login(args.user, password, timeout=60)
    started = time.monotonic()
    n = 0
    while signed_in and n < MAX_ROUNDS:
        t0 = time.monotonic()
        Round(client, "%s%d" % (args.tag, n), statuses, kinds, failures).make()
        times.append(round(time.monotonic() - t0, 1))
        n += 1
        next_round = started + n * args.interval
        if next_round > started + args.duration:
            break
        time.sleep(max(0.0, next_round - time.monotonic()))
    result = {"signed_in": signed_in, "sign_in": detail, "rounds": n, "seconds": round(time.monotonic() - started, 1),
              "round_seconds": times, "statuses": dict(statuses), "kinds": kinds, "failures": failures}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
    print(json.dumps({k: result[k] for k in ("signed_in", "rounds", "seconds", "statuses")}))
    return 0


def marks(args):
    def load(path):
        try:
            with open(path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return {"signed_in": False, "sign_in": "no figures in " + path, "rounds": 0, "statuses": {}, "kinds": {},
                    "failures": []}

    run, restart = load(args.run), load(args.restart)

    def tally(result):
        statuses = {int(k): v for k, v in result["statuses"].items()}
        requests = sum(statuses.values())
        errors = sum(v for k, v in statuses.items() if k >= 500 or k == 0)
        saved = sum(v[0] for v in result["kinds"].values())
        attempted = sum(v[1] for v in result["kinds"].values())
        return requests, errors, saved, attempted

    rows = []
    if args.note.strip():
        rows.append(("the app starts on H2 and stays up", args.note.strip(), False))
    requests, errors, saved, attempted = tally(run)
    kinds = run["kinds"]
    rounds_made = run["rounds"]
    every_round = bool(kinds) and all(v[0] == rounds_made for v in kinds.values())
    rows.append(("0 × 5xx over the run (%d s, max-lifetime %d s)" % (run.get("seconds", 0), args.lifetime),
                 "%d of %d requests 5xx or unanswered; statuses %s%s" % (
                     errors, requests, json.dumps(run["statuses"], sort_keys=True),
                     "" if run["signed_in"] else "; sign-in failed: " + str(run.get("sign_in"))),
                 run["signed_in"] and requests > 0 and errors == 0))
    rows.append(("a save of each kind every 30 s, every one made",
                 "%d rounds × %d kinds: %d of %d saves made%s" % (
                     rounds_made, len(kinds), saved, attempted,
                     "" if saved == attempted else "; first failures: " + " | ".join(run["failures"][:3])),
                 rounds_made >= 6 and every_round and saved == attempted and len(kinds) >= 21))
    recycles = args.recycles / args.pool if args.pool else 0
    rows.append(("the pool recycled every connection, about six times",
                 "%d connections closed at max-lifetime (%.1f × a pool of %d)" % (args.recycles, recycles, args.pool),
                 recycles >= 5))
    rows.append(("0 'Check constraint invalid' in the logs", str(args.invalid), args.invalid == 0))
    requests, errors, saved, attempted = tally(restart)
    rows.append(("after a restart on the same data, a save of each kind",
                 "%d of %d saves made, %d of %d requests 5xx or unanswered%s" % (
                     saved, attempted, errors, requests,
                     "" if saved == attempted else "; first failures: " + " | ".join(restart["failures"][:3])),
                 restart["signed_in"] and attempted >= 21 and saved == attempted and errors == 0))
    with open(args.out, "w", encoding="utf-8") as f:
        for mark, figure, passed in rows:
            f.write("\t".join((SECTION, mark, figure.replace("\t", " "), "pass" if passed else "fail")) + "\n")
    return 0 if all(passed for _, _, passed in rows) else 1


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("rounds")
    r.add_argument("--base", required=True)
    r.add_argument("--user", required=True)
    r.add_argument("--tag", required=True)
    r.add_argument("--duration", type=float, default=180)
    r.add_argument("--interval", type=float, default=30)
    r.add_argument("--out", required=True)
    m = sub.add_parser("marks")
    m.add_argument("--note", default="")
    for name in ("--run", "--restart", "--out"):
        m.add_argument(name, required=True)
    for name in ("--recycles", "--pool", "--lifetime", "--invalid"):
        m.add_argument(name, type=int, required=True)
    args = p.parse_args()
    return {"rounds": rounds, "marks": marks}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
