"""The extractor on text it was never written for: every dev article changed as pasted or hostile
text changes it (all capitals, no capitals, title case, cut off anywhere, its line breaks gone, its
sentences shuffled, its digits changed, letters a case-blind rule reads as ASCII). Nothing raises, and
every claim points into the text it was given. Found this way: a month list in capitals ("in FEBRUARY,
MARCH and APRIL, ... combined") raised IndexError, "MİLLİON" and "fırst" KeyError."""
import os
import random
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from claims.extraction import extract_claims
from claims.extraction.segments import MAX_SENTENCE

DEV = Path(__file__).resolve().parents[2] / "data" / "corpus" / "dev"
ODD = str.maketrans({"i": "ı", "s": "ſ", "k": "\u212a"})


def variants(text: str, rng: random.Random):
    sentences = text.split(". ")
    rng.shuffle(sentences)
    yield "capitals", text.upper()
    yield "no capitals", text.lower()
    yield "title case", text.title()
    yield "cut", text[:rng.randrange(1, len(text))]
    yield "one line", text.replace("\n", " ")
    yield "shuffled", ". ".join(sentences)
    yield "digits", "".join(str(rng.randrange(10)) if c.isdigit() else c for c in text)
    yield "odd letters", text.translate(ODD)
    yield "odd capitals", text.replace("I", "İ")


ARTICLES = sorted(DEV.glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES[::8], ids=lambda p: p.stem[:12])
def test_changed_articles_never_break_the_extractor(path):
    rng = random.Random(path.name)
    for name, text in variants(path.read_text(encoding="utf-8"), rng):
        for published in (date(2019, 3, 5), None):
            claims = extract_claims(text, published=published)
            for c in claims:
                assert 0 <= c.start < c.end <= len(text), (name, c)
                assert c.figure_text == text[c.start:c.end][:100], (name, c.figure_text)
                assert c.sentence_start <= c.start and c.end <= c.sentence_end, (name, c)


@pytest.mark.parametrize("months", [
    "FEBRUARY, MARCH and APRIL", "february, march and april", "February, March and April",
])
def test_a_month_list_in_any_case_is_the_span_of_its_months(months):
    # "FEBRUARY, MARCH and APRIL" raised IndexError: the months were listed case-blind, then read by case
    (claim,) = extract_claims(f"In {months}, with 29 killings combined, the city was calm.", published=date(2014, 7, 1))
    assert (claim.period_start, claim.period_end) == (date(2014, 2, 1), date(2014, 4, 30))


def test_a_month_named_in_its_own_month_is_not_a_list():
    (claim,) = extract_claims("In February, with 29 killings, the city was calm.", published=date(2014, 7, 1))
    assert (claim.period_start, claim.period_end) == (date(2014, 2, 1), date(2014, 2, 28))


def test_a_figure_past_what_a_claim_holds_is_no_claim_and_raises_nothing():
    text = "Officials said 999,999,999,999,999 trillion people crossed, and 2 million more came by sea."
    assert [c.value for c in extract_claims(text, published=date(2020, 1, 1))] == [Decimal(2_000_000)]
    # the largest a claim holds (VALUE_FIELD: 24 whole digits) is still a claim
    (claim,) = extract_claims("The debt reached $500,000,000 trillion, the office said.", published=date(2020, 1, 1))
    assert claim.value == Decimal(5 * 10**20)


def test_a_run_on_sentence_of_thousands_of_figures_is_read_in_pieces():
    # no news sentence runs to a thousand characters; a table pasted as one line is read a piece at a time,
    # so each figure's rules read a bounded stretch, not everything before it (this one took 27 s before)
    text = "Over 1 million " * 3000
    claims = extract_claims(text, published=date(2020, 1, 1))
    assert len(claims) == 3000 and {c.value for c in claims} == {Decimal(1_000_000)}
    assert max(c.sentence_end - c.sentence_start for c in claims) <= MAX_SENTENCE
    assert all(c.sentence_start <= c.start < c.end <= c.sentence_end for c in claims)  # no cut inside "1 million"


