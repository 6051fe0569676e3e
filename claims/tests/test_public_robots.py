"""robots.txt: crawl the public pages, not the admin or the API, and find the sitemap."""
import pytest

pytestmark = pytest.mark.django_db


def test_it_allows_the_public_pages_and_points_to_the_sitemap(client, settings, django_assert_num_queries):
    settings.SITE_URL = "https://checkers.example"
    with django_assert_num_queries(0):
        response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines and "Disallow: /admin/" in lines and "Disallow: /api/" in lines
    assert "Sitemap: https://checkers.example/sitemap.xml" in lines


def test_it_refuses_writes(client):
    assert client.post("/robots.txt").status_code == 405
