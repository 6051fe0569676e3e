import pytest

from sources.canonical import InvalidURL, canonical_url


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://news.example.org/story/", "https://news.example.org/story"),
        ("HTTPS://News.Example.org/story", "https://news.example.org/story"),
        ("https://news.example.org/story?utm_source=x&utm_medium=social", "https://news.example.org/story"),
        ("https://news.example.org/story?fbclid=abc&gclid=def", "https://news.example.org/story"),
        ("https://news.example.org/story#comments", "https://news.example.org/story"),
        ("https://news.example.org:443/story", "https://news.example.org/story"),
        ("https://news.example.org/story?b=2&a=1", "https://news.example.org/story?a=1&b=2"),
        ("https://news.example.org/article?id=123&utm_campaign=z", "https://news.example.org/article?id=123"),
    ],
)
def test_it_normalises_urls(url, expected):
    assert canonical_url(url) == expected


def test_it_keeps_query_parameters_that_name_the_page():
    assert canonical_url("https://example.org/view?id=1") != canonical_url("https://example.org/view?id=2")


@pytest.mark.parametrize("url", ["", "not a url", "ftp://example.org/file", "javascript:alert(1)", "https://",
                                 "http://127.0.0.1:8000\\@example.org/", "http://user:pw@example.org/",
                                 "http://example.org/a\tb"])
def test_it_rejects_what_is_not_an_http_url(url):
    with pytest.raises(InvalidURL):
        canonical_url(url)
