"""The review desk in a real headless Chromium (Debian's, driven by Playwright): under the
strict CSP the admin's own scripts still work (autocomplete, actions), the stylesheet
loads, and nothing is blocked."""
import os

import pytest
from django.conf import settings
from playwright.sync_api import expect, sync_playwright

from claims.models import Claim, StatusChange

# Transactional: the live server's thread must see the rows. The editor fixture makes its
# group again after the flush (conftest).
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
# Runs before any page script, through the DevTools protocol, so the page's CSP does not apply.
WATCH = """window.__problems = [];
document.addEventListener('securitypolicyviolation', e => window.__problems.push(
    'csp: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '')));"""


@pytest.fixture(scope="module")
def server(django_db_setup, django_db_blocker):
    """A live server that serves static files as production does (WhiteNoise, hashed names)."""
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        live = LiveServer("localhost:0", start=False)
        live.thread.static_handler = lambda app: app
        live.start()
    yield live
    live.stop()


@pytest.fixture
def desk_page(server, client, editor):
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "1"  # the ORM beside Playwright's event loop
    client.force_login(editor)
    cookie = {"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
              "url": server.url}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context()
        context.add_cookies([cookie])
        page = context.new_page()
        page.add_init_script(WATCH)
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.on("response", lambda r: r.status >= 400 and page.errors.append(f"{r.status} {r.url}"))
        yield page
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


def problems(page) -> list[str]:
    return page.evaluate("window.__problems") + page.errors


def test_an_editor_corrects_the_speaker_by_autocomplete_and_accepts(server, desk_page, make_claim, make_source,
                                                                    make_speaker):
    text = "Intro. Officials said over 890,000 apprehensions were made. More."
    start = text.index("Officials")
    claim = make_claim("890000", "over", status="suggested", source=make_source(text=text),
                       speaker=make_speaker("Mark Morgan"), quote_start=start, quote_end=text.index(" More"),
                       figure_start=text.index("over"), figure_end=text.index(" apprehensions"))
    make_speaker("Chris Magnus")
    page = desk_page
    page.goto(f"{server.url}/admin/claims/claim/{claim.pk}/change/")
    mark = page.locator(".fc-context mark")
    assert mark.text_content() == "over 890,000"
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") == "rgb(255, 224, 102)"

    page.locator(".field-speaker .select2-selection").click()
    page.locator(".select2-search__field").fill("Magn")
    page.locator(".select2-results__option", has_text="Chris Magnus").click()
    page.get_by_role("button", name="Save and accept").click()
    page.wait_for_selector(".messagelist .success")

    claim.refresh_from_db()
    assert (claim.speaker.name, claim.status) == ("Chris Magnus", "in_review")
    assert StatusChange.objects.get(claim=claim).to_status == "in_review"
    assert problems(page) == []


def test_the_dashboard_and_a_bulk_reject_from_the_queue_work(server, desk_page, make_claim):
    claims = [make_claim(status="suggested") for _ in range(2)]
    page = desk_page
    page.goto(f"{server.url}/admin/")
    assert page.locator(".fc-waiting").text_content() == "2"
    page.get_by_text("waiting for review").click()
    page.get_by_role("link", name="One row per claim").click()
    # The toggle checks the rows through the admin's actions.js: wait until the page's
    # scripts have run, or a quick click lands before the handler and selects nothing.
    page.wait_for_url("**/admin/claims/suggestedclaim/")
    page.wait_for_load_state("load")
    page.locator("#action-toggle").check()
    expect(page.locator("input.action-select:checked")).to_have_count(2)
    page.locator("select[name=action]").select_option("reject_claims")
    page.get_by_role("button", name="Go").click()
    page.wait_for_selector(".messagelist .success")
    assert set(Claim.objects.filter(pk__in=[c.pk for c in claims]).values_list("status", flat=True)) == {"rejected"}
    assert problems(page) == []
