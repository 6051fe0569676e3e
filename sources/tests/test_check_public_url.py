"""sources.fetch's SSRF guard: check_public_url (parse once, resolve once, public addresses
only), the pinned connection fetch_url and public_request make to the address it resolved,
and is_public_address.

Names resolve through a resolver the test controls (socket.getaddrinfo replaced: a name it
does not know fails to resolve), so no request leaves this machine; the pages come from
the page_server on 127.0.0.1.
"""
import socket
import ssl
import subprocess
import threading

import pytest

from sources.errors import RetryableSourceError, SourceError
from sources.fetch import check_public_url, fetch_url, is_public_address, public_request

HTML = b"<html><head><title>T</title></head><body><p>Hello.</p></body></html>"
PUBLIC = "93.184.215.14"  # a global address; never connected to: every test refuses it or resolves elsewhere


class Names(dict):
    def __init__(self):
        super().__init__()
        self.lookups: list[str] = []


@pytest.fixture
def dns(monkeypatch):
    """name -> address; IP literals resolve as usual; any other name does not resolve."""
    names = Names()
    lookups = names.lookups
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        lookups.append(host)
        if host in names:
            family = socket.AF_INET6 if ":" in names[host] else socket.AF_INET
            return [(family, socket.SOCK_STREAM, 6, "", (names[host], port))]
        try:
            socket.inet_pton(socket.AF_INET6 if ":" in str(host) else socket.AF_INET, str(host))
        except OSError:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known") from None
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return names


def test_a_public_looking_name_that_resolves_to_loopback_is_refused_before_any_request(page_server, settings, dns):
    url = page_server.add("/private", body=HTML)
    dns["news.example.org"] = "127.0.0.1"
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    with pytest.raises(SourceError, match="news.example.org is not a public address") as caught:
        fetch_url(url.replace("127.0.0.1", "news.example.org"))
    assert not isinstance(caught.value, RetryableSourceError)
    assert page_server.hits == {}


def test_a_backslash_before_the_at_sign_cannot_reach_a_private_server(page_server, settings, dns):
    # urlsplit reads the host as news.example.org (public); urllib3 would connect to 127.0.0.1.
    page_server.add("/secret", body=HTML)
    dns["news.example.org"] = PUBLIC
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    with pytest.raises(SourceError, match="backslash") as caught:
        fetch_url(page_server.base + "\\@news.example.org/secret")
    assert not isinstance(caught.value, RetryableSourceError)
    assert page_server.hits == {}


@pytest.mark.parametrize("url", [
    "http://user@news.example.org/",
    "http://user:pw@news.example.org/",
    "http://127.0.0.1:8000@news.example.org/",
    "http://news.example.org\\.evil/",
    "http://news.example.org/a b",
    "ftp://news.example.org/",
    "gopher://news.example.org/",
    "//news.example.org/",
    "http://news.example.org:99999/",
])
def test_it_refuses_urls_that_two_parsers_could_read_differently(dns, url):
    dns["news.example.org"] = PUBLIC
    with pytest.raises(SourceError) as caught:
        check_public_url(url)
    assert not isinstance(caught.value, RetryableSourceError)


def test_it_connects_to_the_address_it_resolved_once_keeping_the_name_in_the_host_header(page_server, dns):
    url = page_server.add("/story", body=HTML)
    port = page_server.httpd.server_address[1]
    dns["news.example.org"] = "127.0.0.1"  # INGEST_ALLOW_PRIVATE_URLS is on (page_server)
    fetched = fetch_url(f"http://news.example.org:{port}/story")
    assert fetched.body == HTML
    assert page_server.hosts == [f"news.example.org:{port}"]
    assert dns.lookups.count("news.example.org") == 1  # no second lookup the check did not see
    assert url  # the same page, reached by its name


def test_every_redirect_hop_is_checked(page_server, settings, dns):
    url = page_server.add("/hop", status=302, location="http://intranet.example.org/admin")
    dns["intranet.example.org"] = "10.0.0.5"
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    dns["news.example.org"] = "127.0.0.1"
    with pytest.raises(SourceError, match="news.example.org is not a public address"):
        fetch_url(url.replace("127.0.0.1", "news.example.org"))
    settings.INGEST_ALLOWED_PRIVATE_NETWORKS = ["127.0.0.1/32"]  # the first hop may reach the test server
    with pytest.raises(SourceError, match="intranet.example.org is not a public address") as caught:
        fetch_url(url)
    assert not isinstance(caught.value, RetryableSourceError)
    assert page_server.hits == {"/hop": 1}


def test_a_name_that_does_not_resolve_is_worth_retrying(dns):
    with pytest.raises(RetryableSourceError, match="Could not resolve nowhere.example.org"):
        fetch_url("http://nowhere.example.org/")


def test_tls_gets_the_name_as_server_name_while_connecting_to_the_pinned_address(settings, dns, tmp_path):
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=news.example.org", "-keyout", tmp_path / "key.pem", "-out", tmp_path / "cert.pem"],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    names = []
    context.sni_callback = lambda sock, name, ctx: names.append(name)
    listener = socket.create_server(("127.0.0.1", 0))

    def serve():
        conn, _ = listener.accept()
        try:
            context.wrap_socket(conn, server_side=True).close()
        except (ssl.SSLError, OSError):
            pass  # the client refuses the self-signed certificate
        finally:
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    dns["news.example.org"] = "127.0.0.1"
    with pytest.raises(RetryableSourceError, match="SSLError"):  # the certificate is checked, not skipped
        fetch_url(f"https://news.example.org:{listener.getsockname()[1]}/")
    thread.join(5)
    listener.close()
    assert names == ["news.example.org"]


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
    "224.0.0.1", "240.0.0.1", "255.255.255.255", "192.0.2.1",
    "::1", "::", "fe80::1", "fe80::1%eth0", "fc00::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254",
    "::ffff:10.0.0.1", "2002:7f00:1::", "64:ff9b::a00:1", "2001:db8::1",
])
def test_private_loopback_link_local_reserved_multicast_and_unspecified_addresses_are_not_public(address):
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"])
def test_global_addresses_are_public(address):
    assert is_public_address(address)


def test_public_request_applies_the_same_guard(page_server, settings, dns):
    url = page_server.add("/hook", body=b"ok", content_type="text/plain")
    answer = public_request("GET", url)
    assert (answer.status, answer.body) == (200, b"ok")
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    with pytest.raises(SourceError, match="127.0.0.1 is not a public address"):
        public_request("POST", url, body=b"{}")
    with pytest.raises(SourceError, match="backslash"):
        public_request("POST", page_server.base + "\\@news.example.org/hook", body=b"{}")
    assert page_server.hits == {"/hook": 1}
