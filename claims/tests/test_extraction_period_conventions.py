"""The period conventions of data/corpus/README.md, probed with sentences made up for the test: a fiscal year to
date runs from 1 October to the month given, a part of a fiscal year counts from its start, a split fiscal
year in a federal story is the federal one, "the year to June" and "the quarter ended June 30" are spans, months
in a row and a bare half-year resolve against the publication date."""
from datetime import date

from claims.extraction import extract_claims


def period_of(text, published, figure=None):
    claims = extract_claims(text, published=published)
    claim = next(c for c in claims if figure is None or figure in c.figure_text)
    return claim.period_start, claim.period_end


D = date


# a fiscal year to date with "through MONTH": from 1 October to that month's end
def test_a_fiscal_year_to_date_through_a_month_starts_in_october():
    pub = D(2021, 5, 12)
    oct_apr = (D(2020, 10, 1), D(2021, 4, 30))
    assert period_of("FYTD seizures through April came to 4,100 pounds.", pub) == oct_apr
    assert period_of("Seizures so far in fiscal 2021 reached 4,100 pounds through April.", pub) == oct_apr
    assert period_of("The shortfall for FY2021 to date is $610 billion through April.", pub) == oct_apr
    assert period_of("Since the budget year began Oct. 1, the agency has logged 4,100 seizures through April.",
                     pub) == oct_apr
    assert period_of("Through April, seizures for the fiscal year came to 4,100 pounds.", pub) == oct_apr


def test_a_calendar_count_through_a_month_still_starts_in_january():
    assert period_of("Shootings reached 1,150 through April, the sheriff said.", D(2021, 5, 12)) == \
        (D(2021, 1, 1), D(2021, 4, 30))
    # a whole fiscal year named with no "through" before it stays the whole year
    assert period_of("Seizures for the fiscal year came to 4,100 pounds.", D(2021, 5, 12)) == \
        (D(2020, 10, 1), D(2021, 9, 30))


# a half or a quarter of a fiscal year: counted from its start
def test_a_half_or_quarter_of_a_fiscal_year_counts_from_its_start():
    assert period_of("The shortfall in the first half of the fiscal year was $410 billion.", D(2021, 4, 12)) == \
        (D(2020, 10, 1), D(2021, 3, 31))
    assert period_of("Outlays rose to $1.6 trillion in the first quarter of fiscal 2021.", D(2021, 4, 12)) == \
        (D(2020, 10, 1), D(2020, 12, 31))
    assert period_of("Outlays rose to $1.7 trillion in the third quarter of fiscal 2021.", D(2021, 8, 12)) == \
        (D(2021, 4, 1), D(2021, 6, 30))
    assert period_of("Receipts in the second half of fiscal 2020 were $1.9 trillion.", D(2021, 4, 12)) == \
        (D(2020, 4, 1), D(2020, 9, 30))


def test_a_calendar_quarter_is_not_read_as_a_fiscal_one():
    assert period_of("Outlays rose to $1.6 trillion in the first quarter of 2021.", D(2021, 4, 30)) == \
        (D(2021, 1, 1), D(2021, 3, 31))


# "fiscal year 2018-19": July to June for a state, October to September in a federal body's story
def test_a_split_fiscal_year_in_a_federal_story_is_the_federal_year():
    pub, fy19 = D(2019, 12, 2), (D(2018, 10, 1), D(2019, 9, 30))
    assert period_of("Border Patrol agents logged 977,000 encounters in fiscal year 2018-19.", pub) == fy19
    assert period_of("ICE said it deported 267,000 people in the 2018-19 fiscal year.", pub) == fy19
    assert period_of("The federal deficit was $984 billion in FY 2018-19, the Treasury Department said.",
                     pub) == fy19


def test_a_split_fiscal_year_of_a_state_or_city_stays_july_to_june():
    pub, jul_jun = D(2019, 12, 2), (D(2018, 7, 1), D(2019, 6, 30))
    assert period_of("The state took in $9.2 billion in fiscal year 2018-19.", pub) == jul_jun
    assert period_of("The county spent $88 million in FY 2018-19 despite federal budget cuts.", pub) == jul_jun


