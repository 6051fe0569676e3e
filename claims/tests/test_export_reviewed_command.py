"""manage.py export_reviewed: articles reviewers finished, written as labelled-corpus cases."""
import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command

from claims.models import Claim

pytestmark = pytest.mark.django_db
S = Claim.Status
# From a real article (Breitbart, 3 Nov 2021; data/corpus/dev/dev-02): the same figure twice.
TEXT = ("According to the source, more than 400,000 “got-away” migrants were recorded during the last fiscal year. "
        "The source says 400,000 is a record.")


@pytest.fixture
def reviewed(make_source, make_claim, make_speaker):
    source = make_source(text=TEXT, title="FY22 got-aways", publisher="Breitbart News",
                         published_on=datetime.date(2021, 11, 3), url="https://www.breitbart.com/border/fy22")
    speaker = make_speaker("U.S. Customs and Border Protection", aliases=["CBP"])
    first = TEXT.index("more than 400,000")
    second = TEXT.index("400,000", first + 20)
    kept = make_claim("400000", "over", source=source, status=S.PUBLISHED, unit="got-away migrants", speaker=speaker,
                      quote=TEXT[:first + 60], quote_start=0, quote_end=TEXT.index(". ") + 1, figure_start=first,
                      figure_end=first + len("more than 400,000"), period_start=datetime.date(2020, 10, 1),
                      period_end=datetime.date(2021, 9, 30))
    again = make_claim("400000", source=source, status=S.IN_REVIEW, unit="got-away migrants",
                       quote=TEXT[TEXT.index("The source says"):], quote_start=TEXT.index("The source says"),
                       quote_end=len(TEXT), figure_start=second, figure_end=second + len("400,000"))
    make_claim("2021", source=source, status=S.REJECTED, quote="x", figure_start=0, figure_end=9)
    return source, kept, again


def run(tmp_path, *args) -> str:
    out = StringIO()
    call_command("export_reviewed", "--out", str(tmp_path), *args, stdout=out)
    return out.getvalue()


def test_it_writes_the_text_and_the_claims_kept(tmp_path, reviewed):
    source, kept, again = reviewed
    summary = run(tmp_path)
    name = f"reviewed-{source.pk}-breitbart-news-fy22-got-aways"
    assert summary.strip() == f"Wrote 1 reviewed article (2 claims) to {tmp_path}."
    assert (tmp_path / f"{name}.txt").read_text(encoding="utf-8") == TEXT
    gold = json.loads((tmp_path / f"{name}.gold.json").read_text(encoding="utf-8"))
    assert gold == {
        "article": f"{name}.txt", "url": "https://www.breitbart.com/border/fy22", "published": "2021-11-03",
        "publisher": "Breitbart News",
        "claims": [
            {"quote": "more than 400,000", "value": 400000, "unit": "got-away migrants", "qualifier": "over",
             "speaker": ["U.S. Customs and Border Protection", "CBP"],
             "period": {"start": "2020-10-01", "end": "2021-09-30"}},
            {"quote": "400,000 is", "value": 400000, "unit": "got-away migrants", "qualifier": None, "speaker": None,
             "period": None},
        ],
    }
    # The scorer finds each quote where its figure is.
    assert TEXT.find("400,000 is") == again.figure_start


def test_an_article_with_claims_still_suggested_is_not_exported(tmp_path, reviewed, make_claim):
    source, kept, again = reviewed
    make_claim("5", source=source, status=S.SUGGESTED, quote="y", figure_start=1, figure_end=2)
    assert run(tmp_path).strip() == f"Wrote 0 reviewed articles (0 claims) to {tmp_path}."
    assert list(tmp_path.iterdir()) == []


def test_it_exports_only_the_sources_named(tmp_path, reviewed, make_claim):
    other = make_claim(status=S.PUBLISHED)
    run(tmp_path, "--source", str(other.source_id))
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".txt"] == [
        f"reviewed-{other.source_id}-example-news-{other.source.title.lower().replace(' ', '-')}.txt"]
