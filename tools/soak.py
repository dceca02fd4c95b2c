#!/usr/bin/env python3
"""Soak test: a lab of real swarmscope-node processes on loopback under chat, RPC and churn.

Every minute one line: memory (VmRSS) and descriptors (/proc/PID/fd) of the steady nodes (never
restarted) and of the churned ones, connections, chat and RPC counters, rejects and restarts.
At the end a summary with PASS/FAIL; the exit status is 1 on FAIL. See docs/SOAK.md.
Python 3 standard library only.
"""
import argparse
import json
import shutil
import signal
import subprocess
import sys
import time

from soak_lab import QUIT_TIMEOUT_S, ROOM, Lab
from soak_report import HEADER, LEGEND, format_row, summarize


def wait_for(pred, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(0.05)
    return pred()


def start_lab(lab):
    first = lab.nodes[0]
    first.start()
    if not wait_for(lambda: first.dht_port and first.listen_port, 30):
        raise RuntimeError(f"node 0 reported no dht-ready/listening: {' | '.join(first.stderr_tail())}")
    lab.dht_bootstrap = first.dht_port
    print(f"node 0: TCP 127.0.0.1:{first.listen_port}, DHT 127.0.0.1:{first.dht_port} (the only bootstrap)", flush=True)
    # Small batches, so that 50 start-ups do not all compete for two cores at once.
    rest = lab.nodes[1:]
    for i in range(0, len(rest), 5):
        batch = rest[i:i + 5]
        for n in batch:
            n.start()
        if not wait_for(lambda: all(n.joined.is_set() or not n.running() for n in batch), 30):
            raise RuntimeError("nodes did not join: " + ", ".join(str(n.idx) for n in batch if not n.joined.is_set()))
        dead = [n for n in batch if not n.running()]
        if dead:
            raise RuntimeError(f"node {dead[0].idx} exited at start: {' | '.join(dead[0].stderr_tail())}")
    t = time.monotonic()
    wait_for(lambda: all(n.conns for n in lab.nodes), 120)
    lonely = [n.idx for n in lab.nodes if not n.conns]
    print(f"all {len(lab.nodes)} nodes joined '{ROOM}'; warm-up {time.monotonic() - t:.0f} s"
          + (f"; still without connections: {lonely}" if lonely else "; every node has a connection"), flush=True)


def run(lab):
    opts = lab.opts
    start_lab(lab)
    baseline_minute = 10 if opts.minutes >= 15 else 1
    print(f"{len(lab.steady)} steady nodes (0-{lab.steady[-1].idx}), {len(lab.churned)} churned "
          f"({lab.churn_per_minute} restarted each minute, round robin); chat every {opts.chat_interval:g} s, "
          f"RPC echo every {opts.rpc_interval:g} s; {opts.minutes} min", flush=True)
    if baseline_minute == 1:
        print("short run: the baseline for memory growth and descriptors is minute 1 (minute 10 in runs of 15 min or more)",
              flush=True)
    print(LEGEND, flush=True)
    print(HEADER, flush=True)
    t0 = time.monotonic()
    next_chat = t0 + lab.rng.uniform(0, opts.chat_interval)
    next_rpc = t0 + lab.rng.uniform(0, opts.rpc_interval)
    next_churn = t0 + 30.0
    minute = 0
    prev_rejects = 0
    while minute < opts.minutes:
        now = time.monotonic()
        if now >= t0 + 60.0 * (minute + 1):
            minute += 1
            lab.check_exits(minute)
            row = lab.sample(minute)
            print(format_row(row, prev_rejects), flush=True)
            prev_rejects = sum(row["steady_rejects"].values())
            continue
        if now >= next_chat:
            lab.send_chat()
            next_chat += opts.chat_interval * lab.rng.uniform(0.5, 1.5)
        if now >= next_rpc:
            lab.send_rpc()
            next_rpc += opts.rpc_interval * lab.rng.uniform(0.5, 1.5)
        if now >= next_churn:
            lab.churn_begin()
            next_churn += 60.0
        lab.churn_step(minute)
        lab.check_exits(minute + 1)
        time.sleep(0.02)
    return summarize(lab, baseline_minute)


def shutdown(lab):
    live = [n for n in lab.nodes if n.running()]
    for n in live:
        n.send("/quit")
    deadline = time.monotonic() + QUIT_TIMEOUT_S
    for n in live:
        try:
            n.proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            n.proc.kill()
            n.proc.wait()
    if lab.opts.keep:
        print(f"profiles and stderr logs kept in {lab.base}")
    else:
        shutil.rmtree(lab.base, ignore_errors=True)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("minutes", type=int, nargs="?", default=60)
    p.add_argument("nodes", type=int, nargs="?", default=50)
    p.add_argument("--node-bin", required=True, help="the swarmscope-node binary")
    p.add_argument("--churn-fraction", type=float, default=0.2, help="share of nodes that are restarted (the last ones)")
    p.add_argument("--churn-per-minute", type=int, default=None, help="restarts per minute (default 30 %% of the churned set)")
    p.add_argument("--chat-interval", type=float, default=1.0, help="mean seconds between chat lines")
    p.add_argument("--rpc-interval", type=float, default=2.0, help="mean seconds between RPC calls")
    p.add_argument("--default-caps", action="store_true", help="keep the per-address connection caps (lab nodes share 127.0.0.1)")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--json", metavar="FILE", help="also write every minute's figures as JSON lines")
    p.add_argument("--keep", action="store_true", help="keep the profiles and stderr logs")
    opts = p.parse_args()
    if opts.minutes < 1 or opts.nodes < 2:
        p.error("needs at least 1 minute and 2 nodes")

    def interrupted(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, interrupted)

    lab = Lab(opts)
    code = 2
    try:
        code = 0 if run(lab) else 1
    except KeyboardInterrupt:
        print("\ninterrupted; stopping the nodes", flush=True)
        code = 130
    except RuntimeError as e:
        print(f"soak: {e}", file=sys.stderr, flush=True)
        code = 2
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if opts.json and lab.rows:
            with open(opts.json, "w") as f:
                for r in lab.rows:
                    f.write(json.dumps(r) + "\n")
        shutdown(lab)
    sys.exit(code)


if __name__ == "__main__":
    main()
