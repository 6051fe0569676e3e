"""Extraction speed: articles per second through extract_claims, against a baseline in the same run.

The baseline is a plain regex scan of the same texts for digit groups: the least any extractor
must do. Both run on one core over the labelled corpus articles, repeated; the figure that
matters is extract_claims's articles per second (the bar is 1,000 for articles of 2 to 3 KB),
and its ratio to the baseline says how that rate would move on another machine. Time is the
process's CPU time, so other work on a shared machine does not lower the figures. When the extractor
runs compiled (claims/extraction/native.py), the same measure of the plain-Python modules follows, in a
child process of the same run (EXTRACTION_PURE_PYTHON=1), with the ratio between the two.

    python -m bench extraction -- [--repeat N]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from claims.extraction import extract_claims, native
from claims.extraction.numbers import spelled_value
from claims.extraction.periods import parse_day

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "dev"
DIGITS = re.compile(r"\d[\d,.]*")


def load() -> list[tuple[str, date | None]]:
    articles = []
    for gold_path in sorted(CORPUS.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text())
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        articles.append(((CORPUS / gold["article"]).read_text(), published))
    return articles


def sized(articles):
    """The articles of 2 to 3 KB: the size the bar of 1,000 a second is set for."""
    return [a for a in articles if 2000 <= len(a[0].encode()) <= 3000]


def extract(text, published):
    return extract_claims(text, published=published)


def rate(work, articles, repeat: int) -> float:
    """Articles per second of CPU time: the rate on one core, whatever else the machine runs."""
    start = time.process_time()
    for _ in range(repeat):
        for text, published in articles:
            work(text, published)
    return repeat * len(articles) / (time.process_time() - start)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench extraction")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--plain-child", action="store_true", help=argparse.SUPPRESS)  # the plain-Python run
    args = parser.parse_args(argv)
    if args.plain_child:
        print(rate(extract, sized(load()), args.repeat))
        return 0
    articles = load()
    two_to_three = sized(articles)
    print(f"{len(articles)} articles, {sum(len(t) for t, _ in articles) // len(articles)} characters on average; "
          f"{len(two_to_three)} of them 2-3 KB")

    def baseline(text, published):
        return DIGITS.findall(text)

    spelled_value.cache_clear()
    parse_day.cache_clear()
    cold = rate(extract, articles, 1)  # first sight of every phrase: nothing cached yet
    for name, group in (("all articles", articles), ("2-3 KB articles", two_to_three)):
        base = rate(baseline, group, args.repeat * 20)
        ours = rate(extract, group, args.repeat)
        print(f"{name:16s} baseline regex scan {base:10.0f} articles/s   extract_claims {ours:7.0f} articles/s   "
              f"ratio {ours / base:.4f}")
    print(f"extract_claims on first sight (caches empty): {cold:.0f} articles/s")
    if not native.compiled():
        print("extract_claims ran as plain Python (no fresh build in claims/extraction/_native/: make install)")
        return 0
    plain = float(subprocess.run(
        [sys.executable, "-m", "bench", "extraction", "--", "--repeat", str(args.repeat), "--plain-child"],
        env=dict(os.environ, EXTRACTION_PURE_PYTHON="1"), capture_output=True, text=True, check=True,
    ).stdout.split()[-1])
    print(f"2-3 KB articles  plain-Python extract_claims {plain:7.0f} articles/s   "
          f"compiled (mypyc) {ours:7.0f} articles/s   ratio {ours / plain:.2f}")
    return 0
