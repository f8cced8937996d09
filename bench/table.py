#!/usr/bin/env python3
"""Prints bench/run.sh's table from its raw CSV: one row per generator and size, medians of the timed runs.

Usage: table.py RESULTS.csv

Rows on the peer corpus (briefing, briefing-real, hugo, eleventy, jekyll and their -rebuild and -jit
variants) count pages/s as N / median wall time, as run-peers.sh does; product and site rows count the
HTML files they wrote. "wall ÷ Hugo" and "RSS ÷ Hugo" divide a row's median wall time and median peak RSS
by Hugo's on the same corpus in the same file (below 1: Briefing is faster or smaller). "target" and "met"
are issue 13's targets, judged on the native binary's row they name (never on -jit, -rebuild or
briefing-real rows, which are there to compare):

- briefing (the peers' layout), peer corpus 1,000 pages: wall at most 1/3 of Hugo's, start-up included;
- briefing, peer corpus 10,000 pages: wall at most 1/5 of Hugo's and peak RSS at most 1/3 of Hugo's;
- site (the real site, cold: a fresh process and an empty output folder): median wall under 0.1 s;
- product, 100,000 events: median wall under 30 s and peak RSS under 2 GiB.

The floor-* rows (bench/markdown-floor, a process that only reads the peer corpus and renders its Markdown) are
set against the wall-time targets after the table: where Markdig alone takes more than the target's share of
Hugo's time, no build that renders the corpus with Markdig can meet that target in this run.
"""
import csv
import statistics
import sys

# label -> N -> (description, check(wall_s, rss_mib, wall_ratio, rss_ratio) -> list of failed parts or None)
TARGETS = {
    ("briefing", 1000): ("wall ≤ 1/3 Hugo", lambda w, m, wr, mr: None if wr is None else ([] if wr <= 1 / 3 else ["wall"])),
    ("briefing", 10000): ("wall ≤ 1/5, RSS ≤ 1/3 Hugo", lambda w, m, wr, mr: None if wr is None else
                          ([] if wr <= 1 / 5 else ["wall"]) + ([] if mr <= 1 / 3 else ["RSS"])),
    ("site", 0): ("< 0.1 s", lambda w, m, wr, mr: [] if w < 0.1 else ["wall"]),
    ("product", 100000): ("< 30 s, < 2 GiB", lambda w, m, wr, mr: ([] if w < 30 else ["wall"]) + ([] if m < 2048 else ["RSS"])),
}


def main(path):
    groups = {}
    for row in csv.DictReader(open(path)):
        if row["run"].startswith("warmup"):
            continue
        groups.setdefault((row["peer"], int(row["N"])), []).append(row)
    stats = {}
    for key, rows in groups.items():
        stats[key] = (
            statistics.median(float(r["wall_s"]) for r in rows),
            statistics.median(int(r["maxrss_kb"]) for r in rows) / 1024,
        )
    print("| generator | N | median wall s | min s | CPU s | peak RSS MiB | HTML files | pages/s "
          "| wall ÷ Hugo | RSS ÷ Hugo | target | met |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
    seen = set()
    for (peer, n), rows in groups.items():
        wall, rss = stats[(peer, n)]
        cpu = statistics.median(float(r["user_s"]) + float(r["sys_s"]) for r in rows)
        html = int(rows[0]["html_files"])
        on_peer_corpus = not peer.startswith(("product", "site"))
        pages = n if on_peer_corpus and n else html
        wr = mr = None
        if on_peer_corpus and ("hugo", n) in stats:
            wr, mr = wall / stats[("hugo", n)][0], rss / stats[("hugo", n)][1]
        target = met = ""
        if (peer, n) in TARGETS:
            seen.add((peer, n))
            target, check = TARGETS[(peer, n)]
            failed = check(wall, rss, wr, mr)
            met = "no Hugo row" if failed is None else "yes" if not failed else "**no** (" + ", ".join(failed) + ")"
        print("| %s | %d | %.3f | %.3f | %.2f | %.0f | %d | %.0f | %s | %s | %s | %s |" % (
            peer, n, wall, min(float(r["wall_s"]) for r in rows), cpu, rss, html, pages / wall if wall else 0,
            "" if wr is None else "%.2f" % wr, "" if mr is None else "%.2f" % mr, target, met))
    for line in floor_notes(stats):
        print(line)
    missing = [TARGETS[k][0] + " (" + k[0] + (" " + str(k[1]) if k[1] else "") + ")" for k in TARGETS if k not in seen]
    if missing:
        print("\nTargets not measured in this run: " + "; ".join(missing) + ".")


# The wall-time targets on the peer corpus, as the share of Hugo's time a build may take.
WALL_SHARES = {1000: (1 / 3, "1/3"), 10000: (1 / 5, "1/5")}


def floor_notes(stats):
    """One line per peer size with a Markdown floor and a Hugo row: the floor's share of Hugo's time against the target's."""
    lines = []
    for n, (share, name) in sorted(WALL_SHARES.items()):
        if ("hugo", n) not in stats or ("floor-markdig", n) not in stats:
            continue
        hugo = stats[("hugo", n)][0]
        floor = stats[("floor-markdig", n)][0]
        verdict = ("above the target's share: no build that renders this corpus with Markdig meets it here"
                   if floor / hugo > share else "within the target's share")
        lines.append("\nFloor at %d pages: Markdig alone took %.3f s, %.2f of Hugo's %.3f s; the target allows %s (%.3f s): %s." % (
            n, floor, floor / hugo, hugo, name, hugo * share, verdict))
    return lines


if __name__ == "__main__":
    main(sys.argv[1])
