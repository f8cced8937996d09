#!/usr/bin/env python3
"""Prints bench/run.sh's table from its raw CSV: one row per generator and size, medians of the timed runs.

Usage: table.py RESULTS.csv

Peer-corpus rows (briefing, hugo, eleventy, jekyll) count pages/s as N / median wall time, as
run-peers.sh does; product and site rows count the HTML files they wrote. "x Briefing" is a
generator's median wall time divided by Briefing's on the same corpus (above 1: Briefing is faster).
"""
import csv
import statistics
import sys

PEERS = {"hugo", "hugo-full", "eleventy", "jekyll"}


def main(path):
    groups = {}
    for row in csv.DictReader(open(path)):
        if row["run"].startswith("warmup"):
            continue
        groups.setdefault((row["peer"], int(row["N"])), []).append(row)
    medians = {key: statistics.median(float(r["wall_s"]) for r in rows) for key, rows in groups.items()}
    print("| generator | N | median wall s | min s | CPU s | peak RSS MiB | HTML files | pages/s | × Briefing |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (peer, n), rows in groups.items():
        wall = medians[(peer, n)]
        cpu = statistics.median(float(r["user_s"]) + float(r["sys_s"]) for r in rows)
        rss = statistics.median(int(r["maxrss_kb"]) for r in rows) / 1024
        html = int(rows[0]["html_files"])
        pages = n if (peer in PEERS or peer == "briefing") and n else html
        ratio = ""
        if peer in PEERS and ("briefing", n) in medians:
            ratio = "%.1f" % (wall / medians[("briefing", n)])
        elif peer == "briefing":
            ratio = "1.0"
        print("| %s | %d | %.3f | %.3f | %.2f | %.0f | %d | %.0f | %s |" % (
            peer, n, wall, min(float(r["wall_s"]) for r in rows), cpu, rss, html, pages / wall if wall else 0, ratio))


if __name__ == "__main__":
    main(sys.argv[1])
