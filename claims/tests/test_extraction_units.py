"""What a figure counts (claims/extraction/extractor.py): noun phrases that end at verbs, adjectives
and abbreviations, and units stated before the figure or in the clause before. Sentences made up for
the test (issue 14's error classes)."""
from datetime import date

import pytest

from claims.extraction import extract_claims


def units(text):
    return [c.unit for c in extract_claims(text, published=date(2024, 6, 20))]


def figure_units(text):
    return [(c.figure_text, c.unit) for c in extract_claims(text, published=date(2024, 6, 20))]


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


def test_figures_in_parentheses_count_the_subject_of_their_own_clause():
    assert units("Burglaries fell 4% (from 880 to 845) and thefts rose 3% (from 2,100 to 2,163) in May.") == [
        "percent", "Burglaries", "Burglaries", "percent", "thefts", "thefts"]
    assert units("The city said that arson rose by 1.5% in March (612 v. 603).") == ["percent", "arson", "arson"]


def test_a_clause_with_its_own_subject_does_not_take_the_previous_clauses_unit():
    assert units("The weekly average dropped 2,000 to 310,500, while pending claims fell 7,000 to 1.9 million.") == [
        "weekly average", "weekly average", "pending claims", "pending claims"]


def test_a_possessive_or_a_contracted_pronoun_is_not_the_unit():
    assert units("The state agency's preliminary measles cases climbed 4% to 1,130. That's up from 1,087.") == [
        "percent", "preliminary measles cases", "preliminary measles cases"]


def test_the_object_of_a_change_by_or_a_forecast_to_total_is_the_unit():
    assert units("The new rule lowered filings by about 8,000. Analysts expected home sales to total 390,000.") == [
        "filings", "home sales"]


def test_a_fraction_of_a_percentage_point_is_in_percentage_points():
    claims = extract_claims("Inventories subtracted 0.06 of a percentage point.", published=date(2024, 6, 20))
    assert [(c.figure_text, c.unit) for c in claims] == [("0.06", "percentage points")]


def test_employment_counts_jobs():
    claims = extract_claims("Employment in construction rose by 18,000 in May.", published=date(2024, 6, 20))
    assert [(c.figure_text, c.unit) for c in claims] == [("18,000", "jobs")]


def test_n_fewer_than_counts_what_was_counted_before():
    claims = extract_claims("Wardens reported 14 escapes, three fewer than a year before.", published=date(2024, 6, 20))
    assert [(c.figure_text, c.unit) for c in claims] == [("14", "escapes"), ("three", "escapes")]


def test_a_lifespan_is_a_figure_in_years_but_a_duration_is_not():
    claims = extract_claims("Girls born in 2021 can expect to live 80.2 years. He lived 3 years in Ohio.",
                            published=date(2024, 6, 20))
    assert [(c.figure_text, c.unit) for c in claims] == [("80.2", "years")]


def test_a_part_of_the_largest_group_counts_the_group_noun():
    assert figure_units("Rents rose in 14 of the state's 20 largest towns and in 9 of US biggest ports.") == [
        ("14", "largest towns"), ("9", "biggest ports")]


def test_a_sentence_adverb_or_an_adverb_after_the_figure_is_not_a_unit():
    assert figure_units("Conversely, loans for small firms dipped 2.5% to 310,000.") == [
        ("2.5%", "percent"), ("310,000", "loans")]
    assert figure_units("Sales rose to 512,000 from 498,000 previously.") == [
        ("512,000", "Sales"), ("498,000", "Sales")]
    assert figure_units("That lifts the county's total number of sales this year to 41 thus far.") == [("41", "sales")]


def test_a_poll_sample_size_counts_respondents():
    assert figure_units("Support held at 51% (n=1,012, +/-3%).") == [
        ("51%", "percent"), ("1,012", "respondents"), ("3%", "percent")]


def test_the_most_of_a_noun_before_a_dash_counts_that_noun_and_a_place_that_had_it_is_not_the_unit():
    assert figure_units("Denver had the most robberies — 412 in 2019 — far more than the 300 in Austin.") == [
        ("412", "robberies"), ("300", "robberies")]


def test_a_count_in_apposition_to_a_fraction_of_all_x_counts_x():
    assert figure_units("Two-thirds of all thefts – 900 of 1,350 – were solved.") == [
        ("Two-thirds", "percent"), ("900", "thefts"), ("1,350", "thefts")]


def test_a_part_after_including_counts_what_the_sentence_counted():
    assert figure_units("Turnout was low in 11 counties, including four where fewer than 20% voted.") == [
        ("11", "counties"), ("four", "counties"), ("20%", "percent")]


def test_a_change_of_a_figure_counts_the_noun_before_the_change():
    assert figure_units("Forecasters see payrolls growth of 145,000, after the prior month's 120,000.") == [
        ("145,000", "payrolls"), ("120,000", "payrolls")]


def test_a_table_line_with_an_equals_sign_counts_the_words_before_it():
    assert figure_units("May 2021 Northern Border (NB) Haitian encounters = 1,204") == [
        ("1,204", "Haitian encounters")]


def test_the_figure_for_seasonally_adjusted_claims_counts_the_claims():
    assert units("Last week the advance figure for seasonally adjusted continuing claims was 1,850,000.") == [
        "continuing claims"]


def test_a_decimal_rate_or_change_written_without_percent_is_a_percentage():
    assert units("The county posted a 5.2 jobless rate and a 13.4 increase in its levy.") == ["percent", "percent"]


def test_a_change_or_an_estimate_as_subject_takes_the_count_before():
    assert figure_units("Factories added 80,000 jobs in June. That came after May's increase of 60,000 "
                        "and 45,000 in April. The preliminary estimate of 70,000 was too low.") == [
        ("80,000", "jobs"), ("60,000", "jobs"), ("45,000", "jobs"), ("70,000", "jobs")]


def test_payroll_gains_count_jobs():
    assert figure_units("A poll of employers found payroll gains of 95,000 in July and 88,000 in August.") == [
        ("95,000", "jobs"), ("88,000", "jobs")]


def test_a_which_clause_counts_the_noun_before_it():
    assert figure_units("Officers cut the backlog of pending asylum cases, which fell to 12,000 by June.") == [
        ("12,000", "pending asylum cases")]


def test_a_revision_up_or_down_counts_the_clause_subject_or_the_count_before():
    assert figure_units("Factories hired 41,000 workers in May. The April figure was revised upwards by 3,000 "
                        "to 38,000.") == [("41,000", "workers"), ("3,000", "workers"), ("38,000", "workers")]
    assert figure_units("Home sales were revised down by 12,000.") == [("12,000", "Home sales")]


def test_an_expectation_names_no_count():
    assert figure_units("Stores hired 9,000 clerks. The consensus expectation was for a gain of 12,000.") == [
        ("9,000", "clerks"), ("12,000", "clerks")]


def test_an_abbreviated_gas_unit_names_the_unit_with_or_without_a_space():
    assert figure_units("Flows hit 98.7bcfd on Monday, up from 97.2 bcfd, and storage held 3.1 tcf.") == [
        ("98.7bcfd", "cubic feet per day"), ("97.2 bcfd", "cubic feet per day"), ("3.1 tcf", "cubic feet")]


def test_a_comparison_word_or_a_time_adverb_after_the_figure_is_not_its_unit():
    assert figure_units("Still, bookings remain 40,000 below their 2019 peak.") == [("40,000", "bookings")]
    assert figure_units("Hotel rooms numbered 9,000 in 1990. That count has climbed to roughly 14,200 today.") == [
        ("9,000", "Hotel rooms"), ("14,200", "Hotel rooms")]


def test_a_name_for_a_figure_after_it_is_not_its_unit():
    assert figure_units("Stores sold 2.1 million bikes, short of the 2.4 million forecast by traders.") == [
        ("2.1 million", "bikes"), ("2.4 million", "bikes")]


def test_nationwide_before_a_noun_and_hyphened_adjectives_are_part_of_the_unit():
    assert units("Officials do not expect to pass the 8,000 nationwide cases seen in 1990.") == ["cases"]
    assert units("A total of 4,250 lab-confirmed drug-related admissions were logged.") == [
        "lab-confirmed drug-related admissions"]


def test_n_percent_fewer_than_counts_what_was_counted_before():
    assert figure_units("Rangers caught 2,400 poachers. That's 20 percent fewer than the 3,000 caught a year "
                        "before.") == [("2,400", "poachers"), ("20 percent", "percent"), ("3,000", "poachers")]


def test_and_inside_the_subject_of_a_figure_in_parentheses_does_not_split_the_clause():
    assert figure_units("Employment in retail and wholesale trade continued to trend up in May (+14,000).") == [
        ("+14,000", "jobs")]
    assert figure_units("Payments to farms and ranches kept rising (from 310 to 355).") == [
        ("310", "Payments"), ("355", "Payments")]


def test_a_part_of_a_group_counts_the_group():
    assert figure_units("The bulk of the seized parcels, 44 (61%), came by air.") == [
        ("44", "seized parcels"), ("61%", "percent")]
    assert figure_units("Voters cast 9,000 ballots. The remainder were spoiled (120) or blank (85).") == [
        ("9,000", "ballots"), ("120", "ballots"), ("85", "ballots")]


def test_places_ranked_by_a_count_take_the_count_as_unit():
    assert figure_units("Counties with the biggest payroll gains were Kent, up 2,100; and Lane, 1,800.") == [
        ("2,100", "jobs"), ("1,800", "jobs")]
    assert figure_units("The leading ports for imports were Oakland (4,120) and Tacoma (3,300).") == [
        ("4,120", "imports"), ("3,300", "imports")]


def test_a_noun_phrase_clause_before_a_figure_in_parentheses_names_its_unit():
    assert figure_units("In 2023, wind turbines from Denmark (1,240), Spain (860) and Japan (415) led sales.") == [
        ("1,240", "wind turbines"), ("860", "wind turbines"), ("415", "wind turbines")]


