"""manage.py ingest: files, directories and URLs, through the same service."""
import shutil
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from claims.models import Claim, IngestionJob
from sources.models import Source

CORPUS = Path(settings.BASE_DIR) / "data" / "corpus" / "dev"
NAMES = [
    "dev-01-breitbart-apprehensions-top-one-million.txt",
    "dev-02-breitbart-fy22-gotaways.txt",
    "dev-03-washtimes-cartel-smuggling-revenue.txt",
]


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    (folder / "more").mkdir(parents=True)
    for name in NAMES[:2]:
        shutil.copy(CORPUS / name, folder / name)
    shutil.copy(CORPUS / NAMES[2], folder / "more" / NAMES[2])
    (folder / "notes.json").write_text("{}")  # not an article: skipped
    return folder


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("ingest", *args, stdout=out)
    return out.getvalue()


def test_it_ingests_a_directory_with_a_progress_bar(db, articles, capsys):
    out = run(str(articles), "--published", "2023-03-21")
    assert Source.objects.count() == 3
    assert IngestionJob.objects.filter(status="done").count() == 3
    assert Claim.objects.filter(stated_on=date(2023, 3, 21)).count() == Claim.objects.count() > 10
    assert "Ingested 3 of 3 articles: 3 new sources" in out
    assert out.count(": new source") == 3
    assert "3/3" in capsys.readouterr().err  # tqdm's bar


def test_ingesting_again_adds_nothing(db, articles):
    run(str(articles))
    count = Claim.objects.count()
    out = run(str(articles / NAMES[0]))
    assert Claim.objects.count() == count
    assert Source.objects.count() == 3
    assert "existing source" in out
    assert "0 claims suggested" in out
    assert "Ingested 1 of 1 articles: 0 new sources, 0 claims suggested." in out


def test_it_ingests_an_html_file_with_its_metadata(db, tmp_path):
    page = tmp_path / "story.html"
    page.write_text("<html><head><title>Prices up</title><meta property='og:site_name' content='Daily'></head>"
                    "<body><article><p>Rents rose 12% in 2023, the agency said.</p></article></body></html>")
    out = run(str(page))
    source = Source.objects.get()
    assert (source.title, source.publisher) == ("Prices up", "Daily")
    assert "Prices up" in out


def test_it_ingests_a_url(page_server):
    url = page_server.add("/story", body=b"<html><body><article><p>Agents counted 4,500 crossings in May."
                          b"</p></article></body></html>")
    out = run(url)
    assert Source.objects.get().url == url
    assert "1 of 1 articles" in out


def test_failures_are_reported_and_the_others_still_ingested(db, articles, tmp_path):
    (articles / "blob.txt").write_bytes(b"\x89PNG\r\n\x00\x00")
    (articles / "empty.txt").write_text("  \n")
    with pytest.raises(CommandError, match="Ingested 3 of 5 articles: 3 new sources, .* 2 failed"):
        run(str(articles))
    assert Source.objects.count() == 3


def test_a_bad_date_is_refused_before_anything_is_written(db, articles):
    with pytest.raises(CommandError, match="--published: '2023-02-30' is not a date"):
        run(str(articles), "--published", "2023-02-30")
    assert not IngestionJob.objects.exists()


def test_a_missing_path_is_refused_before_anything_is_written(db, articles):
    with pytest.raises(CommandError, match="nowhere.txt: no such file or directory"):
        run(str(articles), "nowhere.txt")
    assert not IngestionJob.objects.exists()


def test_an_empty_directory_is_refused(db, tmp_path):
    with pytest.raises(CommandError, match="no .txt or .html articles"):
        run(str(tmp_path))
