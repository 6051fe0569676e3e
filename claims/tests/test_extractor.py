"""The extractor's rules, one at a time: number grammar, qualifiers, units, rates, attribution,
periods and what is not a claim."""
from datetime import date
from decimal import Decimal

import pytest

from claims.extraction import ExtractedClaim, extract_claims
from claims.extraction.periods import Context, fiscal_year, parse_day

PUBLISHED = date(2024, 1, 9)


def claims(text, published=PUBLISHED):
    return extract_claims(text, published=published)


def one(text, published=PUBLISHED) -> ExtractedClaim:
    found = claims(text, published)
    assert len(found) == 1, [c.figure_text for c in found]
    return found[0]


def values(text, published=PUBLISHED):
    return [c.value for c in claims(text, published)]


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize("text, value", [
    ("Agents arrested 890,000 immigrants.", Decimal(890000)),
    ("The plant made 1,000,666 widgets.", Decimal(1000666)),
    ("The beam weighs 107.5 pounds.", Decimal("107.5")),
    ("Nearly 7.3 million migrants crossed.", Decimal(7300000)),
    ("The fund holds 1.4 billion shares.", Decimal(1400000000)),
    ("The debt passed 34 trillion dollars.", Decimal(34 * 10**12)),
    ("Overnight, #USBP hit 1M encounters!", Decimal(1000000)),
    ("RGV accounts for a total of +125k migrants.", Decimal(125000)),
    ("The startup raised $2.5M from investors.", Decimal(2500000)),
    ("The bank lost $1.4bn in the deal.", Decimal(1400000000)),
    ("The club earned £300m in Britain.", Decimal(300000000)),
])
def test_it_reads_digits_commas_decimals_and_scale_words(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text, value", [
    ("Agents found twenty-seven packages in the truck.", 27),
    ("Seventeen states reported regional flu activity.", 17),
    ("Border Patrol apprehended more than one million migrants.", 1000000),
    ("About half a million people attended the rally.", 500000),
    ("The city hired a million new workers.", 1000000),
    ("Nearly a quarter of a million people fled.", 250000),
    ("About three-quarters of a million jobs were lost.", 750000),
])
def test_it_reads_spelled_out_numbers(text, value):
    assert one(text).value == Decimal(value)


def test_it_reads_money_in_dollars_as_usd():
    claim = one("The cartel runs a $13 billion-a-year industry, Congress estimates.")
    assert (claim.value, claim.unit, claim.figure_text, claim.rate) == (
        Decimal(13000000000), "USD", "$13 billion-a-year", "a year")


def test_it_reads_cents_as_hundredths_of_a_dollar():
    claim = one("Each stamp costs 7 cents more than it did.")
    assert (claim.value, claim.unit) == (Decimal("0.07"), "USD")


@pytest.mark.parametrize("text", ["Prices rose 3.8% in the period.", "Prices rose 3.8 percent in the period.",
                                  "Prices rose 3.8 per cent in the period.", "Prices rose 3.8 pct in the period."])
def test_it_reads_percentages(text):
    claim = one(text)
    assert (claim.value, claim.unit) == (Decimal("3.8"), "percent")


def test_it_reads_percentage_points_apart_from_percent():
    claim = one("Support dropped about 5 percentage points among voters.")
    assert (claim.value, claim.unit, claim.qualifier) == (Decimal(5), "percentage points", "about")


def test_it_reads_a_fraction_of_a_group_as_a_percentage():
    claim = one("Analysts guess that at least three-quarters of migrants pay a smuggler.")
    assert (claim.value, claim.unit, claim.qualifier) == (Decimal(75), "percent", "at_least")


@pytest.mark.parametrize("text, expected", [
    ("Flu has sickened 6 million to 7 million people.", [6000000, 7000000]),
    ("Flu has sickened 6 to 7 million people.", [6000000, 7000000]),
    ("Smugglers earn between $2 billion to $6 billion per year.", [2000000000, 6000000000]),
    ("Typical payments came to between $9,000 and $10,000.", [9000, 10000]),
    ("Between 10 and 20 people were hurt.", [10, 20]),
    ("Officers saw 10-20 people on the road.", [10, 20]),
])
def test_it_reads_both_ends_of_a_range_with_the_range_as_bounds(text, expected):
    found = claims(text)
    assert [c.value for c in found] == [Decimal(v) for v in expected]
    assert all((c.lower_bound, c.upper_bound) == (Decimal(expected[0]), Decimal(expected[1])) for c in found)


@pytest.mark.parametrize("text", ["The firm took 1,000-plus orders.", "The firm took 1,000+ orders."])
def test_a_trailing_plus_is_over(text):
    claim = one(text)
    assert (claim.value, claim.qualifier, claim.unit) == (Decimal(1000), "over", "orders")


