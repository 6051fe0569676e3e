"""sources.fetch.fetch_url against a real HTTP server on 127.0.0.1."""
import time

import pytest

from sources.errors import RetryableSourceError, SourceError
from sources.fetch import fetch_url

HTML = b"<html><head><title>T</title></head><body><p>Hello.</p></body></html>"


def test_it_fetches_an_html_page(page_server):
    url = page_server.add("/story", body=HTML)
    fetched = fetch_url(url)
    assert fetched.body == HTML
    assert fetched.content_type == "text/html"
    assert fetched.charset == "utf-8"
    assert fetched.url == url


def test_it_fetches_plain_text(page_server):
    url = page_server.add("/story.txt", body="Café prices rose.".encode("latin-1"),
                          content_type="text/plain; charset=iso-8859-1")
    fetched = fetch_url(url)
    assert fetched.content_type == "text/plain"
    assert fetched.body.decode(fetched.charset) == "Café prices rose."


def test_it_follows_a_few_redirects(page_server):
    final = page_server.add("/final", body=HTML)
    page_server.add("/moved", status=301, location="/final")
    start = page_server.add("/old", status=302, location=page_server.base + "/moved")
    fetched = fetch_url(start)
    assert fetched.url == final
    assert fetched.body == HTML


def test_it_refuses_too_many_redirects(page_server, settings):
    settings.INGEST_MAX_REDIRECTS = 2
    for n in range(4):
        page_server.add(f"/r{n}", status=302, location=f"/r{n + 1}")
    page_server.add("/r4", body=HTML)
    with pytest.raises(SourceError, match="More than 2 redirects") as caught:
        fetch_url(page_server.base + "/r0")
    assert not isinstance(caught.value, RetryableSourceError)
    assert page_server.hits == {"/r0": 1, "/r1": 1, "/r2": 1}


def test_it_times_out_on_a_slow_server(page_server, settings):
    settings.INGEST_FETCH_TIMEOUT = 1
    url = page_server.add("/slow", body=HTML, delay=3)
    with pytest.raises(RetryableSourceError, match="Timed out after 1 s"):
        fetch_url(url)


def test_it_times_out_on_a_page_that_trickles_in(page_server, settings):
    settings.INGEST_FETCH_TIMEOUT = 1
    url = page_server.add("/drip", body=b"x" * 8 * 1024, content_type="text/plain", drip=0.3)
    with pytest.raises(RetryableSourceError, match="Timed out"):
        fetch_url(url)


def test_it_refuses_a_page_declared_over_the_size_cap(page_server, settings):
    settings.INGEST_MAX_BYTES = 10_000
    url = page_server.add("/big", body=b"a" * 20_000, content_type="text/plain")
    with pytest.raises(SourceError, match="over the size cap of 10000 bytes"):
        fetch_url(url)


def test_it_stops_reading_a_page_that_grows_past_the_cap_without_saying_so(page_server, settings):
    settings.INGEST_MAX_BYTES = 100_000
    url = page_server.add("/endless", body=b"a" * 2_000_000, content_type="text/plain", send_length=False)
    with pytest.raises(SourceError, match="over the size cap") as caught:
        fetch_url(url)
    assert not isinstance(caught.value, RetryableSourceError)


@pytest.mark.parametrize("content_type", ["application/pdf", "image/png", "application/json", ""])
def test_it_refuses_content_that_is_not_html_or_text(page_server, content_type):
    url = page_server.add("/file", body=b"%PDF-1.7", content_type=content_type)
    with pytest.raises(SourceError, match="not an HTML page or text") as caught:
        fetch_url(url)
    assert not isinstance(caught.value, RetryableSourceError)


def test_a_404_is_final(page_server):
    with pytest.raises(SourceError, match="answered HTTP 404") as caught:
        fetch_url(page_server.base + "/missing")
    assert not isinstance(caught.value, RetryableSourceError)


@pytest.mark.parametrize("status", [500, 503, 429])
def test_server_errors_are_worth_retrying(page_server, status):
    url = page_server.add("/down", body=b"oops", status=status)
    with pytest.raises(RetryableSourceError, match=f"answered HTTP {status}"):
        fetch_url(url)


def test_an_unreachable_host_is_worth_retrying(page_server):
    port = page_server.httpd.server_address[1]
    page_server.close()
    with pytest.raises(RetryableSourceError, match="Could not fetch"):
        fetch_url(f"http://127.0.0.1:{port}/gone")


def test_it_refuses_private_addresses_unless_allowed(settings):
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    with pytest.raises(SourceError, match="127.0.0.1 is not a public address"):
        fetch_url("http://127.0.0.1:9/admin/")


def test_it_refuses_a_redirect_to_a_private_address(page_server, settings):
    url = page_server.add("/hop", status=302, location="http://10.0.0.1/internal")
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    with pytest.raises(SourceError, match="127.0.0.1 is not a public address"):
        fetch_url(url)
    settings.INGEST_ALLOWED_PRIVATE_NETWORKS = ["127.0.0.0/8"]  # the test server, and only it
    with pytest.raises(SourceError, match="10.0.0.1 is not a public address"):
        fetch_url(url)
    assert page_server.hits == {"/hop": 1}


@pytest.mark.parametrize("drip", [
    {"drip": 0.1, "chunk": 1, "content_type": "text/plain"},  # the body, a byte every 0.1 s
    {"drip_head": 0.1},  # the status line and headers, likewise
])
def test_it_stops_a_page_that_drips_in_at_its_deadline(page_server, settings, drip):
    # A byte every 0.1 s meets no socket timeout; the total deadline ends it.
    settings.INGEST_FETCH_TIMEOUT = 1
    url = page_server.add("/drip", body=b"x" * 200, **drip)
    started = time.monotonic()
    with pytest.raises(RetryableSourceError, match="Timed out after 1 s"):
        fetch_url(url)
    assert time.monotonic() - started < 1.5


def test_the_deadline_covers_every_redirect_hop(page_server, settings):
    settings.INGEST_FETCH_TIMEOUT = 1
    page_server.add("/slow-final", body=HTML, delay=0.7)
    url = page_server.add("/slow-hop", status=302, location="/slow-final", delay=0.7)
    started = time.monotonic()
    with pytest.raises(RetryableSourceError, match="Timed out after 1 s"):
        fetch_url(url)
    assert time.monotonic() - started < 1.5


def test_it_refuses_other_schemes():
    with pytest.raises(SourceError, match="not an http"):
        fetch_url("file:///etc/passwd")
