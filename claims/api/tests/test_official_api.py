"""GET /api/v1/statistics/{id}/figures/ and /releases/: the real demo series with their releases."""
import pytest
from django.core.management import call_command

from claims.models import OfficialFigure, Release, Statistic

pytestmark = pytest.mark.django_db

BLS = "U.S. Bureau of Labor Statistics"


@pytest.fixture
def jobs():
    call_command("load_demo")
    return Statistic.objects.get(slug="bls-nonfarm-payroll-change")


def _values(response):
    return [(f["period_start"], f["value"], f["release"]["released_on"]) for f in response.json()["results"]]


def test_figures_are_the_series_as_it_stands_with_each_release(client, jobs, django_assert_num_queries):
    with django_assert_num_queries(2):
        response = client.get(f"/api/v1/statistics/{jobs.pk}/figures/")
    assert response.status_code == 200
    assert _values(response) == [("2023-07-01", "236000", "2023-10-06"), ("2023-08-01", "165000", "2023-11-03"),
                                 ("2023-09-01", "297000", "2023-11-03"), ("2023-10-01", "150000", "2023-11-03")]
    september = response.json()["results"][2]
    assert september["unit"] == "jobs" and september["period_end"] == "2023-09-30"
    assert september["release"]["publisher"] == BLS
    assert september["release"]["url"] == "https://www.bls.gov/news.release/archives/empsit_11032023.htm"


def test_figures_as_published_on_a_day_and_filtered_by_period(client, jobs):
    response = client.get(f"/api/v1/statistics/{jobs.pk}/figures/", {"as_of": "2023-10-06",
                                                                      "period_start_after": "2023-08-01"})
    assert _values(response) == [("2023-08-01", "227000", "2023-10-06"), ("2023-09-01", "336000", "2023-10-06")]


def test_releases_list_newest_first_with_their_figure_counts(client, jobs, django_assert_num_queries):
    with django_assert_num_queries(2):
        response = client.get(f"/api/v1/statistics/{jobs.pk}/releases/")
    rows = [(r["released_on"], r["figures_count"], r["title"]) for r in response.json()["results"]]
    assert rows == [("2023-11-03", 3, "The Employment Situation — October 2023"),
                    ("2023-10-06", 3, "The Employment Situation — September 2023"),
                    ("2023-09-01", 2, "The Employment Situation — August 2023")]


def test_a_bad_date_is_a_400_naming_the_field(client, jobs):
    response = client.get(f"/api/v1/statistics/{jobs.pk}/figures/", {"as_of": "last week"})
    assert response.status_code == 400
    assert response.json()["fields"] == {"as_of": ["'last week' is not a date (YYYY-MM-DD)."]}


@pytest.mark.parametrize("path", ["figures", "releases"])
def test_an_unknown_statistic_is_a_404(client, path, db):
    assert client.get(f"/api/v1/statistics/999999/{path}/").status_code == 404


def test_writes_are_refused(client, jobs):
    assert client.post(f"/api/v1/statistics/{jobs.pk}/figures/", {}).status_code == 405


def _stamp(moment) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _release(release) -> dict:
    return {"id": release.pk, "publisher": BLS, "title": release.title, "url": release.url,
            "released_on": release.released_on.isoformat(), "retrieved_at": _stamp(release.retrieved_at)}


def test_the_figures_document_whole(client, jobs):
    september = OfficialFigure.objects.select_related("release").get(statistic=jobs, value=336000)
    august = OfficialFigure.objects.select_related("release").get(statistic=jobs, value=227000)
    response = client.get(f"/api/v1/statistics/{jobs.pk}/figures/", {"as_of": "2023-10-06",
                                                                      "period_start_after": "2023-08-01"})
    assert response.json() == {"results": [
        {"id": august.pk, "period_start": "2023-08-01", "period_end": "2023-08-31", "value": "227000", "unit": "jobs",
         "publisher": BLS, "url": "https://www.bls.gov/news.release/archives/empsit_10062023.htm",
         "release": _release(august.release)},
        {"id": september.pk, "period_start": "2023-09-01", "period_end": "2023-09-30", "value": "336000",
         "unit": "jobs", "publisher": BLS, "url": "https://www.bls.gov/news.release/archives/empsit_10062023.htm",
         "release": _release(september.release)},
    ]}


def test_a_figure_without_a_release_has_a_null_release(client, jobs):
    row = OfficialFigure.objects.create(statistic=jobs, period_start="2022-01-01", period_end="2022-01-31",
                                        value=504000, publisher=BLS,
                                        url="https://www.bls.gov/news.release/archives/empsit_02042022.htm")
    response = client.get(f"/api/v1/statistics/{jobs.pk}/figures/", {"period_start_before": "2022-12-31"})
    assert response.json() == {"results": [
        {"id": row.pk, "period_start": "2022-01-01", "period_end": "2022-01-31", "value": "504000", "unit": "jobs",
         "publisher": BLS, "url": "https://www.bls.gov/news.release/archives/empsit_02042022.htm", "release": None},
    ]}


def test_the_releases_document_whole(client, jobs):
    releases = list(Release.objects.filter(figures__statistic=jobs).distinct().order_by("-released_on"))
    counts = {"2023-11-03": 3, "2023-10-06": 3, "2023-09-01": 2}
    assert client.get(f"/api/v1/statistics/{jobs.pk}/releases/").json() == {"results": [
        {**_release(r), "figures_count": counts[r.released_on.isoformat()]} for r in releases]}
    assert len(releases) == 3
