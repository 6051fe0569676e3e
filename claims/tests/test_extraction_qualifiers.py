"""Qualifiers (claims/extraction/extractor.py): a "+" that is a change's sign, "is up to" as risen to,
"over" as compared with, "at or below", a qualifier before "the ... mark" or "a rate of". Sentences
made up for the test."""
from datetime import date

from claims.extraction import extract_claims


def qualifiers(text):
    return [(c.figure_text, c.qualifier) for c in extract_claims(text, published=date(2024, 6, 20))]


def test_a_leading_plus_on_a_change_is_a_sign_not_more_than():
    assert qualifiers("March payrolls were revised from +120,000 to +145,000.") == [
        ("+120,000", None), ("+145,000", None)]
    assert qualifiers("Burglaries rose by 14, or +3.1%, in the county.") == [("14", None), ("+3.1%", None)]


def test_a_leading_plus_after_at_with_or_versus_is_a_reading_not_more_than():
    assert qualifiers("The sentiment gauge stood at +9 in July versus +2 in June.") == [("+9", None), ("+2", None)]
    assert qualifiers("The balance was -4 in May, compared with +6 in April.") == [("-4", None), ("+6", None)]


def test_more_or_less_before_a_figure_is_about():
    assert qualifiers("More or less 30 vendors signed up.") == [("30", "about")]


def test_a_leading_plus_before_a_count_still_means_more_than():
    assert qualifiers("Deputies logged +2,400 arrests.") == [("+2,400", "over")]


def test_is_up_to_means_risen_to_and_over_after_a_figure_means_compared_with():
    assert qualifiers("The tax rate is up to 2.4 percent this year, over 1.6 percent last year.") == [
        ("2.4 percent", None), ("1.6 percent", None)]
    assert qualifiers("Tenants can be charged up to 5 percent more.") == [("5 percent", "at_most")]


def test_at_or_below_a_rate_of_is_at_most():
    assert qualifiers("The bank kept growth at or below an annual rate of 2 percent.") == [("2 percent", "at_most")]


def test_a_qualifier_before_the_mark_applies_to_the_figure():
    assert qualifiers("Support hovered around the 40% mark and stayed over the key 35 percent line.") == [
        ("40%", "about"), ("35 percent", "over")]


def test_a_verb_moving_up_to_a_level_is_a_rise_not_at_most():
    assert qualifiers("Mortgage rates should inch up to 7.2% while vacancies ticked up to 5.5 percent.") == [
        ("7.2%", None), ("5.5 percent", None)]
    assert qualifiers("The fund will hire up to 40 staff.") == [("40", "at_most")]


def test_an_earlier_official_estimate_is_not_an_estimated_about():
    assert qualifiers("Output grew faster than the initially estimated 1.9 percent pace.") == [("1.9 percent", None)]
    assert qualifiers("The storm destroyed an estimated 800 homes.") == [("800", "about")]


def test_a_qualifier_before_an_article_and_a_change_qualifies_it():
    assert [(c.figure_text, c.qualifier) for c in extract_claims(
        "Sales jumped almost a 12 percent gain, under a $50 million contract.",
        published=date(2024, 6, 20))] == [("12 percent", "nearly"), ("$50 million", None)]


def test_in_the_vicinity_of_and_a_combined_estimated_are_about():
    assert [c.qualifier for c in extract_claims(
        "The gap will be in the vicinity of $80 billion, and the drugs had a total estimated value of $9 million.",
        published=date(2024, 6, 20))] == ["about", "about"]


def test_surpass_and_passing_are_over():
    assert qualifiers("Flood claims surpass 900 in the county, with payouts passing $4 million.") == [
        ("900", "over"), ("$4 million", "over")]


def test_in_the_range_is_about():
    assert qualifiers("Wage growth is holding in the 3% range this spring.") == [("3%", "about")]


def test_a_plus_in_parentheses_is_a_change_and_rate_up_to_in_a_headline_is_risen_to():
    assert qualifiers("Warehouse jobs kept trending up in May (+8,000).") == [("+8,000", None)]
    assert qualifiers("Jobless rate up to 5.2% in May") == [("5.2%", None)]


def test_as_high_as_is_at_most_and_as_low_as_is_at_least():
    assert qualifiers("Fares ran as high as $410 and as low as $95 this spring.") == [
        ("$410", "at_most"), ("$95", "at_least")]


def test_a_qualifier_after_the_belongs_to_the_figure_not_the_comparison_before_it():
    assert qualifiers("Sales were 9 percent lower than the nearly 48,000 sold last spring.") == [
        ("9 percent", None), ("48,000", "nearly")]


def test_more_than_a_change_does_not_reach_the_level_it_climbs_to():
    assert qualifiers("Burglaries climbed by more than 300 to 8,214 this year.") == [
        ("300", "over"), ("8,214", None)]


