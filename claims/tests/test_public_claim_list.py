"""The public claim list: published claims only, newest first, search, filters, pages."""
import datetime

import pytest
from django.core.cache import cache
from django.urls import reverse

from claims.models import Claim
from claims.tests.public_helpers import add_evidence, published_now
from claims.views import PAGE_SIZE

pytestmark = pytest.mark.django_db
URL = "/claims/"


@pytest.fixture(autouse=True)
def fresh_filter_choices():
    # The filter choices are cached (claims.public.filter_choices); each test starts cold.
    cache.clear()
    yield
    cache.clear()


def test_it_lists_published_claims_newest_first_with_figure_speaker_date_verdict_and_counts(
    client, make_claim, make_speaker, make_source
):
    owens = make_speaker("Jason Owens")
    old = make_claim("890000", "over", quote="Border Patrol has apprehended over 890,000 immigrants",
                     unit="apprehensions", speaker=owens, stated_on=datetime.date(2024, 3, 1),
                     verdict="accurate", published_at=published_now(days_ago=2))
    new = make_claim("13000000000", quote="The cartel runs a $13 billion-a-year industry", unit="USD",
                     verdict="false", published_at=published_now())
    add_evidence(old, make_source(), "corroborates")
    add_evidence(old, make_source(), "corroborates")
    add_evidence(old, make_source(), "conflicts")

    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("The cartel runs") < html.index("Border Patrol has apprehended")
    assert "over 890,000 apprehensions" in html and "$13 billion" in html
    assert f'href="{owens.get_absolute_url()}">Jason Owens</a>' in html
    assert '<time datetime="2024-03-01">1 Mar 2024</time>' in html
    assert '<span class="badge verdict-accurate">Accurate</span>' in html
    assert '<span class="badge verdict-false">False</span>' in html
    assert "2 corroborate · 1 contradicts" in html
    assert f'href="{new.get_absolute_url()}"' in html


def test_it_hides_claims_that_are_not_published_or_are_duplicates(client, make_claim):
    shown = make_claim(quote="Shown claim", published_at=published_now())
    make_claim(quote="Suggested claim", status=Claim.Status.SUGGESTED)
    make_claim(quote="In review claim", status=Claim.Status.IN_REVIEW)
    make_claim(quote="Rejected claim", status=Claim.Status.REJECTED)
    make_claim(quote="Duplicate claim", duplicate_of=shown, published_at=published_now())

    html = client.get(URL).content.decode()

    assert "Shown claim" in html
    for hidden in ("Suggested claim", "In review claim", "Rejected claim", "Duplicate claim"):
        assert hidden not in html
    assert html.count('class="claim-item"') == 1


def test_search_finds_claims_by_quote_and_speaker(client, make_claim, make_speaker):
    make_claim(quote="Gotaways topped 120,000", published_at=published_now())
    make_claim(quote="Jobs grew by 336,000", speaker=make_speaker("Julie Su"), published_at=published_now())
    make_claim(quote="The deficit was $192 billion", published_at=published_now())

    by_quote = client.get(URL, {"q": "gotaways"}).content.decode()
    by_speaker = client.get(URL, {"q": "Julie"}).content.decode()

    assert "Gotaways topped" in by_quote and "Jobs grew" not in by_quote and "deficit" not in by_quote
    assert "Jobs grew" in by_speaker and "Gotaways" not in by_speaker
    assert 'value="gotaways"' in by_quote


@pytest.mark.parametrize("param", ["speaker", "statistic", "verdict", "publisher", "year"])
def test_each_filter_narrows_the_list(client, make_claim, make_speaker, make_statistic, make_source, param):
    speaker, statistic = make_speaker("Ana Speaker"), make_statistic("Jobs added", slug="jobs-added")
    wanted = make_claim(quote="Wanted claim", speaker=speaker, statistic=statistic, verdict="misleading",
                        source=make_source(publisher="The Wire"), stated_on=datetime.date(2021, 5, 1),
                        published_at=published_now())
    make_claim(quote="Other claim", verdict="accurate", stated_on=datetime.date(2023, 5, 1),
               source=make_source(publisher="Daily Other"), published_at=published_now())
    value = {"speaker": speaker.slug, "statistic": statistic.slug, "verdict": "misleading",
             "publisher": "The Wire", "year": "2021"}[param]

    response = client.get(URL, {param: value})

    assert response.status_code == 200
    html = response.content.decode()
    assert wanted.quote in html and "Other claim" not in html
    if param != "year":
        assert f'<option value="{value}" selected>' in html


