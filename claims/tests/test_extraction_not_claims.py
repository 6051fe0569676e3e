"""Numbers that are not claims (claims/extraction/extractor.py and numbers.py): "one of the", "two of
them", a sentence-initial "One", a bare number in a list position. Sentences made up for the test."""
from datetime import date

from claims.extraction import extract_claims


def figures(text):
    return [c.figure_text for c in extract_claims(text, published=date(2024, 6, 20))]


def test_one_of_the_is_not_a_claim():
    assert figures("One of the busiest ports handled 7,000 trucks.") == ["7,000"]
    assert figures("It was one of the wettest springs, with 31 inches of rain.") == ["31"]


def test_two_of_them_is_not_a_claim():
    assert figures("Police stopped 12 drivers; two of them were drunk.") == ["12"]


def test_a_sentence_initial_one_is_an_article_not_a_count():
    assert figures("One nurse said the ward treated 64 patients.") == ["64"]
    assert figures("“One inspector found 19 violations,” the report said.") == ["19"]


def test_one_that_counts_is_still_a_claim():
    assert figures("Inspectors found one rat and 19 violations.") == ["one", "19"]


def test_a_bare_number_alone_on_its_line_is_a_list_position():
    assert figures("20\n\nOhio reported 3,400 cases.") == ["3,400"]


def test_a_rank_is_not_a_claim():
    assert figures("The survey ranked Ohio 20 on the list, with 3,400 cases.") == ["3,400"]
    assert figures("Ohio is No. 20 among states.") == []


def test_a_bare_number_with_its_unit_before_it_is_still_a_claim():
    assert figures("The old record for evictions was 3,975.") == ["3,975"]


def test_a_number_naming_a_report_or_a_region_is_not_a_claim():
    found = extract_claims("The bureau's quarterly 412 wage survey shows the Lower 48 states have 9,000 firms.",
                           published=date(2024, 6, 20))
    assert [c.figure_text for c in found] == ["9,000"]


def test_ages_in_a_range_of_ages_are_not_claims():
    assert figures("Arrests of 19- to 24-year-olds fell to 900, and most 15- and 16-year-olds were diverted.") \
        == ["900"]
    assert figures("Visits by patients ages 45–60 rose 8%, and those between ages 12 and 40 fell 3%.") \
        == ["8%", "3%"]


def test_an_age_that_bounds_a_group_is_not_a_claim():
    assert figures("The clinic saw 412 children under 5 in the spring.") == ["412"]
    assert figures("There were 2,310 first-timers under 21 on the rolls.") == ["2,310"]


def test_a_billion_dollar_adjective_is_not_a_figure():
    assert figures("It was a billion-dollar flood, the fourth of 11 this year.") == ["11"]


def test_a_part_of_a_numbered_whole_is_a_claim():
    assert figures("Floods hit four of the nine river towns.") == ["four", "nine"]


def test_an_age_range_in_years_old_is_not_a_claim():
    assert figures("Workers 35–44 years old made up 23% of the staff.") == ["23%"]


def test_a_year_after_since_at_least_or_a_compared_count_is_not_a_claim():
    assert figures("Burglaries hit their lowest level since at least 1985.") == []
    assert figures("Denver logged 41 more than 2019 in the count.") == ["41"]


def test_a_threshold_that_defines_a_category_is_not_a_claim():
    assert figures("Permits for apartments with ten units or more fell 4%.") == ["4%"]
    assert figures("Households with 3 or more children got 210 vouchers.") == ["210"]


def test_a_duration_is_still_not_a_claim_unless_it_is_a_change_of_a_measure_in_years():
    assert figures("Life expectancy has dropped two years in a row.") == []
    assert figures("Life expectancy rose for three years before it stalled.") == []
    assert figures("Rents rose for a year and a half before they fell 2 percent.") == ["2 percent"]
    assert figures("Prices fell over 12 months, and wages rose 3 percent.") == ["3 percent"]
    assert figures("Crime dropped three years ago, police said.") == []


