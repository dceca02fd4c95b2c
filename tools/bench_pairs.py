#!/usr/bin/env python3
"""Reads the raw output of tools/bench-vs-hyperswarm.sh and prints, for every figure, Swarmscope's
and hyperswarm's value pair by pair, the ratio of each pair, and the medians; then Swarmscope
against the physical limits of each pair, and the best ratio those limits allow for each goal.

The ratio is always Swarmscope / hyperswarm; the "better" column says which way is better."""
import re
import statistics
import sys

# figure name, better if ratio is ("higher"/"lower"), unit, pattern, group index
FIGURES = [
    ("bulk", "higher", "MB/s", r"^bulk: .* = (\d+) MB/s", 1),
    ("ping-pong median", "lower", "us", r"^ping-pong 100 B: median ([\d.]+) us", 1),
    ("ping-pong p99", "lower", "us", r"^ping-pong 100 B: median [\d.]+ us, p99 ([\d.]+) us", 1),
    ("one-way 100 B", "higher", "msg/s", r"^one-way 100 B messages: .* = (\d+) msg/s", 1),
    ("join -> connected", "lower", "ms",
     r"^join -> connected, second peer after the first announced, (?:local DHT|hyperdht testnet): median ([\d.]+) ms", 1),
    ("idle RSS", "lower", "kB", r"VmRSS: (\d+) kB", 1),
    ("idle Private_Dirty", "lower", "kB", r"Private_Dirty: (\d+) kB", 1),
]


# Swarmscope against the limits of the same pair: (name, our figure, limit pattern, goal text).
LIMITS = [
    ("bulk / secretstream one core", "bulk", r"^secretstream push, 64 KiB messages, one core: (\d+) MB/s", ">= 0.85"),
    ("bulk / raw TCP bulk", "bulk", r"^raw TCP bulk, two processes on 127.0.0.1: (\d+) MB/s", ""),
    ("ping-pong / raw TCP", "ping-pong median", r"^raw TCP ping-pong 100 B: median ([\d.]+) us", "<= 1.3"),
    ("bulk / ceiling, 1 thread/end", "bulk", r"^encrypted bulk ceiling, one thread per end: (\d+) MB/s", ""),
    ("bulk / ceiling, all cores", "bulk", r"^encrypted bulk ceiling, all \d+ cores: (\d+) MB/s", ""),
]

# The best a goal's ratio can be on this machine, from the same pair's limits (which parse() files
# under their LIMITS names): (name, numerator, denominator, goal), each side as (who, figure).
# Bulk cannot pass the all-core ceiling, and a round trip over an encrypted TCP connection cannot
# be shorter than one over plain TCP.
BOUNDS = [
    ("bulk / secretstream, at most", ("limits", "bulk / ceiling, all cores"),
     ("limits", "bulk / secretstream one core"), ">= 0.85"),
    ("ping-pong / hyperswarm, at least", ("limits", "ping-pong / raw TCP"),
     ("hyperswarm", "ping-pong median"), "<= 0.6"),
]


def parse(path):
    """{(pair, who): {figure: value}} from the log's '== pair N: WHO KIND' sections."""
    values = {}
    key = None
    for line in open(path, encoding="utf-8", errors="replace"):
        header = re.match(r"^== pair (\d+): (swarmscope|hyperswarm|limits)", line)
        if header:
            key = (int(header.group(1)), header.group(2))
            values.setdefault(key, {})
            continue
        if key is None:
            continue
        if key[1] == "limits":
            for name, _, pattern, _ in LIMITS:
                m = re.search(pattern, line)
                if m and name not in values[key]:
                    values[key][name] = float(m.group(1))
            continue
        for name, _, _, pattern, group in FIGURES:
            m = re.search(pattern, line)
            if m and name not in values[key]:
                values[key][name] = float(m.group(group))
    return values


def print_ratios(values, pairs, title, width, rows):
    """One line per (name, (who, figure), (who, figure), goal): the first over the second, median
    and pair by pair. True when a row had no complete pair."""
    print(f"\n{title:<{width}} {'goal':<8} {'ratio':>7}  ratio per pair")
    missing = False
    for name, (who_a, fig_a), (who_b, fig_b), goal in rows:
        ratios = []
        for p in pairs:
            a = values.get((p, who_a), {}).get(fig_a)
            b = values.get((p, who_b), {}).get(fig_b)
            if a is not None and b:
                ratios.append(a / b)
        if ratios:
            print(f"{name:<{width}} {goal:<8} {statistics.median(ratios):>7.2f}  " + " ".join(f"{r:.2f}" for r in ratios))
        else:
            print(f"{name:<{width}} no complete pair")
            missing = True
    return missing


def main():
    values = parse(sys.argv[1])
    pairs = sorted({p for p, _ in values})
    print(f"\n{'figure':<20} {'better':<7} {'swarmscope':>12} {'hyperswarm':>12} {'ratio':>7}  ratio per pair")
    missing = False
    for name, better, unit, _, _ in FIGURES:
        ours, theirs, ratios = [], [], []
        for p in pairs:
            a = values.get((p, "swarmscope"), {}).get(name)
            b = values.get((p, "hyperswarm"), {}).get(name)
            if a is None or b is None or b == 0:
                continue
            ours.append(a)
            theirs.append(b)
            ratios.append(a / b)
        if not ratios:
            print(f"{name:<20} no complete pair")
            missing = True
            continue
        per_pair = " ".join(f"{r:.2f}" for r in ratios)
        print(f"{name:<20} {better:<7} {statistics.median(ours):>9.1f} {unit:<2} {statistics.median(theirs):>9.1f} {unit:<2}"
              f" {statistics.median(ratios):>6.2f}  {per_pair}  ({len(ratios)} pairs)")
    print("ratio = Swarmscope / hyperswarm, median of the pairs' ratios")
    limits = [(name, ("swarmscope", ours), ("limits", name), goal) for name, ours, _, goal in LIMITS]
    missing |= print_ratios(values, pairs, "against the limits", 30, limits)
    print("ratio = Swarmscope / the limit measured by bench_limits in the same pair")
    missing |= print_ratios(values, pairs, "best possible on this machine", 34, BOUNDS)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