@pytest.mark.parametrize("phrase", [
    "in fiscal year 0000", "since August 0000", "in December 9999", "since the third quarter of 0000",
    "in the first half of 0000", "through April 0001", "between October 0000 and June",
    "in the year which began on October 1, 9999", "during the first 99999999999999999999 months of fiscal 2007",
])
def test_a_period_past_the_calendar_is_no_period(phrase):
    # found by fuzzing: date() holds years 1 to 9999, and "fiscal year 0000" (its October of year -1), "December
    # 9999" (its month after) or a month count past any int raised ValueError or OverflowError
    for published in (date(2019, 3, 5), None):
        claims = extract_claims(f"The agency counted 4,200 arrests {phrase}, officials said.", published=published)
        assert claims[0].value == 4200 and claims[0].period_start is None


@pytest.mark.parametrize("text", [
    "Smuggling brings in between $2 billion and $9,000,000,000,000,000,000,000,000 billion a year, he said.",
    "Smuggling brings in between $9,000,000,000,000,000,000,000,000 billion and $2 billion a year, he said.",
])
def test_a_range_whose_other_end_is_past_what_a_claim_holds_is_read_alone(text):
    # found by fuzzing: the huge end was no claim, but as the other's bound it raised decimal.InvalidOperation
    (claim,) = extract_claims(text, published=date(2020, 1, 1))
    assert claim.value == Decimal(2 * 10**9) and claim.lower_bound < claim.value < claim.upper_bound


def test_a_decimal_without_its_leading_zero_after_to_is_no_day():
    # found by fuzzing: "to .5" was tried as the last day of "from Oct. 3 to 6" with int(".5"): ValueError
    claims = extract_claims("Turnout fell from 3 to .5 percent in the county.", published=date(2020, 1, 1))
    assert [c.value for c in claims] == [Decimal(3), Decimal("0.5")]


@pytest.mark.parametrize("text", [
    "Turnout\n\nForty-eight per\n\ncent of voters came.", "Turnout\n\nSome 48\n\n\n\nmillion voters came.",
    "Turnout\n\nThey spent $48\n \nmillion on it.",
])
def test_a_figure_over_a_blank_line_is_inside_its_sentence(text):
    # found by fuzzing: a figure's space may be a blank line ("48 per\n\ncent"), and the paragraph ended at it,
    # inside the figure: its claim's sentence ended before the figure did
    (claim,) = extract_claims(text, published=date(2020, 1, 1))
    assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end
    assert claim.sentence.endswith(text[claim.end:].strip())


_COUNT_CLAUSE_READS = """
from datetime import date
from claims.extraction import extract_claims, extractor, native
assert not native.compiled()  # (a compiled module calls its own functions directly: no wrapper would see them)
read = []
own = extractor._own_clause_subject
extractor._own_clause_subject = lambda *a: read.append(a) or own(*a)
text = "Over the years, the tallies were 1, " + "2, " * 1500 + "and 3."
print(len(extract_claims(text, published=date(2020, 1, 1))), len(read))
"""


def test_a_sentence_of_clauses_without_a_verb_reads_each_clause_once():
    # found by fuzzing: "1, 2, 2, 2, ..." had each figure look for its subject in every clause back to the start
    # of the sentence (cubic in its length: 3 KB took 5 s); a clause before the figure's own is read once. Counted
    # in the plain-Python modules, whose calls a wrapper can count.
    out = subprocess.run([sys.executable, "-c", _COUNT_CLAUSE_READS], cwd=DEV.parents[2], capture_output=True,
                         text=True, check=True, env=dict(os.environ, EXTRACTION_PURE_PYTHON="1")).stdout
    claims, read = map(int, out.split())
    assert claims == 1502 and 0 < read < 3 * claims
