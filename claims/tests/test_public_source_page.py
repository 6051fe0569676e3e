"""The public source page: metadata, the claims in it, and its text with each figure highlighted."""
import datetime

import pytest

from claims.models import Appearance, Claim
from claims.tests.public_helpers import add_evidence, published_now

pytestmark = pytest.mark.django_db
TEXT = "Officials said 1,000 people crossed. Later, nearly 2,500 more arrived in May."


def _claim_on(make_claim, source, figure, value, **fields):
    start = TEXT.index(figure)
    return make_claim(value, source=source, figure_text=figure, figure_start=start, figure_end=start + len(figure),
                      published_at=published_now(), **fields)


def test_it_shows_metadata_claims_and_the_text_with_figures_highlighted(client, make_source, make_claim):
    source = make_source(text=TEXT, title="Crossings up", publisher="Border Report", authors=["A. Writer"],
                         url="https://news.example.org/crossings", published_on=datetime.date(2024, 5, 2))
    first = _claim_on(make_claim, source, "1,000", "1000", quote="Officials said 1,000 people crossed.")
    second = _claim_on(make_claim, source, "2,500", "2500", quote="nearly 2,500 more arrived")
    _claim_on(make_claim, source, "May", "5", quote="Hidden one", status=Claim.Status.SUGGESTED)

    response = client.get(source.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Crossings up</h1>" in html and "Border Report" in html and "A. Writer" in html
    assert '<time datetime="2024-05-02">2 May 2024</time>' in html
    assert 'href="https://news.example.org/crossings"' in html
    assert f'<mark id="figure-{first.pk}"><a href="{first.get_absolute_url()}">1,000</a></mark>' in html
    assert f'<mark id="figure-{second.pk}"><a href="{second.get_absolute_url()}">2,500</a></mark>' in html
    assert "Hidden one" not in html and html.count("<mark") == 2
    assert "Later, nearly " in html and " more arrived in May." in html


def test_it_lists_claims_repeated_here_and_claims_it_is_evidence_for(client, make_source, make_claim):
    wire = make_source(title="Wire copy")
    repeated = make_claim(quote="Repeated claim", published_at=published_now())
    Appearance.objects.create(claim=repeated, source=wire)
    backed = make_claim(quote="Backed claim", published_at=published_now())
    add_evidence(backed, wire, "corroborates", value=1000, note="Same count.")

    html = client.get(wire.get_absolute_url()).content.decode()

    assert "Claims repeated here" in html and "“Repeated claim”" in html
    assert "Cited as evidence" in html and "Corroborates, giving <strong>1,000 people</strong>," in html
    assert "Same count." in html


def test_a_source_without_a_published_claim_is_not_found(client, make_source, make_claim):
    source = make_source()
    make_claim(source=source, status=Claim.Status.REJECTED)
    add_evidence(make_claim(status=Claim.Status.IN_REVIEW), source, "conflicts")
    assert client.get(source.get_absolute_url()).status_code == 404
    assert client.get("/sources/999999/").status_code == 404


def test_text_and_metadata_are_escaped(client, make_source, make_claim):
    text = "<script>alert(1)</script> said 1,000 people."
    source = make_source(text=text, title="<i>Title</i>")
    start = text.index("1,000")
    make_claim(source=source, figure_start=start, figure_end=start + 5, quote="<b>q</b>", published_at=published_now())
    html = client.get(source.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html and "<i>Title</i>" not in html and "<b>q</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; said " in html


def test_offsets_outside_the_text_or_overlapping_are_left_unmarked(client, make_source, make_claim):
    source = make_source(text=TEXT)
    make_claim(source=source, figure_start=15, figure_end=20, published_at=published_now())
    make_claim(source=source, figure_start=17, figure_end=22, published_at=published_now())
    make_claim(source=source, figure_start=500, figure_end=505, published_at=published_now())
    html = client.get(source.get_absolute_url()).content.decode()
    assert html.count("<mark") == 1
    assert "Officials said <mark" in html


@pytest.mark.parametrize("size", [1, 8])
def test_the_query_count_does_not_grow_with_claims(client, django_assert_num_queries, make_source, make_claim,
                                                   make_speaker, size):
    source = make_source()
    for _ in range(size):
        make_claim(source=source, speaker=make_speaker(), published_at=published_now())
        Appearance.objects.create(claim=make_claim(speaker=make_speaker(), published_at=published_now()), source=source)
        add_evidence(make_claim(speaker=make_speaker(), published_at=published_now()), source, "context")
    # the source; claims first made here; claims repeated here; evidence
    with django_assert_num_queries(4):
        response = client.get(source.get_absolute_url())
    assert response.content.decode().count('class="claim-item"') == 2 * size
