#!/usr/bin/env python3
"""Soak test: a lab of real swarmscope-node processes on loopback under chat, RPC and churn.

Every minute one line: memory (VmRSS) and descriptors (/proc/PID/fd) of the steady nodes (never
restarted) and of the churned ones, connections, chat and RPC counters, rejects and restarts.
At the end a summary with PASS/FAIL; the exit status is 1 on FAIL. See docs/SOAK.md.
Python 3 standard library only.
"""
import argparse
import collections
import ctypes
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOM = "soak"
CHAT_PREFIX = "soak-chat "
DELIVERY_GRACE_S = 5.0       # a chat line younger than this is judged at the next sample
DELIVERY_TARGET = 0.99       # share of (line, steady receiver) pairs delivered in the last minute
GROWTH_LIMIT_PCT = 5.0
FD_SPREAD_PER_NODE = 2       # fds flat: max-min of the steady set's total <= this x steady nodes
STATUS_TIMEOUT_S = 10.0
QUIT_TIMEOUT_S = 5.0

PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL(None, use_errno=True)


def _die_with_driver():
    # A node whose stdin closes keeps serving (a service has no stdin), so without this an
    # interrupted driver would leave 50 orphans behind.
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def proc_figures(pid):
    """(VmRSS, RssAnon in KiB, open descriptors) of a live process, or None.

    VmRSS also counts the pages of the binary and the shared libraries this process has touched
    (most of a node's RSS, shared by all nodes); RssAnon is its private heap and stacks."""
    try:
        fields = {}
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "RssAnon"):
                    fields[key] = int(value.split()[0])
        return fields["VmRSS"], fields["RssAnon"], len(os.listdir(f"/proc/{pid}/fd"))
    except (OSError, KeyError, ValueError):
        return None


class Node:
    """One swarmscope-node process (and its restarts with the same profile)."""

    def __init__(self, lab, idx, churn):
        self.lab = lab
        self.idx = idx
        self.churn = churn
        self.dir = os.path.join(lab.base, f"node{idx:03d}")
        self.profile = os.path.join(self.dir, "profile")
        os.makedirs(self.profile)
        self.proc = None
        self.incarnation = 0
        self.write_lock = threading.Lock()
        self.reset()

    def reset(self):
        self.listen_port = None
        self.dht_port = None
        self.joined = threading.Event()
        self.conns = {}              # connection id -> peer address
        self.status = None
        self.status_seq = 0
        self.recent = collections.deque(maxlen=20)
        self.stopping = False
        self.stop_deadline = 0.0

    def start(self):
        self.reset()
        self.incarnation += 1
        args = [self.lab.binary, "--profile", self.profile, "--listen", "127.0.0.1:0",
                "--dht-port", "0", "--no-lan", "--no-port-mapping", "--join", ROOM]
        if self.idx != 0:
            args += ["--dht-bootstrap", f"127.0.0.1:{self.lab.dht_bootstrap}"]
        args += self.lab.extra_args
        err = open(os.path.join(self.dir, "stderr.log"), "ab")
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err,
                                     env=self.lab.env, process_group=0, preexec_fn=_die_with_driver)
        err.close()
        threading.Thread(target=self._read, args=(self.proc, self.incarnation), daemon=True).start()

    def _read(self, proc, incarnation):
        for raw in proc.stdout:
            try:
                ev = json.loads(raw)
            except ValueError:
                continue
            if incarnation == self.incarnation:
                self.recent.append(raw[:300])
                self.lab.on_event(self, incarnation, ev)
        proc.stdout.close()

    def running(self):
        return self.proc is not None and self.proc.poll() is None

    def send(self, line):
        with self.write_lock:
            try:
                self.proc.stdin.write(line.encode() + b"\n")
                self.proc.stdin.flush()
                return True
            except (OSError, ValueError):
                return False

    def stderr_tail(self, n=5):
        try:
            with open(os.path.join(self.dir, "stderr.log"), "rb") as f:
                return [l.decode(errors="replace").rstrip() for l in f.readlines()[-n:]]
        except OSError:
            return []