def test_a_fever_or_temperature_threshold_is_not_a_claim():
    assert figures("Clinics saw patients with a fever of 100 degrees or greater.") == []
    assert figures("Doctors define it as a fever of at least 101.5 degrees and a cough.") == []
    assert figures("Forecasters expect temperatures of 95 degrees or higher in 12 cities.") == ["12"]
    assert figures("The temperature hit 104 degrees on Tuesday.") == ["104"]


def test_a_measured_wait_is_a_figure_but_a_wait_as_a_span_is_not():
    def figures(text):
        return [(c.figure_text, c.unit) for c in extract_claims(text)]
    assert figures("The average applicant waits 482 days for a hearing.") == [("482", "days")]
    assert figures("Veterans waited an average of 38 days for an appointment.") == [("38", "days")]
    assert figures("The wait time was 45 days in March.") == [("45", "days")]
    assert figures("Applicants face a wait of more than 90 days.") == [("90", "days")]
    assert figures("The median wait time rose to 21 days.") == [("21", "days")]
    assert figures("Stores will wait 30 days before restocking.") == []
    assert figures("Buyers must wait 10 days, and the strike lasted 12 days.") == []


def claims_units(text):
    return [(c.figure_text, c.unit) for c in extract_claims(text, published=date(2024, 6, 20))]


def test_a_small_count_of_a_place_in_a_list_of_places_is_a_claim():
    assert claims_units("Deputies logged 40 burglaries in Lee County; three in Polk; six in Marion.") == [
        ("40", "burglaries"), ("three", "burglaries"), ("six", "burglaries")]
    assert claims_units("The reported cases include two in Ohio, four in Utah and one each in Iowa and Maine.") == [
        ("two", "reported cases"), ("four", "reported cases"), ("one", "reported cases")]
    assert claims_units("Dade had 14 of the new infections, while two were in Broward and one in Collier.") == [
        ("14", "infections"), ("two", "infections"), ("one", "infections")]
    assert figures("Crews rescued 22 hikers in Utah and five in Nevada.") == ["22", "five"]
    # a lone small number before a place is no part of any count
    assert figures("She met two in Congress last week.") == []
    assert figures("One in Texas said no.") == []
    assert figures("He spent a week in Denver and two in Boise.") == []


def test_a_small_count_in_a_list_of_years_or_fates_is_a_part_of_the_count_before():
    assert claims_units("Flu cases hit 30 this year, up from five reported in 2022, three in 2021 and two in 2020.") \
        == [("30", "Flu cases"), ("five", "Flu cases"), ("three", "Flu cases"), ("two", "Flu cases")]
    assert claims_units("Of 14 crash victims, six were ejected, two were pinned and one died at the scene.") == [
        ("14", "crash victims"), ("six", "crash victims"), ("two", "crash victims"), ("one", "crash victims")]
    assert figures("The report says four were shot, two were stabbed and one drowned.") == ["four", "two", "one"]
    # a lone small count with no list and no count before
    assert figures("Police said two were questioned.") == []


def test_a_small_spelled_count_of_the_dead_is_a_claim():
    assert figures("While nine died in 2020 of the heat, 14 such deaths came last year.") == ["nine", "14"]
    assert figures("Two were killed when the bridge gave way.") == ["Two"]
    assert figures("Officials said three drowned off the pier on Sunday.") == ["three"]
    # the plan, not a count, died; and a lone count that did something else is still no claim
    assert figures("One plan died in committee, and two were questioned.") == []


def test_a_small_spelled_count_with_last_year_ends_a_change_of_the_count_before():
    assert claims_units("Boating deaths fell 40 percent, from 10 in 2021 to six last year.") == [
        ("40 percent", "percent"), ("10", "Boating deaths"), ("six", "Boating deaths")]
    assert claims_units("The town logged 12 drownings in 2019 and four this year.") == [
        ("12", "drownings"), ("four", "drownings")]
    # no count before it: "one last year" names no count
    assert figures("He said one last year was enough.") == []