def test_it_reads_one_in_five_as_a_share():
    claim = one("About 1 in 5 adults reported symptoms.")
    assert (claim.value, claim.unit, claim.qualifier) == (Decimal(20), "percent", "about")


def test_it_reads_dozens():
    assert one("More than two dozen people were arrested.").value == Decimal(24)


def test_an_end_of_a_range_without_its_own_unit_takes_the_other_ends():
    assert [c.unit for c in claims("Flu has sickened 6 million to 7 million people.")] == ["people", "people"]


# ---------------------------------------------------------------- qualifiers


@pytest.mark.parametrize("text, qualifier", [
    ("Agents caught more than 6,400 subjects.", "over"),
    ("Agents caught over 890,000 immigrants.", "over"),
    ("Encounters exceeded 50,000 people.", "over"),
    ("Agents caught fewer than 6,400 subjects.", "under"),
    ("Agents caught less than 6,400 subjects.", "under"),
    ("Readings fell below 6,400 units.", "under"),
    ("Agents caught about 6,400 subjects.", "about"),
    ("Agents caught roughly 6,400 subjects.", "about"),
    ("Agents caught approximately 6,400 subjects.", "about"),
    ("Agents caught some 6,400 subjects.", "about"),
    ("Agents caught around 6,400 subjects.", "about"),
    ("Agents caught an estimated 6,400 subjects.", "about"),
    ("Agents caught nearly 6,400 subjects.", "nearly"),
    ("Agents caught almost 6,400 subjects.", "nearly"),
    ("Agents caught close to 6,400 subjects.", "nearly"),
    ("Agents caught at least 6,400 subjects.", "at_least"),
    ("Agents caught up to 6,400 subjects.", "at_most"),
    ("Agents caught as many as 6,400 subjects.", "at_most"),
    ("Smugglers earn as much as $6 billion a year.", "at_most"),
    ("Agents caught 6,400 subjects.", None),
    ("Agents recorded +1,300 Apprehensions.", "over"),
    ("Agents caught 500 or more migrants.", "at_least"),
    ("Agents caught 100 or so migrants.", "about"),
    ("Agents caught 20 or fewer migrants.", "at_most"),
    ("The fund is north of $5 billion.", "over"),
])
def test_it_reads_each_qualifier(text, qualifier):
    assert one(text).qualifier == qualifier


def test_the_qualifier_gives_the_bounds_from_figures():
    claim = one("Agents caught over 890,000 immigrants.")
    assert (claim.lower_bound, claim.upper_bound) == (Decimal(890000), Decimal(900000))


def test_an_estimated_value_of_is_about():
    assert one("The drugs have an estimated street value of $1,000,666.").qualifier == "about"


def test_over_the_mark_is_over_but_exceeding_the_forecast_is_not_a_qualifier():
    assert one("This puts apprehensions over the one million mark.").qualifier == "over"
    assert one("Spending exceeded the 1.9% median forecast.").qualifier is None


# ---------------------------------------------------------------- units and rates


@pytest.mark.parametrize("text, unit", [
    ("Border Patrol has apprehended over 890,000 immigrants this year.", "immigrants"),
    ("Agents seized more than 175 pounds of narcotics at the port.", "pounds of narcotics"),
    ("Agents seized nearly 254 pounds (114 kilograms) of the deadly opioid.", "pounds of deadly opioid"),
    ("The agency recorded 410,000 removals in the year.", "removals"),
    ("It had more than 120,000 known \"gotaways.\"", "known gotaways"),
])
def test_it_takes_the_noun_counted_after_the_figure_as_unit(text, unit):
    assert one(text).unit == unit


def test_a_part_of_a_group_takes_the_groups_unit():
    assert [c.unit for c in claims("Officials said 3 of the 12 victims were children.")] == ["victims", "victims"]


def test_a_figure_after_a_comma_takes_the_sentences_subject():
    assert claims("Homicides declined 8%, to 289.")[1].unit == "Homicides"


def test_more_before_the_noun_is_skipped():
    assert one("We need at least 1,300 more Border Patrol agents.").unit == "Border Patrol agents"


def test_a_figure_without_a_noun_takes_the_number_it_is_of():
    assert one("The number of job openings rose to 9.6 million for August.").unit == "job openings"


def test_a_figure_without_a_noun_takes_the_unit_counted_before_it():
    found = claims("The agency hired 302 judges. It asks for money to hire 150 more.")
    assert [c.unit for c in found] == ["judges", "judges"]


@pytest.mark.parametrize("text, rate", [
    ("Agents process more than 5,000 migrants per day.", "per day"),
    ("Smugglers earn as much as $6 billion a year.", "a year"),
    ("Revenue was $2 billion, up from $1.5 billion a year earlier.", ""),
    ("The death rate was 32.6 per 100,000 people.", "per 100,000 people"),
])
def test_it_reads_the_rate(text, rate):
    assert claims(text)[-1].rate == rate


# ---------------------------------------------------------------- attribution


