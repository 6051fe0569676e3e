"""manage.py fetch_series: each connector against recorded answers in the publisher's format,
served by a real HTTP server on 127.0.0.1 (claims/tests/fixtures/official/README.md)."""
import datetime
import json
from decimal import Decimal as D
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.consistency.connectors import series_sources_due
from claims.models import OfficialFigure, Release, SeriesSource

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "official"
BLS_OPTIONS = {"series": {"LAUCN040010000000005": {"statistic": "apache-county-employment"}}}
CBP_OPTIONS = {"statistic": "usbp", "year": "Fiscal Year", "month": "Month (abbv)", "value": "Encounter Count",
               "fiscal_year_start": 10,
               "filters": {"Component": "U.S. Border Patrol", "Land Border Region": "Southwest Land Border"}}
SDMX_OPTIONS = {"statistic": "eur-nzd", "series": {"CURRENCY": "NZD"}}


@pytest.fixture
def statistics(make_statistic):
    return {slug: make_statistic(slug, slug=slug, unit=unit, measure=measure) for slug, unit, measure in [
        ("apache-county-employment", "people", "level"), ("usbp", "apprehensions", "count"),
        ("eur-nzd", "NZD", "rate")]}


def _serve(page_server, name, content_type):
    return page_server.add(f"/{name}", body=(FIXTURES / name).read_bytes(), content_type=content_type)


def _fetch(connector, url, options, *extra):
    call_command("fetch_series", connector, url, "--publisher", "Publisher", "--options", json.dumps(options), *extra)


def _figures(slug):
    return [(f.period_start.isoformat(), f.period_end.isoformat(), f.value)
            for f in OfficialFigure.objects.filter(statistic__slug=slug).order_by("period_start")]


def test_the_bls_connector_imports_the_api_answer_as_a_release(page_server, statistics, capsys):
    url = _serve(page_server, "bls-laucn040010000000005.json", "application/json")
    _fetch("bls", url, BLS_OPTIONS)
    figures = _figures("apache-county-employment")
    assert len(figures) == 25
    assert figures[0] == ("2021-01-01", "2021-01-31", D(16860))
    assert figures[-1] == ("2023-01-01", "2023-01-31", D(17585))
    release = Release.objects.get()
    assert (release.connector, release.url, len(release.content_hash)) == ("bls", url, 64)
    assert "25 new figures" in capsys.readouterr().out


def test_a_fetch_that_finds_nothing_new_changes_nothing(page_server, statistics, capsys):
    url = _serve(page_server, "bls-laucn040010000000005.json", "application/json")
    _fetch("bls", url, BLS_OPTIONS)
    _fetch("bls", url, BLS_OPTIONS)
    assert Release.objects.count() == 1 and OfficialFigure.objects.count() == 25
    assert "Nothing new" in capsys.readouterr().out


def test_the_csv_connector_sums_the_mapped_rows_by_month(page_server, statistics):
    url = _serve(page_server, "cbp-sbo-encounters.csv", "text/csv")
    _fetch("csv", url, CBP_OPTIONS)
    # Fiscal year 2024 starts in October 2023; the Office of Field Operations rows are filtered out.
    assert _figures("usbp") == [
        ("2023-10-01", "2023-10-31", D(188778)), ("2023-11-01", "2023-11-30", D(191113)),
        ("2023-12-01", "2023-12-31", D(249785)), ("2024-01-01", "2024-01-31", D(124220)),
        ("2024-02-01", "2024-02-29", D(140644))]


def test_the_sdmx_connector_reads_the_series_asked_for(page_server, statistics):
    url = _serve(page_server, "ecb-exr-time-series.json", "application/json")
    _fetch("sdmx", url, SDMX_OPTIONS)
    assert _figures("eur-nzd") == [("2013-01-18", "2013-01-18", D("1.5931")), ("2013-01-21", "2013-01-21",
                                                                              D("1.5925"))]
    assert Release.objects.get().released_on == datetime.date(2018, 3, 11)  # the message's "prepared" day


