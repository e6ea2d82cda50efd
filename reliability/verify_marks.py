"""The pass marks that the battery's tests in ./mvnw verify recorded (src/test/.../support/PassMarks.java):
one file per test class, target/reliability-marks/<TestClass>.tsv, a mark a line: section, mark, figure
and "pass" or "fail", separated by tabs."""
import datetime
import os


def read(folder, test_classes, stale, where="target/reliability-marks", prefix="Tests: "):
    """The rows (section, mark, figure, passed, note) of every test class named, and the times the files
    were written. A class without a file, a file older than the sources and a line that cannot be read
    each give a failing row: a section that recorded nothing must not pass by being absent."""
    rows, written = [], []
    for test_class in test_classes:
        path = os.path.join(folder, test_class + ".tsv")
        if not os.path.exists(path):
            rows.append((prefix + test_class, "its pass marks were recorded",
                         "no %s/%s.tsv" % (where, test_class), False, ""))
            continue
        written.append(os.path.getmtime(path))
        section = prefix + test_class
        with open(path, encoding="utf-8") as f:
            for line in f.read().splitlines():
                cells = line.split("\t")
                if len(cells) != 4 or cells[3] not in ("pass", "fail"):
                    rows.append((section, "a readable line in %s.tsv" % test_class, "`%s`" % line[:200], False, ""))
                    continue
                section, mark, figure, result = cells
                rows.append((section, mark, figure, result == "pass", ""))
        if test_class in stale:
            rows.append((section, "%s recorded after the last change to the sources" % test_class,
                         "its file is older than a file in src/ or pom.xml", False, ""))
    return rows, written


def when(times):
    """The span of the files' times, as 'HH:MM' or 'HH:MM–HH:MM UTC'."""
    if not times:
        return "never"
    first, last = (datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%H:%M") for t in (min(times), max(times)))
    return (first if first == last else first + "–" + last) + " UTC"