@pytest.mark.parametrize("text, speaker", [
    ("Nogales CBP Port Director Michael Humphries said agents seized 395 pounds.", "Michael Humphries"),
    ("Agents seized 395 pounds of meth, Michael Humphries said.", "Michael Humphries"),
    ("\"We seized 2,000 pounds,\" said Port Director Michael Humphries.", "Michael Humphries"),
    ("\"We lose more than 200 Americans a day,\" said Dr. Nora Volkow, director of the institute.", "Nora Volkow"),
    ("The backlog grew by 1 million cases, according to TRAC.", "TRAC"),
    ("The cartel runs a $13 billion-a-year industry, Congress estimates.", "Congress"),
    ("Nearly 7.3 million migrants have crossed, a Fox News analysis found.", "Fox News"),
    ("Jason Owens posted that agents caught 890,000 immigrants.", "Jason Owens"),
    ("Consumer prices edged up 0.2 percent, the Labor Department reported Wednesday.", "Labor Department"),
    ("GDP rose at a 4% rate, Commerce Department figures showed.", "Commerce Department"),
    ("ADP's National Employment Report showed 89,000 private sector jobs.", "ADP"),
    ("Three deaths were reported to CDC for the week.", "CDC"),
    ("Maria Lopez, a spokeswoman for the agency, said 5,000 people were processed.", "Maria Lopez"),
    ("Smith, who leads the agency, said the count reached 5,000 people.", "Smith"),
    ("Data from the Bureau of Labor Statistics show wages rose 4.1% last year.", "Bureau of Labor Statistics"),
    ("About 2,000 people marched, organizers said.", "organizers"),
    ("There were 250,000 encounters in December, per CBP data.", "CBP"),
    ("There were 302,000 encounters, according to figures released Tuesday by the Department of Homeland Security.",
     "Department of Homeland Security"),
    ("Arrests rose 12%, as reported by the Arizona Republic.", "Arizona Republic"),
])
def test_it_reads_each_form_of_attribution(text, speaker):
    assert one(text).speaker == speaker


def test_an_attribution_set_off_by_commas_mid_sentence_covers_the_figures_before_it():
    text = "Employers added 199,000 jobs, the Labor Department said Friday, and the rate fell to 3.7%."
    assert [c.speaker for c in claims(text)] == ["Labor Department", "Labor Department"]


def test_a_headline_names_its_source_before_a_colon():
    text = "Chicago police: Shootings down 20% in first half\n\nThe department reported 1,108 shooting incidents."
    assert [c.speaker for c in claims(text)] == ["Chicago police", "Chicago police"]


def test_a_headline_label_is_not_a_source():
    assert one("Breaking: 5 people killed in crash").speaker is None


def test_a_title_in_lower_case_before_the_name_still_ends_the_sentence():
    text = "Shootings fell by about 20% this year, police Superintendent Larry Snelling said Monday."
    assert one(text).speaker == "Larry Snelling"


def test_the_first_speaker_of_a_sentence_is_the_one_who_said_it():
    text = "Dave Calhoun told analysts the plan works. He said Boeing expects to build fewer than 38 jets a month."
    assert one(text).speaker == "Dave Calhoun"


def test_a_figure_the_article_states_itself_has_no_speaker():
    assert one("Food prices jumped 0.9 percent in April.").speaker is None


def test_a_subject_attribution_covers_only_figures_after_its_verb():
    found = claims("Murders are expected to drop by 19.5 percent, as police there reported 130 murders.")
    assert [c.speaker for c in found] == [None, "police"]


def test_a_pronoun_is_the_person_named_before():
    text = ("The 26th Chief, Jason Owens, shared images. Owens posted that agents caught 890,000 immigrants. "
            "He recently revealed that agents have caught nearly 180 illegal immigrants.")
    assert [c.speaker for c in claims(text)] == ["Jason Owens", "Jason Owens"]


def test_a_description_is_the_person_the_article_names_later():
    text = ("Smuggling earns cartels as much as $6 billion a year, a senior Homeland Security official told "
            "Congress.\n\nJohn Condon, acting assistant director at Homeland Security Investigations, told Congress.")
    assert one(text).speaker == "John Condon"


def test_an_anonymous_official_is_not_the_person_named_later():
    text = ("Nearly 600 migrants per day were released, a senior CBP official told reporters on condition of "
            "anonymity.\n\nDHS Secretary Alejandro Mayorkas said the rule had reduced crossings.")
    assert one(text).speaker == "senior CBP official"  # the official of that body, by title


def test_the_source_is_the_source_named_before():
    text = ("The count is more than 50,000, according to a U.S. Customs and Border Protection source.\n\n"
            "According to the source, more than 400,000 migrants got away.")
    assert [c.speaker for c in claims(text)] == ["U.S. Customs and Border Protection"] * 2