def test_a_small_part_of_a_whole_that_something_was_done_to_is_a_claim():
    assert claims_units("Two of the guards were hurt in the riot.") == [("Two", "guards")]
    assert claims_units("Officials said nine of the town's wells were contaminated.") == [("nine", "wells")]
    assert claims_units("Three of the stolen cars have been recovered.") == [("Three", "stolen cars")]
    # a part that does something is not counted
    assert figures("Two of the officers said the count was wrong.") == []
    assert figures("Four of the members voted no.") == []


def test_the_two_things_named_before_is_not_a_count():
    # "the two <things>": an anaphor for those already named, not a count the article asserts
    assert figures("Voters split 48% to 45% between the two parties.") == ["48%", "45%"]
    assert figures("The study found the three drugs cut deaths by 12 percent.") == ["12 percent"]
    assert figures("Rates for the two diseases fell 9 percent since 2010.") == ["9 percent"]


def test_a_small_count_after_other_words_is_still_a_claim():
    # negative: "the last two", "two states", "The two-year": not the anaphor ("two" after "the" only)
    assert figures("Officials counted two deaths in the last two weeks.") == ["two"]


def test_the_ages_that_bound_a_group_are_not_claims():
    assert figures("Rates rose most among the 900 adults under the age of 30.") == ["900"]
    assert figures("Adults younger than 40 reported the biggest gains, 12%.") == ["12%"]
    assert figures("Most of the 310 new cases were among young adults 18 to 29.") == ["310"]
    assert figures("Shots for children 5-11 began in May.") == []
    # a poll's split, the larger share first, and an average age are figures
    assert figures("The poll found men 48-44 for Smith.") == ["48", "44"]
    assert figures("The median age of residents rose to 39.") == ["39"]


def test_a_part_of_a_whole_named_with_a_possessive_or_an_adjective_is_a_claim():
    assert figures("Thefts fell in three of the city's five boroughs.") == ["three", "five"]
    assert figures("Turnout rose in all but four of the state’s 62 counties.") == ["four", "62"]
    # (but "three of the past five months" is a count of months before now: scope, as dev-129 and dev-360 read it)
    assert figures("Vacancies rose in three of the 12 districts.") == ["three", "12"]
    # "one of" and "two of them" are still no claims
    assert figures("Two of the city's officials declined to comment, and one of them left.") == []


def test_the_one_meaning_the_only_is_not_a_claim():
    assert figures("Rape was the one category that saw a decrease, from 10,799 to 10,606.") == ["10,799", "10,606"]
    assert figures("Arson was the one crime to fall, from 61 to 58 cases.") == ["61", "58"]
    assert figures("The one county reporting a rise, Polk, had 12 new cases.") == ["12"]


def test_one_without_the_before_it_is_still_a_count():
    assert figures("Polk reported one new case and 12 deaths.") == ["one", "12"]


def test_the_few_others_or_the_few_a_clause_defines_are_counts():
    assert figures("Of the nine deaths, six were adults; the three other deaths were infants.") == [
        "nine", "six", "three"]
    assert figures("The two districts to report a rise were Elm and Oak, with 14 cases.") == ["two", "14"]
    # negative: "the two" still the anaphor, also before "to the", and "to be" is no clause of their own
    assert figures("The two parties to the accord cut output by 5 percent.") == ["5 percent"]
    assert figures("Rates for the two diseases fell 9 percent since 2010.") == ["9 percent"]


def test_the_ages_between_which_a_group_falls_are_not_claims():
    assert figures("Deaths of men between the ages of 18 and 34 rose to 212.") == ["212"]
    assert figures("Among residents ages of 20 to 24, 61 were hurt.") == ["61"]
    # negative: an average age is a figure
    assert figures("The average age of the 40 riders was 52.") == ["40", "52"]