def test_the_filter_choices_only_offer_what_has_a_published_claim(client, make_claim, make_speaker, make_source):
    make_claim(quote="Public", speaker=make_speaker("Public Person"), source=make_source(publisher="Seen Press"))
    make_claim(quote="Hidden", speaker=make_speaker("Secret Person"), source=make_source(publisher="Unseen Press"),
               status=Claim.Status.SUGGESTED)

    html = client.get(URL).content.decode()

    assert "Public Person" in html and "Seen Press" in html
    for name, label in [("q", "Search claims"), ("speaker", "Speaker"), ("statistic", "Statistic"),
                        ("verdict", "Verdict"), ("publisher", "Publisher"), ("year", "Year stated")]:
        assert f'<label for="id_{name}">{label}</label>' in html and f'id="id_{name}"' in html
    assert "Secret Person" not in html and "Unseen Press" not in html


@pytest.mark.parametrize("params, field", [
    ({"verdict": "amazing"}, "verdict"),
    ({"speaker": "nobody-at-all"}, "speaker"),
    ({"speaker": "a\x00b"}, "speaker"),
    ({"publisher": "\x00"}, "publisher"),
    ({"statistic": "s" * 300}, "statistic"),
    ({"year": "last year"}, "year"),
    ({"year": "99999"}, "year"),
    ({"page": "two"}, "page"),
    ({"page": "0"}, "page"),
    ({"page": "1_0"}, "page"),
    ({"page": "\uff12"}, "page"),
    ({"page": " 2"}, "page"),
    ({"year": "2_023"}, "year"),
    ({"year": "\u0662\u0660\u0662\u0663"}, "year"),
    ({"year": "2023.5"}, "year"),
    ({"year": "2.023e3"}, "year"),
    ({"q": "x" * 201}, "q"),
])
def test_bad_filter_values_get_a_400_naming_the_field(client, make_claim, params, field):
    make_claim(quote="Some claim", published_at=published_now())

    response = client.get(URL, params)

    assert response.status_code == 400
    assert '<p class="error"' in response.content.decode()
    assert f"{field}: " in response.content.decode()


def test_it_paginates_and_keeps_the_filters_in_the_page_links(client, make_claim):
    for n in range(PAGE_SIZE + 3):
        make_claim(quote=f"Numbered claim {n:02d}", verdict="accurate", published_at=published_now(days_ago=n))

    first = client.get(URL, {"verdict": "accurate"}).content.decode()
    second = client.get(URL, {"verdict": "accurate", "page": "2"}).content.decode()

    assert "Numbered claim 00" in first and f"Numbered claim {PAGE_SIZE:02d}" not in first
    assert "?verdict=accurate&amp;page=2" in first
    assert f"Numbered claim {PAGE_SIZE:02d}" in second and "Numbered claim 00" not in second
    assert client.get(URL, {"page": "99"}).status_code == 404


def test_a_quote_holding_markup_is_shown_as_text(client, make_claim, make_speaker):
    make_claim(quote='<script>alert("x")</script> over 5 people', speaker=make_speaker("<b>Bold</b> Name"),
               published_at=published_now())

    html = client.get(URL).content.decode()

    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;b&gt;Bold&lt;/b&gt; Name" in html


def test_it_sends_a_content_security_policy_and_security_headers(client):
    response = client.get(URL)

    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "object-src 'none'" in csp and "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_the_site_root_sends_readers_to_the_list(client):
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == reverse("claim-list")


def test_it_refuses_writes(client):
    assert client.post(URL).status_code == 405


@pytest.mark.parametrize("rows", [2, 12])
def test_the_query_count_does_not_grow_with_rows(client, django_assert_num_queries, make_claim, make_speaker,
                                                 make_statistic, make_source, rows):
    for n in range(rows):
        claim = make_claim(quote=f"Claim {n} border", speaker=make_speaker(), statistic=make_statistic(),
                           published_at=published_now())
        add_evidence(claim, make_source(), "conflicts")

    # the speaker, statistic and publisher choices (then cached), and the page's rows
    with django_assert_num_queries(4):
        assert client.get(URL).status_code == 200
    with django_assert_num_queries(1):
        response = client.get(URL, {"q": "border", "page": "1"})
    assert response.content.decode().count('class="claim-item"') == rows