def test_a_quotation_continued_in_the_next_sentence_keeps_its_speaker():
    text = "\u201cThey were not counted,\u201d the BLS said. \u201cThe number changed little at 1.5 million.\u201d"
    assert one(text).speaker == "BLS"


def test_a_quotation_running_on_into_the_next_paragraph_keeps_its_speaker():
    text = ('"We have seen a 40% increase," said Chief John Smith.\n\n'
            '"Our agents seized 12,000 pounds last year alone.\n\nThe sector covers 262 miles of border.')
    assert [c.speaker for c in claims(text)] == ["John Smith", "John Smith", None]


def test_an_embedded_post_is_attributed_to_its_signature():
    text = ("Intro paragraph that is long enough to be ordinary prose and not part of the embedded post at all, "
            "really.\n\nOvernight, #USBP hit 1M encounters!\n\n"
            "– 13 Smuggling cases pic.twitter.com/x — Chief Patrol Agent Gloria I. Chavez (@USBPChiefRGV) "
            "March 20, 2023")
    assert [c.speaker for c in claims(text)] == ["Gloria I. Chavez", "Gloria I. Chavez"]


def test_a_list_after_a_colon_keeps_the_speaker_before_it():
    text = ("Crime will fall by nearly 3 percent, according to the Brennan Center for Justice.\n\n"
            "Key figures in the data:\n\n- The murder rate will fall by 5.6 percent.")
    assert [c.speaker for c in claims(text)] == ["Brennan Center for Justice"] * 2


def test_his_office_is_the_person_named_before():
    text = "Texas Governor Greg Abbott has bused over 100,000 migrants north, his office said in a statement."
    assert one(text).speaker == "Greg Abbott"


def test_the_people_a_share_counts_are_not_its_speaker():
    text = ("The Pew Research Center found that 78% of Americans disapprove. "
            "Roughly two-thirds of Democrats agreed, the survey showed.")
    assert [c.speaker for c in claims(text)] == ["Pew Research Center", "Pew Research Center"]


def test_a_place_after_a_description_is_not_the_speaker():
    text = "Agents saw 300 gotaways on one night, a Border Patrol agent in Arizona said."
    assert one(text).speaker == "Border Patrol agent"


def test_who_obtained_the_data_is_not_its_source():
    text = "About 2 million people evaded capture, according to Border Patrol data obtained by the Washington Examiner."
    assert one(text).speaker == "Border Patrol"


def test_a_number_is_never_the_speaker():
    assert one("Almost one-third, 32 percent, said groups should endorse candidates.").speaker is None


# ---------------------------------------------------------------- periods


def period(text, published=PUBLISHED):
    claim = claims(text, published)[0]
    return claim.period_start, claim.period_end


def test_a_federal_fiscal_year_runs_from_october_to_september():
    assert period("In fiscal year 2024, agents caught 6,400 subjects.") == (date(2023, 10, 1), date(2024, 9, 30))
    assert period("In FY23, agents caught 900,590 individuals.") == (date(2022, 10, 1), date(2023, 9, 30))
    assert fiscal_year(2024).start == date(2023, 10, 1)


def test_so_far_this_fiscal_year_ends_at_publication():
    assert period("Agents caught 1,000 people so far this fiscal year.", date(2023, 3, 21)) == (
        date(2022, 10, 1), date(2023, 3, 21))


def test_a_month_is_the_latest_one_not_after_publication():
    assert period("The deficit grew to $62.2 billion in December.", date(2024, 2, 7)) == (
        date(2023, 12, 1), date(2023, 12, 31))
    assert period("Payrolls grew by 336,000 in September.", date(2023, 10, 6)) == (date(2023, 9, 1), date(2023, 9, 30))


def test_a_month_with_a_year_is_that_month():
    assert period("Cases stood at 1.9 million in September 2022.") == (date(2022, 9, 1), date(2022, 9, 30))


def test_last_month_and_the_previous_month():
    assert period("Prices edged up 0.2 percent last month.", date(2008, 5, 14)) == (date(2008, 4, 1), date(2008, 4, 30))
    text = "The deficit was $62.2 billion in December, from $63.2 billion reported for the previous month."
    assert claims(text, date(2024, 2, 7))[1].period_start == date(2023, 11, 1)


def test_quarters_and_halves():
    assert period("GDP grew 4% in the second quarter.", date(2014, 7, 30)) == (date(2014, 4, 1), date(2014, 6, 30))
    assert period("Sales reached 1.2 million cars in the first half of this year.") == (
        date(2024, 1, 1), date(2024, 6, 30))


def test_day_and_month_ranges():
    assert period("The agency counted 9,000 cases from December 24-30.") == (date(2023, 12, 24), date(2023, 12, 30))
    assert period("Support dropped 5 points between February and September.", date(2014, 9, 22)) == (
        date(2014, 2, 1), date(2014, 9, 30))
    assert period("Arrests topped 15,000 during the first three days of November.", date(2021, 11, 4)) == (
        date(2021, 11, 1), date(2021, 11, 3))


