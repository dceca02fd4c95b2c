#!/usr/bin/env python3
"""The NAT lab's figures (docs/NAT.md, docs/BENCHMARKS.md): for each case, the time from the later
of the two peers' joins to the first message the other one receives (median over RUNS), and for
port-preserving NATs how many runs moved onto a hole-punched stream, on which attempt. Then one
file of BULK_MIB (default 64) sent through the relay (case c) and directly (case d) in the same
run: the throughput ratio relayed/direct, and how much the relay's resident memory grew while it
spliced the circuit. Last, the relay's memory per circuit: CIRCUITS (default 16) pairs behind
address-dependent NATs, each pair in a room of its own, all holding slots on the one relay; the
relay's VmRSS once every slot is held and again once every pair has talked through its circuit.

    sudo tests/bench/nat_lab/bench_nat_lab.py BUILD_DIR [RUNS]      (default 10)

Each run builds a fresh lab (tests/nat/nat_lab.sh), starts the public relay and two home peers
with swarmscope-node under SWARMSCOPE_OFFLINE=1, and tears everything down again. No traffic
leaves the lab's namespaces. Times are the nodes' own event timestamps (ms)."""
import json
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
LAB = os.path.join(ROOT, "tests", "nat", "nat_lab.sh")
PUB, HOME_A, HOME_B = "203.0.113.10", "10.10.1.2", "10.20.1.2"
PORT = "7000"

CASES = {
    "a (both UPnP)": (["--upnp", "a", "--upnp", "b"], True, False),
    "b (port-preserving, punched)": ([], False, True),
    "c (address-dependent, relayed)": (["--random-fully", "a", "--random-fully", "b"], False, True),
    "d (one public, one private)": ([], False, False),
}


class Node:
    def __init__(self, node_bin, netns, args):
        self.dir = tempfile.TemporaryDirectory()
        env = dict(os.environ, SWARMSCOPE_OFFLINE="1")
        self.proc = subprocess.Popen(["ip", "netns", "exec", netns, node_bin, "--profile", self.dir.name] + args,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     env=env, text=True, bufsize=1)
        self.events = []
        self.address = None

    def pump(self, timeout):
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if ready:
            line = self.proc.stdout.readline()
            if line:
                try:
                    self.events.append(json.loads(line))
                except ValueError:
                    pass

    def find(self, kind, pred=lambda e: True):
        return next((e for e in self.events if e.get("event") == kind and pred(e)), None)

    def send(self, text):
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def stop(self):
        self.proc.kill()
        self.proc.wait()
        self.dir.cleanup()


