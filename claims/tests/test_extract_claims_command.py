"""python manage.py extract_claims [--json] [--published YYYY-MM-DD] FILE"""
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command


def run(*args) -> str:
    out = StringIO()
    call_command("extract_claims", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("The trade deficit increased to $62.2 billion in December, the Commerce Department said.\n",
                    encoding="utf-8")
    return path


def test_it_prints_the_json_array_the_scorer_reads(article):
    claims = json.loads(run("--json", "--published", "2024-02-07", str(article)))
    assert [(c["value"], c["unit"], c["speaker"], c["period_start"], c["period_end"]) for c in claims] == [
        (62200000000, "USD", "Commerce Department", "2023-12-01", "2023-12-31")]
    assert article.read_text()[claims[0]["start"]:claims[0]["end"]] == "$62.2 billion"


def test_without_a_publication_date_months_are_not_resolved(article):
    claims = json.loads(run("--json", str(article)))
    assert claims[0]["period_start"] is None


def test_without_json_it_prints_a_readable_table(article):
    out = run("--published", "2024-02-07", str(article))
    assert "$62.2 billion" in out and "Commerce Department" in out and "1 claim" in out


def test_an_article_without_figures_says_so(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("Nothing to count here.", encoding="utf-8")
    assert run(str(path)).strip() == "no claims found"
    assert json.loads(run("--json", str(path))) == []


def test_it_rejects_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="file: .* does not exist"):
        run(str(tmp_path / "nope.txt"))


def test_it_rejects_a_directory(tmp_path):
    with pytest.raises(CommandError, match="is a directory"):
        run(str(tmp_path))


def test_it_rejects_a_file_that_is_not_utf8_text(tmp_path):
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\xff\xfe\x00\x81 not text")
    with pytest.raises(CommandError, match="not UTF-8"):
        run(str(path))


@pytest.mark.parametrize("bad", ["2024-13-01", "yesterday", "09/01/2024"])
def test_it_rejects_a_bad_publication_date(article, bad):
    with pytest.raises(CommandError, match="--published: .* YYYY-MM-DD"):
        run("--published", bad, str(article))
