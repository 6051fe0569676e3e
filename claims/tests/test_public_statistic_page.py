"""The public statistic page: every published claim about it, an SVG chart and a table."""
import datetime

import pytest

from claims.models import Claim
from claims.tests.public_helpers import add_evidence, published_now

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def statistic(make_statistic, make_claim, make_speaker, make_source):
    statistic = make_statistic("Southwest border apprehensions", definition="People apprehended between ports.")
    owens, fox = make_speaker("Jason Owens"), make_speaker("Fox News", kind="organisation")
    make_claim("890000", "over", quote="Over 890,000 so far", unit="apprehensions", statistic=statistic,
               speaker=owens, period_start=D(2023, 10, 1), stated_on=D(2024, 3, 2), published_at=published_now())
    contested = make_claim("2000000", "nearly", quote="Nearly 2 million last year", unit="apprehensions",
                           statistic=statistic, speaker=fox, period_start=D(2022, 10, 1), period_end=D(2023, 9, 30),
                           stated_on=D(2023, 11, 1), published_at=published_now())
    add_evidence(contested, make_source(), "conflicts", value=1500000)
    make_claim("5", quote="An undated claim", statistic=statistic, published_at=published_now())
    make_claim("7", quote="A claim in review", statistic=statistic, status=Claim.Status.IN_REVIEW)
    return statistic


def test_it_draws_an_accessible_svg_chart_with_a_mark_per_dated_claim(client, statistic):
    response = client.get(statistic.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert 'role="img" aria-labelledby="chart-title chart-desc"' in svg
    assert '<title id="chart-title">Claimed values of Southwest border apprehensions by period covered</title>' in svg
    assert "<desc id=\"chart-desc\">" in svg
    assert svg.count('class="dot"') == 2
    assert svg.count('class="conflict-ring"') == 1
    assert "Fox News: nearly 2 million apprehensions, 1 Oct 2022 – 30 Sep 2023 (contradicted by 1 source)" in svg
    assert "Jason Owens: over 890,000 apprehensions, from 1 Oct 2023" in svg
    assert ">2023</text>" in svg and ">2024</text>" in svg
    legend = html[html.index('class="legend"'):html.index("</figcaption>")]
    assert "Jason Owens" in legend and "Fox News" in legend and "Contradicted by a source" in legend
    assert "1 claim with no date or period is in the table only." in html


def test_a_table_gives_the_same_data_including_undated_claims(client, statistic):
    html = client.get(statistic.get_absolute_url()).content.decode()
    table = html[html.index("<table"):html.index("</table>")]
    assert table.count("<tr") == 1 + 3
    assert "nearly 2 million apprehensions" in table and "1,000,000 to 2,000,000" in table
    assert "over 890,000 apprehensions" in table and "890,000 to 900,000" in table
    assert "An undated claim" not in table and "5 people" in table
    assert '<tr class="conflict-row">' in table and "(contradicted)" in table
    assert "A claim in review" not in html and "7 people" not in html


def test_a_statistic_without_a_published_claim_is_not_found(client, make_statistic, make_claim):
    statistic = make_statistic()
    make_claim(statistic=statistic, status=Claim.Status.SUGGESTED)
    assert client.get(statistic.get_absolute_url()).status_code == 404
    assert client.get("/statistics/no-such-statistic/").status_code == 404


def test_names_in_the_chart_are_escaped(client, make_statistic, make_claim, make_speaker):
    statistic = make_statistic("<script>alert(1)</script>")
    make_claim(statistic=statistic, speaker=make_speaker("</title><script>x()</script>"), stated_on=D(2024, 1, 1),
               published_at=published_now())
    html = client.get(statistic.get_absolute_url()).content.decode()
    assert "<script>" not in html
    assert "&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;" in html


@pytest.mark.parametrize("size", [1, 10])
def test_the_query_count_does_not_grow_with_claims(client, django_assert_num_queries, make_statistic, make_claim,
                                                   make_speaker, make_source, size):
    statistic = make_statistic()
    for n in range(size):
        claim = make_claim(statistic=statistic, speaker=make_speaker(), stated_on=D(2020 + n % 4, 1 + n % 12, 1),
                           published_at=published_now())
        add_evidence(claim, make_source(), "conflicts")
    # the statistic; its claims with speakers and sources
    with django_assert_num_queries(3):  # the statistic, its claims, its official series
        response = client.get(statistic.get_absolute_url())
    assert response.content.decode().count('class="dot"') == size


def test_only_the_most_recently_stated_claims_are_shown_past_the_limit(client, make_statistic, make_claim,
                                                                       monkeypatch):
    monkeypatch.setattr("claims.views.STATISTIC_LIMIT", 3)
    statistic = make_statistic()
    for year in (2019, 2020, 2021, 2022):
        make_claim(str(year), statistic=statistic, stated_on=D(year, 6, 1), published_at=published_now())

    html = client.get(statistic.get_absolute_url()).content.decode()

    assert "The 3 most recently stated claims are shown." in html
    assert html.count('class="dot"') == 3 and "2,019 people" not in html
    table = html[html.index("<tbody"):]
    assert table.index("2,020 people") < table.index("2,021 people") < table.index("2,022 people")