def test_the_months_ending_a_month():
    assert period("Home prices climbed 4.8% in the 12 months ending in September.", date(2023, 11, 28)) == (
        date(2022, 10, 1), date(2023, 9, 30))


def test_the_week_ending_a_day():
    assert period("Three deaths were reported for the week ending Jan. 5.", date(2019, 1, 11)) == (
        date(2018, 12, 30), date(2019, 1, 5))


def test_since_a_month_runs_to_publication():
    assert period("The department removed 400,000 people since May.", date(2024, 2, 1)) == (
        date(2023, 5, 1), date(2024, 2, 1))


def test_a_period_past_a_comma_belongs_to_another_clause():
    text = ("Boeing reported a first-quarter loss. It burned through $3.9 billion in cash, as production slowed "
            "after a blowout in January.")
    assert period(text, date(2024, 4, 24)) == (date(2024, 1, 1), date(2024, 3, 31))


def test_a_name_like_jane_is_not_january():
    assert period("By Jane Doe: agents counted 400 people.", date(2024, 4, 24)) == (None, None)


def test_a_comparisons_period_does_not_carry_into_the_next_sentence():
    text = ("Unemployment rose to 4% in March. A poll found 41% think so, up from 24% in August 2022. "
            "The poll of 1,016 adults has a margin of error of 4 points.")
    assert claims(text, date(2024, 4, 2))[-2].period_start == date(2024, 3, 1)


def test_agents_doing_something_are_not_a_source():
    assert one("At the border, where agents recorded 2.4 million encounters, crossings fell.").speaker is None


def test_a_comparison_base_with_a_comma_in_its_figure_does_not_carry_its_period():
    text = ("Officials reported 34,000 gotaways in June, down from 56,000 in May. "
            "Nearly 600 migrants per day were released.")
    assert claims(text, date(2024, 7, 3))[-1].period_start == date(2024, 6, 1)


def test_a_period_attached_to_a_figure_does_not_carry_into_the_next_sentence():
    text = ("GDP grew in the second quarter. Spending followed a 1.2% advance in the first three months of 2014. "
            "Purchases added 1.7 percentage points to growth.")
    assert claims(text, date(2014, 7, 30))[-1].period_start == date(2014, 4, 1)


def test_a_year_earlier_is_the_same_span_a_year_before():
    text = "Boeing delivered 83 airplanes in the first quarter, down from 130 a year earlier."
    found = claims(text, date(2024, 4, 24))
    assert [(c.period_start, c.period_end) for c in found] == [
        (date(2024, 1, 1), date(2024, 3, 31)), (date(2023, 1, 1), date(2023, 3, 31))]


def test_a_calendar_year():
    assert period("Police recorded 130 murders in 2017.") == (date(2017, 1, 1), date(2017, 12, 31))


def test_a_figure_compared_with_a_base_does_not_take_the_bases_period():
    text = "For the entire budget year, the CBO forecasts $486 billion, up 0.6 percent from the 2014 deficit."
    assert claims(text, date(2015, 3, 12))[1].period_start == date(2014, 10, 1)


def test_a_poll_figure_covers_the_polls_field_dates():
    text = ("Pew found that 72 percent say religion is losing influence.\n\n"
            "Pew surveyed 2,002 adults between Sept. 2 and Sept. 9.")
    assert period(text, date(2014, 9, 22)) == (date(2014, 9, 2), date(2014, 9, 9))


def test_a_period_cannot_be_resolved_without_a_publication_date():
    assert period("Payrolls grew by 336,000 in September.", None) == (None, None)


def test_parse_day_reads_one_date_phrase_against_a_base():
    assert parse_day("Jan. 5", date(2019, 1, 11)) == date(2019, 1, 5)
    assert parse_day("5 January 2019", None) == date(2019, 1, 5)
    assert Context(published=None).fiscal is False


# ---------------------------------------------------------------- not claims


@pytest.mark.parametrize("text", [
    "The incident happened on March 20, 2023 near the wall.",
    "The law passed in 2023 after a long fight.",
    "An 18-year-old drove the truck.",
    "He is 45 years old.",
    "Randy Clark is a 32-year veteran of the agency.",
    "The meeting starts at 10:30 a.m. sharp.",
    "The 26th Chief of the Border Patrol spoke.",
    "The gangs, including MS-13, are involved.",
    "The 9/11 attacks changed the agency.",
    "The price doubled over 12 months.",
    "Wages hit a 50-year low.",
    "Call 555-123-4567 for details.",
    "The office is at 1600 Pennsylvania Avenue in Washington.",
    "The Lakers won 112-104 on Tuesday.",
    "The measure passed 52-48 in the Senate.",
    "He served two years in prison.",
    "Crime fell in America's 30 largest cities.",
    "The 2021 model year truck was recalled.",
    "Boeing's 787 Dreamliner program was paused.",
    "Most deaths were among people 65 and older.",
    "The Boeing 737 crashed near Windows 11 headquarters.",
    "Jane Doe, 34, of Phoenix spoke first.",
    "The Yankees took a 3-1 lead in the series.",
    "It is a 2 min read.",
    "The road is 5m wide.",
    "COVID-19 cases under Title 42 rose along I-95 and Highway 101.",
    "Four things to know:",
    "Section 8 housing is scarce.",
    "The report came two days ago.",
    "One of the bandits was shot.",
    "The men scaled one fence along the border.",
])
def test_it_does_not_report_what_is_not_a_claim(text):
    assert claims(text) == []


