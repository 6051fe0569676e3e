"""factcheck.public_cache: anonymous readers get cached pages, and never a stale one.

Each test reads a page anonymously (so it is cached), changes what it shows through one of
the app's write paths, and reads it again. The cache is the configured one: local memory
by default, Redis when CACHE_URL is set (the PostgreSQL run in CI).
"""
from django.test import Client
from django.urls import reverse

from claims.models import Claim
from claims.services import claim_transition, claim_update, evidence_create
from claims.tests.admin_forms import change_form_data
from claims.tests.public_helpers import published_now
from factcheck.public_cache import public_changed

LIST = "/claims/"
API = "/api/v1/claims/"


def test_a_second_anonymous_read_is_served_from_the_cache(client, make_claim, django_assert_num_queries):
    claim = make_claim(published_at=published_now())
    first = client.get(claim.get_absolute_url())
    with django_assert_num_queries(0):
        second = client.get(claim.get_absolute_url())
    assert second.status_code == 200
    assert second["ETag"] == first["ETag"] and second["Cache-Control"] == "no-cache"


def test_a_cached_page_carries_a_fresh_csp_nonce_matching_its_header(client, make_claim):
    claim = make_claim(published_at=published_now())
    pages = [client.get(claim.get_absolute_url()) for _ in range(2)]
    nonces = []
    for page in pages:
        nonce = page["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]
        assert f'nonce="{nonce}"' in page.content.decode()
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


def test_a_conditional_get_is_a_304_until_the_content_changes(client, editor, make_claim):
    claim = make_claim(status=Claim.Status.IN_REVIEW)
    make_claim(published_at=published_now())
    page = client.get(LIST)
    assert client.get(LIST, HTTP_IF_NONE_MATCH=page["ETag"]).status_code == 304
    assert client.get(LIST, HTTP_IF_MODIFIED_SINCE=page["Last-Modified"]).status_code == 304

    claim_transition(claim=claim, to_status=Claim.Status.PUBLISHED, user=editor)

    changed = client.get(LIST, HTTP_IF_NONE_MATCH=page["ETag"])
    assert changed.status_code == 200 and claim.quote in changed.content.decode()


def test_publishing_shows_at_once_in_the_list_the_page_and_the_api(client, editor, make_claim):
    claim = make_claim(quote="Tariffs cost 7 billion.", status=Claim.Status.IN_REVIEW)
    make_claim(published_at=published_now())
    assert "Tariffs cost 7 billion." not in client.get(LIST).content.decode()
    assert claim.pk not in [row["id"] for row in client.get(API).json()["results"]]

    claim_transition(claim=claim, to_status=Claim.Status.PUBLISHED, user=editor)

    assert "Tariffs cost 7 billion." in client.get(LIST).content.decode()
    assert claim.pk in [row["id"] for row in client.get(API).json()["results"]]
    assert client.get(claim.get_absolute_url()).status_code == 200


def test_unpublishing_takes_the_claim_off_at_once(client, editor, make_claim):
    claim = make_claim(quote="Tariffs cost 7 billion.", published_at=published_now())
    assert client.get(claim.get_absolute_url()).status_code == 200
    assert client.get(f"{API}{claim.pk}/").status_code == 200
    assert "Tariffs cost 7 billion." in client.get(LIST).content.decode()

    claim_transition(claim=claim, to_status=Claim.Status.IN_REVIEW, user=editor)

    assert client.get(claim.get_absolute_url()).status_code == 404
    assert client.get(f"{API}{claim.pk}/").status_code == 404
    assert "Tariffs cost 7 billion." not in client.get(LIST).content.decode()


def test_a_new_verdict_shows_at_once(client, editor, make_claim):
    claim = make_claim(published_at=published_now())
    assert "Not rated" in client.get(claim.get_absolute_url()).content.decode()
    assert client.get(f"{API}{claim.pk}/").json()["verdict"] != "false"

    claim_update(claim=claim, user=editor, data={"verdict": "false", "verdict_explanation": "The count was lower."},
                 change_reason="Checked against the series.")

    page = client.get(claim.get_absolute_url()).content.decode()
    assert "The count was lower." in page and "Not rated" not in page
    assert client.get(f"{API}{claim.pk}/").json()["verdict"] == "false"


def test_new_evidence_shows_at_once(client, reviewer, make_claim, make_source):
    claim = make_claim(published_at=published_now())
    source = make_source(title="The official count")
    assert "The official count" not in client.get(claim.get_absolute_url()).content.decode()

    evidence_create(user=reviewer, data={"claim": claim, "source": source, "stance": "conflicts"})

    assert "The official count" in client.get(claim.get_absolute_url()).content.decode()
    assert client.get(source.get_absolute_url()).status_code == 200


def test_a_speaker_renamed_in_the_admin_shows_at_once(client, editor, make_claim, make_speaker):
    speaker = make_speaker("Jane Doe")
    claim = make_claim(speaker=speaker, published_at=published_now())
    for url in (claim.get_absolute_url(), speaker.get_absolute_url(), LIST):
        assert "Jane Doe" in client.get(url).content.decode()

    desk = Client()
    desk.force_login(editor)
    change = reverse("admin:claims_speaker_change", args=[speaker.pk])
    data = {**change_form_data(desk.get(change)), "name": "Jane Roe"}
    assert desk.post(change, data).status_code == 302

    for url in (claim.get_absolute_url(), speaker.get_absolute_url(), LIST):
        page = client.get(url).content.decode()
        assert "Jane Roe" in page and "Jane Doe" not in page


def test_a_source_retitled_through_the_api_shows_at_once(client, editor, make_claim, make_source):
    from claims.api.tests.conftest import _client_for

    source = make_source(title="Old headline")
    make_claim(source=source, published_at=published_now())
    assert "Old headline" in client.get(source.get_absolute_url()).content.decode()

    assert _client_for(editor).patch(f"/api/v1/sources/{source.pk}/", {"title": "New headline"}).status_code == 200

    page = client.get(source.get_absolute_url()).content.decode()
    assert "New headline" in page and "Old headline" not in page


def test_signed_in_readers_are_not_served_from_the_cache(client, reviewer, make_claim, django_assert_max_num_queries):
    claim = make_claim(published_at=published_now())
    client.force_login(reviewer)
    client.get(claim.get_absolute_url())
    with django_assert_max_num_queries(20) as queries:
        assert client.get(claim.get_absolute_url()).status_code == 200
    assert any("claims_claim" in q["sql"] for q in queries.captured_queries)


def test_the_api_detail_keeps_its_own_etag_when_cached(client, make_claim):
    claim = make_claim(published_at=published_now())
    for _ in range(2):
        response = client.get(f"{API}{claim.pk}/")
        assert response["ETag"] == claim.etag
    # That ETag may stay while the evidence changes: it does not answer a conditional GET.
    assert client.get(f"{API}{claim.pk}/", HTTP_IF_NONE_MATCH=claim.etag).status_code == 200


def test_the_version_is_bumped_again_when_the_transaction_commits(db, django_capture_on_commit_callbacks):
    from django.core.cache import cache

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        public_changed()
    at_once = cache.get("public:version")
    assert at_once is not None and len(callbacks) == 1
    callbacks[0]()
    assert cache.get("public:version") > at_once


def test_with_the_cache_off_every_read_is_rendered(client, settings, make_claim, django_assert_num_queries):
    settings.PUBLIC_CACHE_SECONDS = 0
    claim = make_claim(published_at=published_now())
    client.get(claim.get_absolute_url())
    # the claim; its evidence; its appearances; the official figures its findings used; the correction
    # notes of its findings; its corrections log
    with django_assert_num_queries(6):
        assert "ETag" not in client.get(claim.get_absolute_url())