def test_one_as_the_pronoun_of_anybody_is_not_a_count():
    assert figures("Reading the chart, one sees that arrests fell 9% in 2012.") == ["9%"]
    assert figures("With 14 clinics open, one could argue that access grew.") == ["14"]
    # negative: "one" that counts still counts
    assert figures("Polk reported one new case and 12 deaths.") == ["one", "12"]


def test_abbreviated_years_in_a_span_and_page_numbers_are_not_claims():
    assert figures("The totals from '08-'14 fell 4 percent.") == ["4 percent"]
    assert figures("Costs (’19–’21) rose 6%, the Yearbook says on p. 102 and pp. 40-41.") == ["6%"]
    # negative: a two-digit count after a dash but no apostrophe is a figure
    assert figures("Arrests rose to 58 - up from 41.") == ["58", "41"]


def test_a_reference_to_a_table_or_chart_is_not_a_claim():
    assert figures("Pay rose 4.1 percent. (See table 3.)") == ["4.1 percent"]
    assert figures("Chart 2 and the data in figure 5 show exports of 800 tonnes.") == ["800"]
    # negative: a count of tables is still a count
    assert figures("The diner bought 40 tables for $9,000.") == ["40", "$9,000"]


def test_a_clock_time_before_a_time_zone_is_not_a_claim():
    assert figures("Oil traded at $81.20 at 9:05 a.m. EDT (1305 GMT).") == ["$81.20"]
    assert figures("By 0745 UTC the index was down 1.2%.") == ["1.2%"]
    # negative: a four-digit count before another word stays a figure
    assert figures("The port handled 1245 containers on Monday.") == ["1245"]


def test_a_count_of_the_past_years_is_scope_not_a_claim():
    assert figures("The county led the state in overdoses in three of the past four years.") == []
    assert figures("Sales rose in 7 of the last 9 months, to 410 homes.") == ["410"]
    # negative: a part of a whole that is no span before now is a count
    assert figures("Raids took place on 12 of the 30 days of June.") == ["12"]


def test_a_small_count_opening_a_sentence_with_of_the_is_a_part_of_a_group():
    assert figures("Two of the injuries happened on the same night.") == ["Two"]
    assert figures("Four of those stores closed in March.") == ["Four"]
    # negative: "one of the" and a lower-case "two of them" after a count stay uncounted
    assert figures("One of the stores closed.") == []
    assert figures("Police stopped 12 drivers; two of them were drunk.") == ["12"]


def test_an_age_set_off_by_commas_after_a_person_noun_is_not_a_claim():
    # ages are not claims (the corpus README), after a common noun for a person as after a name
    assert figures("Deputies said the cyclist, 61, was struck near the bridge.") == []
    assert figures("A boy, 9, and his sister, 12, were rescued from 3 feet of water.") == ["3"]
    assert figures("The suspect, 23, was one of 18 people charged.") == ["18"]
    # negative: a count set off by commas after a noun that is no person stays a claim
    assert figures("Of the ballots, 40, or 2%, were rejected.") == ["40", "2%"]


def test_the_length_of_a_streak_is_not_a_claim():
    # "two consecutive monthly increases": how long a run of changes lasted, scope like a duration
    assert figures("Rents were flat in May after two consecutive monthly increases of 0.4%.") == ["0.4%"]
    assert figures("Sales fell 3% following five straight gains.") == ["3%"]
    assert figures("Claims dropped for 4 successive weeks, to 210,000.") == ["210,000"]
    # negative: a count that is not followed by a streak word stays a claim
    assert figures("Inspectors found two straightened rails and 3 cracked ties.") == ["two", "3"]


def test_a_market_index_or_list_with_a_number_is_a_name():
    assert figures("The S&P 500 has lost 9% since March.") == ["9%"]
    assert figures("The Standard & Poor’s 500 closed up 1.2% on Tuesday.") == ["1.2%"]
    assert figures("Output in the lower 48 states rose to 9.1 million barrels a day.") == ["9.1 million"]
    # negative: a name's number that is followed by a plural noun it counts is still a claim
    assert figures("Ohio and Texas reported 48 deaths, down from 51.") == ["48", "51"]


