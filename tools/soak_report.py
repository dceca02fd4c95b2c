"""The soak's report: one line per minute, and the summary that judges the run (docs/SOAK.md)."""
import statistics

from soak_lab import DELIVERY_TARGET, FD_SPREAD_PER_NODE, GROWTH_LIMIT_PCT


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