def test_a_figure_in_parentheses_before_of_counts_the_group_after_it():
    assert figure_units("Sixty percent (540) of the county's 900 nurses were trained abroad.") == [
        ("Sixty percent", "percent"), ("540", "nurses"), ("900", "nurses")]


def test_joined_subjects_take_the_last_noun():
    assert figure_units("City, county and regional agencies cut 4,500.") == [("4,500", "regional agencies")]


def test_the_noun_before_totaling_is_the_unit():
    assert figure_units("The mill reported equipment orders totaling 4,310 in March.") == [
        ("4,310", "equipment orders")]


def test_a_rate_per_thousand_without_a_noun_is_a_rate():
    assert figure_units("The burglary rate was flat (3.1 per 1,000).") == [("3.1", "rate per 1,000")]
    assert figure_units("Clinics logged 12.5 visits per 1,000 adults, against 11.9 per 1,000 in 2020.") == [
        ("12.5", "visits"), ("11.9", "visits per 1,000")]


def test_forecasters_who_expected_a_figure_are_not_its_unit():
    assert figure_units("Stocks of jet fuel fell by 2.2 million barrels, above the 1.4 million traders expected.") == [
        ("2.2 million", "barrels"), ("1.4 million", "barrels")]


def test_an_adjective_before_the_whole_in_a_part_of_a_whole_is_skipped():
    assert figure_units("Only 412 of the eligible 530 clinics applied.") == [
        ("412", "clinics"), ("530", "clinics")]


def test_a_figure_compared_with_a_figure_that_names_its_unit_takes_that_unit():
    assert figure_units("The county says the 31 is a drop from the 44 drownings it averaged before.") == [
        ("31", "drownings"), ("44", "drownings")]
    assert figure_units("The total of 8,120 was more than the 7,900 visitors who came in July.") == [
        ("8,120", "visitors"), ("7,900", "visitors")]


def test_a_change_that_does_not_say_what_changed_counts_what_was_counted_before():
    assert figure_units("Factories hired 52,000 workers in May. Hiring stayed below the average monthly "
                        "increase of 61,000 seen last year.") == [("52,000", "workers"), ("61,000", "workers")]


def test_a_named_agent_is_not_the_unit_of_a_figure_compared_with_its_count():
    assert figure_units("The Harbor Police seized 412 boats in 2022 compared with 380 in 2021.") == [
        ("412", "boats"), ("380", "boats")]


def test_n_were_a_plural_or_a_name_counts_that():
    assert figure_units("Of those surveyed, 410 were retired teachers, 220 were Veterans and 95 were dismissed.") == [
        ("410", "retired teachers"), ("220", "Veterans"), ("95", "Veterans")]


def test_a_fiscal_year_before_the_subject_is_a_period_not_the_unit():
    assert figure_units("Rangers logged 3,100 rescues in May. In May 2019 the fiscal year total was 9,420.") == [
        ("3,100", "rescues"), ("9,420", "rescues")]


def test_an_estimate_or_a_total_for_a_noun_counts_that_noun():
    assert figure_units("The consensus forecast for factory orders was 31,500, analysts said.") == [
        ("31,500", "factory orders")]


def test_a_figure_compared_with_an_earlier_count_takes_its_noun_not_the_clauses_subject():
    assert units("This year, firefighters have answered 2,410 calls – compared with 2,198 for the same months "
                 "in 2023 and 1,950 for 2022.") == ["calls", "calls", "calls"]
    assert units("Deputies have served 730 warrants so far in 2024 – compared with 655 at this point last year, "
                 "702 in 2022 and 610 in 2021.") == ["warrants"] * 4
    assert units("Investigators opened 95 cases in March and closed 80.") == ["cases", "cases"]
    assert units("Inspectors have flagged 312 restaurants this spring, up from 270 in the spring of 2023.") == [
        "restaurants", "restaurants"]
    assert units("Nonfarm payrolls rose 200,000 in May, while continuing claims fell 54,000.") == [
        "Nonfarm payrolls", "continuing claims"]


def test_a_comparison_in_parentheses_after_a_count_takes_the_counts_noun():
    assert units("Customs seized 2,300 pounds of cocaine (up from 1,800 in 2022) and detained 61 couriers "
                 "(down from 74 a year earlier).") == ["pounds of cocaine", "pounds of cocaine", "couriers", "couriers"]
    assert units("The county jailed 418 people (compared with 390 the year before) on drug charges.") == [
        "people", "people"]
    assert units("Investigators opened 95 cases (from 88 in 2022) and closed 80.") == ["cases", "cases", "cases"]
    assert units("Federal agents arrested 210 smugglers (up 12% from 188 last year) along the river.") == [
        "smugglers", "percent", "smugglers"]


def test_a_figure_after_with_takes_the_noun_of_a_parallel_figure_after_with():
    assert units("Hospitals led the hiring, with 3,150 added, followed by schools with 2,040 jobs.") == [
        "jobs", "jobs"]
    assert units("California topped the list with 512 reported, followed by Texas with 340 cases.") == [
        "cases", "cases"]
    assert units("Ohio ranked first, with about 1,200 filed, followed by Indiana with 980 claims and Iowa "
                 "with 610 claims.") == ["claims", "claims", "claims"]
    assert units("The north district led with 77 recorded, followed by the east district with 64 burglaries.") == [
        "burglaries", "burglaries"]


def test_a_plural_noun_that_is_also_a_verb_heads_a_compound_after_a_singular_noun():
    assert units("The bank made two rate cuts in 2023, and analysts expect 3 rate cuts this year.") == [
        "rate cuts", "rate cuts"]
    assert units("The chain announced 1,500 job cuts and 40 store closings.") == ["job cuts", "store closings"]
    assert units("Europe saw 12 price rises in gas this winter.") == ["price rises"]
    assert units("The store sold 500 box sets in May.") == ["box sets"]
    assert units("The 9,400 riders shows strong demand.") == ["riders"]
    assert units("Its 2,000 page report sets out 45 rules.") == ["page report", "rules"]


def test_another_figure_with_no_noun_counts_what_the_count_before_counts_not_the_subject():
    assert units("Park rangers rescued 40 hikers in May. Volunteer teams, who patrol the ridge trails, rescued "
                 "another 25, the report said.") == ["hikers", "hikers"]
    assert units("Officers cited 85 drivers for speeding. Deputies on the county roads cited a further 40.") == [
        "drivers", "drivers"]
    assert units("The hospital admitted 310 patients on Monday; the clinic admitted an additional 120.") == [
        "patients", "patients"]


def test_a_figure_with_no_noun_counts_the_subject_of_the_sentence_before_over_an_older_count():
    assert units("Inspectors found 12 violations at the plant.\n\nStorm shelters are open in every ward. "
                 "There are 62 in all, up from 48 last winter.") == ["violations", "Storm shelters", "Storm shelters"]
    assert units("The city hired 40 teachers in 2023.\n\nWeekly jobless claims are a gauge of layoffs. "
                 "They have ranged between 210,000 and 240,000 this year.") == [
        "teachers", "Weekly jobless claims", "Weekly jobless claims"]
    assert units("The county opened 15 new clinics.\n\nCharter schools keep spreading across the state. "
                 "There were 140 by June, the board said.") == ["clinics", "Charter schools"]
    # a person is not what is counted: the older count stands
    assert units("The drive collected 800 coats.\n\nThe mayor is a popular figure. There were 300 at the rally.") \
        == ["coats", "coats"]


def test_a_spelled_number_of_a_span_after_the_figure_is_not_its_unit():
    assert units("Enrollment fell to 1,900 in May from 2,300 five years ago.") == ["Enrollment", "Enrollment"]
    assert units("The shelter housed 64 dogs, down from 80 three years earlier.") == ["dogs", "dogs"]


def test_elsewhere_in_a_list_of_places_with_counts_in_parentheses_is_one_of_the_list():
    assert units("According to the registry, new voters from Texas (5,100), Utah (2,050) and elsewhere (1,300) "
                 "signed up.") == ["new voters"] * 3


def test_a_subordinating_conjunction_is_never_a_unit_and_the_counted_noun_comes_from_its_clause():
    assert units("If the rate of arrests continues at this pace, the year-end total will be about 8,000.") == [
        "arrests"]
    assert units("If evictions keep climbing, the year will end with about 5,000.") == ["evictions"]
    assert units("Although shipments slowed in May, the total reached 12,000.") == ["shipments"]
    assert units("Unless the pace of layoffs changed, the total for the year was about 90,000.") == ["layoffs"]
    assert units("Because enrollments fell, the final count was 4,200.") == ["enrollments"]
    assert units("Whether or not the rate of closures rose, the total was near 600.") == ["closures"]


def test_a_bare_base_compared_with_a_percentage_level_takes_its_unit():
    assert units("The unemployment rate edged down, to 5 percent from 5.2 in March.") == ["percent", "percent"]
    assert units("Inflation rose to 4.5% in May, up from 4.2 in April.") == ["percent", "percent"]
    assert units("The jobless rate was 6.1 percent, compared with 6.4 a year earlier.") == ["percent", "percent"]
    assert units("Turnout reached 61 percent versus 58 in 2020.") == ["percent", "percent"]
    assert units("The vacancy rate fell to 3.8 percent last month from 4.0.") == ["percent", "percent"]
    # a change in percent is compared with a count: the count's own unit
    assert units("Shootings rose 3% from 739 in 2018.") == ["percent", "Shootings"]


def test_a_change_in_a_noun_from_one_figure_to_another_counts_that_noun():
    assert units("The year saw the highest number of crimes, including a 38 percent increase in burglaries "
                 "from 21 in March to 29 in April.") == ["percent", "burglaries", "burglaries"]
    assert units("Thefts rose, with a 20 percent jump in car break-ins from 40 in May to 48 in June.") == [
        "percent", "car break-ins", "car break-ins"]
    assert units("The total number of calls was flat despite a drop in noise complaints from 310 to 270.") == [
        "noise complaints", "noise complaints"]
    assert units("A sharp decline in new enrollments from 1,200 last fall to 950 this fall worried the board.") == [
        "new enrollments", "new enrollments"]
    assert units("The tally of inspections grew, led by a rise in restaurant inspections from 88 to 120.") == [
        "restaurant inspections", "restaurant inspections"]


