"""python manage.py import_series FILE (claims.consistency.series)."""
from decimal import Decimal as D

import pytest
from django.core.management import CommandError, call_command

from claims.models import OfficialFigure

pytestmark = pytest.mark.django_db

HEADER = "statistic,period start,period end,value,publisher,URL\n"


@pytest.fixture
def stat(make_statistic):
    return make_statistic("Apprehensions", slug="apprehensions", unit="apprehensions", measure="count")


def _file(tmp_path, text):
    path = tmp_path / "series.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_it_imports_rows_and_reports_them(tmp_path, stat, capsys):
    path = _file(tmp_path, HEADER
                 + "apprehensions,2023-10-01,2023-10-31,188000,CBP,https://www.cbp.gov/newsroom/stats\n"
                 + 'apprehensions,2023-11-01,2023-11-30,"191,000",CBP,https://www.cbp.gov/newsroom/stats\n')
    call_command("import_series", path)
    assert "Imported 2 rows (2 new, 0 updated)" in capsys.readouterr().out
    rows = list(OfficialFigure.objects.values_list("period_start__month", "value", "publisher"))
    assert rows == [(10, D(188000), "CBP"), (11, D(191000), "CBP")]


def test_importing_again_updates_instead_of_duplicating(tmp_path, stat, capsys):
    row = "apprehensions,2023-10-01,2023-10-31,{},CBP,https://www.cbp.gov/newsroom/stats\n"
    call_command("import_series", _file(tmp_path, HEADER + row.format(188000)))
    call_command("import_series", _file(tmp_path, HEADER + row.format(188500)))
    assert "(0 new, 1 updated)" in capsys.readouterr().out
    assert list(OfficialFigure.objects.values_list("value", flat=True)) == [D(188500)]


def test_bad_rows_are_reported_by_line_and_column_and_nothing_is_imported(tmp_path, stat):
    path = _file(tmp_path, HEADER
                 + "apprehensions,2023-10-01,2023-10-31,188000,CBP,https://www.cbp.gov/a\n"
                 + "gotaways,2023-10-01,2023-10-31,5,CBP,https://www.cbp.gov/a\n"
                 + "apprehensions,2023-13-01,2023-10-31,5,CBP,https://www.cbp.gov/a\n"
                 + "apprehensions,2023-11-30,2023-11-01,5,CBP,https://www.cbp.gov/a\n"
                 + "apprehensions,2023-11-01,2023-11-30,lots,CBP,https://www.cbp.gov/a\n"
                 + "apprehensions,2023-11-01,2023-11-30,5,,https://www.cbp.gov/a\n"
                 + "apprehensions,2023-11-01,2023-11-30,5,CBP,javascript:alert(1)\n"
                 + "apprehensions,2023-10-01,2023-10-31,9,CBP,https://www.cbp.gov/a\n")
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
        "line 9: the same statistic, period and publisher as line 2",
    ]:
        assert expected in message
    assert "line 2" not in message.split("as line 2")[0]
    assert not OfficialFigure.objects.exists()


def test_a_missing_column_is_named(tmp_path, stat):
    with pytest.raises(CommandError, match="line 1: missing columns publisher, url"):
        call_command("import_series", _file(tmp_path, "statistic,period_start,period_end,value\n"))


def test_an_unreadable_file_is_a_clean_error(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_series", str(tmp_path / "missing.csv"))


def test_claims_about_the_statistic_are_checked_after_an_import(tmp_path, stat, make_claim, celery_eager,
                                                                django_capture_on_commit_callbacks):
    import datetime

    claim = make_claim("200000", "over", statistic=stat, unit="apprehensions",
                       period_start=datetime.date(2023, 10, 1), period_end=datetime.date(2023, 10, 31))
    path = _file(tmp_path, HEADER + "apprehensions,2023-10-01,2023-10-31,188000,CBP,https://www.cbp.gov/a\n")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_series", path)
    assert claim.findings.get(kind="verdict").verdict == "mostly_accurate"
