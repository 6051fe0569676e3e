"""The extractor reads the same claims from an article however it was pasted: line ends as "\\r\\n" or a lone
"\\r", no-break or narrow no-break spaces, tabs before paragraphs, an invisible character (zero-width space, soft
hyphen, byte-order mark) at the start. claims/extraction/metamorphic.py makes each change and maps each claim's
offsets to where its figure moved; every claim must be the original's, at its figure in the changed text. A
no-break space lost 1,484 of dev's claims and a lone "\\r" 453 before the extractor read such characters as what
they stand for (extractor._READ_AS). Other sentences made up for the test."""
from datetime import date
from pathlib import Path

import pytest

from claims.extraction import extract_claims
from claims.extraction.metamorphic import TRANSFORMATIONS, articles, fold, reading

DEV = Path(__file__).resolve().parents[2] / "data" / "corpus" / "dev"
SAMPLE = list(articles(DEV))[::10]
READ_THE_SAME = ["crlf", "cr", "nbsp all", "nbsp after digits", "nbsp some", "narrow nbsp between words",
                 "tab indents", "trailing spaces", "two spaces after sentences", "zero-width space first",
                 "soft hyphen first", "BOM first"]


@pytest.mark.parametrize("change", READ_THE_SAME)
@pytest.mark.parametrize("article,text,published", SAMPLE, ids=[a[0][:12] for a in SAMPLE])
def test_a_formatting_change_leaves_every_claim_as_it_was(article, text, published, change):
    moved, where = TRANSFORMATIONS[change](text)
    original = extract_claims(text, published=published)
    claims = extract_claims(moved, published=published)
    assert [reading(c) for c in claims] == [reading(c, where) for c in original]
    for c, o in zip(claims, original):
        assert c.figure_text == moved[c.start:c.end][:100]
        assert fold(c.figure_text) == fold(o.figure_text)


def claims_of(text):
    return [(c.figure_text, c.value, c.unit, c.speaker, c.period_start)
            for c in extract_claims(text, published=date(2021, 7, 2))]


def test_a_no_break_space_inside_a_figure_or_a_name_is_read_as_a_space_and_given_back():
    text = "Agents made 2.4\u00a0million arrests in May, U.S.\u00a0Customs and Border Protection said."
    assert claims_of(text) == [("2.4\u00a0million", 2_400_000, "arrests", "U.S.\u00a0Customs and Border Protection",
                                date(2021, 5, 1))]
    (claim,) = extract_claims(text, published=date(2021, 7, 2))
    assert claim.sentence == text  # the sentence is the article's own, its no-break spaces kept


def test_a_narrow_no_break_space_between_words_is_a_space():
    assert claims_of("The city\u202frecorded 312\u202fhomicides in 2020, police\u202fsaid.") == \
        claims_of("The city recorded 312 homicides in 2020, police said.")


def test_old_mac_line_ends_are_line_ends_and_windows_ones_are_too():
    lines = ["Gas prices climb", "The average rose to $3.12 a gallon in June, AAA said.",
             "That is 8 cents more than in May."]
    plain = claims_of("\n".join(lines))
    assert claims_of("\r".join(lines)) == plain
    assert claims_of("\r\n".join(lines)) == plain
    assert claims_of("\r\n\r\n".join(lines)) == claims_of("\n\n".join(lines))


@pytest.mark.parametrize("mark", ["\ufeff", "\u200b", "\u00ad", "\u2060"])
def test_an_invisible_character_before_the_headline_leaves_its_source(mark):
    text = "Gallup: 41% approve of the governor\n\nThe poll of 1,000 adults was taken in March."
    assert claims_of(mark + text) == claims_of(text)
    assert claims_of(mark + text)[0][3] == "Gallup"


def test_a_tab_before_a_hard_wrapped_line_still_runs_it_on():
    # the wrapped line's tab hid its lower-case start, so "310" lost its unit on the next line
    text = "Crime survey\nThe city ranks 12th for safety out of 310\n\tcities measured by the survey in 2020."
    assert claims_of(text) == claims_of(text.replace("\t", "")) == [("310", 310, "cities", None, date(2020, 1, 1))]