class Lab:
    def __init__(self, opts):
        self.opts = opts
        self.binary = opts.node_bin
        self.base = tempfile.mkdtemp(prefix="swarmscope-soak-")
        self.env = dict(os.environ, SWARMSCOPE_OFFLINE="1", QT_NO_GLIB="1")
        if not self.env.get("XDG_RUNTIME_DIR"):
            runtime = os.path.join(self.base, "xdg")
            os.makedirs(runtime, mode=0o700)
            self.env["XDG_RUNTIME_DIR"] = runtime
        # Every lab node dials from 127.0.0.1, so the per-address caps meant for strangers would
        # treat the whole lab as one attacker; --default-caps keeps them to see what that does.
        self.extra_args = [] if opts.default_caps else ["--max-inbound-per-ip", "0", "--handshakes-per-ip", "0"]
        self.dht_bootstrap = None
        self.lock = threading.Lock()
        self.rng = random.Random(opts.seed)
        n_churn = max(1, round(opts.nodes * opts.churn_fraction)) if opts.nodes > 2 else 0
        self.nodes = [Node(self, i, i >= opts.nodes - n_churn) for i in range(opts.nodes)]
        self.steady = [n for n in self.nodes if not n.churn]
        self.churned = [n for n in self.nodes if n.churn]
        self.churn_per_minute = opts.churn_per_minute if opts.churn_per_minute is not None \
            else (max(1, round(n_churn * 0.3)) if n_churn else 0)
        self.churn_cursor = 0
        # Chat: seq -> [send time, sender idx, steady receivers expected, steady receivers seen]
        self.chat = {}
        self.chat_seq = 0
        self.rpc_seq = 0
        self.rpc_pending = {}        # (node idx, incarnation, call id) -> send time
        self.minute = collections.Counter()
        self.total = collections.Counter()
        self.rpc_errors = collections.Counter()
        self.cmd_errors = collections.Counter()
        self.reject_details = collections.Counter()
        self.unexpected_exits = []   # (minute, idx, exit code, stderr tail)
        self.restarts = 0
        self.rows = []
        self.addresses = {}          # idx -> address seen at first start (identity must stay)
        self.identity_changes = 0

    # ---- events (reader threads) ----
    def on_event(self, node, incarnation, ev):
        kind = ev.get("event")
        with self.lock:
            if kind == "listening" and ev.get("transport") == "tcp":
                node.listen_port = ev.get("port")
            elif kind == "dht-ready":
                node.dht_port = ev.get("port")
            elif kind == "joined":
                node.joined.set()
            elif kind == "connection":
                node.conns[ev.get("connection")] = ev.get("address")
            elif kind == "connection-closed":
                node.conns.pop(ev.get("connection"), None)
            elif kind == "message" and not ev.get("direct"):
                self._chat_received(node, ev.get("text", ""))
            elif kind == "sent" and str(ev.get("text", "")).startswith(CHAT_PREFIX):
                self.minute["chat_sent_ack"] += 1
            elif kind == "rpc-call":
                self.rpc_pending[(node.idx, incarnation, ev.get("id"))] = time.monotonic()
            elif kind == "rpc-response":
                if self.rpc_pending.pop((node.idx, incarnation, ev.get("id")), None) is None:
                    return
                if "error" in ev:
                    self.minute["rpc_err"] += 1
                    self.rpc_errors[str(ev.get("error"))[:60]] += 1
                else:
                    self.minute["rpc_ok"] += 1
            elif kind == "error":
                self.minute["cmd_err"] += 1
                self.cmd_errors[str(ev.get("detail"))[:60]] += 1
            elif kind in ("peer-rejected", "rejected") and not node.churn:
                # Digits (ports, counts) out, so that one cause is one line of the summary.
                detail = "".join("#" if ch.isdigit() else ch for ch in str(ev.get("detail", "")))
                self.reject_details[f"{kind} {ev.get('reason')}: {detail[:70]}"] += 1
            elif kind == "identity-conflict":
                self.minute["identity_conflict"] += 1
            elif kind == "status":
                node.status = ev
                node.status_seq += 1

    def _chat_received(self, node, text):
        if not text.startswith(CHAT_PREFIX):
            return
        self.minute["chat_recv"] += 1
        try:
            seq = int(text[len(CHAT_PREFIX):].split()[0])
        except (ValueError, IndexError):
            return
        entry = self.chat.get(seq)
        if entry is None or node.churn:
            return
        if node.idx in entry[3]:
            self.minute["chat_dup"] += 1
        entry[3].add(node.idx)

    # ---- load (main thread) ----
    def connected_running(self):
        return [n for n in self.nodes if n.running() and not n.stopping and n.joined.is_set() and n.conns]

    def send_chat(self):
        candidates = self.connected_running()
        if not candidates:
            return
        sender = self.rng.choice(candidates)
        with self.lock:
            self.chat_seq += 1
            seq = self.chat_seq
            expected = {n.idx for n in self.steady if n is not sender}
            self.chat[seq] = [time.monotonic(), sender.idx, expected, set()]
            self.minute["chat_sent"] += 1
        sender.send(f"{CHAT_PREFIX}{seq} from node {sender.idx}")

    def send_rpc(self):
        candidates = self.connected_running()
        if not candidates:
            return
        caller = self.rng.choice(candidates)
        with self.lock:
            peers = list(caller.conns.values())
            self.rpc_seq += 1
            seq = self.rpc_seq
            self.minute["rpc_calls"] += 1
        caller.send(f"/rpc {self.rng.choice(peers)} echo {{\"soak\":{seq}}}")

    # ---- churn ----
    def churn_begin(self):
        if not self.churned:
            return
        for _ in range(self.churn_per_minute):
            node = self.churned[self.churn_cursor % len(self.churned)]
            self.churn_cursor += 1
            if node.running() and not node.stopping:
                node.stopping = True
                node.stop_deadline = time.monotonic() + QUIT_TIMEOUT_S
                node.send("/quit")

    def churn_step(self, minute):
        """Restarts the nodes told to quit once they have exited (the profile is locked until then)."""
        for node in self.churned:
            if not node.stopping:
                continue
            if node.running() and time.monotonic() < node.stop_deadline:
                continue
            if node.running():
                node.proc.kill()
                self.minute["quit_killed"] += 1
            elif node.proc.wait() != 0:
                self.minute["quit_bad_status"] += 1
            node.proc.wait()
            node.start()
            self.restarts += 1
            self.minute["restarts"] += 1

    def check_exits(self, minute):
        for node in self.nodes:
            if node.proc is not None and not node.stopping and node.proc.poll() is not None \
                    and not getattr(node, "exit_reported", False):
                node.exit_reported = True
                self.unexpected_exits.append((minute, node.idx, node.proc.returncode, node.stderr_tail()))
                print(f"!! node {node.idx} exited unexpectedly with status {node.proc.returncode}; "
                      f"stderr: {' | '.join(node.stderr_tail(3))}", flush=True)

    # ---- sampling ----
    def components(self):
        """Connected parts of the lab's graph (from connection events): 1 unless the mesh split."""
        by_address = {a: i for i, a in self.addresses.items()}
        live = [n for n in self.nodes if n.running() and not n.stopping]
        parent = {n.idx: n.idx for n in live}

        def root(i):
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i
        with self.lock:
            edges = [(n.idx, by_address.get(a)) for n in live for a in n.conns.values()]
        for a, b in edges:
            if b in parent:
                parent[root(a)] = root(b)
        return len({root(i) for i in parent})

    def ask_status(self, nodes):
        before = {n.idx: n.status_seq for n in nodes}
        for n in nodes:
            n.send("/status")
        deadline = time.monotonic() + STATUS_TIMEOUT_S
        while time.monotonic() < deadline:
            with self.lock:
                if all(n.status_seq > before[n.idx] for n in nodes):
                    break
            time.sleep(0.05)
        with self.lock:
            return {n.idx: n.status for n in nodes if n.status_seq > before[n.idx]}

    def sample(self, minute):
        live = [n for n in self.nodes if n.running() and not n.stopping]
        statuses = self.ask_status(live)
        row = {"minute": minute, "time": time.strftime("%H:%M:%S")}
        for name, group in (("steady", self.steady), ("churn", self.churned)):
            rss = anon = fds = count = 0
            per_node = {}
            for n in group:
                fig = proc_figures(n.proc.pid) if n.running() else None
                if fig:
                    rss += fig[0]
                    anon += fig[1]
                    fds += fig[2]
                    count += 1
                    per_node[n.idx] = fig
            row[name] = {"rss_kib": rss, "anon_kib": anon, "fds": fds, "running": count, "per_node": per_node}
        conns = [s.get("connected", 0) for s in statuses.values()]
        row["conn_avg"] = sum(conns) / len(conns) if conns else 0
        row["conn_min"] = min(conns) if conns else 0
        row["status_missing"] = len(live) - len(statuses)
        rejects = collections.Counter()
        for idx, s in statuses.items():
            if not self.nodes[idx].churn:
                rejects.update({k: int(v) for k, v in (s.get("rejects") or {}).items()})
            address = s.get("address")
            if address:
                known = self.addresses.setdefault(idx, address)
                if known != address:
                    self.identity_changes += 1
                    self.addresses[idx] = address
        row["steady_rejects"] = dict(rejects)
        row["parts"] = self.components()
        # Chat lines old enough to have arrived are judged now.
        now = time.monotonic()
        with self.lock:
            judged = [seq for seq, e in self.chat.items() if now - e[0] >= DELIVERY_GRACE_S]
            pairs = delivered = 0
            for seq in judged:
                e = self.chat.pop(seq)
                pairs += len(e[2])
                delivered += len(e[2] & e[3])
            counts = dict(self.minute)
            self.total.update(self.minute)
            self.minute.clear()
        row["judged_lines"] = len(judged)
        row["delivery"] = delivered / pairs if pairs else None
        row["counts"] = counts
        row["load"] = open("/proc/loadavg").read().split()[0]
        self.rows.append(row)
        return row


