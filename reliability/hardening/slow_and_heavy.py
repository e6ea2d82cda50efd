#!/usr/bin/env python3
"""The HTTP side of slow-and-heavy.sh (python3 standard library only).

  slow_and_heavy.py slow PORT SECONDS CONNECTIONS OUT PARTNER STATIC   slow bodies while a reader fetches public pages
  slow_and_heavy.py exports PORT CONCURRENCY OUT PATH...       concurrent exports, each fully read

Each prints one JSON object to OUT with what it measured.
"""
import csv
import io
import json
import random
import socket
import sys
import threading
import time

HOST = "127.0.0.1"
# shared/export/EveryPage.MAX_ROWS


def read_response(sock, deadline):
    """Reads a whole HTTP/1.1 response (Content-Length, chunked or until close); returns status, headers, body, complete."""
    data = b""
    while b"\r\n\r\n" not in data:
        sock.settimeout(max(0.1, deadline - time.time()))
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    if b"\r\n\r\n" not in data:
        return 0, {}, b"", False
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.decode("iso-8859-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    chunks = []
    complete = False
    while True:
        if "content-length" in headers and len(body) >= int(headers["content-length"]):
            complete = True
            break
        if headers.get("transfer-encoding", "").lower() == "chunked" and body.endswith(b"0\r\n\r\n") and chunked_done(body):
            complete = True
            break
        sock.settimeout(max(0.1, deadline - time.time()))
        try:
            chunk = sock.recv(262144)
        except (socket.timeout, OSError):
            break
        if not chunk:
            complete = "content-length" not in headers and headers.get("transfer-encoding", "").lower() != "chunked"
            break
        body += chunk
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = unchunk(body)
    return status, headers, body, complete


def chunked_done(body):
    try:
        unchunk(body, strict=True)
        return True
    except ValueError:
        return False


def unchunk(body, strict=False):
    out = bytearray()
    pos = 0
    while True:
        end = body.find(b"\r\n", pos)
        if end < 0:
            if strict:
                raise ValueError("incomplete")
            return bytes(out)
        size = int(body[pos:end].split(b";")[0] or b"0", 16)
        if size == 0:
            return bytes(out)
        if end + 2 + size > len(body):
            if strict:
                raise ValueError("incomplete")
            out += body[end + 2:]
            return bytes(out)
        out += body[end + 2:end + 2 + size]
        pos = end + 2 + size + 2


def get(port, path, source="127.0.0.1", timeout=30.0):
    started = time.time()
    sock = socket.socket()
    try:
        sock.bind((source, 0))
        sock.settimeout(timeout)
        sock.connect((HOST, port))
        sock.sendall(("GET %s HTTP/1.1\r\nHost: %s:%d\r\nAccept-Language: en\r\nConnection: close\r\n\r\n"
                      % (path, HOST, port)).encode())
        status, headers, body, complete = read_response(sock, started + timeout)
        return status, headers, body, complete, time.time() - started
    except OSError as e:
        return 0, {"error": str(e)}, b"", False, time.time() - started
    finally:
        sock.close()


def slow(port, seconds, connections, out, partner, static):
    stop = time.time() + 3600
    opened = [0]
    refused = [0]
    other = [0]
    lock = threading.Lock()

    def attacker(n):
        source = "127.0.0.%d" % (10 + n % 50)
        while time.time() < stop:
            sock = socket.socket()
            try:
                sock.bind((source, 0))
                sock.settimeout(10)
                sock.connect((HOST, port))
                sock.sendall(("POST /login HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                              "Content-Length: 100000\r\n\r\n" % (HOST, port)).encode())
                with lock:
                    opened[0] += 1
                # One byte every 5 s until the server answers (or closes), then a fresh connection.
                while time.time() < stop:
                    sock.sendall(b"a")
                    sock.settimeout(5)
                    try:
                        answer = sock.recv(4096)
                    except socket.timeout:
                        continue
                    with lock:
                        if answer.startswith(b"HTTP/1.1 503"):
                            refused[0] += 1
                        else:
                            other[0] += 1
                    # At the attack's pace: each connection acts once every 5 s, a refused one included
                    # (reconnecting at once would be a request flood, a different attack).
                    time.sleep(5)
                    break
            except OSError:
                time.sleep(0.5)
            finally:
                sock.close()

    paths = ["/", "/timeline", "/organizations/" + partner, static]
    # The same reads first without the attack: one of each to warm up (a first render at scale is slow on a
    # busy machine, and is not what is measured), then as under the attack, for the machine's own figure.
    warm_until = time.time() + 90
    for path in paths:
        get(port, path, "127.0.0.1", timeout=max(1.0, warm_until - time.time()))
    baseline = read(port, paths, time.time() + 15)
    stop = time.time() + seconds
    threads = [threading.Thread(target=attacker, args=(n,), daemon=True) for n in range(connections)]
    for t in threads:
        t.start()
    time.sleep(min(10, seconds / 4))
    during = read(port, paths, stop - 2)
    for t in threads:
        t.join(timeout=15)
    json.dump({"baseline": baseline, "during": during, "attack_connections": opened[0],
               "attack_refused_503": refused[0], "attack_other_answers": other[0]}, open(out, "w"), indent=1)


def read(port, paths, until):
    """Fetches the paths in turn from 127.0.0.1 until the given time; returns the count, errors, p50, p99 and max."""
    times = []
    slowest = {}
    errors = []
    i = 0
    while time.time() < until:
        path = paths[i % len(paths)]
        i += 1
        status, headers, body, complete, took = get(port, path, "127.0.0.1", timeout=20)
        times.append(took)
        slowest[path] = round(max(slowest.get(path, 0), took), 3)
        if status != 200 or not complete:
            errors.append("%s %s %s" % (path, status, headers.get("error", "")))
        time.sleep(0.1)
    times.sort()
    return {"requests": len(times), "errors": len(errors), "error_samples": errors[:5],
            "p50": times[len(times) // 2] if times else None,
            "p99": times[min(len(times) - 1, int(len(times) * 0.99))] if times else None,
            "slowest_by_path": slowest}


def expected(port, path):
    """The rows an export of this filter must hold: the API's total for the same query (exports have no cap)."""
    query = path.split("?", 1)[1] if "?" in path else ""
    for _ in range(3):
        status, headers, body, complete, took = get(port, "/api/v1/agreements?size=1&" + query, timeout=120)
        if status == 200:
            return json.loads(body)["total"]
        time.sleep(5)
    return None


def exports(port, concurrency, out, paths):
    results = [None] * concurrency

    def one(n):
        path = paths[n % len(paths)].replace("RANDOM", str(random.randrange(10 ** 9)))
        status, headers, body, complete, took = get(port, path, "127.0.0.%d" % (100 + n), timeout=540)
        text = body.decode("utf-8", "replace")
        rows, last = None, ""
        if status == 200:
            records = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
            # A whole file ends with "# complete: N rows" (README, Exports); header and that line are not rows.
            last = records[-1][0] if records and records[-1] else ""
            rows = len(records) - 2
        results[n] = {"path": path, "status": status, "retry_after": headers.get("retry-after"), "bytes": len(body),
                      "complete": complete and last == "# complete: %d rows" % rows,
                      "ends_with_crlf": text.endswith("\r\n"), "rows": rows,
                      "expected_rows": expected(port, path), "seconds": round(took, 2)}

    threads = [threading.Thread(target=one, args=(n,)) for n in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    json.dump(results, open(out, "w"), indent=1)


if __name__ == "__main__":
    if sys.argv[1] == "slow":
        slow(int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7])
    elif sys.argv[1] == "exports":
        exports(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5:])