def test_about_after_a_verb_of_talking_means_concerning():
    assert qualifiers("They were talking about a 40% cut in the budget.") == [("40%", None)]


def test_a_qualifier_before_plus_or_minus_still_qualifies_the_margin():
    assert qualifiers("The survey has a margin of error of approximately +/- 4.2%.") == [("4.2%", "about")]
    assert qualifiers("Its error margin is roughly plus or minus 3 points.") == [("3 points", "about")]
    assert qualifiers("The margin is under ±2.5%.") == [("2.5%", "under")]
    # negative: a bare plus or minus is no qualifier
    assert qualifiers("The margin of error is +/- 3.8 percentage points.") == [("3.8 percentage points", None)]


def test_moving_a_total_up_to_a_figure_is_no_upper_bound():
    assert qualifiers("Hiring rose 2,100 in May, lifting the total up to 84,000 workers.") == [
        ("2,100", None), ("84,000", None)]
    assert qualifiers("The refund took the county's reserve up to $9 million.") == [("$9 million", None)]
    assert qualifiers("A late rally pushed it up to 41 points.") == [("41 points", None)]
    # negative: "could bring up to" with no object between is still at most
    assert qualifiers("The new plant could bring up to 300 jobs.") == [("300", "at_most")]


def test_rising_from_one_figure_now_up_to_another_is_no_upper_bound():
    assert qualifiers("Spending will climb from $4 trillion now up to $6 trillion by 2030.") == [
        ("$4 trillion", None), ("$6 trillion", None)]
    assert qualifiers("Rents went from 1,200 today up to 1,500.") == [("1,200", None), ("1,500", None)]
    # negative: "up to" with no figure it moves from is still at most
    assert qualifiers("The plan could cost up to $6 trillion.") == [("$6 trillion", "at_most")]


def test_blowing_through_or_eclipsing_a_figure_is_over_it():
    assert qualifiers("The shortfall will blow through $2 trillion by 2030.") == [("$2 trillion", "over")]
    assert qualifiers("Sales blew past 3 million units.") == [("3 million", "over")]
    assert qualifiers("Debt eclipsed $30 trillion.") == [("$30 trillion", "over")]
    # negative: a blow as a noun is no qualifier
    assert qualifiers("A blow through the wall cost $300.") == [("$300", None)]


def test_an_approximate_or_estimated_noun_of_a_figure_is_about_it():
    assert qualifiers("The change brings an approximate saving to county taxpayers of $30 million.") == [
        ("$30 million", "about")]
    assert qualifiers("They seized drugs with an estimated retail market value of $4 million.") == [
        ("$4 million", "about")]
    # negative: an estimate of one figure does not qualify the next
    assert qualifiers("An estimated 5 million of the 10 million residents voted.") == [
        ("5 million", "about"), ("10 million", None)]


def test_neared_and_nears_before_a_figure_mean_nearly():
    # "nearly, almost, close to -> nearly" (the corpus README); "nearing" already read so, and its other tenses too
    assert qualifiers("Unpaid tolls neared $9 million by June.") == [("$9 million", "nearly")]
    assert qualifiers("The waiting list nears 4,000 families, the housing authority said.") == [("4,000", "nearly")]
    # negative: a figure after another verb of motion is not qualified
    assert qualifiers("Rangers approached 12 hikers on the trail.") == [("12", None)]


def test_gone_up_to_means_risen_to_not_at_most():
    assert qualifiers("Parking fees have gone up to $6 from $4.") == [("$6", None), ("$4", None)]
    assert qualifiers("Fares are going up to $2.90 in July.") == [("$2.90", None)]
    # negative: a bare "up to" is still at most
    assert qualifiers("Fines of up to $500 apply.") == [("$500", "at_most")]


def claims_of(text):
    return [(c.figure_text, c.qualifier, c.unit) for c in extract_claims(text, published=date(2024, 6, 20))]


def test_top_as_a_headline_verb_after_a_plural_noun_means_over():
    # "more than, over, above, exceeding -> over" (the corpus README); "tops" and "topped" already read so
    assert claims_of("Ferry crossings top 3 million for first time") == [("3 million", "over", "Ferry crossings")]
    assert claims_of("Diesel prices top $5 in California.") == [("$5", "over", "USD")]
    # negative: "top" after an article or a possessive is a rank, not a figure
    assert claims_of("The top 5 counties logged 900 evictions.") == [("900", None, "evictions")]
    assert claims_of("The city's top 3 earners took home $1 million.") == [("$1 million", None, "USD")]