def test_a_count_with_its_share_in_parentheses_counts_the_group_after_of():
    assert units("In interviews, 190 (83%) of 228 sick people reported eating raw eggs.") == [
        "sick people", "percent", "sick people"]
    assert units("Of those asked, 45 (30%) of 150 nurses said they would quit.") == ["nurses", "percent", "nurses"]
    assert units("By May, 12 (40 percent) of the 30 schools had closed.") == ["schools", "percent", "schools"]
    assert units("Among applicants, 310 (about 25%) of 1,240 veterans were approved.") == [
        "veterans", "percent", "veterans"]
    assert units("In all, 7 (6%) of 118 patients needed surgery.") == ["patients", "percent", "patients"]


def test_a_count_named_for_what_it_counts_is_the_unit_of_its_figure():
    assert units("The average daily inmate count was 236 during March.") == ["inmate count"]
    assert units("The daily patient count was 412 in May.") == ["patient count"]
    assert units("The homeless count stood at 4,200 in January.") == ["homeless count"]
    assert units("By April, the bird count reached 1,950.") == ["bird count"]
    # an adjective before "count" names no thing counted
    assert units("The average count was 310 last year.") == [""]
    assert units("The official count was 1,200.") == [""]


def test_a_bare_count_a_thing_was_done_to_counts_people_done_to():
    assert units("Police said 14 were killed and 30 were injured in the pileup.") == [
        "people killed", "people injured"]
    assert units("During the protest, 83 were arrested.") == ["people arrested"]
    assert units("Health officials said 52 have been hospitalized since January.") == ["people hospitalized"]
    assert units("The ferry capsized near the harbor and 11 drowned.") == ["people drowned"]
    assert units("Of the passengers on the bus, 6 were seriously hurt.") == ["people hurt"]
    assert units("Last week 240 were laid off at the mill.") == ["people laid off"]
    # a count before in the sentence names what the later figure counts
    assert units("Officers detained 300 protesters; 120 were later arrested.") == ["protesters", "protesters"]
    # a thing that is not a verb done to people
    assert units("In 2019, when 412 were reported, the count fell.") != ["people reported"]


def test_a_bare_superlative_standing_for_a_count_names_no_unit():
    assert units("The busiest month was June, when 95 were detained, and the lowest was March at 40.") == [
        "people detained", "people detained"]
    assert units("Admissions peaked in May at 1,210 patients; the lowest was 640 in August.") == [
        "patients", "patients"]


def test_a_preposition_after_the_figure_ends_its_unit():
    assert units("The charity opened 40 offices besides its headquarters.") == ["offices"]
    assert units("Rangers counted 320 nests along the shore this spring.") == ["nests"]
    assert units("Crews cleared 75 homes outside the evacuation zone.") == ["homes"]
    assert units("Police made 18 arrests despite the rain.") == ["arrests"]
    # a hyphenated word that starts like one of them is part of the noun
    assert units("Inspectors flagged 45 inside-lane defects.") == ["inside-lane defects"]


def test_a_pronoun_with_its_verb_contracted_ends_the_subject_of_a_bare_figure():
    assert units("Shelters took in 1,900 families last year. The figure we've seen so far this year is 1,400.") == [
        "families", "families"]
    assert units("Vets saw 700 pets last year. The total they're reporting for May is 65.") == ["pets", "pets"]
    assert units("Clinics gave 5,000 shots in May. The number we’d hoped for was 6,000.") == ["shots", "shots"]


def test_a_verb_after_of_those_is_not_the_unit_of_the_part():
    assert units("Investigators interviewed 250 witnesses; 30 of those testified.") == ["witnesses", "witnesses"]
    assert units("The firm hired 600 drivers, and 90 of those quit.") == ["drivers", "drivers"]
    assert units("The park has 200 benches; 15 of those painted blue were vandalized.") == ["benches", "benches"]
    # a plural noun after "those" is what the part counts
    assert units("The city had 90 bridges; 12 of those inspected bridges failed.") == ["bridges", "inspected bridges"]


def test_the_object_of_a_forecast_to_rise_or_fall_to_a_figure_is_its_unit():
    assert units("Economists had expected payrolls to rise to 180,000.") == ["payrolls"]
    assert units("Forecasters expect jobless claims to fall to 215,000 next week.") == ["jobless claims"]
    assert units("A poll of traders, which called for home sales to drop to 3.9 million, missed.") == ["home sales"]
    # a noun after the figure is its own unit
    assert units("Analysts forecast exports to climb by 3,000 units.") == ["units"]


def test_a_time_phrase_before_there_were_is_not_what_a_bare_figure_counts():
    assert units("Shelters housed 2,100 families in 2023. In the first half of this year, there have been 1,480.") == [
        "families", "families"]
    assert units("Agents caught 900 migrants in May. During the first week of June, there were 210.") == [
        "migrants", "migrants"]
    assert units("Bike thefts rose in the spring. So far this year, there have been 330.") == ["Bike thefts"]
    # a clause before that names what is counted still gives it
    assert units("Arrests climbed in April; in May there were 61,250.") == ["Arrests"]


@pytest.mark.parametrize("text, unit", [
    ("Almost all of the 30,000 increase in hospital visits was due to flu.", "hospital visits"),
    ("The city saw a 1,200 rise in burglaries last year.", "burglaries"),
    ("Officials reported a 450 drop in the number of arrests.", "arrests"),
])


def test_a_change_in_something_counts_that_thing(text, unit):
    assert units(text) == [unit]


def test_a_change_in_a_month_or_a_place_names_no_counted_thing():
    assert units("The 30,000 increase in March was the largest.") == ["increase"]


@pytest.mark.parametrize("text, unit", [
    ("The median of analysts' forecasts for new jobs was 172,000.", "new jobs"),
    ("The mean of the estimates for housing starts was 1.3 million.", "housing starts"),
    ("The change in factory orders for May was 16,000.", "factory orders"),
])


def test_a_median_mean_or_change_of_something_counts_that_thing(text, unit):
    assert units(text) == [unit]


def test_a_median_of_nothing_named_stays_as_it_is():
    assert units("The median was 172,000.") == ["median"]


@pytest.mark.parametrize("text, expected", [
    ("Clinics treated 8,000 patients in May. That's far fewer than the 10,000 that were arriving each month.",
     ["patients", "patients"]),
    ("Clinics treated 8,000 patients in May. It is much higher than the 6,000 seen a year earlier.",
     ["patients", "patients"]),
    ("Far more patients than the 6,000 expected arrived.", ["patients"]),
])


def test_far_or_much_before_a_comparative_is_not_what_is_counted(text, expected):
    assert units(text) == expected


def test_a_plain_subject_before_a_comparison_is_still_counted():
    assert units("Farmers sold 6,000 more.") == ["Farmers"]


@pytest.mark.parametrize("text", [
    "Clinics treated 8,000 patients in May. It's far fewer than the 9,000 some state officials were predicting.",
    "Clinics treated 8,000 patients in May, below the 9,000 many analysts had expected.",
    "Clinics treated 8,000 patients in May, short of the 9,000 several planners wanted.",
])


def test_some_or_many_after_a_figure_opens_a_relative_clause_not_a_unit(text):
    assert units(text) == ["patients", "patients"]


def test_a_word_that_only_starts_like_some_is_a_unit():
    assert units("The county has 9,000 someday voters.") == ["someday voters"]


@pytest.mark.parametrize("text, unit", [
    ("The number of theft/fraud cases fell from 87 in 2016 to 60 in 2017.", "theft/fraud cases"),
    ("The number of burglary/breaking and entering cases fell from 87 in 2016 to 60 in 2017.",
     "burglary/breaking and entering cases"),
    ("Grants went to 87 state and local governments.", "state and local governments"),
    ("Deputies logged 87 assault/battery reports.", "assault/battery reports"),
])


def test_modifiers_joined_by_a_slash_or_and_before_one_noun_are_one_unit(text, unit):
    assert units(text)[0] == unit


def test_a_second_figure_after_and_is_not_joined_to_the_first_unit():
    assert units("Police seized 87 rifle and 12 pistols.") == ["rifle", "pistols"]


@pytest.mark.parametrize("text", [
    "Half approved. And an equal percent -- 48 -- called him a divider.",
    "Most voters approved. A similar percent — 31 — said they were unsure.",
    "Most voters approved. The same percent – 12 – had no view.",
])


def test_a_figure_set_off_by_dashes_after_a_percent_is_that_percent(text):
    assert units(text)[-1] == "percent"


def test_a_figure_set_off_after_a_number_is_not_a_percent():
    assert units("Most voters approved. An equal number -- 48 -- said they were unsure.") != ["percent"]


def test_dated_items_under_a_header_count_what_the_header_names():
    text = ("Jail crowding eases\n\nThe county jailed fewer men and women this year, officials said.\n\n"
            "Here are the annual jail population totals as of June 30:\n2019: 1,412\n2020: 1,288\n2021: 1,301")
    assert figure_units(text) == [("1,412", "population"), ("1,288", "population"), ("1,301", "population")]
    text = "Crime report\n\nArrests of men rose to 400.\n\nHomicides in Riverton by year:\n2019: 95\nMarch 2020: 71"
    assert figure_units(text)[1:] == [("95", "Homicides"), ("71", "Homicides")]


def test_items_that_are_not_dates_keep_their_own_units():
    # negative: "Pedestrian deaths: 412" names its own count; a header with no count word leaves a stated unit
    text = "Road deaths\n\nThe state counted 900 crashes.\n\nBy category:\nPedestrian deaths: 412\n2020: 71 cyclists"
    assert figure_units(text)[1:] == [("412", "Pedestrian deaths"), ("71", "cyclists")]


