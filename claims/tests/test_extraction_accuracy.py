"""The bars the extractor must hold, scored by the project's own scorer with the reference
scorer's rules: on the labelled dev corpus (data/corpus/dev), which its rules were written
from, and on the test set (data/corpus/test), labelled before it was ever scored and never
tuned on (data/corpus/README.md). Dev and test are reported apart."""
import json
from pathlib import Path

import pytest
from django.conf import settings

from claims.extraction.scoring import Score, score_agreement, score_article, score_corpus, score_probes

CORPORA = Path(settings.BASE_DIR) / "data" / "corpus"
DEV, TEST, UNREAD, PROBES = CORPORA / "dev", CORPORA / "test", CORPORA / "unread", CORPORA / "probes"


# The dev corpus: the 18 articles the rules were first written from (the seeds and dev-01 to
# dev-15). dev-16 to dev-199 came later, in rounds, to write rules from more of the language of news.
FIRST_DEV = ("seed-*.gold.json", "dev-0?-*.gold.json", "dev-1[0-5]-*.gold.json")


@pytest.fixture(scope="module")
def first_dev():
    total = Score()
    for pattern in FIRST_DEV:
        total.add(score_corpus(DEV, pattern))
    return total


@pytest.fixture(scope="module")
def dev():
    return score_corpus(DEV)


@pytest.fixture(scope="module")
def test_set():
    return score_corpus(TEST)


@pytest.fixture(scope="module")
def unread():
    return score_corpus(UNREAD)


def test_the_corpora_are_in_the_project():
    assert len(list(DEV.glob("*.gold.json"))) >= 633
    assert sum(len(list(DEV.glob(pattern))) for pattern in FIRST_DEV) == 18
    assert len(list(TEST.glob("*.gold.json"))) >= 20


def test_the_test_set_holds_at_least_150_scored_claims():
    claims = [c for path in TEST.glob("*.gold.json") for c in json.loads(path.read_text())["claims"]]
    assert sum(1 for c in claims if not c.get("optional")) >= 150


def test_on_the_first_dev_articles_the_extractor_finds_the_figures_and_gets_095_of_claims_right(first_dev):
    assert (first_dev.f1 >= 0.95, first_dev.whole_right >= 0.95) == (True, True), "\n".join(first_dev.notes)


# Floors at today's measure (README "Claim extraction"), to keep the extractor from sliding back;
# raise them with it. The bars are 0.95 whole claims right on dev (held on the first 18
# articles above and, since the dev families were worked through, on all of dev) and 0.80 on the test set
# (reached; 0.85 the goal).
# measured 0.951 on 665 articles (9,064 of 9,536); rounds 16-35 and 39-41 came in at 0.78, 0.78, 0.60, 0.72, 0.70,
# 0.62, 0.63, 0.66, 0.60, 0.80, 0.65, 0.78, 0.82, 0.84, 0.85, 0.59, 0.74, 0.69, 0.88, 0.80, 0.76, 0.75 and 0.78 on
# first sight
DEV_WHOLE_FLOOR = 0.95
TEST_SET_WHOLE_FLOOR = 0.80  # the bar; measured 0.821 (276 of 336), 0.804 (270) and 0.798 (268) before
# data/corpus/unread: rounds 34, 36, 37 and 38, read by no rule writer; measured 0.758 (694 of 915; 693 before round
# 40's rules, 694 before round 39's), a floor a little
# under it to catch a change that costs unseen text
UNREAD_WHOLE_FLOOR = 0.74


def test_on_all_dev_articles_f1_and_claims_right_in_every_part_do_not_fall_below_todays_floor(dev):
    assert (dev.f1 >= 0.97, dev.whole_right >= DEV_WHOLE_FLOOR) == (True, True), "\n".join(dev.notes)


def test_on_dev_each_part_is_right_for_at_least_nine_in_ten_claims_found(dev):
    assert {name: dev.share(name) >= 0.90 for name in ("qualifier", "speaker", "unit", "period")} == {
        "qualifier": True, "speaker": True, "unit": True, "period": True}, "\n".join(dev.notes)


def test_on_the_unseen_test_set_f1_is_at_least_095(test_set):
    assert test_set.f1 >= 0.95, "\n".join(test_set.notes)


def test_on_the_unseen_test_set_claims_right_in_every_part_do_not_fall_below_todays_floor(test_set):
    assert test_set.whole_right >= TEST_SET_WHOLE_FLOOR, "\n".join(test_set.notes)


# data/corpus/probes: mini-articles made up for the error classes (README there), whole claims right on first sight
# 0.820 to 0.921 and at the end of the session that wrote rules from them: claims wholly right, at least
PROBE_FLOORS = {"forms.jsonl": 246, "period_unit.jsonl": 240, "polls_budgets.jsonl": 197, "speaker.jsonl": 181}


