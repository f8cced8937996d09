#!/usr/bin/env python3
"""Deterministic product-shaped input folder for benchmarking Briefing's whole pipeline.

Usage: make-product-corpus.py OUT_DIR N [CAMEO_TSV]

Writes OUT_DIR/site.yml, N/10 briefings (briefings/<slug>/v1.md … v4.md, 1 to 4 versions each,
every version from v2 on with a valid `changes:` list) and N events (events/<date>-<slug>.md) in
the format of docs/authoring.md: dates spread over 2014-2025 (one in ten at month precision),
actors AZE/RUS in both directions and with others, optional CAMEO roles, real CAMEO codes quoted,
1 or 2 sources each pointing at a heading of a version of a briefing that has it (some also cite
a web page), tags, summary and a short account. An about page rounds it off.

Stdlib only; seeded, so the same N gives the same bytes on every machine. CAMEO codes come from
the repository's table (src/Briefing.Core/Events/Data/cameo.tsv) unless CAMEO_TSV names another.
"""
import os
import random
import sys

SEED = 20251122
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CAMEO = os.path.join(HERE, "..", "src", "Briefing.Core", "Events", "Data", "cameo.tsv")

WORDS = """
agreement airspace ambassador arbitration border bridge cable cargo ceasefire commission
consulate convoy corridor court customs delegation deposit detention diaspora drone embassy
energy envoy exercise export ferry festival garrison grain hearing highway investigation
journalist justice lease license market media memorial ministry mission negotiation office
parliament patrol pipeline platform port protest railway refinery reservoir sanction
satellite school shipment station statement summit tariff terminal treaty tribunal visa
""".split()
ADJS = """
bilateral coastal cultural diplomatic economic federal formal joint legal maritime military
northern official partial public regional southern strategic temporary urgent western
""".split()
VERBS = """
announces blocks cancels closes confirms criticises delays denies detains expands freezes
halts inspects launches postpones protests recalls rejects resumes signs suspends summons
""".split()
PLACES = ["Baku", "Moscow", "Ganja", "Sumgait", "Yekaterinburg", "Grozny", "Derbent", "Nakhchivan",
          "Lankaran", "Shusha", "Aktau", "Astana", "Ankara", "Tbilisi", "Yerevan", "Tehran",
          "Kyiv", "Washington", "Brussels", "Caspian Sea"]
TAGS = ["diplomacy", "security", "aviation", "energy", "media", "diaspora", "trade", "law",
        "military", "culture", "transport", "cyber", "humanitarian", "borders", "sanctions"]
OTHERS = ["TUR", "ARM", "UKR", "USA", "KAZ", "GEO", "IRN", "FRA", "DEU", "CHN"]
ROLES = ["GOV", "MIL", "MED", "JUD", "BUS", "CVL", "COP", "LEG", "SPY"]
CHANGE_TYPES = ["correction", "update", "clarification"]
SECTIONS = 5


def load_cameo(path):
    codes = []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            code = line.split("\t")[0].strip()
            if code:
                codes.append(code)
    return codes


