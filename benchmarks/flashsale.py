#!/usr/bin/env python3
"""Flash-sale benchmark: bbangshop against a same-run plain-SQL baseline, load fired by hey and siege.

Every figure comes from this run on this machine; speeds are reported as ratios to the baseline measured alongside.
The load tools are Debian's hey and siege; this script only starts the apps, fires them, waits and counts.
"""
import argparse
import csv
import datetime
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
APP_JAR = os.path.join(ROOT, "bbangshop-app", "target", "bbangshop.jar")
BASELINE_JAR = os.path.join(ROOT, "benchmarks", "baseline", "target", "benchmark-baseline.jar")
# Documented in BENCHMARKS.md; the same for the app and the baseline.
JVM_OPTS = ["-Xms256m", "-Xmx384m", "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k",
            "-XX:+UseParallelGC",
            # the JDK keeps, per thread, a direct buffer as large as the largest file write it made (H2's chunks);
            # the cap keeps that resident memory small (BENCHMARKS.md)
            "-Djdk.nio.maxCachedBufferSize=262144",
            "-Daxoniq.update-checker.disabled=true"]
# glibc gives each thread that allocates its own arena, up to 8 per core; two keep the speed with less resident memory
JVM_ENV = {"MALLOC_ARENA_MAX": "2"}
LOG_DIR = os.path.join(ROOT, "benchmarks", "out", "logs")
# Registering breads, restocking and the staff's lists need the staff login; the app under test gets this one.
STAFF = ("bench", "bench-" + os.urandom(6).hex())
STAFF_ARGS = [f"--bbangshop.staff.username={STAFF[0]}", f"--bbangshop.staff.password={STAFF[1]}"]
STAFF_AUTH = "Basic " + __import__("base64").b64encode(f"{STAFF[0]}:{STAFF[1]}".encode()).decode()
if __name__ == "__main__":
    # run as a script, this is still the module distributed.py imports: one staff login, one set of JVM options
    sys.modules.setdefault("flashsale", sys.modules[__name__])


HANDED_OUT = set()


def free_ports(count):
    """Ports nothing listens on now, each held until all are chosen, and none handed out before in this run (a JVM
    binds its port seconds after it was chosen)."""
    sockets, ports = [], []
    try:
        while len(ports) < count:
            sockets.append(socket.socket())
            sockets[-1].bind(("127.0.0.1", 0))
            port = sockets[-1].getsockname()[1]
            if port not in HANDED_OUT:
                ports.append(port)
                HANDED_OUT.add(port)
        return ports
    finally:
        for s in sockets:
            s.close()


def free_port():
    return free_ports(1)[0]


class App:
    """One JVM under test on a fresh data directory."""

    def __init__(self, jar, port, data_flag, extra_args=(), log_name="app"):
        self.port = port
        self.data_dir = tempfile.mkdtemp(prefix="bbangshop-bench-")
        os.makedirs(LOG_DIR, exist_ok=True)
        self.log_path = os.path.join(LOG_DIR, log_name + ".log")
        args = ["java", *JVM_OPTS, "-jar", jar, f"--server.port={port}", f"--{data_flag}={self.data_dir}",
                *extra_args]
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(args + (STAFF_ARGS if jar != BASELINE_JAR else []), stdout=self.log,
                                        stderr=subprocess.STDOUT, env={**os.environ, **JVM_ENV})
        self.base = f"http://127.0.0.1:{port}"

    # a start-up on a shared two-core machine can take minutes; the measured loads begin only once every app is up
    def wait_ready(self, path, timeout=400):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"app exited early; see {self.log_path}")
            try:
                http("GET", self.base + path)
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.5)
        raise RuntimeError(f"app not ready after {timeout}s; see {self.log_path}")

    def peak_rss_mb(self):
        return peak_rss_mb(self.process.pid)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        shutil.rmtree(self.data_dir, ignore_errors=True)


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def http(method, url, body=None, timeout=30):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json", "Authorization": STAFF_AUTH})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def register_bread(app, name, quantity):
    # no two open breads may share a name, and one app takes several runs' breads
    name = f"{name} {uuid.uuid4().hex[:8]}"
    status, body = http("POST", app.base + "/breads", {"breadName": name, "quantity": quantity})
    if status != 201:
        raise RuntimeError(f"register answered {status}: {body}")
    bread_id = body["breadId"]
    deadline = time.time() + 30
    while http("GET", f"{app.base}/breads/{bread_id}")[0] != 200:
        if time.time() > deadline:
            raise RuntimeError("bread never appeared in the read model")
        time.sleep(0.05)
    return bread_id