def test_a_unit_conversion_in_parentheses_is_not_a_claim():
    assert values("Agents seized nearly 254 pounds (114 kilograms) of fentanyl.") == [Decimal(254)]


def test_the_base_of_a_rate_is_not_a_claim():
    claim = one("Deaths fell to a rate of 12 per 100,000.")
    assert (claim.value, claim.rate) == (Decimal(12), "per 100,000")


def test_a_day_range_is_not_two_claims():
    assert values("Officers made 40 arrests from December 24-30.") == [Decimal(40)]


def test_each_claim_keeps_its_offsets_and_sentence():
    text = "Intro sentence here. Agents caught over 890,000 immigrants, Owens said."
    claim = one(text)
    assert text[claim.start:claim.end] == claim.figure_text == "890,000"
    assert text[claim.sentence_start:claim.sentence_end] == claim.sentence
    assert claim.sentence.startswith("Agents caught")


def test_to_json_gives_the_scorers_object():
    data = one("Prices rose 3.8% in September, the BLS said.", date(2023, 10, 6)).to_json()
    assert {k: data[k] for k in ("value", "qualifier", "unit", "speaker", "period_start", "period_end")} == {
        "value": 3.8, "qualifier": None, "unit": "percent", "speaker": "BLS",
        "period_start": "2023-09-01", "period_end": "2023-09-30"}
    assert data["lower_bound"] == 3.75 and data["upper_bound"] == 3.85
    assert (data["place"], data["guessed"]) == ("", [])


def test_to_json_names_the_parts_taken_from_elsewhere_in_the_article():
    text = ("PHOENIX (AP) — Jobless claims rose in March, the Labor Department said.\n\n"
            "It said 4,100 people filed.")
    data = claims(text)[0].to_json()
    assert (data["speaker"], data["period_start"], data["place"]) == ("Labor Department", "2023-03-01", "Phoenix")
    assert data["guessed"] == ["period", "place", "speaker"]


@pytest.mark.parametrize("text, flagged", [
    ("Rents rose 4.1% in 2022.", False),  # no word of attribution: the article's own figure
    ("Rents rose 4.1% in 2022, and many tenants said they would move.", True),
    ("Residents who were surveyed last spring paid 1,200 dollars more in rent in 2022.", True),
    ("Rents rose 4.1% in 2022, the county reported.", False),  # found and named in the sentence
])
def test_an_empty_speaker_beside_a_word_of_attribution_is_marked_for_a_look(text, flagged):
    claim = one(text, date(2023, 3, 1))
    assert ("speaker" in claim.guessed, claim.speaker is None) == (flagged, "reported" not in text)


# ---------------------------------------------------------------- hard-wrapped lines


@pytest.mark.parametrize("text, speaker", [
    ("A survey by the Harbor Institute found that average rents for\nstudio flats in the city rose 6 percent.",
     "Harbor Institute"),
    ("The state's unemployment rate fell to 3.9 percent in May,\naccording to the Department of Workforce Development.",
     "Department of Workforce Development"),
    ("Home prices in the county climbed 12 percent over the year, the Tri-County Board of Realtors\nsaid Tuesday.",
     "Tri-County Board of Realtors"),
    ("The Metro Police Department reported 212 burglaries in\nJune, up from 180 a year earlier.",
     "Metro Police Department"),
    ("The ministry\nestimated that exports fell 8 percent in the first half.", "ministry"),
    ("Analysts at Norden Bank expect the central bank to\nraise its rate to 4.25 percent in July.", "Analysts"),
    ("A new Lakeview College poll found that 47 percent of voters back the measure while 44\npercent oppose it.",
     "Lakeview College"),
])
def test_a_hard_wrapped_sentence_runs_on_across_its_line_break(text, speaker):
    found = claims(text)
    assert found and all(c.speaker == speaker for c in found)
    assert all(text[c.start:c.end] == c.figure_text for c in found)