def test_at_one_point_is_a_moment_not_a_point_of_a_measure():
    assert figures("The mayor, at one point, had 900 officers on the streets.") == ["900"]
    assert figures("At one point last winter the shelter held 310 people.") == ["310"]
    # negative: one point of a measure is a claim
    assert figures("The jobless rate rose by one point to 5.2%.") == ["one point", "5.2%"]
    assert figures("Support stood at one point above the 44% of May.") == ["one point", "44%"]


def test_at_least_one_as_a_condition_is_not_a_count():
    assert figures("Accidents involving at least one school bus rose 8% last year.") == ["8%"]
    assert figures("With 40 clinics reporting at least one measles case, visits fell 6%.") == ["40", "6%"]
    assert figures("Of the inmates released, 27% had been charged against at least one parole rule.") == ["27%"]
    assert figures("Households with at least one smoker spent $1,200 more on care.") == ["$1,200"]
    # negative: at least one that counts what happened is a claim
    assert figures("The blast injured at least one worker and damaged 14 homes.") == ["one", "14"]
    assert figures("At least one death was reported in 9 counties.") == ["one", "9"]


def test_a_headline_first_or_second_half_is_a_period_not_a_share():
    assert figures("Store Thefts Fell 11% in First Half of Year") == ["11%"]
    assert figures("Factory Orders Climbed 3% in the Second Half of 2023") == ["3%"]
    # negative: a half of a group stays a share
    assert figures("Half of Renters Paid More Than $1,500 a Month") == ["Half", "$1,500"]


def test_sizes_in_brackets_that_define_a_group_are_not_claims():
    assert figures("At mid-size plants (50-499 employees), 31 percent offer the plan.") == ["31 percent"]
    assert figures("Big chains (100 or more stores) cut 2,400 jobs.") == ["2,400"]


def test_the_halves_that_define_a_median_are_not_shares():
    assert figures("The median rent, the midpoint where half of units rent for more and half for less, was $1,450.") \
        == ["$1,450"]
    # but a half that is a share stays
    assert figures("Half of the 30 units rented for more than $1,450.") == ["Half", "30", "$1,450"]


def test_the_base_of_a_ratio_is_not_a_claim():
    assert figures("Renters outnumber buyers 3 to 1 in the county.") == ["3"]
    assert figures("Its debt-to-equity stood at 2.5 to 1.") == ["2.5"]
    # but both sides of a vote, and the end of a change, are counts
    assert figures("The board voted 6 to 1 to reopen the pool.") == ["6", "1"]
    assert figures("Vacancies fell from 4 to 1 over the year.") == ["4", "1"]


def test_a_small_number_after_these_or_those_points_back_and_is_not_a_claim():
    assert figures("Those three shifts lifted costs by 8%.") == ["8%"]
    assert figures("These four changes cut waiting times 12%.") == ["12%"]


def test_a_spelled_number_after_a_label_noun_is_a_name():
    # "Part Two", "part one crimes", "Phase Three": a label, not a count
    assert figures("Police logged 310 part one crimes last year.") == ["310"]
    assert figures("In a review of the year, Part Two offenses held steady at 1,200.") == ["1,200"]
    assert figures("Crews began phase two repairs on 14 bridges.") == ["14"]
    assert figures("Stage Two limits cut water use by 9 percent.") == ["9 percent"]
    assert figures("Tier One suppliers shed 2,000 jobs.") == ["2,000"]


def test_the_names_just_listed_counted_again_are_not_a_count():
    # "Ohio and Utah—two states that ...": an appositive that counts the names before it
    assert figures("Ohio and Utah—two states that raised wages—added 40,000 jobs.") == ["40,000"]
    assert figures("Police arrested Smith, Lopez and Jones, three men from Tulsa, after 30 thefts.") == ["30"]