@pytest.mark.parametrize("name", sorted(PROBE_FLOORS))
def test_on_the_made_up_probe_articles_claims_right_do_not_fall_below_todays_floor(name):
    probes = score_probes(PROBES / name)
    assert (probes.f1 >= 0.99, probes.full >= PROBE_FLOORS[name]) == (True, True), "\n".join(probes.notes)


def test_on_the_unread_probe_articles_f1_and_claims_right_do_not_fall_below_todays_floor():
    """Made-up articles no rule was written from (data/corpus/probes-unread): 529 of 634 claims wholly right (0.834)
    when written; their notes are not printed, so that a failure here is not read for what to special-case."""
    total = Score()
    for path in sorted((CORPORA / "probes-unread").glob("*.jsonl")):
        total.add(score_probes(path))
    assert total.tp + total.fn == 634
    assert (total.f1 >= 0.95, total.whole_right >= 0.82) == (True, True), (
        f"F1 {total.f1:.3f}, whole claims right {total.whole_right:.3f}")


def test_on_the_unread_rounds_f1_and_claims_right_do_not_fall_below_todays_floor(unread):
    """The held-out rounds (data/corpus/unread), scored apart from dev and test; their notes are not printed,
    so that a failure here is not read for what to special-case."""
    assert len(list(UNREAD.glob("*.gold.json"))) == 64 and unread.tp + unread.fn == 915
    assert (unread.f1 >= 0.95, unread.whole_right >= UNREAD_WHOLE_FLOOR) == (True, True), (
        f"F1 {unread.f1:.3f}, whole claims right {unread.whole_right:.3f}")


def test_two_annotators_agree_on_the_same_articles_far_above_the_extractor_on_unseen_text():
    """dev-232 to dev-247 were labelled twice, by two helpers who never saw each other's labels
    (data/corpus/agreement): the ceiling a reader of the conventions reaches, on the scorer's scale.
    Measured 0.94 whole claims right (F1 0.99); the extractor got 0.72 on these articles on first sight."""
    agreement = score_agreement(DEV, CORPORA / "agreement")
    assert len(list((CORPORA / "agreement").glob("*.gold.json"))) == 16
    assert (agreement.f1 >= 0.97, agreement.whole_right >= 0.90) == (True, True), "\n".join(agreement.notes)


def test_a_second_blind_reading_of_the_test_set_agrees_far_above_the_extractor():
    """All 30 test articles labelled again (data/corpus/test-agreement) by two helpers who read the
    conventions and the articles, never the test labels nor the extractor's output. Scored as
    predictions against the test labels: 0.988 whole claims right (332 of 336), F1 1.00, where the
    extractor gets 0.804. What holds the extractor below the issue's 0.85 is the extractor, not
    the labels."""
    second = CORPORA / "test-agreement"
    assert sorted(p.name for p in second.glob("*.gold.json")) == sorted(p.name for p in TEST.glob("*.gold.json"))
    agreement = score_agreement(TEST, second)
    assert (agreement.f1 >= 0.97, agreement.whole_right >= 0.95) == (True, True), "\n".join(agreement.notes)


@pytest.mark.parametrize("corpus", ["test_set", "unread"])
def test_on_unseen_text_a_speaker_or_unit_marked_guessed_is_wrong_far_more_often_than_one_not_marked(corpus, request):
    """The reviewer's desk shows the parts marked guessed first; on text no rule was written from, that must
    point at the errors. Measured: speakers 59/75 right marked, 247/261 not (test), 184/246 and 600/640
    (unread); units 13/16 and 316/320, 67/82 and 792/804. (Periods: 42/48 and 128/145 on test, no better
    than chance; 97/133 and 261/322 on unread.)"""
    score = request.getfixturevalue(corpus)  # (scored once for this module, as the floors' tests use it)
    for name in ("speaker", "unit"):
        (right_guessed, guessed), (right_read, read) = score.right_when(name, "guessed"), score.right_when(name, "read")
        assert guessed >= 10 and read >= 100, name
        wrong_guessed, wrong_read = 1 - right_guessed / guessed, 1 - right_read / read
        assert wrong_guessed >= 2 * wrong_read, (name, right_guessed, guessed, right_read, read)