@pytest.mark.parametrize("text, paragraphs", [
    ("Jobless claims fall 4% in week\nThe Labor Department said 210,000 people filed.", 2),  # a headline
    ("Sales rose in three states, the survey found:\n- Ohio, 4 percent\n- Iowa, 3 percent", 3),  # list items
    ("Gas price averages\nOhio: $3.10\nIowa: $2.95", 3),  # label lines
    ("Exports rose 5 percent.\niPhone sales fell 2 percent.", 2),  # a finished sentence
    ("Top states for jobs\n1. Texas, 40,000\n2. Florida, 32,000", 3),  # numbered items
    ("Crime fell in 2023\n\nthe city recorded 40 murders.", 2),  # a blank line between paragraphs
    ("Prices rose in\nOhio, Iowa and Utah last month.\nThe survey covered 400\nstores.", 2),
])
def test_a_line_break_that_ends_a_line_is_kept(text, paragraphs):
    from claims.extraction.segments import split

    found = split(text)
    assert len(found) == paragraphs
    for para in found:
        assert para.text == text[para.start:para.end].replace("\n", " ")
        for st in para.sentences:
            assert st.text == text[st.start:st.end].replace("\n", " ")


def test_a_publication_datetime_is_read_as_its_date():
    from datetime import datetime

    claim = one("Payrolls grew by 336,000 in September.", datetime(2023, 10, 6, 8, 30))
    assert claim.period_start == date(2023, 9, 1)


def test_empty_text_has_no_claims():
    assert extract_claims("") == [] and extract_claims("   \n\n ") == []


def test_the_extraction_package_imports_nothing_from_django():
    import subprocess
    import sys

    code = ("import sys; import claims.extraction, claims.extraction.scoring; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": ".", "PATH": ""})
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("text", [
    "$", "1,2,3", "99999999999999999999999999 people", "٣ people", "½ of voters", "a\r\nb 5 dogs\r\n", "0 people",
    ".5 percent", "between 10 and 5 people", "Feb. 30, 2024 saw 5 cats", "December 40-50 had 5 cats",
    "the first 0 days of March had 4 cats", "week ending Feb. 31", "FY0 had 5 cats", "Q5 2024 had 5",
    "since December 99 there were 5", "the first 99 months of 2024 had 4",
])
def test_odd_input_gives_claims_with_true_offsets_and_never_an_error(text):
    for published in (None, date(2024, 2, 29)):
        for c in extract_claims(text, published=published):
            assert text[c.start:c.end] == c.figure_text
            assert c.period_start is None or c.period_start <= c.period_end


def test_random_text_never_raises():
    import random

    rng = random.Random(7)
    vocab = list("0123456789,.$%-+ ") + ["million", "percent", "more than", "said", "Jan.", "fiscal year", "\n",
                                           "\"", "“", "”", "(", ")", "since", "a year earlier", "one", "half of", "—"]
    for _ in range(300):
        text = "".join(rng.choice(vocab) for _ in range(rng.randint(1, 60)))
        for c in extract_claims(text, published=date(2024, 2, 29)):
            assert 0 <= c.start < c.end <= len(text)


@pytest.mark.parametrize("text, sentences", [
    # a one-digit number before a full stop (a day of a month, a rank, a count) ends its sentence
    ("Filings rose in the week ending June 4. Adjusted filings fell 3%.",
     ["Filings rose in the week ending June 4.", "Adjusted filings fell 3%."]),
    ("The county now ranks No. 3. Its jobless rate is 4.1%.",
     ["The county now ranks No. 3.", "Its jobless rate is 4.1%."]),
    ("Traffic was heavy on U.S. 9. About 40 cars were stuck.",
     ["Traffic was heavy on U.S. 9.", "About 40 cars were stuck."]),
    ("The vote was held on Oct. 7. Turnout was 61%.", ["The vote was held on Oct. 7.", "Turnout was 61%."]),
    # a capital letter's full stop is an initial; a list number at a sentence's start or after a colon is none
    ("Costs were cited by Mary T. Ruiz. She said 40 jobs went.",
     ["Costs were cited by Mary T. Ruiz.", "She said 40 jobs went."]),
    ("Two causes: 1. Rents rose 8%. 2. Wages fell.", ["Two causes: 1. Rents rose 8%.", "2. Wages fell."]),
    ("3. Utah added 9,000 jobs.", ["3. Utah added 9,000 jobs."]),
])
def test_a_digit_before_a_full_stop_ends_a_sentence_and_an_initial_does_not(text, sentences):
    from claims.extraction.segments import split

    assert [st.text for para in split(text) for st in para.sentences] == sentences