def test_the_whole_of_the_remaining_ones_is_not_a_count():
    # "Two of the remaining three plants": the rest of a group already counted, the part is the claim
    assert figures("Two of the remaining three plants were in Ohio, with 500 workers.") == ["Two", "500"]


def test_a_street_block_and_a_footnote_mark_are_not_counts():
    # "the 400 block of Pine St.": an address; "[3]" after a word: a footnote's mark
    assert figures("Officers found a car in the 400 block of Pine St. with 12 bags of pills.") == ["12"]
    assert figures("Farms in the state lost 2,300 acres[3], and 40 families moved away [4].") == ["2,300", "40"]


def test_the_next_few_places_of_a_ranking_are_not_a_count():
    # "The next four counties were ...": places of a ranking, like "the top four counties"
    assert figures("Maine led with 61%. The next four counties were all above 50%.") == ["61%", "50%"]


def test_the_ends_of_a_band_of_ages_are_not_counts():
    # "the 6-11 age range", "the 30 to 44 age group": ages that name a band, not figures
    assert figures("The clinic treated four patients in the 6-11 age range last week.") == ["four"]
    assert figures("Buyers in the 30 to 44 age group spent 12% more.") == ["12%"]


def test_the_first_of_two_street_blocks_named_together_is_an_address():
    assert [c.figure_text for c in extract_claims(
        "Officers arrested two men for car thefts in the 400 and 500 blocks of Elm Street.",
        published=date(2024, 6, 20))] == ["two"]
    assert [c.figure_text for c in extract_claims(
        "Break-ins rose in the 100 to 300 blocks of North Main.", published=date(2024, 6, 20))] == []


def test_a_ballot_measure_road_or_tv_station_named_by_a_number_is_no_count():
    assert figures("Voting ends Tuesday. Initiative 12 asks voters to approve a new jail levy.") == []
    assert figures("A WXYZ 7 poll found 52 percent support the levy.") == ["52 percent"]
    assert figures("Traffic on Highway 61 rose to 9,000 cars a day.") == ["9,000"]


def test_the_taxed_value_a_levy_rate_is_per_is_no_figure():
    assert figures("The school levy falls to 8.25 (per taxable $1,000 valuation) next year.") == ["8.25"]
    assert figures("The rate is 3.1 mills per assessed $100 of value.") == ["3.1"]


def test_a_small_spelled_count_that_is_the_subject_of_its_verb_is_a_claim():
    # one of the counts of a list, its verb right after it
    assert figures("Of the victims, ten were white, five were black and two were Asian.") == ["ten", "five", "two"]
    assert figures("The storm hurt 40 residents, and nine were taken to hospitals.") == ["40", "nine"]
    assert figures("Of the 30 wells, 22 tested clean and eight tested positive for lead.") == ["30", "22", "eight"]
    # negative: a group already named, pointed back to ("the two", "these three"), is no new count
    assert figures("The two were married in 2010.") == []
    assert figures("He has visited 14 plants; these three were the newest.") == ["14"]


def test_in_one_case_opening_an_example_is_not_a_claim():
    assert figures("In one instance, a driver paid $900 in fines.") == ["$900"]
    assert figures("The audit flagged 14 contracts; in one case, the bid was never posted.") == ["14"]
    # negative: without the comma of an opening, "in one case" is a count
    assert figures("Inspectors found mold in one case and rust in 3 others.") == ["one", "3"]


def test_an_age_bounding_a_group_before_its_verb_is_not_a_claim():
    assert figures("Voters under 35 favor the measure by 12 points.") == ["12 points"]
    assert figures("Residents over 70 backed it, 58% to 36%.") == ["58%", "36%"]
    # negative: a speed over a limit is a figure
    assert figures("Drivers over 90 mph face a fine.") == ["90"]