def wait(nodes, cond, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = cond()
        if got:
            return got
        for n in nodes:
            n.pump(0.02)
    return cond()


def resident_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def bulk(a, b, relay, mib):
    """b sends a file of mib MiB to a; returns (MB/s, growth of the relay's VmRSS in KiB)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bulk.bin")
        with open(path, "wb") as f:
            for _ in range(mib):
                f.write(os.urandom(1 << 20))
        before = resident_kib(relay.proc.pid)
        b.send(f"/sendfile {a.address} {path}")
        offer = wait([a, b], lambda: a.find("file-offer"), 15)
        if not offer:
            return None
        start = time.monotonic()
        a.send(f"/accept {offer['id']} {tmp}/in")
        peak = before
        deadline = start + 300
        while time.monotonic() < deadline and not a.find("file-done"):
            for n in (a, b, relay):
                n.pump(0.01)
            peak = max(peak, resident_kib(relay.proc.pid))
        if not a.find("file-done"):
            return None
        return (mib << 20) / (time.monotonic() - start) / 1e6, peak - before


def run_case(node_bin, options, mapping, relayed, prefix, bulk_mib=0):
    subprocess.run(["bash", LAB, "up", prefix] + options, check=True, stdout=subprocess.DEVNULL)
    nodes = []
    try:
        def start(host, ip, extra):
            n = Node(node_bin, f"{prefix}-{host}", ["--listen", f"{ip}:{PORT}", "--dht-port", PORT, "--no-lan"] + extra)
            nodes.append(n)
            n.send("/status")
            st = wait([n], lambda: n.find("status"), 15)
            n.address = st["address"] if st else None
            return n

        relay = start("pub", PUB, ["--relay"])
        peer = ["--dht-bootstrap", f"{PUB}:{PORT}", "--join", "bench-room",
                "--port-mapping" if mapping else "--no-port-mapping"]
        if relayed:
            peer += ["--relay-node", f"{PUB}:{PORT}"]
        if options == [] and not relayed:  # case d: one peer on the public side
            a = start("pc", "203.0.113.20", peer)
        else:
            a = start("ha", HOME_A, peer)
        b = start("hb", HOME_B, peer)
        both = [a, b]
        seen = wait(both, lambda: b.find("seen", lambda e: e.get("address") == a.address), 30)
        if not seen:
            return None
        b.send("first message")
        got = wait(both, lambda: a.find("message", lambda e: e.get("text") == "first message"), 15)
        if not got:
            return None
        joined = max(n.find("joined")["time"] for n in both)
        result = {"ms": got["time"] - joined, "path": (a.find("connection", lambda e: e.get("address") == b.address) or {}).get("path")}
        if relayed:
            up = wait(both, lambda: a.find("path-upgraded"), 15 if options == [] else 0.5)
            tries = [e for n in both for e in n.events if e.get("event") == "hole-punch" and e.get("ok")]
            result["punched"] = bool(up)
            result["attempt"] = tries[0]["attempt"] if tries else None
        if bulk_mib:
            result["bulk"] = bulk(a, b, relay, bulk_mib)
        return result
    finally:
        for n in nodes:
            n.stop()
        subprocess.run(["bash", LAB, "down", prefix], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def status_of(node, timeout=10):
    node.events = [e for e in node.events if e.get("event") != "status"]
    node.send("/status")
    return wait([node], lambda: node.find("status"), timeout)


def many_circuits(node_bin, pairs, prefix="nbm"):
    """Returns (relay KiB with every slot held, KiB after every pair talked, circuits open) or None."""
    subprocess.run(["bash", LAB, "up", prefix, "--random-fully", "a", "--random-fully", "b"], check=True,
                   stdout=subprocess.DEVNULL)
    nodes = []
    try:
        def start(host, ip, port, extra):
            n = Node(node_bin, f"{prefix}-{host}", ["--listen", f"{ip}:{port}", "--dht-port", str(port), "--no-lan"] + extra)
            nodes.append(n)
            st = status_of(n, 15)
            n.address = st["address"] if st else None
            return n

        relay = start("pub", PUB, PORT, ["--relay"])
        peer = ["--dht-bootstrap", f"{PUB}:{PORT}", "--no-port-mapping", "--relay-node", f"{PUB}:{PORT}"]
        homes = [(start("ha", HOME_A, 7001 + i, peer), start("hb", HOME_B, 7001 + i, peer)) for i in range(pairs)]
        everyone = [n for pair in homes for n in pair]
        held = wait(everyone + [relay], lambda: all(n.find("relay-reservation", lambda e: e.get("ok")) for n in everyone), 60)
        if not held:
            missing = sum(1 for n in everyone if not n.find("relay-reservation", lambda e: e.get("ok")))
            print(f"  {missing} of {len(everyone)} peers hold no slot after 60 s", file=sys.stderr)
            return None
        time.sleep(2)  # let the relay settle after the reservations
        before = resident_kib(relay.proc.pid)
        for i, (a, b) in enumerate(homes):
            for n in (a, b):
                n.send(f"/join circuits-{i}")
        for i, (a, b) in enumerate(homes):
            if not wait(everyone + [relay], lambda: b.find("seen", lambda e: e.get("address") == a.address), 60):
                print(f"  pair {i} did not meet", file=sys.stderr)
                return None
            b.send(f"through the relay {i}")
            if not wait(everyone + [relay], lambda: a.find("message", lambda e: e.get("text") == f"through the relay {i}"), 15):
                print(f"  pair {i}: the message did not arrive", file=sys.stderr)
                return None
        time.sleep(4)  # redundant circuits (both sides dialled) retire
        after = resident_kib(relay.proc.pid)
        st = status_of(relay) or {}
        return before, after, (st.get("relayService") or {}).get("circuits")
    finally:
        for n in nodes:
            n.stop()
        subprocess.run(["bash", LAB, "down", prefix], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    node_bin = os.path.join(sys.argv[1], "app", "swarmscope-node")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    print(f"NAT lab: {runs} runs per case, join of the later peer to the first message received")
    for i, (name, (options, mapping, relayed)) in enumerate(CASES.items()):
        results = [run_case(node_bin, options, mapping, relayed, f"nb{i}{r}") for r in range(runs)]
        ok = [r for r in results if r]
        line = f"case {name}: {len(ok)}/{runs} talked"
        if ok:
            ms = [r["ms"] for r in ok]
            line += f", join to first message median {statistics.median(ms):.0f} ms (min {min(ms):.0f}, max {max(ms):.0f})"
            line += ", first path " + "/".join(sorted({str(r['path']) for r in ok}))
        if relayed and options == []:
            punched = [r for r in ok if r.get("punched")]
            first = [r for r in punched if r.get("attempt") == 1]
            line += f"; hole-punched {len(punched)}/{runs} ({len(first)} on the first attempt)"
        print(line, flush=True)
    mib = int(os.environ.get("BULK_MIB", "64"))
    relayed_case = run_case(node_bin, CASES["c (address-dependent, relayed)"][0], False, True, "nbr", mib)
    direct_case = run_case(node_bin, [], False, False, "nbd", mib)
    r = relayed_case and relayed_case.get("bulk")
    d = direct_case and direct_case.get("bulk")
    if r and d:
        print(f"bulk {mib} MiB file: relayed {r[0]:.0f} MB/s, direct {d[0]:.0f} MB/s, ratio relayed/direct {r[0] / d[0]:.2f}; "
              f"relay VmRSS grew {r[1]} KiB while splicing the circuit (direct: {d[1]} KiB)")
    else:
        print("bulk: a transfer did not finish")
    pairs = int(os.environ.get("CIRCUITS", "16"))
    many = many_circuits(node_bin, pairs)
    if many:
        before, after, circuits = many
        print(f"{pairs} pairs through one relay: relay VmRSS {before} KiB with {2 * pairs} slots held, {after} KiB "
              f"with the circuits open ({circuits} open); {(after - before) / max(1, circuits or pairs):.0f} KiB per circuit")
    else:
        print(f"{pairs} pairs through one relay: not every pair talked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
