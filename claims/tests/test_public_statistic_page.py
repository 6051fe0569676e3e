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
    # the statistic; its claims summed up by month; the table's page of them; the chart's claims;
    # its official series
    with django_assert_num_queries(5):
        response = client.get(statistic.get_absolute_url())
    assert response.content.decode().count('class="dot"') == size


def test_past_chart_marks_claims_are_drawn_as_a_bar_a_period_and_the_table_pages(client, make_statistic, make_claim,
                                                                                  make_source, monkeypatch):
    monkeypatch.setattr("claims.views.CHART_MARKS", 3)
    monkeypatch.setattr("claims.views.PAGE_SIZE", 2)
    statistic = make_statistic(unit="people")
    for day, value in [(D(2022, 1, 5), "100"), (D(2022, 1, 20), "300"), (D(2022, 3, 1), "50"), (D(2023, 2, 1), "70")]:
        make_claim(value, statistic=statistic, stated_on=day, published_at=published_now())
    contested = make_claim("90", statistic=statistic, stated_on=D(2023, 2, 9), published_at=published_now())
    add_evidence(contested, make_source(), "conflicts")
    make_claim("5", statistic=statistic, published_at=published_now())  # no date: in the table only

    html = client.get(statistic.get_absolute_url()).content.decode()

    svg = html[html.index("<svg"):html.index("</svg>")]
    assert 'class="dot"' not in svg and svg.count('class="range"') == 3
    assert "<title>Jan 2022: 2 claims, 100 people to 300 people</title>" in svg
    assert "<title>Mar 2022: 1 claim, 50 people</title>" in svg
    assert "<title>Feb 2023: 2 claims, 70 people to 90 people (1 contradicted)</title>" in svg
    assert svg.count('class="bar conflict"') == 1
    assert "6 claims, too many to draw one by one: a bar for each month." in html
    assert "1 claim with no date or period is in the table only." in html
    table = html[html.index("<tbody"):html.index("</tbody>")]
    assert table.count("<tr") == 2 and table.index("90 people") < table.index("70 people")
    assert 'rel="next" href="?page=2"' in html

    older = client.get(statistic.get_absolute_url(), {"page": 3}).content.decode()
    assert "5 people" in older[older.index("<tbody"):]
    assert client.get(statistic.get_absolute_url(), {"page": "x"}).status_code == 400


def test_bars_cover_a_quarter_or_a_year_when_the_claims_span_years(client, make_statistic, make_claim, monkeypatch):
    monkeypatch.setattr("claims.views.CHART_MARKS", 1)
    statistic = make_statistic()
    for year in (2010, 2015, 2024):
        make_claim("10", statistic=statistic, stated_on=D(year, 6, 1), published_at=published_now())
    html = client.get(statistic.get_absolute_url()).content.decode()
    assert "a bar for each year." in html and "<title>2015: 1 claim, 10 apprehensions</title>" in html


@pytest.mark.parametrize("size", [5, 40])
def test_with_bars_the_query_count_does_not_grow_with_claims(client, django_assert_num_queries, make_statistic,
                                                             make_claim, monkeypatch, size):
    monkeypatch.setattr("claims.views.CHART_MARKS", 3)
    statistic = make_statistic()
    for n in range(size):
        make_claim(statistic=statistic, stated_on=D(2020 + n % 4, 1 + n % 12, 1), published_at=published_now())
    # the statistic; its claims summed up by month (the bars); the table's page of them; its official series
    with django_assert_num_queries(4):
        response = client.get(statistic.get_absolute_url())
    assert response.content.decode().count('class="range"') == len({(2020 + n % 4, 1 + n % 12) for n in range(size)})