def fire_hey(url, body, requests, concurrency, workdir):
    """hey writes one CSV row per answered request; errors (timeouts, resets) are the rows that are missing."""
    body_file = os.path.join(workdir, "body.json")
    with open(body_file, "w") as f:
        json.dump(body, f)
    out = os.path.join(workdir, "hey.csv")
    with open(out, "w") as f:
        subprocess.run(["hey", "-n", str(requests), "-c", str(concurrency), "-m", "POST", "-t", "30",
                        "-T", "application/json", "-D", body_file, "-o", "csv", url], stdout=f, check=True)
    rows = []
    with open(out) as f:
        for row in csv.DictReader(f):
            rows.append((float(row["offset"]), float(row["response-time"]), int(row["status-code"])))
    return rows


def fire_siege(url, body, concurrency, repetitions, workdir):
    """The seeds' own command: siege -c100 -r100, POSTing the reservation body."""
    log = os.path.join(workdir, "siege.json")
    command = ["siege", "-c", str(concurrency), "-r", str(repetitions), "-b", "-j",
               "--content-type", "application/json", f"{url} POST {json.dumps(body)}"]
    with open(log, "w") as f:
        subprocess.run(command, stdout=f, stderr=subprocess.DEVNULL, check=False,
                       env={**os.environ, "HOME": workdir})
    with open(log) as f:
        text = f.read()
    return json.loads(text[text.index("{"):])