def test_the_first_figure_of_a_fall_from_one_count_to_another_takes_the_unit_after_the_second():
    assert figure_units("Colquitt County, which went from 2,567 to 2,214 doses, had the biggest drop.") == [
        ("2,567", "doses"), ("2,214", "doses")]
    assert figure_units("Oak Hill, which dropped from nearly 800 to 610 students, closed a school.") == [
        ("800", "students"), ("610", "students")]
    # negative: "to" that does not follow "from" joins no pair
    assert figure_units("Clinics gave 300 shots to 41 schools.") == [("300", "shots"), ("41", "schools")]


def test_a_bare_figure_after_with_counts_what_a_ranking_before_it_is_by():
    assert units("Airlines announced the most layoffs in June, with 4,100.") == ["layoffs"]
    assert units("Mining leads all sectors in plant closings this year, with 212.") == ["plant closings"]
    assert units("Ohio had the highest number of flu deaths, with 1,250.") == ["flu deaths"]
    # negatives: a ranking by a change names no count; a figure with its own noun keeps it
    assert units("Ohio led the nation in the increase, with 4,000.") != ["increase"]
    assert units("Ohio led the nation in arrests, with 4,000 people held.") == ["people"]


def test_a_bare_figure_of_a_stock_index_is_in_points():
    assert units("The Nasdaq slid 41.2, or 1.1%, ending at 3,710.5.") == ["points", "percent", "points"]
    assert units("The Dow rose 1.4% to 31,020; the Russell 2000 fell 12.3, to 2,210.7.") == [
        "percent", "points", "points", "points"]
    # negatives: a company named Dow counts its own things; a figure with its own noun keeps it
    assert units("Dow Chemical said it would cut 2,000.") != ["points"]
    assert units("The Nasdaq listed 40 new companies.") == ["companies"]


def test_a_small_count_whose_noun_is_left_out_takes_the_count_before():
    assert figure_units("Sales fell in 14 states and held steady in three.") == [("14", "states"), ("three", "states")]
    assert figure_units("Of the 9 precincts, crime rose in five, and fell in four others.") == [
        ("9", "precincts"), ("five", "precincts"), ("four", "precincts")]
    # negative: a small number after a semicolon or right after a number is no elided count
    assert figure_units("Police held 12 people; the chief said it came down to two.") == [("12", "people")]
    assert [f for f, _ in figure_units("The board voted 5 to two.")] == ["5"]


def test_a_clause_whose_verb_names_its_change_counts_its_own_subject():
    assert figure_units("Robberies rose to 212, while burglaries saw a sharp decline to 480.") == [
        ("212", "Robberies"), ("480", "burglaries")]
    assert figure_units("Car thefts climbed to 90, and arsons posted a small drop from 31 to 27.")[1:] == [
        ("31", "arsons"), ("27", "arsons")]
    # negative: "saw" with a count after it, no change named, still counts the noun after the figure
    assert figure_units("The town saw 478 burglaries last year.") == [("478", "burglaries")]


def test_a_verb_after_the_subjects_noun_ends_the_subject():
    # a past tense after a singular noun, with nothing but the figure or a preposition after it, is the verb
    assert figure_units("Burglaries fell to 310 last year. The district recorded 290 in 2019.") == [
        ("310", "Burglaries"), ("290", "Burglaries")]
    assert figure_units("Home sales slipped to 4,100. The consensus estimate called for a drop to 4,200.") == [
        ("4,100", "Home sales"), ("4,200", "Home sales")]
    # a verb no noun spells: "comes", "goes"
    assert figure_units("Factories added 8,000 jobs. The biggest gain comes in machinery (+2,300).") == [
        ("8,000", "jobs"), ("+2,300", "jobs")]
    # negative: an -ed word before a noun or "and" modifies the noun; after a plural noun, a reduced relative
    assert figure_units("Provisional estimated flu deaths rose to 5,200.") == [
        ("5,200", "Provisional estimated flu deaths")]
    assert figure_units("Confirmed and suspected measles cases reached 140.") == [("140", "suspected measles cases")]
    assert figure_units("People detained at the ports climbed to 930.") == [("930", "People detained")]


def test_a_singular_noun_that_recorded_the_figure_holds_it():
    assert figure_units("Arsons doubled to 44 in 2022. The county recorded 39 in 2021.") == [
        ("44", "Arsons"), ("39", "Arsons")]
    # negative: a plural subject before the figure's own noun is untouched
    assert figure_units("The county recorded 39 arsons in 2021.") == [("39", "arsons")]


def test_a_verb_right_after_a_plural_count_is_not_its_unit():
    # a word a plural count cannot name, before an object; a base verb before a place; a participle alone
    assert figure_units("Jobless claims fell to 210,000. Claims under 250,000 signal a tight labor market.") == [
        ("210,000", "Jobless claims"), ("250,000", "Claims")]
    assert figure_units("The county runs 40 shelters, up from 31. Six operate in the north.") == [
        ("40", "shelters"), ("31", "shelters"), ("Six", "shelters")]
    assert figure_units("The board got 900 letters, with 12 in favor, 850 objecting and 38 neutral.")[2] == (
        "850", "letters")
    # negative: a plural noun, an irregular plural, a measure or a singular count keep the word after the figure
    assert figure_units("Police charged 40 staff at the prison.") == [("40", "staff")]
    assert figure_units("The center hired 25 nurses in May.") == [("25", "nurses")]


def test_a_present_tense_verb_before_an_object_ends_the_subject():
    # (what a bare figure in the next sentence counts is the subject before: its noun, not its verb)
    assert figure_units("The overdose dashboard tracks a grim trend. It climbed to 1,240 in May.") == [
        ("1,240", "overdose dashboard")]
    assert figure_units("The food bank tally offers a picture of need. Last month it reached 12,400.") == [
        ("12,400", "bank tally")]
    # negative: a compound plural noun ("home sales", "job cuts") is no verb
    assert figure_units("Home sales dropped to 410,000.") == [("410,000", "Home sales")]


def test_a_bare_figure_coordinated_with_a_figure_before_repeats_its_unit():
    # the two followed by the same preposition; a count inside the first one's phrase is not the partner
    assert figure_units("The plan cuts 500,000 bpd by the 6 Gulf members and 300,000 by the 4 others.")[2] == (
        "300,000", "barrels per day")
    assert figure_units("Shipments rose 5 percent to 40,000 cars in the 12 western states and 3 percent to "
                        "21,000 in Texas.")[-1] == ("21,000", "cars")
    # negative: a clause with its own subject keeps it; a plain list keeps the count before
    assert figure_units("Arrests rose to 40 in May, while thefts fell to 25 in June.") == [
        ("40", "Arrests"), ("25", "thefts")]
    assert figure_units("The county hired 40 nurses in May, and 25 in June.") == [("40", "nurses"), ("25", "nurses")]


def test_a_quantity_noun_as_subject_is_measured_in_the_last_measure_named():
    assert figure_units("Coal output rose to 12 million tons. Consumption fell 2 percent to 9.5 million.") == [
        ("12 million", "tons"), ("2 percent", "percent"), ("9.5 million", "tons")]
    assert figure_units("Demand for power rose to 4,000 megawatts. Supply fell to 3,800 in July.")[1] == (
        "3,800", "megawatts")
    # negative: no measure named before, or a counted subject, keeps the subject
    assert figure_units("Demand for teachers rose to 4,000 this year.") == [("4,000", "Demand")]
    assert figure_units("Exports fell to 2.1 million tons. Arrests fell to 900.")[1] == ("900", "Arrests")


def test_an_action_noun_of_a_plural_counts_the_plural():
    assert figure_units("Registration of new voters climbed to 4,100 in March.") == [("4,100", "new voters")]
    assert figure_units("Formation of block clubs rose from 12 in 2022 to 15 in 2023.") == [
        ("12", "block clubs"), ("15", "block clubs")]
    # negative: a name ("Department of Corrections") or a mass noun after "of" keeps the head
    assert figure_units("The Department of Corrections held 4,000 in May.") == [("4,000", "Department")]
    assert figure_units("Production of crude fell to 7 million barrels. Production of gasoline fell to 2 million.") \
        == [("7 million", "barrels"), ("2 million", "barrels")]


def test_a_past_tense_verb_and_its_object_after_a_count_are_not_its_unit():
    assert figure_units("Of the 75 crashes, 31 involved alcohol.") == [("75", "crashes"), ("31", "crashes")]
    assert figure_units("The shelter took in 210 dogs; 140 needed treatment.") == [
        ("210", "dogs"), ("140", "dogs")]
    # negative: a participle before a plural noun, or an irregular plural, is part of what is counted
    assert figure_units("The lab logged 52 confirmed infections and 9 vaccinated staff.") == [
        ("52", "confirmed infections"), ("9", "vaccinated staff")]


def test_near_after_a_count_ends_what_is_counted():
    assert figure_units("Crews cleared 60 tents near the river.") == [("60", "tents")]
    assert figure_units("Police found 14 vehicles near Exit 9, and 3 more nearby.")[0] == ("14", "vehicles")
    # negative: a noun phrase with no "near" is kept whole
    assert figure_units("Crews cleared 60 homeless encampments.") == [("60", "homeless encampments")]


def test_an_auxiliary_after_a_count_is_a_verb_not_its_unit():
    assert units("Of the 900 applicants, 250 didn't finish the form.") == ["applicants", "applicants"]
    assert units("Among these tenants, 40 could not pay rent in March.")[-1] == "tenants"
    assert units("Of those voters 1.2 million did not cast a ballot.")[-1] == "voters"


def test_a_noun_after_a_count_is_kept_before_an_auxiliary():
    # negative: the noun comes first, the auxiliary after it does not matter
    assert units("Some 250 students didn't finish the form.") == ["students"]