@pytest.mark.parametrize("text, sentences", [
    # a place's or a company's abbreviation before a word that opens a sentence ends its sentence
    ("The survey was run by a firm in Tempe, Ariz. An extra 12 percent were unsure.",
     ["The survey was run by a firm in Tempe, Ariz.", "An extra 12 percent were unsure."]),
    ("Orders went to Falcon Tools Inc. The company hired 40 workers.",
     ["Orders went to Falcon Tools Inc.", "The company hired 40 workers."]),
    ("Rents climbed fastest in the U.S. In Canada they rose 3%.",
     ["Rents climbed fastest in the U.S.", "In Canada they rose 3%."]),
    # before a name it goes on ("Pa. Governor", "U.S. Army")
    ("The plant near Erie, Pa. Governor Ames visited it in May.",
     ["The plant near Erie, Pa. Governor Ames visited it in May."]),
    ("Troops from the U.S. Army held 30 drills.", ["Troops from the U.S. Army held 30 drills."]),
])
def test_a_place_abbreviation_before_a_sentence_opener_ends_the_sentence(text, sentences):
    from claims.extraction.segments import split

    assert [st.text for para in split(text) for st in para.sentences] == sentences


@pytest.mark.parametrize("text, unit", [
    ("Flu spread fast.\n\nThe number of states reporting widespread flu activity jumped from\n\n36 to 46 last week, "
     "the CDC said.", "states"),
    ("Arrests rose.\n\nThe number of counties with a drought warning climbed to 31 in May,\n\nup from 22 in April.",
     "counties"),
    ("Prices rose.\n\nThe count of stores that raised prices was\n\nhigher, at 412 stores in June.", "stores"),
])
def test_a_sentence_broken_by_a_blank_line_runs_on_into_the_next_paragraph(text, unit):
    found = claims(text)
    assert found and found[-1].unit == unit
    assert all(text[c.start:c.end] == c.figure_text for c in found)


def test_a_paragraph_that_ends_a_sentence_is_not_joined_across_a_blank_line():
    from claims.extraction.segments import split

    assert len(split("Headline here\n\nPrices rose 4% in May\n\nThe survey covered 400 stores.")) == 3


def test_a_report_of_last_month_or_a_to_date_total_with_no_publication_date_does_not_crash():
    # "last month" and a month the article is about were compared with the publication date when there
    # was none (TypeError on a real page with no date: a fiscal-year-to-date deficit in April).
    text = ("Federal shortfall: April figures.\n\nThe April surplus was $160 billion. "
            "The deficit for this fiscal year to date is $531 billion. "
            "Receipts rose 2 percent last month, and the year-to-date total reached $2.1 trillion.")
    for published in (None, date(2019, 5, 9)):
        claims = extract_claims(text, published=published)
        assert [c.value for c in claims] == [160e9, 531e9, 2, 2.1e12]


@pytest.mark.parametrize("published", [None, date(2000, 1, 1), date(2030, 6, 15)])
def test_every_dev_article_is_read_without_a_crash_whatever_its_publication_date(published):
    from pathlib import Path

    from django.conf import settings

    texts = sorted((Path(settings.BASE_DIR) / "data" / "corpus" / "dev").glob("*.txt"))
    assert len(texts) >= 394
    for path in texts:
        text = path.read_text()
        for claim in extract_claims(text, published=published):
            assert 0 <= claim.start < claim.end <= len(text), path.name


@pytest.mark.parametrize("odd, plain", [
    ("Officials said 3 MİLLİON crossings were counted in the fırst quarter of 2020.",
     "Officials said 3 MILLION crossings were counted in the first quarter of 2020."),
    ("The agency counted an estımated 40 bıllıon dollars in Aprıl, the report ſaid.",
     "The agency counted an estimated 40 billion dollars in April, the report said."),
    ("Prices rose 2 percent in the ſecond quarter, after a 5\u212a drop the week ended ſaturday.",
     "Prices rose 2 percent in the second quarter, after a 5K drop the week ended saturday."),
])
def test_letters_a_case_blind_rule_reads_as_ascii_do_not_break_extraction(odd, plain):
    """ı, İ, ſ and the Kelvin sign match ASCII letters case-blind but lower() keeps them apart: the
    words are read as their ASCII letters, and the claims' own text is the article's."""
    got = extract_claims(odd, published=date(2020, 9, 1))
    want = extract_claims(plain, published=date(2020, 9, 1))
    assert [(c.value, c.qualifier, c.unit, c.period_start, c.period_end, c.start, c.end) for c in got] == \
        [(c.value, c.qualifier, c.unit, c.period_start, c.period_end, c.start, c.end) for c in want]
    assert got and all(c.figure_text == odd[c.start:c.end] and c.sentence == odd[c.sentence_start:c.sentence_end]
                       for c in got)


def test_a_name_with_a_dotted_capital_i_keeps_it():
    text = "Istanbul Mayor Ekrem İmamoğlu said 1.2 million İstanbul residents took the bus in March."
    (claim,) = extract_claims(text, published=date(2024, 6, 1))
    assert (claim.speaker, claim.unit, claim.value) == ("Ekrem İmamoğlu", "İstanbul residents", Decimal(1_200_000))
    assert (claim.period_start, claim.period_end) == (date(2024, 3, 1), date(2024, 3, 31))