# "the year to June", "the year ended June 30", "the quarter ended June 30": the span ending then
def test_a_year_or_quarter_ending_a_month_is_that_span():
    pub = D(2019, 9, 4)
    assert period_of("Burglaries totaled 3,400 in the year to June.", pub) == (D(2018, 7, 1), D(2019, 6, 30))
    assert period_of("Burglaries totaled 3,400 in the year ended June 30, 2019.", pub) == \
        (D(2018, 7, 1), D(2019, 6, 30))
    assert period_of("The airport handled 2.3 million passengers in the quarter ended June 30.", pub) == \
        (D(2019, 4, 1), D(2019, 6, 30))
    assert period_of("The airport handled 2.3 million passengers in the quarter ending in June.", pub) == \
        (D(2019, 4, 1), D(2019, 6, 30))


def test_a_change_over_the_year_ending_a_month_keeps_that_month():
    assert period_of("Jobless rates fell in 212 counties over the year ending March 2019.", D(2019, 5, 1)) == \
        (D(2019, 3, 1), D(2019, 3, 31))


# months in a row after "in" or "during": their span
def test_months_in_a_row_after_in_are_their_span():
    pub = D(2019, 9, 4)
    assert period_of("Robberies fell 8% in January through June.", pub) == (D(2019, 1, 1), D(2019, 6, 30))
    assert period_of("During March-May, robberies fell 8%.", pub) == (D(2019, 3, 1), D(2019, 5, 31))
    assert period_of("Robberies fell 8% in October through December.", D(2020, 1, 9)) == \
        (D(2019, 10, 1), D(2019, 12, 31))


def test_a_month_then_a_figure_to_another_month_is_not_a_span():
    pub = D(2019, 9, 4)
    assert period_of("Robberies fell from 61 in January to June's 44.", pub, "61") == (D(2019, 1, 1), D(2019, 1, 31))
    assert period_of("Robberies fell from 61 in January to 44 in June.", pub, "61") == (D(2019, 1, 1), D(2019, 1, 31))


# "in the first half" with no year: the half-year last ended before publication
def test_a_bare_half_year_is_the_last_one_ended():
    assert period_of("Thefts from cars dropped 9% in the first half.", D(2019, 8, 20)) == \
        (D(2019, 1, 1), D(2019, 6, 30))
    assert period_of("Thefts from cars dropped 9% in the year's second half.", D(2020, 2, 20)) == \
        (D(2019, 7, 1), D(2019, 12, 31))
    assert period_of("In 2016, thefts from cars dropped 9% in the first half.", D(2019, 8, 20)) == \
        (D(2016, 1, 1), D(2016, 6, 30))


def test_a_half_not_yet_ended_or_of_something_else_is_not_a_half_year():
    assert period_of("Thefts from cars will drop 9% in the second half.", D(2019, 8, 20)) == (None, None)
    assert period_of("The visitors scored 31 points in the first half of the game.", D(2019, 8, 20)) == \
        (None, None)


# "for the full year" after a fourth quarter or a December, told after that year: the calendar year
def test_the_full_year_after_a_fourth_quarter_is_that_calendar_year():
    pub, y2019 = D(2020, 2, 3), (D(2019, 1, 1), D(2019, 12, 31))
    text = "Output rose 1.4% in the fourth quarter. For the full year, output rose 2.6%."
    assert period_of(text, pub, "2.6%") == y2019
    text = "Output rose 1.4% in the fourth quarter. For the year, output rose 2.6%."
    assert period_of(text, pub, "2.6%") == y2019
    text = "Factories shed 12,000 jobs in December. For the whole year, they added 46,000."
    assert period_of(text, pub, "46,000") == y2019


