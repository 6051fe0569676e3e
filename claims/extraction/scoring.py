"""Score the extractor against hand-labelled articles, by the reference scorer's rules.

A gold claim is found when a predicted claim has its value (within 0.5%) and offsets that
overlap the gold quote; each found claim is then right or wrong in qualifier, speaker,
unit and period (the period only where the gold gives one). Plain Python, no Django.

    python -m claims.extraction.scoring data/corpus/dev [-v]
    python -m claims.extraction.scoring data/corpus/dev --labels data/corpus/agreement [-v]
    python -m claims.extraction.scoring data/corpus/unread --guesses
    python -m claims.extraction.scoring data/corpus/probes/forms.jsonl -v

--guesses adds how often the parts the extractor marks "guessed" (for a reviewer to look at first) are right,
against the parts it does not mark.

With --labels, the predictions are a second annotator's labels of the same articles (their first accepted
unit and speaker): how far two people reading by the same conventions agree, on the same scale.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from claims.extraction.extractor import extract_claims

FIELDS = ("qualifier", "speaker", "unit", "period")


def close(a: float, b: float) -> bool:
    return abs(a - b) <= max(abs(b) * 0.005, 1e-9)


def speaker_ok(pred, gold, publisher) -> bool:
    if not gold:
        return pred in (None, "") or bool(publisher and publisher.lower() in str(pred).lower())
    if not pred:
        return False
    p = str(pred).lower()
    return any(alias.lower() in p or alias.lower().split()[-1] in p.split() for alias in gold)


def unit_ok(pred, gold) -> bool:
    """gold is the unit, or a list of accepted units; words match by stem, hyphens aside."""
    if not pred:
        return False
    if isinstance(gold, list):
        return any(unit_ok(pred, g) for g in gold)

    def stem(s):
        words = s.lower().replace("-", " ").split()
        return {w.rstrip("s") for w in words} | {s.lower().replace("-", "").rstrip("s")}

    return bool(stem(pred) & stem(gold)) or gold.lower() in pred.lower()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    qualifier: int = 0
    speaker: int = 0
    unit: int = 0
    period: int = 0
    period_n: int = 0
    full: int = 0
    notes: list[str] = field(default_factory=list)
    # (part, "guessed" or "read", "n" or "right"): how often a part the extractor marks guessed is right, and one
    # it does not mark
    guesses: Counter = field(default_factory=Counter)

    def add(self, other: Score) -> None:
        for name in ("tp", "fp", "fn", "qualifier", "speaker", "unit", "period", "period_n", "full"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.notes += other.notes
        self.guesses.update(other.guesses)

    def right_when(self, name: str, kind: str) -> tuple[int, int]:
        """(right, of) for the part's answers the extractor marked "guessed", or did not ("read")."""
        return self.guesses[name, kind, "right"], self.guesses[name, kind, "n"]

    @property
    def f1(self) -> float:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    @property
    def whole_right(self) -> float:
        n = self.tp + self.fn
        return self.full / n if n else 0.0

    def share(self, name: str) -> float:
        n = self.period_n if name == "period" else self.tp
        return getattr(self, name) / n if n else 1.0


def score_article(gold_path: Path, predictions: list[dict] | None = None) -> Score:
    """One article's score; predictions default to extract_claims() on its text."""
    gold = json.loads(gold_path.read_text())
    return score_text((gold_path.parent / gold["article"]).read_text(), gold, gold_path.name, predictions)


def score_probes(path: Path) -> Score:
    """A file of made-up mini-articles, one JSON object a line ({"text", "published", "claims"}, each claim's quote
    its "figure"), scored as labelled articles are (data/corpus/probes/README.md)."""
    total = Score()
    for n, line in enumerate(Path(path).read_text().splitlines()):
        if line.strip():
            probe = json.loads(line)
            gold = {"published": probe.get("published"), "publisher": "",
                    "claims": [dict(c, quote=c["figure"]) for c in probe["claims"]]}
            total.add(score_text(probe["text"], gold, f"{Path(path).name}:{n + 1}"))
    return total


