"""The soak's lab: swarmscope-node processes on loopback, their chat, RPC and churn, and what each
minute's sample reads from /proc and from the nodes' /status (docs/SOAK.md)."""
import collections
import ctypes
import json
import os
import random
import signal
import subprocess
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