def test_the_filter_choices_are_cached_for_five_minutes(client, make_claim, make_speaker):
    make_claim(speaker=make_speaker("Early Speaker"), published_at=published_now())
    assert "Early Speaker" in client.get(URL).content.decode()

    make_claim(speaker=make_speaker("Late Speaker"), published_at=published_now())
    assert "Late Speaker" not in client.get(URL).content.decode().split("</form>")[0]
    cache.clear()  # as when the five minutes are up
    assert "Late Speaker" in client.get(URL).content.decode().split("</form>")[0]


def _options(html: str, name: str) -> list[str]:
    select = html[html.index(f'<select name="{name}"'):]
    select = select[:select.index("</select>")]
    return [part.split("</option>")[0].rsplit(">", 1)[-1] for part in select.split("<option")[1:]]


def test_the_speaker_and_statistic_choices_are_the_most_claimed_and_any_other_is_asked_for_by_its_link(
        client, monkeypatch, make_claim, make_speaker, make_statistic):
    from claims import selectors
    monkeypatch.setattr(selectors, "FILTER_CHOICES_MOST", 2)
    often, sometimes, once = make_speaker("Zoe Often"), make_speaker("Amy Sometimes"), make_speaker("Bob Once")
    stat = make_statistic("Arrests")
    for speaker, n in ((often, 3), (sometimes, 2), (once, 1)):
        for k in range(n):
            make_claim(quote=f"{speaker.name} said {k}", speaker=speaker, statistic=stat, published_at=published_now())
    hidden = make_speaker("Hidden Person")
    make_claim(quote="Not yet", speaker=hidden, status=Claim.Status.SUGGESTED)

    html = client.get(URL).content.decode()
    assert _options(html, "speaker") == ["Any speaker", "Amy Sometimes", "Zoe Often"]  # by name
    assert 'id="speaker-hint"' in html and "The 2 with the most claims" in html
    assert 'id="statistic-hint"' not in html  # one statistic: the list is whole

    response = client.get(URL, {"speaker": once.slug})  # as the speaker's page links it
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<option value="{once.slug}" selected>Bob Once</option>' in html
    assert html.count('class="claim-item"') == 1 and "Bob Once said 0" in html

    for asked in (hidden.slug, "nobody-at-all"):
        response = client.get(URL, {"speaker": asked})
        assert response.status_code == 400 and "speaker: " in response.content.decode()


def test_a_statistic_outside_the_most_claimed_filters_by_its_link(client, monkeypatch, make_claim, make_statistic):
    from claims import selectors
    monkeypatch.setattr(selectors, "FILTER_CHOICES_MOST", 1)
    big, small = make_statistic("Big"), make_statistic("Small")
    for n, stat in enumerate((big, big, small)):
        make_claim(quote=f"Claim {n}", statistic=stat, published_at=published_now())
    html = client.get(URL).content.decode()
    assert _options(html, "statistic") == ["Any statistic", "Big"] and 'id="statistic-hint"' in html
    response = client.get(URL, {"statistic": small.slug})
    assert response.status_code == 200 and response.content.decode().count('class="claim-item"') == 1


def test_a_publisher_outside_the_most_claimed_filters_by_its_name(client, monkeypatch, make_claim, make_source):
    from claims import selectors
    monkeypatch.setattr(selectors, "FILTER_CHOICES_MOST", 1)
    for n, publisher in enumerate(("Big Wire", "Big Wire", "Small Gazette")):
        make_claim(quote=f"Claim {n}", source=make_source(publisher=publisher), published_at=published_now())
    make_claim(quote="Hidden", source=make_source(publisher="Secret Sheet"), status=Claim.Status.SUGGESTED)
    html = client.get(URL).content.decode()
    assert _options(html, "publisher") == ["Any publisher", "Big Wire"] and 'id="publisher-hint"' in html
    response = client.get(URL, {"publisher": "Small Gazette"})
    assert response.status_code == 200 and response.content.decode().count('class="claim-item"') == 1
    response = client.get(URL, {"publisher": "Secret Sheet"})
    assert response.status_code == 400 and "publisher: " in response.content.decode()