def test_a_multiple_is_not_what_a_later_bare_count_counts():
    # "twice as many" / "three times as many": a multiple; the bare count after it takes the count before
    assert figure_units("Ohio had 412 evictions, in a county with three times as many renters. Akron had the "
                        "biggest rise — 57 more than 2022.") == [
        ("412", "evictions"), ("three", "times"), ("57", "evictions")]
    assert figure_units("Lenders made 90 loans, four times as many as in May, and 12 more than a year ago.")[-1] == (
        "12", "loans")
    # negative: a count with its own noun keeps it
    assert figure_units("Ohio had 412 evictions, three times as many as 2022, and 18 foreclosures.")[-1] == (
        "18", "foreclosures")


def test_a_word_that_orders_the_sentence_is_not_its_subject():
    # "Second, ...": no noun that a bare figure could count
    assert units("Second, the totals were driven by a drop in those detained — 4,410 — the lowest in years.") != [
        "Second"]
    assert units("Finally, the average fell to 212.") != ["Finally"]
    # negative: a sentence-initial noun before a comma-free clause is still the subject
    assert units("Layoffs rose to 212 in May.") == ["Layoffs"]


def test_a_part_named_after_of_them_counts_its_own_noun():
    assert figure_units("The storm destroyed 210 homes, 35 of them trailers.") == [
        ("210", "homes"), ("35", "trailers")]
    assert figure_units("Officers towed 90 cars last week, 14 of them stolen vehicles, police said.")[1] == (
        "14", "stolen vehicles")
    # negative: "of them" before a verb leaves the part counting the whole's noun
    assert figure_units("Officers towed 90 cars, 14 of them were stolen.")[1] == ("14", "cars")
    assert figure_units("Officers towed 90 cars, 14 of whom are now back.")[1] == ("14", "cars")


def test_who_seized_or_arrested_a_bare_count_is_not_what_it_counts():
    assert figure_units("Port officers seized 900 pounds of heroin in May. Sector agents also seized 310.") == [
        ("900", "pounds of heroin"), ("310", "pounds of heroin")]
    assert figure_units("Troopers arrested 64 drivers on Friday. Deputies arrested about 20.")[1] == ("20", "drivers")
    # negative: a subject that is what the verb counts keeps it ("Arrests rose to 20"), and a count with its
    # own noun after the verb keeps that
    assert figure_units("Troopers arrested 64 drivers on Friday. Arrests rose to 80.")[1] == ("80", "Arrests")
    assert figure_units("Deputies arrested 20 teens.") == [("20", "teens")]


def test_a_with_clause_subject_before_a_participle_counts_its_figure():
    assert figure_units("The number of tourists grew, with the city’s “short-stay” rentals passing 4,000 in July.") \
        == [("4,000", "short-stay rentals")]
    assert figure_units("The number of applicants fell, with state grants topping 900 in March.") == [
        ("900", "state grants")]
    # negative: a with-clause with no subject of its own, or one that is the total, keeps the number named before
    assert figure_units("The number of tourists grew, with 4,000 in July.") == [("4,000", "tourists")]
    assert figure_units("The number of tourists grew, with the total reaching 4,000.") == [("4,000", "tourists")]


def test_the_subject_of_a_reported_clause_is_what_its_bare_figure_counts():
    assert figure_units("Harbor Motors said sales in May rose 4 percent to 12,400.") == [
        ("4 percent", "percent"), ("12,400", "sales")]
    assert figure_units("The county said Tuesday burglaries fell to 310.") == [("310", "burglaries")]
    # negative: a participle before a noun is no verb of saying ("the estimated deaths")
    assert figure_units("The estimated overdose deaths climbed to 2,100.") == [("2,100", "estimated overdose deaths")]


def test_a_count_a_change_is_measured_against_is_of_the_noun_the_change_is_in():
    assert figure_units("There was a 9 percent rise in boating deaths compared to 44 the year before.") == [
        ("9 percent", "percent"), ("44", "boating deaths")]
    assert figure_units("The town saw a sharp drop in burglaries compared with 410 in 2022.") == [
        ("410", "burglaries")]
    # negative: compared with a figure that names its own unit
    assert figure_units("Prices rose 4 percent compared with 2,000 homes sold.") == [
        ("4 percent", "percent"), ("2,000", "homes")]


def test_a_figure_named_again_by_its_value_keeps_the_unit_it_was_first_given_with():
    text = ("Some 2.4 million renters moved last year. The 2.4 million figure leaves out owners in 12 states; "
            "movers there are not in the 2.4 million total.")
    assert figure_units(text) == [("2.4 million", "renters"), ("2.4 million", "renters"), ("12", "states"),
                                  ("2.4 million", "renters")]
    assert figure_units("Crews fixed 310 bridges. That 310 number is a record.") == [
        ("310", "bridges"), ("310", "bridges")]
    # negative: the same value counting figures of its own is not named again
    assert figure_units("Crews fixed 310 bridges. Auditors checked 310 figures in the report.") == [
        ("310", "bridges"), ("310", "figures")]


def test_a_lower_case_singular_word_after_a_plural_count_is_its_verb_not_a_compound():
    assert figure_units("Officials said 12 states count their ballots by hand.") == [("12", "states")]
    assert figure_units("About 40 people live there, and 9 families rent rooms.") == [
        ("40", "people"), ("9", "families")]
    assert figure_units("The shelter added 20 beds soon after the storm.") == [("20", "beds")]
    # negative: a plural noun that modifies the noun after it keeps the compound
    assert figure_units("Dealers sold cars at a 5.2 million sales pace.") == [("5.2 million", "sales pace")]
    assert figure_units("Investigators filed 14 weapons charges.") == [("14", "weapons charges")]


def test_a_bare_count_after_a_fronted_group_is_a_part_of_that_group():
    assert figure_units("Among the 40 counties with a jail population of 500 or more, 12 had more inmates and 3 had "
                        "fewer.") == [("40", "counties"), ("500", "jail population"), ("12", "counties"),
                                      ("3", "counties")]
    assert figure_units("Of the 16 items priced at $5 or less, 11 rose.") == [
        ("16", "items"), ("$5", "USD"), ("11", "items")]
    # negative: a group with no count of its own gives nothing to take
    assert figure_units("Among the cities with 500 officers, 12 had more arrests.") == [
        ("500", "officers"), ("12", "officers")]


def test_counts_after_a_colon_count_the_noun_a_change_before_it_is_in():
    assert figure_units("Officials saw a sharp increase in deaths tied to heroin: 210 last year, compared to 80 in "
                        "2015.") == [("210", "deaths"), ("80", "deaths")]
    assert figure_units("There was a rise in burglaries: 310 last year.") == [("310", "burglaries")]
    # negative: a count after a colon that names its own noun keeps it
    assert figure_units("There was a rise in crime: 310 thefts last year.") == [("310", "thefts")]


def test_a_base_verb_before_whom_or_with_whom_is_not_the_unit():
    assert figure_units("Of the 3,400 seasonal hires, 2,900 work for the parks department.") == [
        ("3,400", "seasonal hires"), ("2,900", "seasonal hires")]
    assert figure_units("Of the 45 interns, 30 live with their parents.") == [("45", "interns"), ("30", "interns")]


def test_a_cause_after_the_figure_is_not_its_unit_and_a_with_clause_names_what_changed():
    assert figure_units("Ridership fell across the region, with the network's ridership dropping by nearly 40,000 "
                        "due to the strike.") == [("40,000", "ridership")]
    assert figure_units("The county grew again, with its population climbing by 6,200 thanks to new housing.") == [
        ("6,200", "population")]


def test_a_pronoun_subject_before_its_verb_names_nothing_the_count_before_is_counted():
    assert units("Thefts fell to 410 in May. It's also a new 10-year low, below the previous record of 415.") == [
        "Thefts", "Thefts"]


def test_a_part_of_a_group_named_after_were_counts_that_noun():
    found = figure_units("The clinic treated 180 patients last week. Nine of the 180 were flu cases.")
    assert found[:2] == [("180", "patients"), ("Nine", "flu cases")]


def test_a_bare_change_after_a_verb_that_adds_or_sheds_a_plural_noun_counts_that_noun():
    assert figure_units("Four of the nine regions added nurses in May, led by the coastal region, up 310.") == [
        ("Four", "regions"), ("nine", "regions"), ("310", "nurses")]
    assert figure_units("Manufacturing shed the most workers this quarter — it is down about 1,200 — while retail "
                        "held steady.") == [("1,200", "workers")]
    # but a clause with its own subject counts that subject
    assert figure_units("Banks cut branches in 2023, and deposits were up 3,000 from 2022.") == [("3,000", "deposits")]


def test_remains_after_a_count_is_the_noun_after_an_adjective_or_before_a_participle():
    assert figure_units("Searchers found 31 remains near the dunes in May, against 47 skeletal remains in 2021.")[1:] \
        == [("47", "skeletal remains")]
    assert figure_units("Deputies logged 64 remains recovered in the desert and 12 remains of hikers.") == [
        ("64", "remains"), ("12", "remains")]


def test_the_subject_of_a_clause_a_named_estimate_reports_is_counted():
    assert figure_units("Garcia estimated burglaries this year could exceed 640 by June.") == [("640", "burglaries")]
    # but the participle before its noun is no verb of saying
    assert figure_units("The estimated flu deaths climbed to 330.") == [("330", "estimated flu deaths")]
    # nor a verb of estimating with no forecast's modal after its noun phrase
    assert figure_units("Provisional estimated fires rose to 75.") == [("75", "Provisional estimated fires")]


def test_a_bare_bracketed_figure_in_a_list_after_a_bracketed_count_counts_the_same():
    assert figure_units("Hiring was strongest in health care (+2,600 jobs), retail trade (+1,100), and mining and "
                        "logging (+450).") == [("+2,600", "jobs"), ("+1,100", "jobs"), ("+450", "jobs")]
    # but a bracketed change with its own ends counts the item named before it
    assert figure_units("Rises came in arson (up from 3 to 5), theft of autos (up from 40 to 52).")[2:] == [
        ("40", "theft"), ("52", "theft")]


