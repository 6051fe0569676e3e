"""python manage.py import_series FILE (claims.consistency.series)."""
import datetime
from decimal import Decimal as D

import pytest
from django.core.management import CommandError, call_command

from claims.models import OfficialFigure, Release

pytestmark = pytest.mark.django_db

HEADER = "statistic,period start,period end,value,publisher,URL,released on\n"


@pytest.fixture
def stat(make_statistic):
    return make_statistic("Apprehensions", slug="apprehensions", unit="apprehensions", measure="count")


def _file(tmp_path, text):
    path = tmp_path / "series.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_it_imports_rows_and_reports_them(tmp_path, stat, capsys):
    path = _file(tmp_path, HEADER
                 + "apprehensions,2023-10-01,2023-10-31,188000,CBP,https://www.cbp.gov/newsroom/stats,2023-11-14\n"
                 + 'apprehensions,2023-11-01,2023-11-30,"191,000",CBP,https://www.cbp.gov/newsroom/stats,2023-11-14\n')
    call_command("import_series", path)
    assert "Imported 1 releases: 2 new figures, 0 revised" in capsys.readouterr().out
    rows = list(OfficialFigure.objects.values_list("period_start__month", "value", "publisher", "release__released_on"))
    assert rows == [(10, D(188000), "CBP", datetime.date(2023, 11, 14)),
                    (11, D(191000), "CBP", datetime.date(2023, 11, 14))]


def test_importing_the_same_file_again_changes_nothing(tmp_path, stat, capsys):
    path = _file(tmp_path, HEADER + "apprehensions,2023-10-01,2023-10-31,188000,CBP,https://www.cbp.gov/a,2023-11-14\n")
    call_command("import_series", path)
    call_command("import_series", path)
    assert "Imported 0 releases: 0 new figures, 0 revised" in capsys.readouterr().out
    assert OfficialFigure.objects.count() == Release.objects.count() == 1


def test_a_later_release_revises_a_figure_and_keeps_the_earlier_one(tmp_path, stat, capsys):
    row = "apprehensions,2023-10-01,2023-10-31,{},CBP,https://www.cbp.gov/{},{}\n"
    call_command("import_series", _file(tmp_path, HEADER + row.format(188000, "oct", "2023-11-14")
                                        + row.format(188500, "nov", "2023-12-22")))
    assert "Imported 2 releases: 1 new figures, 1 revised" in capsys.readouterr().out
    assert list(OfficialFigure.objects.order_by("release__released_on").values_list("value", flat=True)) == [
        D(188000), D(188500)]


def test_bad_rows_are_reported_by_line_and_column_and_nothing_is_imported(tmp_path, stat):
    path = _file(tmp_path, HEADER
                 + "apprehensions,2023-10-01,2023-10-31,188000,CBP,https://www.cbp.gov/a,2023-11-14\n"
                 + "gotaways,2023-10-01,2023-10-31,5,CBP,https://www.cbp.gov/a,2023-11-14\n"
                 + "apprehensions,2023-13-01,2023-10-31,5,CBP,https://www.cbp.gov/a,2023-11-14\n"
                 + "apprehensions,2023-11-30,2023-11-01,5,CBP,https://www.cbp.gov/a,2023-11-14\n"
                 + "apprehensions,2023-11-01,2023-11-30,lots,CBP,https://www.cbp.gov/a,2023-11-14\n"
                 + "apprehensions,2023-11-01,2023-11-30,5,,https://www.cbp.gov/a,2023-11-14\n"
                 + "apprehensions,2023-11-01,2023-11-30,5,CBP,javascript:alert(1),2023-11-14\n"
                 + "apprehensions,2023-10-01,2023-10-31,9,CBP,https://www.cbp.gov/a,2023-11-14\n"
                 + "apprehensions,2023-12-01,2023-12-31,9,CBP,https://demo.factcheck.invalid/a,2023-11-14\n"
                 + "apprehensions,2023-12-01,2023-12-31,9,CBP,https://www.cbp.gov/a,soon\n")
    with pytest.raises(CommandError) as raised:
        call_command("import_series", path)
    message = str(raised.value)
    assert message.startswith("Nothing imported.")
    for expected in [
        "line 3: statistic: no statistic 'gotaways'",
        "line 4: period_start: '2023-13-01' is not a date (YYYY-MM-DD)",
        "line 5: period_end: the period must not end before it starts",
        "line 6: value: 'lots' is not a number",
        "line 7: publisher: required",
        "line 8: url: 'javascript:alert(1)' is not an http(s) URL",
        "line 9: the same statistic, period and release as line 2",
        "line 10: url: 'https://demo.factcheck.invalid/a' is a placeholder, not a publication",
        "line 11: released_on: 'soon' is not a date (YYYY-MM-DD)",
    ]:
        assert expected in message
    assert "line 2" not in message.split("as line 2")[0]
    assert not OfficialFigure.objects.exists()


def test_a_missing_column_is_named(tmp_path, stat):
    with pytest.raises(CommandError, match="line 1: missing columns publisher, url, released_on"):
        call_command("import_series", _file(tmp_path, "statistic,period_start,period_end,value\n"))


def test_an_unreadable_file_is_a_clean_error(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_series", str(tmp_path / "missing.csv"))


def test_claims_about_the_statistic_are_checked_after_an_import(tmp_path, stat, make_claim, celery_eager,
                                                                django_capture_on_commit_callbacks):
    claim = make_claim("200000", "over", statistic=stat, unit="apprehensions",
                       period_start=datetime.date(2023, 10, 1), period_end=datetime.date(2023, 10, 31))
    path = _file(tmp_path, HEADER + "apprehensions,2023-10-01,2023-10-31,188000,CBP,https://www.cbp.gov/a,2023-11-14\n")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_series", path)
    assert claim.findings.get(kind="verdict").verdict == "mostly_accurate"