def test_a_qualifier_word_inside_a_hyphenated_adjective_is_no_qualifier():
    assert qualifiers("The forecast-topping 310,000 hires surprised markets.") == [("310,000", None)]
    assert qualifiers("An expectation-exceeding 5 percent gain followed.") == [("5 percent", None)]
    # negative: the word standing alone still qualifies
    assert qualifiers("Hiring topped 310,000 in May.") == [("310,000", "over")]


def test_an_estimated_ratio_or_rate_of_a_percentage_is_a_measure_estimated_not_about():
    assert qualifiers("The agency gave an estimated debt-to-income ratio of 38.5 percent for the year.") == [
        ("38.5 percent", None)]
    # but an estimated value of an amount is about that amount
    assert qualifiers("Agents found cocaine with an estimated street value of $2.1 million.") == [
        ("$2.1 million", "about")]


def test_near_before_a_figure_is_close_to_it():
    assert qualifiers("Demand was expected to peak near 41,300 megawatts on Monday.") == [("41,300", "nearly")]


def test_the_verb_approach_before_a_figure_is_nearly():
    assert qualifiers("Ticket sales will approach $40 million, and attendance approached 90,000 in May.") == [
        ("$40 million", "nearly"), ("90,000", "nearly")]


def test_an_approximating_adverb_before_a_verb_of_reaching_qualifies_the_figure():
    # "nearly hit 10 million": the level reached is nearly 10 million; "nearly doubled to 500" reached 500 itself
    assert qualifiers("Refinery output nearly hit 9 million barrels a day in March.") == [
        ("9 million", "nearly")]
    assert qualifiers("Ticket sales almost reached $3 billion, and visits roughly totaled 40,000.") == [
        ("$3 billion", "nearly"), ("40,000", "about")]
    assert qualifiers("Enrollment nearly doubled to 500 students.") == [("500", None)]


def test_south_of_a_figure_is_under_it():
    assert qualifiers("Diesel should stay south of $4 a gallon, and rents north of $2,000.") == [
        ("$4", "under"), ("$2,000", "over")]


def test_the_level_reached_after_more_than_a_change_takes_no_qualifier():
    # "rose by more than 12,000 to 61,900": more than the change, the level reached exactly
    assert qualifiers("Enrollment rose by more than 12,000 to 61,900 this fall.") == [
        ("12,000", "over"), ("61,900", None)]


def test_a_verb_of_passing_carries_to_a_second_figure_joined_by_and():
    # "exceeded 30 percent in 10 states and 25 percent in 40 states": both over
    assert qualifiers("Turnout exceeded 60 percent in 12 counties and 50 percent in 30 counties.") == [
        ("60 percent", "over"), ("12", None), ("50 percent", "over"), ("30", None)]
    # a figure after a comma and another clause is no second object of the verb
    assert qualifiers("Sales topped 900 in 2019, up from 500 in 2018 and 400 in 2017.") == [
        ("900", "over"), ("500", None), ("400", None)]


def test_up_to_after_a_verb_of_summing_or_rising_is_the_sum_reached():
    # "has piled up to", "added up to", "racked up to", "jumped up to": the total reached, not at most
    assert [q for _, q in qualifiers("The shortfall has piled up to $2.4 billion since spring.")] == [None]
    assert [q for _, q in qualifiers("Repair bills added up to $86,000 for the school.")] == [None]
    assert [q for _, q in qualifiers("Ticket sales jumped up to 41,000 in the final week.")] == [None]
    # negative: a limit stays a limit ("could reach up to", "could climb up to", "up to" alone)
    assert [q for _, q in qualifiers("Repair bills could climb up to $86,000.")] == ["at_most"]
    assert [q for _, q in qualifiers("The fund pays up to $86,000 a family.")] == ["at_most"]


def test_a_bound_before_an_estimate_is_the_bound():
    # "over an estimated one million": more than the estimate, not about it
    assert [q for _, q in qualifiers("Over an estimated 2,300 flights were cut last month.")] == ["over"]
    assert [q for _, q in qualifiers("The storm damaged nearly an estimated 640 homes.")] == ["nearly"]
    assert [q for _, q in qualifiers("Crews cleared more than an estimated 90 tons of debris.")] == ["over"]
    # negative: an estimate with no bound before it is about
    assert [q for _, q in qualifiers("Crews cleared an estimated 90 tons of debris.")] == ["about"]


def test_a_level_passed_on_the_way_up_is_over():
    # "continued its march past 11,000", "climbed past $4": above the level
    assert [q for _, q in qualifiers("The index continued its march past 4,500 on Friday.")] == ["over"]
    assert [q for _, q in qualifiers("Diesel climbed past $5 a gallon in June.")] == ["over"]
    # negative: "past" as a span of time bounds nothing
    assert [q for _, q in qualifiers("Over the past 12 months, 400 jobs were cut.")] == [None]