def mib(kib):
    return kib / 1024.0


# One format for the header and the rows, so that the columns line up.
COLUMNS = "{:>3}  {:8}  {:>7} {:>6} {:>5} | {:>3} {:>6} {:>4} | {:>5} {:>4} {:>5} | {:>5} {:>6} {:>7} | {:>4} {:>4} {:>4} | {:>7} | {:>8} | {}"
LEGEND = ("steady (S) and churned (C) nodes: RSS and private memory (anon) in MiB, open descriptors, running nodes; "
          "connections per node from /status and the parts the lab's graph is in; chat lines and RPC calls this minute; rejects: new at the steady nodes")
HEADER = COLUMNS.format("min", "time", "S.RSS", "S.anon", "S.fds", "C.n", "C.RSS", "C.fd", "conn", "min", "parts",
                        "chat", "recv", "deliv%", "rpc", "ok", "err", "rejects", "restarts", "load")


def format_row(row, prev_rejects):
    s, c, k = row["steady"], row["churn"], row["counts"]
    rej = sum(row["steady_rejects"].values())
    deliv = "-" if row["delivery"] is None else f"{100 * row['delivery']:.2f}"
    return COLUMNS.format(row["minute"], row["time"], f"{mib(s['rss_kib']):.1f}", f"{mib(s['anon_kib']):.1f}", s["fds"],
                          c["running"], f"{mib(c['rss_kib']):.1f}", c["fds"], f"{row['conn_avg']:.1f}", row["conn_min"], row["parts"],
                          k.get("chat_sent", 0), k.get("chat_recv", 0), deliv,
                          k.get("rpc_calls", 0), k.get("rpc_ok", 0), k.get("rpc_err", 0),
                          f"{rej - prev_rejects:+d}", k.get("restarts", 0), row["load"])


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


