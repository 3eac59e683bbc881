"""flashsale.py --distributed: the scarce flash sale through the nginx gateway to the three services on Axon Server and
PostgreSQL, and the same load at the embedded launcher in the same run, their measured loads in turn.

Axon Server: AXONSERVER_JAR (started here on free ports with a data directory of its own) or AXON_AXONSERVER_SERVERS
(host:port of one already running). Every process started here is stopped at the end, and the database dropped.
"""
import atexit
import contextlib
import json
import os
import signal
import sys
import tempfile
import time

import deployment
import flashsale
from flashsale import App, fmt, in_turn, measurer, median_of, ratio_between, register_bread, settle, warm_up

MIN_RATIO = 0.3
MAX_SETTLE_S = 5.0


class Site:
    """An HTTP entry point, used by flashsale's functions as they use an App: the gateway."""

    def __init__(self, base):
        self.base = base


def main(args):
    jar, address = os.environ.get("AXONSERVER_JAR"), os.environ.get("AXON_AXONSERVER_SERVERS")
    if not jar and not address:
        print("--distributed needs an Axon Server: set AXONSERVER_JAR=/path/to/axonserver.jar (started here on free "
              "ports with a data directory of its own) or AXON_AXONSERVER_SERVERS=host:port (one already running)",
              file=sys.stderr)
        return 2
    missing = deployment.missing_tools() + ([f"AXONSERVER_JAR={jar}: no such file"]
                                            if jar and not os.path.isfile(jar) else [])
    if missing:
        print("--distributed cannot run; missing:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 2
    plan, _, warmup = flashsale.load_plan(args)
    load = plan["scarce"]
    distributed_warmup = warmup
    if warmup and args.distributed_warmup_requests is not None:
        requests = args.distributed_warmup_requests
        distributed_warmup = dict(warmup, loaves=requests // 10, requests=requests)

    # a SIGTERM or SIGHUP unwinds like an error, through the stack that stops every process
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stopped)
    stack = contextlib.ExitStack()
    atexit.register(stack.close)
    with stack:
        workdir = stack.enter_context(tempfile.TemporaryDirectory(prefix="bbangshop-load-"))
        results = {**flashsale.run_header(), "smoke": args.smoke, "warmup": warmup,
                   "distributed_warmup": distributed_warmup, "repeats": args.repeats,
                   "axon_server": f"started from {jar}" if jar else f"given: {address}"}
        try:
            results.update(run(stack, jar, address, load, warmup, distributed_warmup, args.repeats, workdir))
        finally:
            deployment.terminate_all()
    print_report(results)
    os.makedirs(args.out, exist_ok=True)
    out_file = os.path.join(args.out, "distributed-smoke.json" if args.smoke else "distributed.json")
    with open(out_file, "w") as f:
        json.dump(results, f, indent=2)
    print(f"\nJSON: {out_file}; logs: {flashsale.LOG_DIR}")
    broken = [r["scenario"] for r in results["runs"] if r["oversold"] or r["lost"]]
    print(f"flash-sale invariants: {len(results['runs']) - len(broken)} passed, {len(broken)} failed"
          + (f" (oversold or lost in: {', '.join(broken)})" if broken else ""))
    return 1 if broken else 0


def stopped(number, _):
    print(f"stopped by {signal.Signals(number).name}: stopping every process started", file=sys.stderr)
    sys.exit(128 + number)


def run(stack, jar, address, load, warmup, distributed_warmup, repeats, workdir):
    timings = {}
    started = time.time()
    axon = deployment.axon_server(stack, jar if jar else None, None if jar else address)
    database = deployment.database(stack)
    embedded = deployment.owned(stack, App(flashsale.APP_JAR, deployment.free_port(), "bbangshop.data-dir",
                                           log_name="scarce-embedded"))
    services = deployment.services(stack, axon["address"], database)
    deployment.await_status(embedded.process, embedded.base + "/actuator/health/readiness", "the embedded launcher",
                            embedded.log_path)
    gateway = Site(deployment.gateway(stack, {
        "RESERVATION_SERVICE": services["reservation-service"].base.removeprefix("http://"),
        "BAKERY_SERVICE": services["bakery-service"].base.removeprefix("http://"),
        "QUERY_SERVICE": services["query-service"].base.removeprefix("http://")}))
    timings["start_up_s"] = time.time() - started

    before = {}
    for side, site, its_warmup in (("embedded", embedded, warmup), ("distributed", gateway, distributed_warmup)):
        started = time.time()
        warmed = warm_up(site.base, lambda bread, count: register_bread(site, bread, count), workdir, its_warmup)
        _, before[side], settled = settle(site, timeout=120, expected_pages=warmed)
        timings[f"{side}_warm_up_s"] = time.time() - started
        if not settled:
            timings[f"{side}_warm_up_unsettled"] = True

    started = time.time()
    name, (loaves, requests, concurrency) = "scarce", (load["loaves"], load["requests"], load["concurrency"])
    ours, theirs = in_turn(
        repeats, measurer(gateway, name + "-distributed", loaves, requests, concurrency, workdir, before["distributed"]),
        measurer(embedded, name + "-embedded", loaves, requests, concurrency, workdir, before["embedded"]))
    timings["measured_loads_s"] = time.time() - started

    distributed, alone = median_of(ours), median_of(theirs)
    alone["peak_rss_mb"] = embedded.peak_rss_mb()
    peaks = {service: app.peak_rss_mb() for service, app in services.items()}
    if axon["process"]:
        peaks["Axon Server"] = flashsale.peak_rss_mb(axon["process"].pid)
    distributed["peak_rss_mb"] = sum(peaks[service] for service in deployment.SERVICES)
    distributed["ratio_to_embedded"] = ratio_between(ours, theirs)
    return {"runs": [alone, distributed], "timings": timings, "peak_rss_mb": peaks,
            "answers": {"embedded": answers_of(theirs), "distributed": answers_of(ours)},
            "lost": {"embedded": lost_of(theirs), "distributed": lost_of(ours)},
            "worst_settle_s": {"embedded": max(r["settle_s"] for r in theirs),
                               "distributed": max(r["settle_s"] for r in ours)}}


def answers_of(loads):
    """Every measured load's answers by status; "none" is a request hey saw no answer to within its timeout."""
    total = {}
    for load in loads:
        for status, count in load["answers"].items():
            total[status] = total.get(status, 0) + count
        total["none"] = total.get("none", 0) + load["requests"] - sum(load["answers"].values())
    return dict(sorted(total.items()))


def lost_of(loads):
    """flashsale's lost, over every measured load, by its three terms; a request answered by nobody counts in the
    first, and again in the second if it placed nothing."""
    no_answer = sum(load["requests"] - sum(load["answers"].values()) for load in loads)
    unseen = sum(load["requests"] - load["answers"].get("503", 0) - sum(load["tallies"].values()) for load in loads)
    return {"no answer": no_answer, "neither 503 nor on the read side": unseen,
            "open after the settle wait": sum(load["lost"] for load in loads) - no_answer - unseen}


def print_report(results):
    print(f"\nbbangshop flash-sale benchmark, distributed — {results['date']} — commit {results['commit']} — "
          f"{results['machine']}")
    print(f"JVM (launcher and each service): {results['jvm_opts']} (environment: {results['jvm_env']})")
    print(f"Axon Server {results['axon_server']}; the services on PostgreSQL (profiles axonserver,postgres), behind "
          f"nginx running gateway/default.conf.template")
    print(f"warm-up, embedded: {results['warmup'] or 'none (cold)'}; distributed: "
          f"{results['distributed_warmup'] or 'none (cold)'}"
          + ("" if results["warmup"] == results["distributed_warmup"] else " (SMALLER than the embedded one's)"))
    print(f"median of {results['repeats']} measured loads each, distributed and embedded in turn")
    print(f"timings: " + ", ".join(f"{key.removesuffix('_s').replace('_', ' ')} {fmt(value, 1)} s"
                                   for key, value in results["timings"].items() if key.endswith("_s"))
          + "".join(f"; the {key.split('_')[0]} warm-up had not settled after 120 s"
                    for key in results["timings"] if key.endswith("_unsettled")))
    print()
    flashsale.print_runs(results["runs"])
    print("  peak RSS MB, the distributed row's sum of the three services: "
          + ", ".join(f"{name} {fmt(value)}" for name, value in results["peak_rss_mb"].items()))
    for side, answers in results["answers"].items():
        print(f"  answers over every {side} load: " + ", ".join(f"{status}: {count}" for status, count in
                                                              answers.items()))
    distributed = results["runs"][1]
    answers = results["answers"]["distributed"]
    others = {status: count for status, count in answers.items() if status not in ("201", "409") and count}
    ratio = distributed["ratio_to_embedded"]["decisions_per_s"]
    worst_settle = results["worst_settle_s"]["distributed"]
    print("\ntargets, distributed, over every measured load:")
    for met, target, measured in (
            (not others, "every request answered 201 or 409", f"others: {others or 'none'}"),
            (distributed["oversold"] == 0, "0 oversold", fmt(distributed["oversold"])),
            (distributed["lost"] == 0, "0 lost", f"{fmt(distributed['lost'])} {results['lost']['distributed']}"),
            (worst_settle <= MAX_SETTLE_S, f"settle ≤ {MAX_SETTLE_S:g} s", f"slowest load {fmt(worst_settle, 2)} s"),
            (ratio >= MIN_RATIO, f"decisions/s ≥ {MIN_RATIO:g} × embedded", f"{fmt(ratio, 2)} ×")):
        print(f"  {'met   ' if met else 'MISSED'} {target}: {measured}")
