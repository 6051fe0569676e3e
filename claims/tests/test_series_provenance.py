"""Every official figure the project ships cites a real publication (data/series/)."""
import csv
import datetime
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.consistency.series import publication_url
from claims.models import OfficialFigure

SERIES = sorted((Path(__file__).resolve().parents[2] / "data" / "series").glob("*.csv"))


@pytest.mark.parametrize("path", SERIES, ids=lambda p: p.name)
def test_every_shipped_row_cites_its_publication(path):
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert rows, f"{path.name} has no rows"
    for line, row in enumerate(rows, start=2):
        assert row["publisher"].strip(), f"{path.name} line {line}: no publisher"
        assert row["url"].startswith("https://") and publication_url(row["url"]), f"{path.name} line {line}: url"
        released = datetime.date.fromisoformat(row["released_on"])
        assert released >= datetime.date.fromisoformat(row["period_end"]), f"{path.name} line {line}: released early"


@pytest.mark.parametrize("url", ["", "https://demo.factcheck.invalid/series", "https://example.com/data.csv",
                                 "https://stats.example.org/x", "https://localhost/x", "https://data.test/x",
                                 "http://intranet/x"])
def test_placeholder_and_empty_urls_are_not_publications(url):
    assert not publication_url(url)


@pytest.mark.parametrize("url", ["https://www.cbp.gov/newsroom/national-media-release/x",
                                 "https://www.bls.gov/news.release/archives/empsit_10062023.htm"])
def test_publishers_urls_are_publications(url):
    assert publication_url(url)


@pytest.mark.django_db
def test_the_demo_loads_no_figure_without_a_publication():
    call_command("load_demo")
    figures = list(OfficialFigure.objects.select_related("release"))
    assert figures
    for figure in figures:
        assert figure.release is not None and publication_url(figure.url) and figure.url == figure.release.url
        assert figure.release.released_on >= figure.period_end
