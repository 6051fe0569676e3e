"""The admin's claim list at scale: a fixed number of queries, the API's search, a unit
filter read from its index, and a count that never counts the whole table."""
import datetime

import pytest
from django.db import connection
from django.urls import reverse

from claims.admin import ClaimAdmin
from claims.models import Claim
from factcheck.admin import EstimatedCountPaginator

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:claims_claim_changelist")
# session, user, roles; the unit filter's choices, the statistic filter's; the bounded
# count; the user's and their groups' permissions (the actions); the page of claims
# (speaker and source joined).
LIST_QUERIES = 9


def shown(response) -> list[int]:
    return [claim.pk for claim in response.context["cl"].result_list]


def test_the_list_costs_the_same_queries_for_5_claims_or_a_full_page(client, reviewer, make_claim, make_speaker,
                                                            make_statistic, django_assert_num_queries):
    client.force_login(reviewer)
    speaker, statistic = make_speaker(), make_statistic()
    for n in range(5):
        make_claim(speaker=speaker, statistic=statistic, unit=f"unit {n % 3}")
    client.get(CHANGELIST)
    with django_assert_num_queries(LIST_QUERIES):
        assert len(shown(client.get(CHANGELIST))) == 5
    for n in range(55):
        make_claim(speaker=make_speaker() if n % 2 else None, statistic=make_statistic(), unit=f"unit {n % 7}")
    with django_assert_num_queries(LIST_QUERIES):
        assert len(shown(client.get(CHANGELIST))) == ClaimAdmin.list_per_page == 50
    with django_assert_num_queries(LIST_QUERIES):
        assert client.get(CHANGELIST, {"q": "officials"}).status_code == 200
    with django_assert_num_queries(LIST_QUERIES):
        assert client.get(CHANGELIST, {"unit__exact": "unit 3", "status__exact": "published"}).status_code == 200


def test_search_finds_a_word_in_the_quote_the_speakers_name_or_the_sources_title(
        client, reviewer, make_claim, make_speaker, make_source):
    client.force_login(reviewer)
    by_quote = make_claim(quote="Border crossings reached 1000 people.")
    by_speaker = make_claim(speaker=make_speaker("Jane Border"))
    by_title = make_claim(source=make_source(title="At the border"))
    make_claim(quote="Prices rose by 1000 dollars.")
    assert sorted(shown(client.get(CHANGELIST, {"q": "border"}))) == sorted([by_quote.pk, by_speaker.pk, by_title.pk])
    assert shown(client.get(CHANGELIST, {"q": "crossings"})) == [by_quote.pk]


def test_the_unit_filter_offers_each_unit_once_and_filters_by_it(client, reviewer, make_claim):
    client.force_login(reviewer)
    wanted = [make_claim(unit="apprehensions"), make_claim(unit="apprehensions")]
    make_claim(unit="USD")
    make_claim(unit="people")
    response = client.get(CHANGELIST)
    unit_filter = next(spec for spec in response.context["cl"].filter_specs if spec.title == "unit")
    choices = [choice for choice, _label in unit_filter.lookup_choices]  # in the database's collation
    assert len(choices) == 3 and sorted(choices) == ["USD", "apprehensions", "people"]
    assert sorted(shown(client.get(CHANGELIST, {"unit__exact": "apprehensions"}))) == sorted(c.pk for c in wanted)


def test_claims_are_listed_latest_stated_first_and_undated_last(client, reviewer, make_claim):
    client.force_login(reviewer)
    undated = make_claim()
    old = make_claim(stated_on=datetime.date(2020, 1, 1))
    new = make_claim(stated_on=datetime.date(2024, 1, 1))
    assert shown(client.get(CHANGELIST)) == [new.pk, old.pk, undated.pk]


def test_the_list_never_counts_the_whole_table(client, reviewer, make_claim):
    client.force_login(reviewer)
    make_claim()
    response = client.get(CHANGELIST)
    assert ClaimAdmin.show_full_result_count is False
    assert response.context["cl"].full_result_count is None
    assert response.context["cl"].result_count == 1


def test_the_paginator_counts_exactly_up_to_its_bound_then_estimates(make_claim, monkeypatch):
    for _ in range(6):
        make_claim(status=Claim.Status.IN_REVIEW)
    make_claim()
    monkeypatch.setattr(EstimatedCountPaginator, "exact_up_to", 10)
    assert EstimatedCountPaginator(Claim.objects.all(), 100).count == 7
    monkeypatch.setattr(EstimatedCountPaginator, "exact_up_to", 3)
    filtered = EstimatedCountPaginator(Claim.objects.filter(status=Claim.Status.IN_REVIEW), 100).count
    whole = EstimatedCountPaginator(Claim.objects.all(), 100).count
    if connection.vendor == "postgresql":
        # Past the bound: the planner's estimate, or the table's, never below what was counted.
        assert filtered >= 4 and whole >= 4
    else:
        assert (filtered, whole) == (6, 7)


def test_pages_stop_at_the_paginators_bound(make_claim, monkeypatch):
    for _ in range(5):
        make_claim()
    monkeypatch.setattr(EstimatedCountPaginator, "max_pages", 2)
    paginator = EstimatedCountPaginator(Claim.objects.order_by("id"), 2)
    assert paginator.num_pages == 2
    assert len(paginator.page(2).object_list) == 2


def test_the_statistic_filter_lists_every_statistic_and_filters_by_it(client, reviewer, make_claim, make_statistic):
    client.force_login(reviewer)
    wanted, other = make_statistic(name="Border encounters"), make_statistic(name="Apprehensions")
    claim = make_claim(statistic=wanted)
    make_claim(statistic=other)
    make_claim()
    response = client.get(CHANGELIST)
    spec = next(spec for spec in response.context["cl"].filter_specs if spec.title == "statistic")
    assert spec.lookup_choices == [(str(other.pk), "Apprehensions"), (str(wanted.pk), "Border encounters")]
    assert shown(client.get(CHANGELIST, {"statistic__id__exact": wanted.pk})) == [claim.pk]
    assert client.get(CHANGELIST, {"statistic__id__exact": "x"}).status_code == 302  # the admin's "?e=1"