def score_text(text: str, gold: dict, label: str, predictions: list[dict] | None = None) -> Score:
    """The score of the claims found in text (or predictions) against gold's labels; notes name the article by label."""
    if predictions is None:
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        predictions = [c.to_json() for c in extract_claims(text, published=published)]
    row = Score()
    used: set[int] = set()
    seen: dict = {}
    for g in gold["claims"]:
        key = (g["quote"], g["value"])
        at = text.find(g["quote"], seen.get(key, -1) + 1)
        seen[key] = at
        g0, g1 = at, at + len(g["quote"])
        match = next((i for i, p in enumerate(predictions)
                      if i not in used and close(p["value"], g["value"]) and p["start"] < g1 and g0 < p["end"]), None)
        if match is None:
            if not g.get("optional"):
                row.fn += 1
                row.notes.append(f"{label}: missed {g['quote']!r}")
            continue
        used.add(match)
        if g.get("optional"):
            continue
        p = predictions[match]
        row.tp += 1
        right = {
            "qualifier": p.get("qualifier") == g.get("qualifier"),
            "speaker": speaker_ok(p.get("speaker"), g.get("speaker"), gold.get("publisher")),
            "unit": unit_ok(p.get("unit"), g["unit"]),
        }
        if g.get("period"):
            row.period_n += 1
            right["period"] = (p.get("period_start") == g["period"]["start"]
                               and p.get("period_end") == g["period"]["end"])
        guessed = set(p.get("guessed") or ())
        for name, ok in right.items():
            setattr(row, name, getattr(row, name) + ok)
            kind = "guessed" if name in guessed else "read"
            row.guesses[name, kind, "n"] += 1
            row.guesses[name, kind, "right"] += ok
            if not ok:
                want = g.get(name) if name != "period" else g.get("period")
                got = p.get(name) if name != "period" else (p.get("period_start"), p.get("period_end"))
                row.notes.append(f"{label}: {g['quote']!r} {name}: got {got!r}, want {want!r}")
        row.full += all(right.values())
    for i, p in enumerate(predictions):
        if i not in used:
            row.fp += 1
            row.notes.append(f"{label}: extra {text[p['start']:p['end']]!r}")
    return row


def labels_as_predictions(gold_path: Path) -> list[dict]:
    """An annotator's labels in the extractor's output shape: the first accepted unit and speaker."""
    predictions = []
    for c in json.loads(gold_path.read_text())["claims"]:
        period = c.get("period") or {}
        predictions.append({
            "value": c["value"], "start": c["start"], "end": c["end"], "qualifier": c.get("qualifier"),
            "unit": c["unit"][0] if isinstance(c["unit"], list) else c["unit"],
            "speaker": c["speaker"][0] if c.get("speaker") else None,
            "period_start": period.get("start"), "period_end": period.get("end"),
        })
    return predictions


def score_agreement(folder: Path, second: Path) -> Score:
    """The articles of folder that a second annotator labelled too (same file names in second), their labels
    scored as predictions against the folder's."""
    total = Score()
    for other in sorted(Path(second).glob("*.gold.json")):
        total.add(score_article(Path(folder) / other.name, labels_as_predictions(other)))
    return total


def score_corpus(folder: Path, pattern: str = "*.gold.json") -> Score:
    """Every labelled article of the folder (or those whose gold file matches pattern), summed."""
    total = Score()
    for gold_path in sorted(Path(folder).glob(pattern)):
        total.add(score_article(gold_path))
    return total


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    if "--labels" in argv:
        total = score_agreement(Path(argv[0]), Path(argv[argv.index("--labels") + 1]))
    elif argv[0].endswith(".jsonl"):
        total = score_probes(Path(argv[0]))
    else:
        total = score_corpus(Path(argv[0]))
    if "-v" in argv:
        print("\n".join(total.notes))
    print("of the figures found: " + " ".join(f"{name} {total.share(name):.2f}" for name in FIELDS))
    if "--guesses" in argv:
        def right(name: str, kind: str) -> str:
            return "{}/{}".format(*total.right_when(name, kind))
        print("marked guessed / not: " + "  ".join(
            f"{name} {right(name, 'guessed')} / {right(name, 'read')} right" for name in ("speaker", "unit", "period")))
    print(f"extraction: F1 {total.f1:.2f}, whole claims right {total.whole_right:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
