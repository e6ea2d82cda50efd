#!/usr/bin/env python3
"""Builds an agreements file in the import layout for bench/import.sh from the generated data.

   import-file.py AGREEMENTS.csv ORGANIZATIONS.csv ROWS OUT.csv

AGREEMENTS.csv: id, title_ko, title_en, kind, status, date, precision, party slugs, party roles, summary_ko,
summary_en of existing agreements (in random order); ORGANIZATIONS.csv: slug, name_ko, name_en, an alias.
The mix, row by row in turn: 4 in 10 update an existing agreement found by id (a new English summary),
1 in 10 re-import one unchanged, 5 in 10 are new agreements whose parties (those of an existing
agreement) are named in turn by slug, Korean name, English name or alias
(by slug where a name or alias is shared). Prints the mix as one sentence."""
import csv
import sys

agreements_path, organizations_path, rows, out_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
with open(agreements_path, encoding="utf-8", newline="") as f:
    agreements = list(csv.reader(f))
def key(name):
    return "".join(name.lower().split())


organizations = []
with open(organizations_path, encoding="utf-8", newline="") as f:
    organizations = list(csv.reader(f))
# A name or alias that two organizations share would be ambiguous (an error row); those are named by slug.
uses = {}
for organization in organizations:
    for name in set(key(n) for n in organization if n):
        uses[name] = uses.get(name, 0) + 1
names = {}
for slug, name_ko, name_en, alias in organizations:
    names[slug] = [n if n and uses[key(n)] == 1 else slug for n in (slug, name_ko, name_en, alias)]

columns = ["id", "title_ko", "title_en", "kind", "status", "date", "date_precision", "parties", "summary_ko",
           "summary_en", "url", "sources", "date_inferred", "party_roles", "date_note", "create_if_missing"]
counts = {"update": 0, "unchanged": 0, "create": 0}
reference_kinds = ["slug", "Korean name", "English name", "alias"]
with open(out_path, "w", encoding="utf-8", newline="") as out:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    existing = 0
    for n in range(rows):
        a = agreements[n % len(agreements)]
        aid, title_ko, title_en, kind, status, date, precision, parties, roles, summary_ko, summary_en = a
        tenth = n % 10
        if tenth < 4:
            counts["update"] += 1
            writer.writerow([aid, title_ko, title_en, kind, status, date, precision, parties, summary_ko,
                             f"Imported update {n}: {summary_en}"[:4000], "", "", "", roles, "", ""])
        elif tenth == 4:
            counts["unchanged"] += 1
            writer.writerow([aid, title_ko, title_en, kind, status, date, precision, parties, summary_ko,
                             summary_en, "", "", "", roles, "", ""])
        else:
            counts["create"] += 1
            refs = [names[slug][(n + i) % 4] for i, slug in enumerate(parties.split(";"))]
            writer.writerow(["", f"{title_ko} 후속 협약 {n}", f"{title_en} follow-up {n}", kind, status, date, precision,
                             "; ".join(refs), summary_ko, summary_en, "", "", "", roles, "", ""])
print(f"{counts['update']} updates of existing agreements found by id (a new English summary), "
      f"{counts['unchanged']} existing agreements re-imported unchanged, {counts['create']} new agreements "
      f"whose parties are named in turn by {', '.join(reference_kinds)} (by slug where two organizations share it).")
