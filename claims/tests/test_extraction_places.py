"""Where a figure was counted (claims/extraction/places.py): a place in its clause, one opening its
sentence, or the article's dateline (marked guessed). Sentences made up for the test."""
from datetime import date

from claims.extraction import extract_claims
from claims.extraction.places import dateline


def places(text):
    return [(c.place, "place" in c.guessed) for c in extract_claims(text, published=date(2024, 6, 20))]


def test_a_place_in_the_figures_clause():
    assert places("Agents in the Yuma Sector caught 4,100 migrants.") == [("Yuma Sector", False)]
    assert places("Rents rose 7% across Nevada.") == [("Nevada", False)]


def test_each_clause_keeps_its_own_place():
    text = "Ohio lost 2,000 jobs in May, while in Indiana employers added 5,000."
    assert places(text) == [("Ohio", False), ("Indiana", False)]


def test_a_place_opening_the_sentence_covers_its_figures():
    assert places("In Oregon, wildfires burned 90,000 acres, and crews saved 300 homes.") == [
        ("Oregon", False), ("Oregon", False)]


def test_a_city_with_its_state():
    assert places("Shelters in Tulsa, Oklahoma, took in 650 dogs.") == [("Tulsa, Oklahoma", False)]


def test_the_southern_border_is_the_us_southwest_border():
    assert places("Encounters at the southern border fell 30%.") == [("U.S. southwest border", False)]


def test_a_month_is_not_a_place():
    assert places("In May, officials counted 9,000 migrants.") == [("", False)]


def test_the_dateline_is_the_place_of_figures_without_one():
    text = "BOISE, Idaho (AP) — The city paved 41 miles of road. Crews in Utah paved 12 miles."
    assert places(text) == [("Boise, Idaho", True), ("Utah", False)]


def test_a_national_dateline_is_not_a_place():
    assert dateline("WASHINGTON (AP) — Employers added 150,000 jobs.") == ""
    assert dateline("TUCSON, Ariz. — Agents caught 90 people.") == "Tucson, Ariz."
    assert dateline("Employers added 150,000 jobs.") == ""


def test_a_place_before_the_figure_as_subject_owner_or_modifier():
    assert places("Oregon added 6,200 jobs in March.") == [("Oregon", False)]
    assert places("Canada's jobless rate rose to 6.4%.") == [("Canada", False)]
    assert places("The Lake County jail held 1,150 inmates.") == [("Lake County", False)]
    assert places("The Del Rio sector logged 31,000 apprehensions.") == [("Del Rio sector", False)]
    assert places("Rents in the Pacific Northwest rose 5%.") == [("Pacific Northwest", False)]
    # negative: the start of another name is no place; "Washington" is more often the government
    assert places("The Texas Department of Transportation spent $900 million.") == [("", False)]
    assert places("Washington spent $6.1 trillion last year.") == [("", False)]
