"""Metamorphic check: the claims of every article, read again after formatting changes that do not change what it
says (line ends, no-break spaces, curly or straight quotes, dashes, extra spaces, blank lines, an invisible
character at the start, an ellipsis character), must be the claims of the article as it is.

    python -m claims.extraction.metamorphic data/corpus/dev [-v]

Prints, per transformation, how many articles and claims change. Each transformation gives the changed text
and where each of the original's offsets went, so a claim's figure is found again where it moved to.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

from claims.extraction import extract_claims

# a transformation's text, and for each offset of the original (len + 1 of them) the offset it moved to
Moved = tuple[str, list[int]]


def rewrite(text: str, pattern: str, repl) -> Moved:
    """re.sub(pattern, repl, text) with the offset map: an offset inside a replaced match goes to the
    replacement's start; the match's end to the replacement's end."""
    out, where, last = [], [], 0
    for m in re.finditer(pattern, text):
        new = repl(m) if callable(repl) else m.expand(repl)
        out.append(text[last:m.start()])
        at = sum(map(len, out))
        where.extend(range(at - (m.start() - last), at))
        where.extend([at] * (m.end() - m.start()))
        out.append(new)
        last = m.end()
    out.append(text[last:])
    at = sum(map(len, out))
    where.extend(range(at - (len(text) - last), at + 1))
    return "".join(out), where


def _every(n: int, old: str, new: str):
    """A replacement that changes every n-th match of old."""
    seen = [0]

    def repl(m: re.Match) -> str:
        seen[0] += 1
        return new if seen[0] % n == 0 else old
    return repl


def _curly(m: re.Match) -> str:
    """A straight quote as an editor's smart quotes turn it: opening after a space or line start, else closing."""
    q, before = m.group(2), m.group(1)
    if q == "'":
        return before + ("‘" if not before or before.isspace() or before in "(“" else "’")
    return before + ("“" if not before or before.isspace() or before in "(‘" else "”")


TRANSFORMATIONS = {
    "crlf": lambda t: rewrite(t, r"\n", "\r\n"),
    "cr": lambda t: rewrite(t, r"\n", "\r"),
    "nbsp all": lambda t: rewrite(t, r" ", "\u00a0"),
    "nbsp after digits": lambda t: rewrite(t, r"(?<=\d) ", "\u00a0"),
    "nbsp some": lambda t: rewrite(t, r" ", _every(3, " ", "\u00a0")),
    "narrow nbsp between words": lambda t: rewrite(t, r"(?<=\w) (?=\w)", _every(2, " ", "\u202f")),
    "curly quotes": lambda t: rewrite(t, r"(^|.)(['\"])", _curly),
    "straight quotes": lambda t: rewrite(t, r"[‘’“”]", lambda m: "'" if m.group() in "‘’" else '"'),
    "em dash to --": lambda t: rewrite(t, r" ?— ?", " -- "),
    "-- to em dash": lambda t: rewrite(t, r" -- ", "—"),
    "en dash to hyphen": lambda t: rewrite(t, r"(?<=[^\W\d]) – (?=\w)|(?<=[^\W\d])–(?=[^\W\d])",
                                           lambda m: m.group().replace("–", "-")),
    "hyphen to en dash": lambda t: rewrite(t, r"(?<=\w) - (?=\w)", " – "),
    "two spaces after sentences": lambda t: rewrite(t, r"(?:(?<=[.!?])|(?<=[.!?][\"”’)])) (?=[\"“(]?[A-Z])", "  "),
    "trailing spaces": lambda t: rewrite(t, r"(?<=\S)\n", "  \n"),
    "tab indents": lambda t: rewrite(t, r"(?:^|(?<=\n))(?=\S)", "\t"),
    "blank lines to one newline": lambda t: rewrite(t, r"\n\n+", "\n"),
    "newlines to blank lines": lambda t: rewrite(t, r"(?<=\S)\n(?=\S)", "\n\n"),
    "zero-width space first": lambda t: rewrite(t, r"^", "\u200b"),
    "soft hyphen first": lambda t: rewrite(t, r"^", "\u00ad"),
    "BOM first": lambda t: rewrite(t, r"^", "\ufeff"),
    "ellipsis to ...": lambda t: rewrite(t, r"…", "..."),
    "... to ellipsis": lambda t: rewrite(t, r"\.\.\.", "…"),
}

# What a transformation may change in a field the article's own words give (a speaker "O’Rourke", a unit
# "pounds of fentanyl — and heroin"): compared with these folded away.
_FOLD = str.maketrans({"\u00a0": " ", "\u202f": " ", "\t": " ", "\r": " ", "‘": "'", "’": "'", "“": '"', "”": '"',
                       "\u200b": None, "\u00ad": None, "\ufeff": None, "–": "-", "—": " -- ", "…": "..."})
_SPACES = re.compile(r"\s+")


def fold(words: str | None) -> str | None:
    return words if words is None else _SPACES.sub(" ", words.translate(_FOLD)).strip()


def reading(claim, where: list[int] | None = None) -> tuple:
    """What a claim says (value, qualifier, unit, speaker, period, place, rate) and where its figure is (its
    offsets in the original moved by `where`)."""
    start, end = (claim.start, claim.end) if where is None else (where[claim.start], where[claim.end])
    return (claim.value, claim.qualifier, fold(claim.unit), fold(claim.speaker), claim.period_start,
            claim.period_end, fold(claim.place), claim.rate, start, end)


def changed_claims(text: str, published: date | None, name: str, changes: dict | None = None,
                   same=None) -> tuple[int, list[tuple]]:
    """How many claims of the article a transformation changes (an original claim not read again the same, or
    a claim read only in the changed text), and the differences. `changes` is another table of transformations
    (claims.extraction.lexical's), `same(name, reading)` what of a reading it must keep (all of it by default)."""
    moved, where = (changes or TRANSFORMATIONS)[name](text)
    keep = (lambda r: same(name, r)) if same else (lambda r: r)
    before = [keep(reading(c, where)) for c in extract_claims(text, published=published)]
    after = [keep(reading(c)) for c in extract_claims(moved, published=published)]
    if before == after:
        return 0, []
    lost = [r for r in before if r not in after]
    new = [r for r in after if r not in before]
    return max(len(lost), len(new), 1), list(zip(lost, new)) + [(r, None) for r in lost[len(new):]] + [
        (None, r) for r in new[len(lost):]]


def articles(folder: Path):
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text())
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        yield gold["article"], (folder / gold["article"]).read_text(encoding="utf-8"), published


def main(argv: list[str], changes: dict | None = None, same=None) -> int:
    folder, verbose = Path(argv[0]), "-v" in argv
    only = [a for a in argv[1:] if a != "-v"]  # names of transformations to run, all by default
    corpus = list(articles(folder))
    total = 0
    for name in only or (changes or TRANSFORMATIONS):
        n_articles = n_claims = 0
        for article, text, published in corpus:
            n, diffs = changed_claims(text, published, name, changes, same)
            if n:
                n_articles, n_claims = n_articles + 1, n_claims + n
                for old, new in diffs[:3] if verbose else ():
                    print(f"  {name} {article}: {old} -> {new}")
        total += n_claims
        print(f"{name:30} {n_articles:4} articles {n_claims:5} claims changed")
    print(f"{'all':30} {total:16} claims changed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
