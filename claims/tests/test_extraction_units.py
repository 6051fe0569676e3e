"""What a figure counts (claims/extraction/extractor.py): noun phrases that end at verbs, adjectives
and abbreviations, and units stated before the figure or in the clause before. Sentences made up for
the test (issue 14's error classes)."""
from datetime import date

from claims.extraction import extract_claims


def units(text):
    return [c.unit for c in extract_claims(text, published=date(2024, 6, 20))]


def test_a_verb_after_the_figure_is_not_its_unit():
    assert units("Ridership hit 9,400 riders in May, beating the old mark of 8,700 set in 2021.") == [
        "riders", "riders"]


def test_a_singular_verb_after_a_plural_noun_ends_the_unit():
    assert units("The count of 7,500 ballots exceeds the clerk's forecast.") == ["ballots"]


def test_an_adjective_after_the_figure_is_not_its_unit():
    assert units("The drive collected 800 coats, 200 short of its goal.") == ["coats", "coats"]


def test_an_abbreviation_with_periods_is_one_word_of_the_unit():
    assert units("Some 640 U.S. hospitals reported shortages.") == ["U.S. hospitals"]


def test_a_unit_stated_before_the_figure_is_its_unit():
    assert units("The old record for evictions was 3,975.") == ["evictions"]
    assert units("The tally of overdoses stood at 1,210.") == ["overdoses"]


def test_a_unit_in_the_clause_before_is_the_figures_unit():
    assert units("Measles cases kept climbing in June; by July there were 412.") == ["Measles cases"]


def test_a_unit_in_the_sentence_before_is_the_figures_unit_and_is_marked_guessed():
    found = extract_claims("Bankruptcy filings jumped this spring. The total for April was 2,260.",
                           published=date(2024, 6, 20))
    assert [(c.unit, "unit" in c.guessed) for c in found] == [("Bankruptcy filings", True)]


def test_a_unit_after_the_figure_is_not_guessed():
    found = extract_claims("The clinic vaccinated 1,900 children.", published=date(2024, 6, 20))
    assert [(c.unit, c.guessed) for c in found] == [("children", frozenset())]