def test_a_second_blind_reading_of_the_unread_rounds_agrees_far_above_the_extractor():
    """Rounds 36 and 37 (dev-632 to dev-663, in data/corpus/unread) labelled again (data/corpus/unread-agreement)
    by four helpers who saw neither the first labels nor the extractor: 0.925 whole claims right (394 of 426;
    round 36 0.87 with period 0.80, round 37 0.99), where the extractor gets 0.671 (286 of 426)."""
    second = CORPORA / "unread-agreement"
    assert len(list(second.glob("*.gold.json"))) == 32
    agreement = score_agreement(UNREAD, second)
    extractor = Score()
    for other in second.glob("*.gold.json"):
        extractor.add(score_article(UNREAD / other.name))
    assert (agreement.f1 >= 0.97, agreement.whole_right >= 0.90) == (True, True), "\n".join(agreement.notes)
    assert agreement.whole_right - extractor.whole_right >= 0.15


@pytest.mark.parametrize("folder", ["agreement", "test-agreement", "unread-agreement"])
def test_every_figure_of_a_second_reading_is_where_its_offsets_say(folder):
    for gold_path in sorted((CORPORA / folder).glob("*.gold.json")):
        gold = json.loads(gold_path.read_text())
        corpus = {"agreement": DEV, "test-agreement": TEST, "unread-agreement": UNREAD}[folder]
        text = (corpus / gold["article"]).read_text()
        for c in gold["claims"]:
            assert text[c["start"]:c["end"]] == c["figure"] and c["quote"] in text, (gold_path.name, c["quote"])


def test_the_scorer_counts_a_wrong_value_as_a_miss_and_an_extra():
    gold = next(iter(sorted(DEV.glob("*.gold.json"))))
    score = score_article(gold, predictions=[{"value": -1, "start": 0, "end": 1}])
    assert score.tp == 0 and score.fp == 1 and score.fn > 0


@pytest.mark.parametrize("corpus", [DEV, TEST, UNREAD], ids=["dev", "test", "unread"])
def test_the_scorer_gives_full_marks_to_the_gold_itself(corpus):
    for gold_path in sorted(corpus.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text())
        text = (corpus / gold["article"]).read_text()
        predictions, seen = [], {}
        for g in gold["claims"]:
            at = text.find(g["quote"], seen.get((g["quote"], g["value"]), -1) + 1)
            seen[(g["quote"], g["value"])] = at
            period = g.get("period") or {}
            unit = g["unit"][0] if isinstance(g["unit"], list) else g["unit"]
            predictions.append({
                "value": g["value"], "start": at, "end": at + len(g["quote"]), "qualifier": g["qualifier"],
                "unit": unit, "speaker": (g["speaker"] or [None])[0],
                "period_start": period.get("start"), "period_end": period.get("end"),
            })
        score = score_article(gold_path, predictions=predictions)
        assert (score.fp, score.fn, score.full) == (0, 0, score.tp), gold_path.name


def test_the_scorer_takes_a_list_of_accepted_units_as_the_reference_scorer_does(tmp_path):
    (tmp_path / "a.txt").write_text("Police logged 1,123 burglaries.")
    gold = {"article": "a.txt", "claims": [{"quote": "1,123 burglaries", "value": 1123, "qualifier": None,
                                            "speaker": None, "unit": ["burglary", "break-ins"]}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold))
    right = score_article(tmp_path / "a.gold.json", predictions=[{"value": 1123, "start": 14, "end": 19,
                                                                  "unit": "break-ins", "qualifier": None}])
    wrong = score_article(tmp_path / "a.gold.json", predictions=[{"value": 1123, "start": 14, "end": 19,
                                                                  "unit": "logs", "qualifier": None}])
    assert (right.unit, wrong.unit) == (1, 0)


def test_the_scorers_notes_name_the_article_and_the_part_that_is_wrong(tmp_path):
    (tmp_path / "a.txt").write_text("Police logged 1,123 burglaries.")
    gold = {"article": "a.txt", "claims": [{"quote": "1,123 burglaries", "value": 1123, "qualifier": None,
                                            "speaker": None, "unit": "burglaries"}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold))
    wrong = score_article(tmp_path / "a.gold.json", predictions=[{"value": 1123, "start": 14, "end": 19,
                                                                  "unit": "logs", "qualifier": None}])
    assert wrong.notes == ["a.gold.json: '1,123 burglaries' unit: got 'logs', want 'burglaries'"]


def test_a_probe_file_is_scored_line_by_line_as_articles_are(tmp_path):
    probe = {"text": "Police logged 1,123 burglaries.", "published": "2024-06-20", "claims": [
        {"figure": "1,123", "value": 1123, "qualifier": None, "unit": ["burglaries"], "speaker": None,
         "period": None}]}
    (tmp_path / "p.jsonl").write_text(json.dumps(probe) + "\n\n" + json.dumps(dict(probe, claims=[])) + "\n")
    score = score_probes(tmp_path / "p.jsonl")
    assert (score.tp, score.fp, score.full) == (1, 1, 1) and score.notes == ["p.jsonl:3: extra '1,123'"]
