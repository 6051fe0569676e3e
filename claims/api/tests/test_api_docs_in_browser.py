"""/api/docs/ in a real headless Chromium: Swagger UI renders the schema under the site's CSP."""
import pytest

# The browser and live-server fixtures of the public pages' browser tests, shared.
from claims.tests.test_public_pages_in_browser import (  # noqa: F401
    _problems,
    browser,
    live_server,
    open_page,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_docs_render_every_resource_with_no_csp_violation_or_error(live_server, open_page):  # noqa: F811
    page = open_page(f"{live_server.url}/api/docs/")
    page.wait_for_selector(".opblock-tag", timeout=20000)
    tags = page.locator(".opblock-tag").all_inner_texts()
    for resource in ("claims", "sources", "speakers", "statistics", "evidence"):
        assert any(resource in tag for tag in tags), tags
    # An operation opens, with the error shape among its documented responses.
    page.locator(".opblock-summary-path", has_text="/api/v1/claims/{id}/").first.click()
    page.wait_for_selector(".responses-table")
    responses = page.locator(".opblock.is-open .responses-table").first.inner_text()
    assert "404" in responses and "429" in responses and '"message"' in responses
    assert _problems(page) == []
