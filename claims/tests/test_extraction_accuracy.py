"""The bar the extractor must hold on the labelled dev corpus (data/corpus/dev), scored by the
project's own scorer with the reference scorer's rules."""
from pathlib import Path

from django.conf import settings

from claims.extraction.scoring import score_article, score_corpus

CORPUS = Path(settings.BASE_DIR) / "data" / "corpus" / "dev"


def test_the_corpus_is_in_the_project():
    assert len(list(CORPUS.glob("*.gold.json"))) >= 18


def test_the_extractor_finds_the_figures_with_f1_of_at_least_095():
    score = score_corpus(CORPUS)
    assert score.f1 >= 0.95, "\n".join(score.notes)


def test_at_least_080_of_claims_are_right_in_every_part():
    score = score_corpus(CORPUS)
    assert score.whole_right >= 0.80, "\n".join(score.notes)


def test_each_part_is_right_for_at_least_nine_in_ten_claims_found():
    score = score_corpus(CORPUS)
    assert {name: score.share(name) >= 0.90 for name in ("qualifier", "speaker", "unit", "period")} == {
        "qualifier": True, "speaker": True, "unit": True, "period": True}, "\n".join(score.notes)


def test_the_scorer_counts_a_wrong_value_as_a_miss_and_an_extra():
    gold = next(iter(sorted(CORPUS.glob("*.gold.json"))))
    score = score_article(gold, predictions=[{"value": -1, "start": 0, "end": 1}])
    assert score.tp == 0 and score.fp == 1 and score.fn > 0


def test_the_scorer_gives_full_marks_to_the_gold_itself():
    import json

    for gold_path in sorted(CORPUS.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text())
        text = (CORPUS / gold["article"]).read_text()
        predictions, seen = [], {}
        for g in gold["claims"]:
            at = text.find(g["quote"], seen.get((g["quote"], g["value"]), -1) + 1)
            seen[(g["quote"], g["value"])] = at
            period = g.get("period") or {}
            predictions.append({
                "value": g["value"], "start": at, "end": at + len(g["quote"]), "qualifier": g["qualifier"],
                "unit": g["unit"], "speaker": (g["speaker"] or [None])[0],
                "period_start": period.get("start"), "period_end": period.get("end"),
            })
        score = score_article(gold_path, predictions=predictions)
        assert (score.fp, score.fn, score.full) == (0, 0, score.tp), gold_path.name