def test_the_full_year_after_an_earlier_quarter_is_not_fixed():
    text = "Output rose 1.4% in the second quarter. For the full year, output rose 2.6%."
    assert period_of(text, D(2019, 8, 3), "2.6%") != (D(2019, 1, 1), D(2019, 12, 31))


# "last quarter": the quarter the article names, else the last one ended before publication
def test_last_quarter_is_the_last_quarter_ended():
    assert period_of("The insurer paid out $410 million last quarter.", D(2019, 10, 30)) == \
        (D(2019, 7, 1), D(2019, 9, 30))
    assert period_of("Last quarter, the insurer paid out $410 million.", D(2020, 1, 30)) == \
        (D(2019, 10, 1), D(2019, 12, 31))
    assert period_of("The last quarter of 2018 brought 310 claims.", D(2019, 4, 30)) == \
        (D(2018, 10, 1), D(2018, 12, 31))


def test_last_quarters_pace_is_not_read_as_last_quarter():
    assert period_of("Claims slowed from last quarter's 4% pace to 3.2%.", D(2019, 10, 30), "4%") == (None, None)


# "as of" a day: a stock stands on that day; a count of events with no start has no period the text fixes
def test_a_count_as_of_a_day_with_no_start_has_no_period():
    pub = D(2019, 10, 16)
    assert period_of("The state has confirmed 640 mumps cases as of Oct. 3.", pub) == (None, None)
    assert period_of("As of Oct. 3, health officials had reported 640 mumps cases.", pub) == (None, None)
    assert period_of("As of Monday, there were 88 deaths tied to the outbreak.", pub) == (None, None)
    assert period_of("Agents had seized 2,300 pounds of methamphetamine as of Oct. 3.", pub) == (None, None)


def test_a_stock_as_of_a_day_is_that_day():
    pub = D(2019, 10, 16)
    assert period_of("The county jail held 1,850 inmates as of Oct. 3.", pub) == (D(2019, 10, 3), D(2019, 10, 3))
    assert period_of("As of Oct. 3, the pension fund had $4.4 billion in assets.", pub) == \
        (D(2019, 10, 3), D(2019, 10, 3))
    assert period_of("The court backlog stood at 980,000 cases as of Oct. 3.", pub) == \
        (D(2019, 10, 3), D(2019, 10, 3))
    # a count so far this year to that day runs from New Year's Day
    assert period_of("The state has confirmed 640 mumps cases this year as of Oct. 3.", pub) == \
        (D(2019, 1, 1), D(2019, 10, 3))


# headline shorthand: "in week to Jan 4" is the week ending that day
def test_a_headline_week_to_a_day_is_that_week():
    assert period_of("US crude stocks drop 3.1 million barrels in week to Jan 3", D(2020, 1, 8)) == \
        (D(2019, 12, 28), D(2020, 1, 3))
    assert period_of("Claims fell to 214,000 in the week to Jan. 4.", D(2020, 1, 9)) == \
        (D(2019, 12, 29), D(2020, 1, 4))


def test_a_week_then_to_a_level_is_not_a_week_ending():
    assert period_of("Claims rose in week two to 214,000.", D(2020, 1, 9)) != (D(2019, 12, 29), D(2020, 1, 4))


def test_from_a_place_after_a_crossing_verb_is_no_comparison_base():
    # "trucks entering Laredo from Mexico last year": where they came from; "last year" is the figure's own
    text = ("Seizures have risen so far this year.\n\n"
            "Inspectors screened about 4 million trucks entering Laredo from Mexico last year.")
    got = [(c.period_start, c.period_end) for c in extract_claims(text, published=date(2019, 5, 31))]
    assert got == [(date(2018, 1, 1), date(2018, 12, 31))]
    text = ("Seizures have risen so far this year.\n\n"
            "Inspectors screened 40,000 trucks, up from last year's 35,000.")
    got = [(c.period_start, c.period_end) for c in extract_claims(text, published=date(2019, 5, 31))]
    assert got[0] == (date(2019, 1, 1), date(2019, 5, 31))