def test_a_change_in_a_plural_noun_to_a_level_counts_that_noun():
    assert figure_units("The chief praised the decline in robberies to 640 last year.") == [("640", "robberies")]


# ---- round 24

def test_a_time_before_there_were_is_not_what_is_counted():
    assert figure_units("In March, rangers fined 420 campers, and in the first 19 days of April there were 310.") == [
        ("420", "campers"), ("310", "campers")]


def test_a_bare_figure_in_a_list_of_bracketed_shares_is_a_share():
    assert figure_units("Transit costs rose 2.1 percent, as both bus fares (2.6 percent) and parking (1.3) "
                        "climbed.") == [
        ("2.1 percent", "percent"), ("2.6 percent", "percent"), ("1.3", "percent")]


def test_an_aside_between_dashes_is_not_the_subject():
    assert units("Total ridership – trips that include buses, ferries and trams – rose 3% to 1.2 million.") == [
        "percent", "Total ridership"]


def test_the_change_of_a_rate_without_a_unit_is_in_percentage_points():
    assert figure_units("The number of idle workers fell by 41,000, while the vacancy rate and quit ratio rose by "
                        "0.3 and 0.1, respectively.") == [
        ("41,000", "idle workers"), ("0.3", "percentage points"), ("0.1", "percentage points")]


def test_an_industry_that_rose_by_a_count_in_a_jobs_story_counts_jobs():
    assert figure_units("Employers added 150,000 jobs. Construction rose by 12,000, while retail trade fell "
                        "by 8,000.") == [("150,000", "jobs"), ("12,000", "jobs"), ("8,000", "jobs")]


def test_a_past_tense_before_a_change_noun_is_a_verb_not_the_unit():
    assert figure_units("Last month 31 counties reported gains, 9 posted declines and two were unchanged.") == [
        ("31", "counties"), ("9", "counties"), ("two", "counties")]


def test_places_ranked_by_their_changes_count_what_changed():
    assert figure_units("Evictions rose by 2,000 to 41,500. In that week 30 counties reported gains. Counties with "
                        "the largest increases were Kent, 1,204; and Lake, 877.") == [
        ("2,000", "Evictions"), ("41,500", "Evictions"), ("30", "counties"), ("1,204", "Evictions"),
        ("877", "Evictions")]


def test_a_clause_after_since_has_its_own_subject():
    assert figure_units("The gain was the biggest since refunds shot up by 4,100 in the fall.") == [
        ("4,100", "refunds")]


def test_the_number_of_people_filing_claims_counts_the_claims():
    assert units("The number of tenants filing rent-relief claims rose by 3,300 last month.") == ["rent-relief claims"]


def test_a_list_of_nouns_ending_and_other_kind_is_the_unit():
    assert units("Inspectors logged 2,310 leaks, cracks and other pipe defects this year.") == [
        "leaks, cracks and other pipe defects"]


def test_a_change_in_a_noun_set_off_by_a_dash_counts_that_noun():
    assert figure_units("The report: a new rule drove a 9 percent rise in tow-away fines — to 5,230 from 4,800 — "
                        "this year.") == [("9 percent", "percent"), ("5,230", "tow-away fines"),
                                          ("4,800", "tow-away fines")]


def test_a_verb_after_a_part_of_a_counted_group_is_not_the_unit():
    assert figure_units("Officials confirmed nine new outbreaks. Two of the other seven traced back to a fair.") == [
        ("nine", "outbreaks"), ("Two", "outbreaks")]


def test_an_adverb_and_its_participle_before_the_noun_are_not_the_unit():
    assert figure_units("The poll reached 1,450 randomly chosen, privately insured adults.") == [
        ("1,450", "adults")]
    assert figure_units("The county added 212 newly trained nurses.") == [("212", "nurses")]


def test_a_count_of_others_counts_what_the_count_before_it_counted():
    assert figure_units("Flooding closed roads in nine counties, and power failed in 14 others.") == [
        ("nine", "counties"), ("14", "counties")]


def test_a_noun_before_a_total_or_volume_is_what_it_counts():
    assert figure_units("The county had 91,000 residents. Its burglary total for 2023 was 412.") == [
        ("91,000", "residents"), ("412", "burglary total")]
    assert figure_units("The Property Crime Volume reached 6,120 last year.") == [("6,120", "Crime Volume")]
    # but a word that only qualifies the total names nothing
    assert figure_units("Arrests rose again. The grand total was 5,400.") == [("5,400", "Arrests")]


def test_the_count_before_a_participle_done_to_people_counts_those_people():
    assert figure_units("Of the 240 detained by deputies last spring, most were released.") == [
        ("240", "people detained")]
    assert figure_units("Doctors treated the 35 injured in the crash.") == [("35", "people injured")]


def test_a_low_named_before_the_figure_leaves_it_what_the_number_before_counts():
    assert figure_units("The number of flu admissions dropped to a seasonal low of 37.") == [("37", "flu admissions")]


def test_a_bare_total_after_a_count_counts_what_that_count_counted():
    assert figure_units("The clinic logged six new infections on Tuesday for a total of 212.") == [
        ("six", "infections"), ("212", "infections")]


def test_a_possessive_in_a_phrase_after_the_subject_does_not_own_what_is_counted():
    assert figure_units("Hiring in the mayor's first year totaled 8,400.") == [("8,400", "Hiring")]
    # but a name's own preposition keeps the possessive the owner of the noun after it
    assert figure_units("The Institute for Justice's pending lawsuits rose to 40.") == [("40", "pending lawsuits")]


def test_a_personal_pronoun_as_subject_leaves_the_unit_to_the_sentence_before():
    assert figure_units('The shelter houses 60 dogs. "We\'re usually near 75," the director said.') == [
        ("60", "dogs"), ("75", "dogs")]


def test_an_average_or_a_pace_after_a_figure_is_not_what_it_counts():
    assert figure_units("Home sales slowed to 410,000 from the 455,000 average pace of last year.") == [
        ("410,000", "Home sales"), ("455,000", "Home sales")]


def test_lost_before_a_plural_noun_modifies_what_is_counted():
    assert figure_units("Retail cut 9,000 jobs, including 4,000 lost warehouse jobs.") == [
        ("9,000", "jobs"), ("4,000", "warehouse jobs")]


def test_a_weekday_after_the_noun_is_not_part_of_what_is_counted():
    assert figure_units("The county logged 45 infections Tuesday.") == [("45", "infections")]


def test_a_clause_reported_on_a_weekday_has_its_own_subject():
    assert figure_units("The agency reported Thursday housing starts rose 31,000.") == [("31,000", "housing starts")]


def test_an_opening_participle_phrase_is_not_what_is_counted():
    # "Called ...", "Adjusted for ...": a phrase before the subject, naming or qualifying it; the count goes back to
    # the sentence before
    assert figure_units("The shelter housed 412 families. Called the nightly census in its reports, the figure "
                        "is up 60 from last winter.") == [("412", "families"), ("60", "families")]
    assert figure_units("The county issued 2,300 permits. Adjusted for seasonal swings, the total is up 150 "
                        "from a year earlier.") == [("2,300", "permits"), ("150", "permits")]


def test_total_between_a_figure_and_its_noun_is_a_modifier():
    # "4,118 total admissions": the admissions are counted, "total" only says they are all of them
    assert units("The clinic logged 4,118 total admissions in May.") == ["admissions"]
    assert units("Rangers made 912 total rescues/recoveries last season.") == ["rescues/recoveries"]


def test_an_industrys_payrolls_count_jobs():
    # "Retail payrolls fell 9,000": an industry's payrolls in a jobs report, its jobs (as "Retail fell 9,000")
    assert units("Retail payrolls fell 9,000 in March, the agency said.") == ["jobs"]
    assert units("In March, construction payrolls rose by 12,500.") == ["jobs"]


def test_a_rate_named_only_by_whose_it_is_is_the_rate_named_before():
    # "Ohio's rate was 40.2": the rate the sentence before named (what it counts, per how many)
    assert units("The suicide rate per 100,000 people in Kent County was 14.2. Ohio's rate was 40.2. "
                 "The overall national rate was 21.5.") == ["suicide rate"] * 3
    # a rate that names what it counts keeps its own noun
    assert units("The suicide rate per 100,000 people was 14.2. The homicide rate was 6.1.") == [
        "suicide rate", "homicide rate"]


def test_bracketed_figures_after_a_list_of_sectors_count_what_the_sectors_gained_or_lost():
    text = ("Builders added 2,100 jobs in April. Other sectors that saw job gains included retail (900) and "
            "transportation (450). Industries with losses included mining (120), publishing (80), and "
            "arts, entertainment, and recreation (60).")
    assert units(text) == ["jobs"] * 6


def test_a_subject_sized_by_a_count_is_what_the_later_figures_count():
    text = "The convoys of 40 or more trucks fell sharply, from 318 in 2021 to 57 in 2022."
    assert figure_units(text)[1:] == [("318", "convoys"), ("57", "convoys")]


def test_a_with_clause_after_an_increase_of_something_counts_that_thing():
    text = "The shelter reported a steep increase of stray dogs across the county, with 1,240 in July."
    assert figure_units(text) == [("1,240", "stray dogs")]


def test_a_bare_number_before_and_a_percentage_is_a_percentage():
    # "at 2.9 and 3.6 percent", "11 and 14 percent, respectively": the first share written bare
    assert figure_units("Idaho and Utah posted the lowest rates, at 2.9 and 3.6 percent.") == [
        ("2.9", "percent"), ("3.6 percent", "percent")]
    assert units("Prices in the two cities rose 11 and 14 percent, respectively.") == ["percent", "percent"]