def summarize(lab, baseline_minute):
    rows = lab.rows
    if not rows:
        print("no measurements")
        return False
    base = next((r for r in rows if r["minute"] == baseline_minute), rows[0])
    last = rows[-1]
    after = [r for r in rows if r["minute"] >= base["minute"]]
    b_rss, e_rss = base["steady"]["rss_kib"], last["steady"]["rss_kib"]
    growth = 100.0 * (e_rss - b_rss) / b_rss if b_rss else float("inf")
    b_anon, e_anon = base["steady"]["anon_kib"], last["steady"]["anon_kib"]
    anon_growth = 100.0 * (e_anon - b_anon) / b_anon if b_anon else float("inf")
    fds = [r["steady"]["fds"] for r in after]
    fd_spread = max(fds) - min(fds)
    fd_limit = FD_SPREAD_PER_NODE * len(lab.steady)
    # Per-node view, to tell one leaking node from a lab-wide drift.
    per_growth = []
    for n in lab.steady:
        b, e = base["steady"]["per_node"].get(n.idx), last["steady"]["per_node"].get(n.idx)
        if b and e:
            per_growth.append((100.0 * (e[0] - b[0]) / b[0], n.idx, b[0], e[0]))
    per_growth.sort()
    churn_rss = [r["churn"]["rss_kib"] / max(1, r["churn"]["running"]) for r in after]
    running = [n.idx for n in lab.nodes if n.running()]
    delivery = last["delivery"]
    total = lab.total
    with lab.lock:
        pending = len(lab.rpc_pending)

    print()
    print(f"summary after {last['minute']} min with {len(lab.nodes)} nodes "
          f"({len(lab.steady)} steady, {len(lab.churned)} churned)")
    print(f"  baseline minute {base['minute']}: steady RSS {mib(b_rss):.1f} MiB -> {mib(e_rss):.1f} MiB at minute "
          f"{last['minute']}: growth {growth:+.2f} %")
    print(f"  of which private (RssAnon): {mib(b_anon):.1f} MiB -> {mib(e_anon):.1f} MiB: growth {anon_growth:+.2f} %; "
          f"the rest is pages of the binary and shared libraries")
    if per_growth:
        med = statistics.median(g for g, *_ in per_growth)
        lo, hi = per_growth[0], per_growth[-1]
        print(f"  per steady node: median {med:+.2f} %, lowest node {lo[1]} {lo[0]:+.2f} %, "
              f"highest node {hi[1]} {hi[0]:+.2f} % ({hi[2]} -> {hi[3]} KiB)")
    print(f"  steady fds from minute {base['minute']}: min {min(fds)}, max {max(fds)} (spread {fd_spread}; "
          f"rule: spread <= {FD_SPREAD_PER_NODE} x {len(lab.steady)} steady nodes = {fd_limit})")
    print(f"  churned nodes: {lab.restarts} restarts, mean RSS per running churned node "
          f"{mib(min(churn_rss)):.1f}-{mib(max(churn_rss)):.1f} MiB; identities changed on restart: {lab.identity_changes}")
    print(f"  chat: {total['chat_sent']} lines sent ({total['chat_sent_ack']} acknowledged 'sent'), "
          f"{total['chat_recv']} received in all, {total['chat_dup']} duplicates at steady nodes")
    print(f"  rpc: {total['rpc_calls']} calls, {total['rpc_ok']} answered, {total['rpc_err']} errors, "
          f"{pending} still pending at the end" + (f"; errors: {dict(lab.rpc_errors.most_common(5))}" if lab.rpc_errors else ""))
    if lab.cmd_errors:
        print(f"  refused commands ({total['cmd_err']}): {dict(lab.cmd_errors.most_common(5))}")
    if total["identity_conflict"]:
        print(f"  identity-conflict events: {total['identity_conflict']}")
    split = [r["minute"] for r in rows if r["parts"] > 1]
    print("  lab graph: one connected part in every sample" if not split else
          f"  lab graph split in {len(split)} of {len(rows)} samples (minutes {split[0]}-{split[-1]}; "
          f"{max(r['parts'] for r in rows)} parts at most, {last['parts']} at the end)")
    rej = last["steady_rejects"]
    print(f"  rejects counted by the steady nodes: {sum(rej.values())}"
          + (f" {dict(sorted(rej.items(), key=lambda kv: -kv[1])[:8])}" if rej else ""))
    for detail, count in lab.reject_details.most_common(4):
        print(f"    {count} x {detail}")
    if lab.unexpected_exits:
        for m, idx, code, tail in lab.unexpected_exits:
            print(f"  node {idx} exited in minute {m} with status {code}: {' | '.join(tail)}")

    # VmRSS alone can hide a heap that grows: the kernel may drop shared pages of the binary
    # meanwhile. Private growth counts against the same baseline.
    anon_share = 100.0 * (e_anon - b_anon) / b_rss if b_rss else 0.0
    checks = [
        (f"memory growth of the steady set from minute {base['minute']} under {GROWTH_LIMIT_PCT:g} %",
         growth < GROWTH_LIMIT_PCT, f"{growth:+.2f} %"),
        (f"private memory growth of the steady set from minute {base['minute']} under {GROWTH_LIMIT_PCT:g} % of its RSS",
         anon_share < GROWTH_LIMIT_PCT, f"{anon_share:+.2f} %"),
        ("descriptors flat", fd_spread <= fd_limit, f"spread {fd_spread} <= {fd_limit}"),
        ("every node still running, none exited unexpectedly",
         len(running) == len(lab.nodes) and not lab.unexpected_exits,
         f"{len(running)}/{len(lab.nodes)} running, {len(lab.unexpected_exits)} unexpected exits"),
        (f"chat delivered in the last minute (>= {100 * DELIVERY_TARGET:g} % of line x steady receiver pairs)",
         delivery is not None and delivery >= DELIVERY_TARGET,
         "no lines judged" if delivery is None else f"{100 * delivery:.2f} % of {last['judged_lines']} lines"),
    ]
    ok = True
    for name, passed, detail in checks:
        ok = ok and passed
        print(f"  {'PASS' if passed else 'FAIL'}  {name}: {detail}")
    print(f"RESULT: {'PASS' if ok else 'FAIL'}")
    return ok


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