def q(text):
    """A YAML double-quoted string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sentence(rng, words=12):
    body = " ".join(rng.choice(WORDS + ADJS + VERBS) for _ in range(words))
    return body[0].upper() + body[1:] + "."


def paragraph(rng, lo=3, hi=6):
    return " ".join(sentence(rng, rng.randint(8, 18)) for _ in range(rng.randint(lo, hi)))


def heading(rng, k):
    return "Part %d: %s %s" % (k, rng.choice(ADJS), rng.choice(WORDS))


def anchor(text):
    out, hyphen = [], False
    for c in text.lower():
        if c.isascii() and c.isalnum():
            if hyphen and out:
                out.append("-")
            out.append(c)
            hyphen = False
        else:
            hyphen = True
    return "".join(out)


class Briefing:
    def __init__(self, index, rng):
        self.slug = "briefing-%05d" % index
        self.versions = rng.choices([1, 2, 3, 4], weights=[4, 3, 2, 1])[0]
        self.headings = [heading(rng, k) for k in range(1, SECTIONS + 1)]
        self.anchors = [anchor(h) for h in self.headings]
        self.title = "%s %s and %s" % (rng.choice(ADJS).capitalize(), rng.choice(WORDS), rng.choice(WORDS))
        self.tags = rng.sample(TAGS, rng.randint(1, 3))
        year = rng.randint(2014, 2024)
        self.day0 = (year, rng.randint(1, 12), rng.randint(1, 28))


def write_briefing(out, b, rng):
    folder = os.path.join(out, "briefings", b.slug)
    os.makedirs(folder, exist_ok=True)
    paragraphs = [[paragraph(rng) for _ in range(rng.randint(2, 3))] for _ in b.headings]
    year, month, day = b.day0
    for v in range(1, b.versions + 1):
        lines = ["---", "title: " + q(b.title), "date: %04d-%02d-%02d" % (year + v - 1, month, day),
                 "summary: " + q(sentence(rng, 20)), "byline: Analytical team",
                 "tags: [" + ", ".join(b.tags) + "]"]
        if v > 1:
            kind = rng.choice(CHANGE_TYPES)
            lines += ["changes:", "  - type: " + kind, "    text: " + q("Section %d revised: %s" % (rng.randint(1, SECTIONS), sentence(rng, 8)))]
            section = rng.randrange(len(paragraphs))
            paragraphs[section][rng.randrange(len(paragraphs[section]))] = paragraph(rng, 2, 4)
        lines.append("---")
        body = [paragraph(rng, 2, 3)]
        for h, ps in zip(b.headings, paragraphs):
            body.append("## " + h)
            body.extend(ps)
        with open(os.path.join(folder, "v%d.md" % v), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n\n" + "\n\n".join(body) + "\n")


def actors(rng):
    r = rng.random()
    if r < 0.35:
        pair = ["AZE", "RUS"]
    elif r < 0.70:
        pair = ["RUS", "AZE"]
    else:
        pair = [rng.choice(["AZE", "RUS"]), rng.choice(OTHERS)]
        rng.shuffle(pair)
    return [a + (":" + rng.choice(ROLES) if rng.random() < 0.5 else "") for a in pair]


def write_event(out, i, briefings, codes, rng):
    year, month, day = rng.randint(2014, 2025), rng.randint(1, 12), rng.randint(1, 28)
    month_only = rng.random() < 0.1
    date = "%04d-%02d" % (year, month) if month_only else "%04d-%02d-%02d" % (year, month, day)
    verb, noun = rng.choice(VERBS), rng.choice(WORDS)
    slug = "%s-%s-%d" % (verb, noun, i)
    a1, a2 = actors(rng)
    lines = ["---", "title: " + q("%s %s %s %s" % (a1.split(":")[0], verb, rng.choice(ADJS), noun)),
             "date: " + date, "location: " + rng.choice(PLACES),
             "actor1: " + a1, "actor2: " + a2, "cameo: " + q(rng.choice(codes))]
    if rng.random() < 0.05:
        lines += ["fatalities: %d" % rng.randint(0, 40), "injured: %d" % rng.randint(0, 60)]
    lines.append("sources:")
    for b in rng.sample(briefings, min(len(briefings), rng.randint(1, 2))):
        lines += ["  - briefing: " + b.slug, "    version: %d" % rng.randint(1, b.versions),
                  "    section: " + rng.choice(b.anchors)]
    if rng.random() < 0.2:
        lines += ["  - url: https://example.org/news/%d" % i, "    title: " + q("Report on the " + noun)]
    lines += ["tags: [" + ", ".join(rng.sample(TAGS, rng.randint(1, 3))) + "]",
              "summary: " + q(sentence(rng, 18)), "---"]
    with open(os.path.join(out, "events", "%s-%s.md" % (date, slug)), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n\n" + paragraph(rng, 3, 5) + "\n\n" + paragraph(rng, 1, 3) + "\n")


SITE = """title: Briefing (benchmark corpus)
description: A generated publication of the product's shape, for benchmarks only.
base_url: https://bench.example.org/
language: en
author: bench
tension:
  dyad: [AZE, RUS]
"""

ABOUT = """---
title: About
summary: A generated corpus for benchmarks.
---

This publication is generated by bench/make-product-corpus.py. None of it is true.
"""


def main(argv):
    if len(argv) not in (3, 4):
        sys.stderr.write("usage: make-product-corpus.py OUT_DIR N [CAMEO_TSV]\n")
        return 2
    out, n = argv[1], int(argv[2])
    codes = load_cameo(argv[3] if len(argv) == 4 else DEFAULT_CAMEO)
    rng = random.Random(SEED)
    os.makedirs(os.path.join(out, "events"), exist_ok=True)
    os.makedirs(os.path.join(out, "pages"), exist_ok=True)
    with open(os.path.join(out, "site.yml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(SITE)
    with open(os.path.join(out, "pages", "about.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(ABOUT)
    briefings = [Briefing(k, rng) for k in range(1, max(1, n // 10) + 1)]
    for b in briefings:
        write_briefing(out, b, rng)
    for i in range(1, n + 1):
        write_event(out, i, briefings, codes, rng)
    versions = sum(b.versions for b in briefings)
    sys.stderr.write("wrote %d events, %d briefings (%d versions) to %s\n" % (n, len(briefings), versions, out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