def test_a_rate_given_bare_after_a_percentage_is_a_percentage():
    text = "The county posted a 7.9 percent jobless rate in May. Two years ago that rate was 4.2, the state said."
    assert units(text) == ["percent", "percent"]
    assert units("The fertility rate is 1.6, officials said.") != ["percent"]


def test_a_scaled_amount_before_a_deficit_in_a_dollar_article_is_dollars():
    text = "The gap reached 90 billion dollars in May, above the 72.4 billion deficit of a year earlier."
    assert units(text) == ["USD", "USD"]


def test_a_people_count_that_is_employed_is_the_employed_after_a_labour_force():
    text = "The region's labor force is 812,400, and 771,950 were employed in May."
    assert units(text) == ["labor force", "people employed"]


def test_a_figure_set_off_by_dashes_after_a_comparative_counts_its_noun():
    text = "The storm weekend brought more rescues — 31 — than any weekend on record."
    assert units(text) == ["rescues"]
    assert units("The district reported fewer break-ins — 9 — than it had feared.") == ["break-ins"]


def test_a_change_with_its_verb_left_out_counts_the_noun_before_to():
    text = "Car thefts rose to 140 from 122, as well as burglaries without forced entry to 87 from 64."
    assert units(text) == ["Car thefts", "Car thefts", "burglaries without forced entry",
                           "burglaries without forced entry"]
    assert units("Car thefts rose to 140 from 122, and home burglaries to 87 from 64.")[2:] == [
        "home burglaries", "home burglaries"]


def test_bare_counts_before_respectively_take_the_units_named_before_in_order():
    text = ("Wardens seized 3,100 traps and 1,450 nets during the 2023 season. That compares with 2,600 and "
            "1,980 respectively in 2022.")
    assert units(text) == ["traps", "nets", "traps", "nets"]


def test_there_were_after_an_opening_look_at_counts_the_topic():
    text = "If you look at total burglaries, there were 410 before June 1, 388 from June 1 to Labor Day."
    assert units(text) == ["burglaries", "burglaries"]
    assert units("As for car thefts, there were about 75 in May.") == ["car thefts"]


def test_a_change_in_a_noun_before_a_colon_counts_it_across_the_years_between():
    text = "Police logged an increase in bike thefts in 2021 compared to 2020: 96 in 2021; 81, in 2020."
    assert units(text) == ["bike thefts", "bike thefts"]


def test_n_of_them_compared_with_a_count_that_names_its_unit_counts_the_same():
    text = "Theft arrests rose sharply last year. In 2021, deputies made 310 of them, compared to 205 theft arrests."
    assert units(text) == ["theft arrests", "theft arrests"]


def test_a_unit_that_opens_with_a_hyphened_abbreviation_is_not_cut_at_its_period():
    # "non-U.S. citizens" is one unit, not "non-U" cut at the abbreviation's first period
    claims = extract_claims("Inspectors said 4,120 non-U.S. nationals were turned away at the bridge in May.",
                            published=date(2024, 6, 10))
    assert [c.unit for c in claims] == ["non-U.S. nationals"]
    claims = extract_claims("The group counted 310 pro-U.K. candidates on the ballot.", published=date(2024, 6, 10))
    assert [c.unit for c in claims] == ["pro-U.K. candidates"]


def test_a_fact_sheets_item_counts_what_its_caption_names_after_the_colon():
    assert figure_units("By the numbers:\n\n48: Number of permits the county denied last year.\n\n"
                        "31: Percentage of builders who gave up.\n\n$3 million: Fees still owed.\n") == [
        ("48", "permits"), ("31", "percent"), ("$3 million", "USD")]


def test_a_fact_sheets_measured_wait_is_a_figure_not_a_span():
    assert figure_units("By the numbers:\n\n12 days: Average wait for a building permit.\n") == [("12", "days")]
    assert figure_units("The permits took 12 days: the county blamed its staffing.") == []


def test_an_adverb_after_an_aside_is_not_the_subject_counted():
    assert figure_units("Measles cases, rare a decade ago, likewise rose 12% to 1,900.") == [
        ("12%", "percent"), ("1,900", "Measles cases")]


def test_a_count_in_brackets_after_as_many_or_more_of_a_plural_noun_counts_that_noun():
    assert figure_units("The town logged twice as many burglaries (64) this spring as a year before.") == [
        ("64", "burglaries")]
    assert figure_units("Deputies made more drug arrests (31) in June than in May.") == [("31", "drug arrests")]


def test_a_unit_that_names_a_border_by_an_abbreviation_and_a_hyphen_is_kept_whole():
    # "miles of U.S.-Canada border" is not cut at the abbreviation: it reads as "miles of US-Canada border" does
    claims = extract_claims("Agents there patrol 295 miles of U.S.-Canada border.", published=date(2024, 6, 10))
    assert [c.unit for c in claims] == ["miles of U.S.-Canada border"]
    claims = extract_claims("Agents there patrol 295 miles of US-Canada border.", published=date(2024, 6, 10))
    assert [c.unit for c in claims] == ["miles of US-Canada border"]


def test_a_relative_clause_a_dash_sets_off_counts_the_noun_before_it():
    assert figure_units("The rises of the year included stolen bikes - which went from 40 to 52 - and arson - "
                        "which climbed from 3 to 9.") == [
        ("40", "stolen bikes"), ("52", "stolen bikes"), ("3", "arson"), ("9", "arson")]
    assert figure_units("The city logged 700 noise complaints. The gains came in car thefts – which rose from 80 "
                        "to 95 – and vandalism – which went from 210 to 260.") == [
        ("700", "noise complaints"), ("80", "car thefts"), ("95", "car thefts"), ("210", "vandalism"),
        ("260", "vandalism")]


def test_instead_or_rather_after_the_noun_ends_the_unit():
    assert figure_units("The board approved 45 staff instead of 50.") == [("45", "staff"), ("50", "staff")]
    assert figure_units("The depot handled 800 freight rather than 900.") == [("800", "freight"), ("900", "freight")]


def test_a_bare_change_noun_after_a_count_names_no_unit_the_subject_is_counted():
    assert figure_units("Home sales for March were revised to show a 2,100 gain.") == [("2,100", "Home sales")]
    assert figure_units("Layoffs for May were revised to show a 900 drop instead of a rise of 300.") == [
        ("900", "Layoffs"), ("300", "Layoffs")]


def test_a_connective_set_off_by_commas_is_not_a_time_or_place_the_subject_before_it_is_counted():
    assert figure_units("Car break-ins, for example, fell from 410 to 388.") == [
        ("410", "Car break-ins"), ("388", "Car break-ins")]
    assert figure_units("Evictions, in contrast, rose to 1,240.") == [("1,240", "Evictions")]
    assert figure_units("In March, there were 300.") == [("300", "")]


def test_a_count_in_brackets_after_for_or_among_and_a_plural_noun_counts_that_noun():
    assert figure_units("Ohio was the top state for evictions (4,200), ahead of Utah (3,100).") == [
        ("4,200", "evictions"), ("3,100", "evictions")]
    assert figure_units("Harbor Road was the busiest site among checkpoints (880).") == [("880", "checkpoints")]


def test_a_population_named_by_what_it_is_made_of_counts_that_population():
    assert figure_units("Last spring the shelter had a nightly guest population of 64, up by 9 from 2023.") == [
        ("64", "guest population"), ("9", "guest population")]
    assert figure_units("The district has a total population of 9,000.") == [("9,000", "district")]


def test_a_bare_count_before_will_be_or_would_be_counts_the_noun_after_it():
    assert figure_units("The warden wants nine more guards, although four would be night-shift supervisors.") == [
        ("nine", "guards"), ("four", "night-shift supervisors")]
    assert figure_units("The college is hiring 30 teachers, and 12 will be part-time tutors.") == [
        ("30", "teachers"), ("12", "part-time tutors")]


def test_a_forecast_figure_counts_what_the_forecast_expects_to_change_not_the_forecasters():
    assert figure_units("Traders surveyed by the exchange had expected crop exports to rise 85,000 in May.") == [
        ("85,000", "crop exports")]
    assert figure_units("Most brokers forecast condo sales to climb by 3,200 this year.") == [("3,200", "condo sales")]


def test_who_reported_a_bare_count_is_its_source_not_what_it_counts():
    text = "The town logged 41 burglaries in 2023. A decade ago, deputies often reported over 90 a year."
    assert figure_units(text) == [("41", "burglaries"), ("90", "burglaries")]


def test_a_figure_someone_sees_change_counts_what_changes_not_who_sees_it():
    assert figure_units("Tenants in the older blocks would see their monthly rent climb from 950 to 1,010.") == [
        ("950", "monthly rent"), ("1,010", "monthly rent")]


def test_a_participle_of_change_after_two_joined_clauses_counts_the_later_subject():
    assert figure_units("Car thefts rose by 41 and arson cases were nearly halved, falling from 26 to 14.") == [
        ("41", "Car thefts"), ("26", "arson cases"), ("14", "arson cases")]


def test_an_adverb_and_its_verb_after_a_count_are_not_its_unit():
    # "10 likely involved heroin": the count's noun is the one its list opened with, not the verb's object
    assert figure_units("Of the 52 crashes, 31 involved alcohol, 12 likely involved ice and nine involved speed.") \
        == [("52", "crashes"), ("31", "crashes"), ("12", "crashes"), ("nine", "crashes")]
    # negative: an adverb and a participle that lead a plural noun still lead the unit
    assert figure_units("The district has 300 newly hired teachers.") == [("300", "teachers")]
    assert figure_units("A survey of 1,500 randomly selected, non-federal public and private firms.") == [
        ("1,500", "non-federal public and private firms")]


