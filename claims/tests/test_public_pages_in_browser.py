"""The public pages in a real headless Chromium (Debian's, driven by Playwright).

Checks what only a browser can: no CSP violation, the JSON-LD parses, a <script> quote
runs nothing, search works, focus is visible, a phone screen needs no sideways scroll,
and axe-core finds no serious or critical accessibility problem.
"""
import datetime
import json
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from playwright.sync_api import sync_playwright

from claims.consistency.releases import release_import
from claims.models import Appearance
from claims.tests.public_helpers import add_evidence, published_now

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 375, "height": 740}
EVIL_QUOTE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> over 7 people'

# Records CSP violations and page errors before any page script runs. Playwright injects it
# through the DevTools protocol, so the page's own CSP does not apply to it.
WATCH = """
window.__problems = [];
document.addEventListener('securitypolicyviolation',
    e => window.__problems.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture(scope="module")
def live_server(django_db_setup, django_db_blocker):
    """pytest-django's live server, but serving static files as production does: WhiteNoise
    from the collected, hashed files. (Django's test static handler looks the unhashed
    names up in the app folders, so the stylesheet would 404 with DEBUG off.)"""
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        server = LiveServer("localhost:0", start=False)
        server.thread.static_handler = lambda app: app
        server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser():
    # Playwright's sync API keeps an event loop in this thread; Django's ORM, used by the
    # test's own fixtures here, would otherwise refuse to run beside it.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "1"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def open_page(browser):
    contexts = []

    def open_page(url, viewport=DESKTOP):
        context = browser.new_context(viewport=viewport)
        contexts.append(context)
        page = context.new_page()
        page.add_init_script(WATCH)
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
        page.on("response", lambda r: r.status >= 400 and page.errors.append(f"{r.status} {r.url}"))
        page.goto(url)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def site(make_claim, make_speaker, make_statistic, make_source):
    cache.clear()  # the claim list's filter choices are cached
    owens = make_speaker("Jason Owens", role="Chief, U.S. Border Patrol", same_as="https://www.wikidata.org/wiki/Q1")
    statistic = make_statistic("Southwest border apprehensions", slug="apprehensions")
    source = make_source(title="Agent kills bandit", publisher="Fox News", published_on=datetime.date(2024, 3, 2),
                         text="Border Patrol has apprehended over 890,000 immigrants this fiscal year.")
    claim = make_claim("890000", "over", quote="Border Patrol has apprehended over 890,000 immigrants",
                       unit="apprehensions", speaker=owens, statistic=statistic, source=source,
                       figure_start=source.text.index("890,000"), figure_end=source.text.index("890,000") + 7,
                       stated_on=datetime.date(2024, 3, 2), period_start=datetime.date(2023, 10, 1),
                       place="U.S. southwest border", verdict="accurate", verdict_explanation="The series agrees.",
                       published_at=published_now(days_ago=1), reviewed_at=published_now())
    add_evidence(claim, make_source(title="Apprehension series", publisher="CBP"), "corroborates", value=894000)
    add_evidence(claim, make_source(title="Rival tally", publisher="Think tank"), "conflicts", value=800000)
    Appearance.objects.create(claim=claim, source=make_source(title="Wire copy"))
    make_claim("2000000", "nearly", quote="Nearly 2 million apprehensions last year", unit="apprehensions",
               speaker=make_speaker("Fox News", kind="organisation"), statistic=statistic,
               period_start=datetime.date(2022, 10, 1), period_end=datetime.date(2023, 9, 30),
               stated_on=datetime.date(2023, 11, 1), verdict="misleading", published_at=published_now(days_ago=2))
    make_claim("120000", "over", quote='more than 120,000 known "gotaways."', unit="known gotaways", speaker=owens,
               verdict="mostly_accurate", published_at=published_now(days_ago=3))
    evil = make_claim("7", quote=EVIL_QUOTE, published_at=published_now(days_ago=4))
    return {"claim": claim, "speaker": owens, "statistic": statistic, "source": source, "evil": evil}


def _problems(page) -> list[str]:
    return page.evaluate("window.__problems") + page.errors


def _axe_serious(page) -> list[str]:
    page.evaluate(AXE.read_text(encoding="utf-8"))
    violations = page.evaluate(
        "axe.run(document).then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help})))"
    )
    return [f"{v['id']} ({v['impact']}): {v['help']}" for v in violations if v["impact"] in ("serious", "critical")]


def test_a_reader_searches_the_list_and_opens_a_claim(live_server, open_page, site):
    page = open_page(live_server.url + "/claims/")
    assert page.locator(".claim-item").count() == 4

    page.get_by_label("Search claims").fill("gotaways")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/claims/?q=gotaways*")

    assert page.locator(".claim-item").count() == 1
    page.get_by_role("link", name='“more than 120,000 known "gotaways."”').click()
    page.wait_for_url("**/claims/*/more-than-120000-known-gotaways/")
    assert page.locator("h1").text_content() == 'Quote: “more than 120,000 known "gotaways."”'
    assert _problems(page) == []


def test_the_claim_page_has_no_csp_violation_and_its_json_ld_parses(live_server, open_page, site):
    claim = site["claim"]
    page = open_page(live_server.url + claim.get_absolute_url())

    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())

    assert _problems(page) == []
    assert data["@type"] == "ClaimReview" and data["claimReviewed"] == claim.quote
    assert data["reviewRating"]["ratingValue"] == 5 and data["reviewRating"]["alternateName"] == "Accurate"
    assert data["itemReviewed"]["author"] == {"@type": "Person", "name": "Jason Owens",
                                              "jobTitle": "Chief, U.S. Border Patrol",
                                              "sameAs": "https://www.wikidata.org/wiki/Q1"}
    assert data["itemReviewed"]["appearance"][0]["headline"] == "Wire copy"
    assert page.get_by_role("heading", name="Corroborated by (1)").is_visible()
    assert page.get_by_role("heading", name="Contradicted by (1)").is_visible()


def test_a_quote_holding_a_script_stays_inert_text(live_server, open_page, site):
    evil = site["evil"]
    for url in ("/claims/", evil.get_absolute_url()):
        page = open_page(live_server.url + url)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.pwned") is None
        assert page.locator("img[src=x]").count() == 0
        assert "<script>window.pwned = 1</script>" in page.locator("main").inner_text()
        assert _problems(page) == []


def test_keyboard_focus_is_visible(live_server, open_page, site):
    page = open_page(live_server.url + site["claim"].get_absolute_url())

    page.keyboard.press("Tab")
    skip = page.evaluate("""() => {
        const el = document.activeElement, style = getComputedStyle(el), box = el.getBoundingClientRect();
        return {text: el.textContent, outline: style.outlineStyle, width: parseFloat(style.outlineWidth), top: box.top};
    }""")
    page.keyboard.press("Tab")
    next_link = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")

    assert skip["text"] == "Skip to content" and skip["top"] >= 0
    assert skip["outline"] == "solid" and skip["width"] >= 2
    assert next_link == "solid"


@pytest.mark.parametrize("page_name", ["list", "claim", "speaker", "statistic", "source"])
def test_a_phone_screen_needs_no_sideways_scroll_and_axe_finds_nothing_serious(live_server, open_page, site,
                                                                               page_name):
    path = {"list": "/claims/", "claim": site["claim"].get_absolute_url(),
            "speaker": site["speaker"].get_absolute_url(), "statistic": site["statistic"].get_absolute_url(),
            "source": site["source"].get_absolute_url()}[page_name]
    for viewport in (PHONE, DESKTOP):
        page = open_page(live_server.url + path, viewport=viewport)
        width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert width[0] <= width[1], f"{page_name} scrolls sideways at {viewport['width']}px"
        assert _axe_serious(page) == []
        assert _problems(page) == []


def test_it_saves_desktop_and_phone_screenshots_of_a_claim_page(live_server, open_page, site):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page = open_page(live_server.url + site["claim"].get_absolute_url(), viewport=viewport)
        target = SCREENSHOTS / f"claim-{name}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000
    chart_page = open_page(live_server.url + site["statistic"].get_absolute_url())
    chart_page.screenshot(path=str(SCREENSHOTS / "statistic-desktop.png"), full_page=True)
    assert chart_page.locator("svg circle.dot").count() == 2


def test_the_official_line_is_styled_by_the_stylesheet_with_a_legend_and_axe_finds_nothing_serious(
        live_server, open_page, site):
    statistic = site["statistic"]
    months = [(datetime.date(2023, m, 1), datetime.date(2023, m + 1, 1) - datetime.timedelta(days=1), 150000 + m)
              for m in (10, 11)] + [(datetime.date(2024, 1, 1), datetime.date(2024, 1, 31), 124220)]
    for start, end, value in months:  # December is missing: the line breaks there
        release_import(publisher="U.S. Customs and Border Protection", url=f"https://www.cbp.gov/test/{start}",
                       released_on=end + datetime.timedelta(days=14), content=str(value),
                       rows=[dict(statistic=statistic, period_start=start, period_end=end, value=value)])
    for viewport in (DESKTOP, PHONE):
        page = open_page(live_server.url + statistic.get_absolute_url(), viewport=viewport)
        lines = page.evaluate("""() => [...document.querySelectorAll('svg .official-line')].map(el => {
            const s = getComputedStyle(el);
            return {points: el.getAttribute('points').trim().split(/\\s+/).length, stroke: s.stroke,
                    dash: s.strokeDasharray, fill: s.fill, width: s.strokeWidth,
                    attributes: [...el.attributes].map(a => a.name).sort()};
        })""")
        assert [line["points"] for line in lines] == [2, 1]
        dots = page.evaluate("""() => [...document.querySelectorAll('svg .official-point')].map(
            el => [getComputedStyle(el).fill, el.getBoundingClientRect().width > 0])""")
        assert dots == [["rgb(17, 24, 39)", True]] * 3  # January, alone after the gap, still shows
        for line in lines:  # drawn by site.css: no presentation attributes, no inline style
            assert line["attributes"] == ["class", "points"]
            assert line["stroke"] == "rgb(17, 24, 39)" and line["dash"] == "6px, 3px"
            assert line["fill"] == "none" and line["width"] == "2px"
        legend = page.locator(".legend .legend-official")
        assert legend.inner_text().strip() == ("Official series (U.S. Customs and Border Protection), one point a "
                                               "period (dashed line)")
        swatch = page.evaluate("""() => { const s = getComputedStyle(document.querySelector('.official-swatch'));
            return [s.borderTopStyle, s.borderTopColor, parseFloat(s.width) > 20]; }""")
        assert swatch == ["dashed", "rgb(17, 24, 39)", True]  # a line sample, wider than the dots' swatches
        desc = page.locator("svg desc").text_content()
        assert ("The dashed line with small dots is the official series" in desc
                and "breaks where a period has no" in desc)
        assert page.locator("[style]").count() == 0
        assert _axe_serious(page) == []
        assert _problems(page) == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = open_page(live_server.url + statistic.get_absolute_url())
    page.locator("figure.chart").screenshot(path=str(SCREENSHOTS / "statistic-official-line.png"))