@pytest.mark.parametrize("connector, body, content_type, options, error", [
    ("bls", b'{"status":"REQUEST_NOT_PROCESSED","responseTime":88,"message":["Request could not be serviced, as '
            b'the daily threshold for total number of requests allocated to the user has been reached."],'
            b'"Results":{}}', "application/json", BLS_OPTIONS, "The BLS API answered REQUEST_NOT_PROCESSED"),
    ("bls", b'{"status":"REQUEST_SUCCEEDED","Results":{"series":[{"seriesID":"LAUCN04001', "application/json",
     BLS_OPTIONS, "The answer is not BLS API JSON"),
    ("bls", b'{"status":"REQUEST_SUCCEEDED","Results":{"series":[{"seriesID":"LAUCN040010000000005","data":'
            b'[{"year":"2023","period":"M01","value":"lots","footnotes":[{}]}]}]}}', "application/json", BLS_OPTIONS,
     "LAUCN040010000000005 2023 M01: 'lots' is not a number"),
    ("csv", b"Fiscal Year,Month (abbv),Component,Land Border Region\n2024,OCT,U.S. Border Patrol,Southwest Land "
            b"Border\n", "text/csv", CBP_OPTIONS, "The CSV has no column 'Encounter Count'"),
    ("csv", (FIXTURES / "cbp-sbo-encounters.csv").read_bytes().replace(b"124220", b"n/a"), "text/csv", CBP_OPTIONS,
     "line 8: Encounter Count: 'n/a' is not a number"),
    ("sdmx", b'{"meta":{},"data":{"structures":[]}}', "application/json", SDMX_OPTIONS,
     "no structure or no dataSets"),
    ("sdmx", (FIXTURES / "ecb-exr-time-series.json").read_bytes(), "image/png", SDMX_OPTIONS,
     "is image/png, not application/json"),
])
def test_a_malformed_answer_is_a_clear_error_and_nothing_is_imported(page_server, statistics, connector, body,
                                                                     content_type, options, error):
    url = page_server.add("/answer", body=body, content_type=content_type)
    with pytest.raises(CommandError) as raised:
        _fetch(connector, url, options)
    assert str(raised.value).startswith("Nothing imported.") and error in str(raised.value)
    assert not Release.objects.exists() and not OfficialFigure.objects.exists()


def test_an_unknown_statistic_in_the_mapping_imports_nothing(page_server, statistics):
    url = _serve(page_server, "bls-laucn040010000000005.json", "application/json")
    with pytest.raises(CommandError, match="No statistic 'nowhere'"):
        _fetch("bls", url, {"series": {"LAUCN040010000000005": {"statistic": "nowhere"}}})
    assert not Release.objects.exists()


def test_a_private_address_is_refused_by_the_fetcher(statistics):
    with pytest.raises(CommandError, match="not a public address"):
        _fetch("bls", "http://127.0.0.1:9/data.json", BLS_OPTIONS)


def test_a_registered_series_is_refreshed_when_due(page_server, statistics, celery_eager):
    url = _serve(page_server, "ecb-exr-time-series.json", "application/json")
    _fetch("sdmx", url, SDMX_OPTIONS, "--register", "ECB EUR/NZD")
    source = SeriesSource.objects.get()
    assert (source.last_error, source.last_release.connector, source.refresh_hours) == ("", "sdmx", 24)
    assert series_sources_due() == []
    later = source.last_fetched_at + datetime.timedelta(hours=24)
    assert series_sources_due(later) == [source.pk]
    from claims.tasks import refresh_official_series

    SeriesSource.objects.filter(pk=source.pk).update(last_fetched_at=None)
    assert refresh_official_series.delay().get() == 1  # queued and run: nothing new
    assert Release.objects.count() == 1
    assert SeriesSource.objects.get().last_fetched_at is not None


def test_a_failed_fetch_of_a_registered_series_is_noted_on_it(page_server, statistics):
    url = page_server.add("/gone", body=b"", status=404)
    with pytest.raises(CommandError, match="answered HTTP 404"):
        _fetch("csv", url, CBP_OPTIONS, "--register", "CBP SW")
    assert "answered HTTP 404" in SeriesSource.objects.get().last_error