def test_a_bare_count_after_a_verb_done_to_people_counts_those_people():
    assert figure_units("The tornado killed 9 and injured 31 across the county.") == [
        ("9", "people killed"), ("31", "people injured")]
    assert figure_units("The listeria outbreak has sickened at least 23, officials said.") == [
        ("23", "people sickened")]
    assert figure_units("Heat wave kills 12 in Arizona") == [("12", "people killed")]  # a headline's present tense
    # negative: a noun after the count is what is counted
    assert figure_units("The blaze injured 4 firefighters.") == [("4", "firefighters")]


def test_an_estimate_that_puts_something_at_the_figure_counts_that_thing():
    assert figure_units("Organizers put the crowd at 15,000.") == [("15,000", "crowd")]
    assert figure_units("Rescuers pegged the death toll at 37 on Sunday.") == [("37", "death toll")]


def test_a_determiner_or_a_verb_of_expecting_is_never_the_unit():
    assert figure_units("Another 4,500 are due next month.") == [("4,500", "")]
    assert figure_units("Planners anticipate 4,500 more.") == [("4,500", "")]
    assert figure_units("Shelters took in 800 families in May. Planners anticipate 300 more.") == [
        ("800", "families"), ("300", "families")]


def test_cuts_right_after_a_figure_is_the_noun_counted():
    assert figure_units("Retailers announced 12,400 cuts in April, the firm said.") == [("12,400", "cuts")]
    assert figure_units("Banks led with 3,050 cuts.") == [("3,050", "cuts")]


def test_a_list_of_bare_counts_shares_the_noun_its_last_count_names():
    assert figure_units("Deputies seized 75, 120 and 96 pounds of marijuana.") == [
        ("75", "pounds of marijuana"), ("120", "pounds of marijuana"), ("96", "pounds of marijuana")]
    # negative: two counts joined by "and" may count two things
    assert figure_units("The county reported 61 cases for a total of 804 and 9 deaths.")[1] == ("804", "cases")


def test_a_subject_read_up_to_the_verb_whose_object_the_figure_is_is_not_counted():
    assert figure_units("Troopers seized 3,100, and 40 drivers were jailed.")[0] == ("3,100", "")
    assert figure_units("The county logged 301 overdose deaths in 2023. That compared with 254 in 2022.") == [
        ("301", "overdose deaths"), ("254", "overdose deaths")]
    # negative: a verb of a level reached keeps its subject as what is counted
    assert figure_units("Evictions climbed to 2,250.") == [("2,250", "Evictions")]


def test_a_bare_base_after_a_comma_is_compared_with_the_count_no_place_phrase_leads():
    assert figure_units("The agency resettled 61,000 refugees in 40 states, up from 25,400 a year earlier.") == [
        ("61,000", "refugees"), ("40", "states"), ("25,400", "refugees")]
    # negative: the last count, itself the thing counted, is the one compared
    assert figure_units("Shelters housed 9,200 people, up from 8,100.") == [("9,200", "people"), ("8,100", "people")]


def test_a_relative_clause_after_a_second_clauses_subject_counts_that_subject():
    text = "The county closed 3 clinics, and ridership, which peaked at 9,400 in 2019, fell to 6,100."
    assert figure_units(text) == [("3", "clinics"), ("9,400", "ridership"), ("6,100", "ridership")]


def test_a_generic_subject_of_a_reported_clause_takes_the_count_before_not_the_speaker():
    text = ("Asylum claims reached 8,100 in May. A court clerk, speaking on condition of anonymity, said the number "
            "for April was 7,600.")
    assert figure_units(text) == [("8,100", "Asylum claims"), ("7,600", "Asylum claims")]


def test_a_polls_net_figure_is_in_points():
    assert figure_units("The poll shows 55% approve and 41% disapprove, making his approval net positive at 14.") \
        == [("55%", "percent"), ("41%", "percent"), ("14", "percentage points")]
    assert figure_units("His net approval rating stands at minus 6.") == [("minus 6", "percentage points")]
    # negative: "a net of" a count is that count's own noun
    assert figure_units("A net of 120,000 jobs were added.") == [("120,000", "jobs")]


def test_the_number_of_modified_days_counts_the_days():
    # "the number of heating days": the days are counted ("days" ends a noun phrase elsewhere)
    assert units("The number of snow days in the district last year was 14.") == ["snow days"]
    assert units("The number of sick days taken by staff rose to 3,180.") == ["sick days"]


def test_a_time_opening_a_clause_is_not_what_is_counted():
    # "This winter, that figure is expected to drop to 4,903": the figure named before, not "winter"
    text = "The number of burglaries last year was 5,651. This winter, that figure is expected to drop to 4,903."
    assert units(text) == ["burglaries", "burglaries"]
    text = "The number of burglaries last year was 5,651. Next spring, that figure could fall to 4,903."
    assert units(text) == ["burglaries", "burglaries"]


def test_respectively_after_a_list_of_nouns_gives_each_its_noun():
    # "record lows for both homicides and shootings ..., with 471 and 1,420 respectively"
    text = "Last year's totals for both fires and floods were the lowest on record, with 38 and 12 respectively."
    assert units(text) == ["fires", "floods"]
    text = "Reports of burglaries, robberies and assaults fell to 212, 97 and 340, respectively."
    assert units(text) == ["burglaries", "robberies", "assaults"]
    # negative: a list of another length than the figures is not shared out among them
    assert "fires" not in units("Both fires and floods fell, with 38, 12 and 9 respectively.")


def test_two_adjectives_set_apart_by_a_comma_lead_one_noun():
    # "99,290 unfurnished, unsubsidized apartments": what is counted runs on past the comma
    assert units("Inspectors found 412 abandoned, unregistered boats on the lake.") == ["abandoned unregistered boats"]
    # negative: a list of counts after a comma is no second adjective
    assert units("Officers counted 412 abandoned boats, 38 cars and 9 trucks.")[0] == "abandoned boats"


def test_a_figure_opening_its_own_clause_has_no_subject_before_it():
    # "At least 70 crossed the border", "Officials say about 160 have entered": no "least", no "Officials say"
    text = "Asylum seekers kept arriving. At least 70 crossed the river on Thursday."
    assert units(text) == ["Asylum seekers"]
    text = "Asylum seekers kept arriving. Officials say about 160 have been admitted."
    assert units(text) == ["Asylum seekers"]
    # negative: a subject before its verb and the figure still counts what it names
    assert units("Asylum seekers numbered at least 70 on Thursday.") == ["Asylum seekers"]


def test_a_noun_joined_with_its_participle_of_change_is_what_is_counted():
    # "..., as well as larceny dropping from 915 to 754": the larcenies, not the subject of the clause before
    text = "Burglaries fell from 580 to 459, as well as arson dropping from 41 to 30."
    assert units(text) == ["Burglaries", "Burglaries", "arson", "arson"]


def test_a_count_in_brackets_after_a_ranking_counts_the_ranked_noun():
    # "The Tucson Sector saw the second highest numbers of arrests (2,631) followed by the Laredo (1,839) ...":
    # arrests, for it and for the places listed after "followed by"
    text = ("The Harbor District saw the highest number of break-ins (412) followed by the Riverside (388) and "
            "Oak Hill (201) districts.")
    assert units(text) == ["break-ins"] * 3
    # negative: a bracket after a name with no ranking before it keeps its reading
    assert units("Thefts rose in the Harbor District (412).") == ["Thefts"]


def test_a_bare_level_after_from_a_percentage_to_is_a_percentage():
    # "slid from 50 percent to 44": 44 percent
    assert units("Her approval rating slid from 52 percent to 45.") == ["percent", "percent"]
    # negative: a count named with its own noun after "to" keeps it
    assert units("Arrests rose from 3% to 240 cases.") == ["percent", "cases"]


def test_went_up_and_went_down_are_verbs_of_a_clause_subject():
    # "..., while robberies went up to 77 from 62": robberies, not what the clause before counts
    assert units("There were 14 arsons, while burglaries went down to 212.") == ["arsons", "burglaries"]


def test_a_second_noun_whose_verb_is_left_out_is_what_its_figures_count():
    # "Burglaries fell from 120 to 98, and thefts from 300 to 250": the thefts
    assert units("Burglaries fell from 120 to 98, and car thefts from 300 to 250.") == [
        "Burglaries", "Burglaries", "car thefts", "car thefts"]
    # negative: a participle, not a noun, before "from" ("going from 26 to 52") keeps the noun counted
    assert units("The number of shootings doubled, going from 26 to 52.") == ["shootings", "shootings"]


def test_a_measure_of_a_named_place_before_its_bracketed_count_is_the_unit():
    # "the average daily population of the prison systems in New York (53,181), Georgia (46,145)"
    text = "That exceeds the average enrollment of the school districts in Austin (72,000) and Dallas (140,000)."
    assert units(text) == ["average enrollment", "average enrollment"]
    # negative: a bracketed count after a place with no measure named before keeps its reading
    assert units("Thefts rose in the Harbor District (412).") == ["Thefts"]


def test_a_change_of_a_size_in_a_noun_at_a_place_then_its_levels_counts_the_noun():
    # "a drop of about 17.4 percent in overall northbound border-crossers through El Paso's international bridges,
    # from 32.1 million in fiscal year 2010 to 26.6 million": the crossers, not the bridges
    text = ("The agency reported a rise of about 6 percent in overall riders through the city's subway stations, "
            "from 41.2 million in 2021 to 43.7 million in 2022.")
    assert units(text) == ["percent", "riders", "riders"]


def test_labelled_counts_under_a_header_count_what_the_header_names_not_the_label():
    text = ("Drug overdose deaths by county in 2023, according to the state health department:\n\n"
            "Lake: 212\nPorter: 98\nAllen: 143\n\nThe state recorded 2,791 overdose deaths, the department said.")
    claims = extract_claims(text, published=date(2024, 6, 20))
    assert [(c.figure_text, c.unit) for c in claims][:3] == [
        ("212", "Drug overdose deaths"), ("98", "Drug overdose deaths"), ("143", "Drug overdose deaths")]
    assert {c.speaker for c in claims[:3]} == {"state health department"}