def warm_up(base, register, workdir, warmup):
    """The same kind of load, on a bread of its own, before the measured run: the JIT compiles the reserve path
    first, as it has in a shop that is already open. App and baseline get the same warm-up. The app's path is long:
    after 20,000 requests its JIT was still compiling for some 10 s of every further 20,000 (jstat -compiler), and
    its CPU per request kept falling by a fifth a round; hence five times the measured load."""
    if not warmup:
        return 0
    bread_id = register("warm-up", warmup["loaves"])
    rows = fire_hey(base + "/reservations", {"breadId": bread_id}, warmup["requests"], warmup["concurrency"],
                    workdir)
    return sum(1 for row in rows if row[2] != 503)  # the reservations it placed


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    index = min(len(sorted_values) - 1, max(0, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[index]


def latency_summary(rows):
    if not rows:  # not one request answered within hey's timeout
        return {"p50_ms": None, "p95_ms": None, "p99_ms": None, "max_ms": None, "duration_s": None}
    latencies = sorted(r[1] * 1000 for r in rows)
    start = min(r[0] for r in rows)
    end = max(r[0] + r[1] for r in rows)
    return {"p50_ms": percentile(latencies, 50), "p95_ms": percentile(latencies, 95),
            "p99_ms": percentile(latencies, 99), "max_ms": latencies[-1], "duration_s": end - start}


def count_pages(app, status=None):
    query = f"status={status}&" if status else ""
    return http("GET", f"{app.base}/pages?{query}size=1")[1]["total"]


STATES = ("REQUESTED", "ACCEPTED", "CONFIRMED", "SOLD_OUT", "CANCELLATION_REQUESTED", "CANCELED")
OPEN_STATES = ("REQUESTED", "ACCEPTED", "CANCELLATION_REQUESTED")


def settle(app, timeout, expected_pages=0):
    """Waits until the read side shows at least expected_pages reservations and none of them between states (a
    reservation born sold out, or confirmed in the commit that answered it, shows no state in between); returns
    seconds waited, the final tallies and whether it settled. While it waits it asks only for the open states' counts
    (a handful of rows each) and the total; the final states' counts, over every page the warm-up left, are asked
    once at the end: ten times a second they had taken CPU from the very processors the wait is for."""
    started = time.time()
    while True:
        done = (sum(count_pages(app, s) for s in OPEN_STATES) == 0 and count_pages(app) >= expected_pages)
        if done or time.time() - started > timeout:
            break
        time.sleep(0.1)
    waited = time.time() - started
    return waited, {s: count_pages(app, s) for s in STATES}, done


def answered_total_of(answered):
    return sum(v for k, v in answered.items() if isinstance(k, int))


def run_bbangshop(name, loaves, requests, concurrency, workdir, tool="hey", warmup=None, repeats=1):
    app = App(APP_JAR, free_port(), "bbangshop.data-dir", log_name=name)
    try:
        app.wait_ready("/breads")
        warmed = warm_up(app.base, lambda bread, count: register_bread(app, bread, count), workdir, warmup)
        # the warm-up's reservations settle first; the counts below are each run's alone
        _, before, _ = settle(app, timeout=120, expected_pages=warmed)
        runs = []
        for _ in range(repeats):
            runs.append(measure_bbangshop(app, name, loaves, requests, concurrency, workdir, tool, 0, before))
            before = {state: before[state] + count for state, count in runs[-1]["tallies"].items()}
        result = median_of(runs)
        result["peak_rss_mb"] = app.peak_rss_mb()
        return result
    finally:
        app.stop()


def median_of(runs):
    """The run with the median decisions/s, with every run's speed and p99 beside it; the invariants add up."""
    ordered = sorted(runs, key=lambda run: run["decisions_per_s"] or 0)
    result = dict(ordered[(len(ordered) - 1) // 2])
    if len(runs) > 1:
        result["repeats"] = [{"decisions_per_s": run["decisions_per_s"], "p99_ms": run.get("p99_ms")}
                             for run in runs]
        result["oversold"] = sum(run["oversold"] for run in runs)
        result["lost"] = sum(run.get("lost", 0) for run in runs)
    return result


def measure_bbangshop(app, name, loaves, requests, concurrency, workdir, tool, watchers, before):
    """One measured load on a bread of its own; `before` holds the read side's tallies from the runs before it."""
    bread_id = register_bread(app, name, loaves)
    url = app.base + "/reservations"
    body = {"breadId": bread_id}
    watch = Watchers(app, bread_id, watchers) if watchers else None
    started = time.time()
    if tool == "hey":
        rows = fire_hey(url, body, requests, concurrency, workdir)
        answered = {code: sum(1 for r in rows if r[2] == code) for code in {r[2] for r in rows}}
        latency = latency_summary(rows)
    else:
        siege = fire_siege(url, body, concurrency, requests // concurrency, workdir)
        answered = {"transactions": siege.get("transactions"), "failed": siege.get("failed_transactions")}
        latency = {"duration_s": siege.get("elapsed_time"), "siege_tps": siege.get("transaction_rate"),
                   "siege_longest_ms": siege.get("longest_transaction", 0) * 1000,
                   "siege_mean_ms": siege.get("response_time", 0) * 1000}
    load_end = time.time()
    # every answer but "busy" placed a reservation (siege reports no status codes: each request placed one)
    placed = answered_total_of(answered) - answered.get(503, 0) if tool == "hey" else requests
    waited, tallies, settled = settle(app, timeout=120, expected_pages=sum(before.values()) + placed)
    tallies = {state: count - before[state] for state, count in tallies.items()}
    bread = http("GET", f"{app.base}/breads/{bread_id}")[1]
    confirmed = tallies["CONFIRMED"]
    answered_total = answered_total_of(answered)
    decisions = answered.get(201, 0) + answered.get(409, 0) if tool == "hey" else confirmed + tallies["SOLD_OUT"]
    result = {
        "scenario": name, "tool": tool, "loaves": loaves, "requests": requests, "concurrency": concurrency,
        "answers": {str(k): v for k, v in answered.items()},
        "decisions_per_s": decisions / latency["duration_s"] if latency.get("duration_s") else None,
        **latency,
        "settle_s": waited,
        "confirmed_per_s": confirmed / (load_end - started + waited),
        "remaining": bread["remaining"], "accepted": confirmed,
        # 503 + Retry-After is a final answer: nothing was placed, come back shortly (overload protection)
        "busy": answered.get(503, 0) if tool == "hey" else 0,
        "oversold": max(0, confirmed - loaves) + max(0, -bread["remaining"])
                    + abs(bread["remaining"] + confirmed - loaves),
        "lost": (requests - answered_total if tool == "hey" else 0)
                + (requests - answered.get(503, 0) - sum(tallies.values()))
                + (0 if settled else sum(tallies[s] for s in ("REQUESTED", "ACCEPTED",
                                                               "CANCELLATION_REQUESTED"))),
        "tallies": tallies,
    }
    if watch:
        # remaining reaches 0 with the answer that sold the last loaf; that is when every watcher should know
        last_loaf = started + max(r[0] + r[1] for r in rows if r[2] == 201) if tool == "hey" else load_end
        result["watchers"] = watch.finish(last_loaf)
    return result


def measure_baseline(base, name, loaves, requests, concurrency, workdir):
    """One measured load on the baseline, on a stock row of its own."""
    bread_id = register_baseline_bread(base, name, loaves)
    rows = fire_hey(base.base + "/reservations", {"breadId": bread_id}, requests, concurrency, workdir)
    latency = latency_summary(rows)
    accepted = sum(1 for r in rows if r[2] == 201)
    decisions = accepted + sum(1 for r in rows if r[2] == 409)
    remaining = http("GET", f"{base.base}/breads/{bread_id}")[1]["remaining"]
    return {"scenario": "baseline-" + name, "requests": requests, "decisions_per_s": decisions / latency["duration_s"],
            **latency,
            "accepted": accepted, "remaining": remaining, "oversold": max(0, accepted - loaves),
            "lost": requests - len(rows)}


def register_baseline_bread(base, name, loaves):
    return http("POST", base.base + "/breads", {"breadName": name, "quantity": loaves})[1]["breadId"]


def run_against_baseline(name, loaves, requests, concurrency, workdir, warmup=None, repeats=1, old_jar=None):
    """The app and the baseline, both up, loaded in turn: app, baseline; baseline, app; app, baseline; ... Each load
    has the machine to itself, and a pair's two loads are seconds apart, so a busy spell on this shared machine falls
    on both sides of a pair instead of on one side of the ratio (run apart, minutes between them, the same commit's
    ratio read 0.38, 0.53 and 0.63 within ninety minutes). The ratio is the median of the pairs' ratios. With
    `old_jar` an older build of the app takes its turns too, and its figures and ratios are reported beside."""
    app = App(APP_JAR, free_port(), "bbangshop.data-dir", log_name=name)
    base = App(BASELINE_JAR, free_port(), "baseline.data-dir", log_name="baseline-" + name)
    old = App(old_jar, free_port(), "bbangshop.data-dir", log_name="old-" + name) if old_jar else None
    try:
        apps = [app] + ([old] if old else [])
        for each in apps:
            each.wait_ready("/breads")
        base.wait_ready("/")  # any answer will do: a 404 for "/" means it is up
        sides = []
        for each in apps:
            warmed = warm_up(each.base, lambda bread, count, a=each: register_bread(a, bread, count), workdir, warmup)
            _, before, _ = settle(each, timeout=120, expected_pages=warmed)
            sides.append(measurer(each, name, loaves, requests, concurrency, workdir, before))
        warm_up(base.base, lambda bread, count: register_baseline_bread(base, bread, count), workdir, warmup)
        sides.append(lambda: measure_baseline(base, name, loaves, requests, concurrency, workdir))
        loads = in_turn(repeats, *sides)
        ours, theirs = loads[0], loads[-1]
        result, baseline = median_of(ours), median_of(theirs)
        result["peak_rss_mb"] = app.peak_rss_mb()
        baseline["peak_rss_mb"] = base.peak_rss_mb()
        result["ratio_to_baseline"] = ratio_between(ours, theirs)
        if not old:
            return [baseline, result]
        older = median_of(loads[1])
        older["scenario"] = "old-" + name
        older["peak_rss_mb"] = old.peak_rss_mb()
        older["ratio_to_baseline"] = ratio_between(loads[1], theirs)
        result["ratio_to_old"] = ratio_between(ours, loads[1])
        return [baseline, older, result]
    finally:
        for each in (app, base, old):
            if each:
                each.stop()


def in_turn(repeats, *sides):
    """Loads of the sides in turn, the order rotating each turn (first, second; second, first; ...), with a second's
    pause after each, so that what one side still does after settling (its snapshots) stays out of the next's load."""
    loads = [[] for _ in sides]
    for turn in range(repeats):
        for index in [(turn + k) % len(sides) for k in range(len(sides))]:
            loads[index].append(sides[index]())
            time.sleep(1)
    return loads


def measurer(app, name, loaves, requests, concurrency, workdir, before):
    """Measures one load each call; `before` follows the read side's tallies so that each load counts its own."""
    def measure():
        nonlocal before
        run = measure_bbangshop(app, name, loaves, requests, concurrency, workdir, "hey", 0, before)
        before = {state: before[state] + count for state, count in run["tallies"].items()}
        return run
    return measure


def ratio_between(ours, theirs):
    """Decisions/s of ours over theirs: the median of the ratios of neighbouring loads, and the ratio of the medians."""
    pairs = [(mine["decisions_per_s"] or 0) / other["decisions_per_s"] for mine, other in zip(ours, theirs)]
    return {"decisions_per_s": median(pairs), "pairs": pairs,
            "of_medians": (median_of(ours)["decisions_per_s"] or 0) / median_of(theirs)["decisions_per_s"],
            "p99_ms": median([(mine["p99_ms"] or 0) / other["p99_ms"] for mine, other in zip(ours, theirs)])}


def run_watched(name, loaves, requests, concurrency, workdir, watchers, warmup=None, repeats=1):
    """Loads with and without the watchers in turn, in one app, so the drop they cause is a ratio of neighbouring
    loads, not of two runs minutes apart."""
    app = App(APP_JAR, free_port(), "bbangshop.data-dir", log_name=name)
    try:
        app.wait_ready("/breads")
        warmed = warm_up(app.base, lambda bread, count: register_bread(app, bread, count), workdir, warmup)
        _, before, _ = settle(app, timeout=120, expected_pages=warmed)
        watched, unwatched = [], []
        for turn in range(repeats):
            for count in ((watchers, 0) if turn % 2 == 0 else (0, watchers)):
                run = measure_bbangshop(app, name, loaves, requests, concurrency, workdir, "hey", count, before)
                before = {state: before[state] + tally for state, tally in run["tallies"].items()}
                (watched if count else unwatched).append(run)
                time.sleep(1)
        result = median_of(watched)
        result["peak_rss_mb"] = app.peak_rss_mb()
        drops = [1 - mine["decisions_per_s"] / other["decisions_per_s"] for mine, other in zip(watched, unwatched)]
        result["without_watchers"] = [run["decisions_per_s"] for run in unwatched]
        result["drop"] = {"median": median(drops), "pairs": drops}
        result["oversold"] += sum(run["oversold"] for run in unwatched)
        result["lost"] += sum(run.get("lost", 0) for run in unwatched)
        result["watchers"]["saw_zero_in_every_load"] = [run["watchers"]["saw_zero"] for run in watched]
        delays = [run["watchers"]["max_delay_after_last_loaf_s"] for run in watched]
        # None: in some load a watcher never saw remaining = 0
        result["watchers"]["max_delay_in_any_load_s"] = None if None in delays else max(delays)
        return result
    finally:
        app.stop()


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


class Watchers:
    """N browsers watching the bread's live count over SSE; records when each last saw remaining = 0."""

    def __init__(self, app, bread_id, count):
        self.url = f"{app.base}/live/breads"
        self.bread_id = bread_id
        self.zero_seen = {}
        self.ended = {}  # why a watcher stopped before it saw remaining = 0
        self.threads = [threading.Thread(target=self._watch, args=(i,), daemon=True) for i in range(count)]
        for t in self.threads:
            t.start()

    def _watch(self, index):
        try:
            with urllib.request.urlopen(self.url, timeout=300) as stream:
                for raw in stream:
                    line = raw.decode().strip()
                    if line.startswith("data:") and self.bread_id in line:
                        data = json.loads(line[5:])
                        items = data if isinstance(data, list) else data.get("items", [data])
                        for bread in items:
                            if bread.get("breadId") == self.bread_id and bread.get("remaining") == 0:
                                self.zero_seen.setdefault(index, time.time())
                                return
            self.ended[index] = "the stream ended"
        except Exception as error:
            self.ended[index] = f"{type(error).__name__}: {error}"

    def finish(self, load_end):
        for t in self.threads:
            t.join(timeout=10)
        delays = sorted(seen - load_end for seen in self.zero_seen.values())
        return {"watchers": len(self.threads), "saw_zero": len(delays),
                "max_delay_after_last_loaf_s": delays[-1] if delays else None,
                "ended_before_zero": sorted(set(self.ended.values()))}


def run_history(workdir, short_history, long_history, probes):
    """Reserve latency on a bread with a long history versus one with a short history, in one app."""
    app = App(APP_JAR, free_port(), "bbangshop.data-dir", log_name="history")
    try:
        app.wait_ready("/breads")
        result = {}
        for label, events in (("short", short_history), ("long", long_history)):
            bread_id = register_bread(app, f"history-{label}", probes * 2 + 10)
            restocks = events - 1
            if restocks > 0:
                body_file = os.path.join(workdir, "restock.json")
                with open(body_file, "w") as f:
                    json.dump({"quantity": 1}, f)
                subprocess.run(["hey", "-n", str(restocks), "-c", "20", "-m", "POST", "-T", "application/json",
                                "-a", ":".join(STAFF), "-D", body_file, f"{app.base}/breads/{bread_id}/restock"],
                               stdout=subprocess.DEVNULL, check=True)
            # restart-free cold path: evict nothing, but measure the steady reserve latency on each history
            rows = fire_hey(app.base + "/reservations", {"breadId": bread_id}, probes, 4, workdir)
            result[label] = {"events": events, **latency_summary(rows)}
        result["p50_ratio_long_to_short"] = result["long"]["p50_ms"] / result["short"]["p50_ms"]
        result["p99_ratio_long_to_short"] = result["long"]["p99_ms"] / result["short"]["p99_ms"]
        return result
    finally:
        app.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="seconds-long version: small numbers, same code path")
    parser.add_argument("--only", nargs="*", help="scenarios to run (default: all)")
    parser.add_argument("--cold", action="store_true", help="no warm-up before each measured run")
    parser.add_argument("--warmup-requests", type=int, default=100000,
                        help="requests of the warm-up before each measured run (a tenth of them find a loaf)")
    parser.add_argument("--repeats", type=int, default=3,
                        help="measured loads each for scarce, ample, the watchers and the baselines, in turn with "
                             "their counterparts; the medians are reported")
    parser.add_argument("--jvm-opt", action="append", default=[], metavar="OPTION",
                        help="one more JVM option for the app and the baseline alike (repeatable), e.g. "
                             "--jvm-opt=-XX:+TieredCompilation")
    parser.add_argument("--out", default=os.path.join(ROOT, "benchmarks", "out"))
    parser.add_argument("--old-jar", metavar="JAR",
                        help="an older build of bbangshop.jar: it takes its turns in scarce and ample too, and its "
                             "figures and the new-to-old ratio are printed beside")
    parser.add_argument("--distributed", action="store_true",
                        help="scarce through the gateway to the three services on Axon Server and PostgreSQL, in turn "
                             "with the embedded launcher (needs AXONSERVER_JAR or AXON_AXONSERVER_SERVERS)")
    parser.add_argument("--distributed-warmup-requests", type=int,
                        help="the distributed side's warm-up, when it cannot take the embedded one's in reasonable "
                             "time (default: --warmup-requests)")
    args = parser.parse_args()
    JVM_OPTS.extend(args.jvm_opt)
    if args.distributed:
        import distributed
        sys.exit(distributed.main(args))
    for jar in (APP_JAR, BASELINE_JAR):
        if not os.path.exists(jar):
            sys.exit(f"missing {jar}: build first (./mvnw -B -q install -DskipTests)")
    os.makedirs(args.out, exist_ok=True)
    workdir = tempfile.mkdtemp(prefix="bbangshop-load-")

    plan, history, warmup = load_plan(args)
    # each side of a ratio takes this many loads (a fresh bread each, same JVM), in turn with the other side's: one
    # baseline load lasts 2-4 s here, and single ones moved by a quarter between runs minutes apart
    repeats = args.repeats
    wanted = set(args.only or list(plan) + ["baseline", "history"])

    results = {**run_header(), "smoke": args.smoke, "warmup": warmup, "repeats": repeats, "runs": []}
    for name, params in plan.items():
        if name not in wanted:
            continue
        load = (params["loaves"], params["requests"], params["concurrency"], workdir)
        if "baseline" in wanted and name in ("scarce", "ample"):
            results["runs"].extend(run_against_baseline(name, *load, warmup=warmup, repeats=repeats,
                                                        old_jar=args.old_jar))
        elif name == "watchers":
            results["runs"].append(run_watched(name, *load, params["watchers"], warmup=warmup, repeats=repeats))
        else:
            tool = "siege" if name == "siege" else "hey"
            results["runs"].append(run_bbangshop(name, *load, tool=tool, warmup=warmup,
                                                 repeats=1 if name == "siege" else repeats))
    if "history" in wanted:
        results["history"] = run_history(workdir, **history)

    print_table(results)
    out_file = os.path.join(args.out, "smoke.json" if args.smoke else "flashsale.json")
    with open(out_file, "w") as f:
        json.dump(results, f, indent=2)
    print(f"\nJSON: {out_file}")
    shutil.rmtree(workdir, ignore_errors=True)
    broken = [r["scenario"] for r in results["runs"] if r.get("oversold", 0) or r.get("lost", 0)]
    if broken:
        print(f"INVARIANT BROKEN (oversold or lost) in: {', '.join(broken)}")
    # the invariants are the only thing the smoke run asserts; speed is never asserted
    print(f"flash-sale invariants: {len(results['runs']) - len(broken)} passed, {len(broken)} failed")
    if broken:
        sys.exit(1)


def load_plan(args):
    """The scenarios' loads, the history's and the warm-up's, as --smoke, --warmup-requests and --cold ask."""
    if args.smoke:
        plan = {"scarce": dict(loaves=20, requests=200, concurrency=10),
                "ample": dict(loaves=200, requests=200, concurrency=10),
                "siege": dict(loaves=20, requests=100, concurrency=10)}
        history = dict(short_history=50, long_history=300, probes=40)
        warmup = dict(loaves=20, requests=100, concurrency=10)
    else:
        plan = {"scarce": dict(loaves=1000, requests=10000, concurrency=100),
                "ample": dict(loaves=10000, requests=10000, concurrency=100),
                "siege": dict(loaves=1000, requests=10000, concurrency=100),
                "watchers": dict(loaves=1000, requests=10000, concurrency=100, watchers=200)}
        history = dict(short_history=1000, long_history=100000, probes=1000)
        warmup = dict(loaves=args.warmup_requests // 10, requests=args.warmup_requests, concurrency=100)
    if args.cold:
        warmup = None
    return plan, history, warmup


def run_header():
    return {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "commit": subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                                     text=True).stdout.strip(),
            "machine": f"{os.cpu_count()} cores, {os.uname().machine}, {os.uname().release}",
            "jvm_opts": " ".join(JVM_OPTS), "jvm_env": JVM_ENV}


def fmt(value, digits=0):
    if value is None:
        return "-"
    return f"{value:,.{digits}f}" if isinstance(value, float) else str(value)


def print_table(results):
    print(f"\nbbangshop flash-sale benchmark — {results['date']} — commit {results['commit']} — {results['machine']}")
    print(f"JVM: {results['jvm_opts']} (environment: {results['jvm_env']})")
    print(f"warm-up before each run: {results['warmup'] or 'none (cold)'}; scarce, ample, watchers and the baselines: "
          f"median of {results['repeats']} measured loads, the app's in turn with the baseline's (the watchers' with "
          f"loads without them)")
    print()
    print_runs(results["runs"])
    if "history" in results:
        h = results["history"]
        print(f"\nhistory: p50 {fmt(h['short']['p50_ms'], 1)} ms at {h['short']['events']} events vs "
              f"{fmt(h['long']['p50_ms'], 1)} ms at {h['long']['events']} events — ratio "
              f"{fmt(h['p50_ratio_long_to_short'], 2)} (p99 ratio {fmt(h['p99_ratio_long_to_short'], 2)})")


def print_runs(runs):
    """The table, one row per scenario; the ratio is to the baseline, or to the embedded launcher when apart."""
    header = ("scenario", "requests", "decisions/s", "ratio", "p50 ms", "p95 ms", "p99 ms", "max ms", "settle s",
              "remaining", "accepted", "busy (503)", "oversold", "lost", "peak RSS MB")
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for r in runs:
        ratio = r.get("ratio_to_baseline", r.get("ratio_to_embedded", {})).get("decisions_per_s")
        print(" | ".join([r["scenario"], fmt(r.get("requests", "")), fmt(r.get("decisions_per_s")), fmt(ratio, 2),
                          fmt(r.get("p50_ms")), fmt(r.get("p95_ms")), fmt(r.get("p99_ms")), fmt(r.get("max_ms")),
                          fmt(r.get("settle_s"), 2), fmt(r.get("remaining")), fmt(r.get("accepted")),
                          fmt(r.get("busy")), fmt(r.get("oversold")), fmt(r.get("lost")), fmt(r.get("peak_rss_mb"))]))
        if "repeats" in r:
            print(f"  {r['scenario']}, each measured load in order: " + ", ".join(
                f"{fmt(run['decisions_per_s'])}/s (p99 {fmt(run['p99_ms'])} ms)" for run in r["repeats"]))
        ratio = r.get("ratio_to_baseline", r.get("ratio_to_embedded", {}))
        if "pairs" in ratio:
            over = "app ÷ baseline" if "ratio_to_baseline" in r else "distributed ÷ embedded"
            print(f"  {r['scenario']}, ratio of each pair of neighbouring loads ({over}): "
                  + ", ".join(fmt(pair, 2) for pair in ratio["pairs"])
                  + f"; median {fmt(ratio['decisions_per_s'], 2)}, ratio of the medians {fmt(ratio['of_medians'], 2)}")
        if "ratio_to_old" in r:
            print(f"  {r['scenario']}, new ÷ old, each pair of neighbouring loads: "
                  + ", ".join(fmt(pair, 2) for pair in r["ratio_to_old"]["pairs"])
                  + f"; median {fmt(r['ratio_to_old']['decisions_per_s'], 2)}")
        if "watchers" in r:
            print(f"  watchers: {r['watchers']}")
        if "drop" in r:
            print(f"  decisions/s without the watchers, loads in turn with those above: "
                  + ", ".join(fmt(run) for run in r["without_watchers"])
                  + "; drop with them, each pair: " + ", ".join(f"{pair:.0%}" for pair in r["drop"]["pairs"])
                  + f"; median {r['drop']['median']:.0%}")
        if r.get("tool") == "siege":
            print(f"  siege: {fmt(r.get('siege_tps'), 1)} trans/s, mean {fmt(r.get('siege_mean_ms'))} ms, "
                  f"longest {fmt(r.get('siege_longest_ms'))} ms, answers {r['answers']}")


if __name__ == "__main__":
    main()
