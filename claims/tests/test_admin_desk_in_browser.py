"""The reviewer's desk in a real headless Chromium: an editor hands in an article, then
reviews it with the keyboard alone (fixes a speaker, a unit and a period in place, accepts
a statistic proposal, publishes two claims and rejects one); each step checked in the
database and the history. Screenshots of the queue and the review page at 1,280 and 1,920
px go to artifacts/screenshots; axe-core finds nothing serious on the desk's pages."""
import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from claims.ingestion import ingestion_run
from claims.models import Claim, Finding, IngestionJob, StatusChange
from claims.tests.test_admin_in_browser import desk_page, problems, server  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
WIDTHS = (1280, 1920)
# A real article (The Associated Press, 31 January 2019), from the labelled corpus.
ARTICLE = Path(settings.BASE_DIR, "data", "corpus", "dev", "dev-04-ap-nogales-fentanyl-bust.txt")
S = Claim.Status


def axe_serious(page) -> list[str]:
    page.evaluate(AXE.read_text(encoding="utf-8"))
    violations = page.evaluate(
        "axe.run(document).then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.any[0] || {}).message)})))"
    )
    found = [f"{v['id']} ({v['impact']}): {v['help']} {v['nodes']}" for v in violations
             if v["impact"] in ("serious", "critical")]
    print(*found, sep="\n")
    return found


def press(page, key: str) -> None:
    """A key that posts a form: wait for the page it comes back to, with its message."""
    # Until the page it comes back to has loaded (its scripts bound): the page before has a
    # message too, and a key pressed before the desk's script runs would do nothing.
    with page.expect_navigation(wait_until="load"), page.expect_response(lambda r: r.request.method == "POST"):
        page.keyboard.press(key)
    page.wait_for_selector(".messagelist li")


def tab_to(page, name: str) -> None:
    """Tab on to the named field (a date input takes a Tab per part of the date)."""
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == name:
            return
    raise AssertionError(f"Tab never reached {name}")


def focused_claim(page) -> str:
    return page.evaluate("document.activeElement.closest('.fc-claim')?.id || ''")


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 1000})
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
        wide = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
        assert not wide, f"{name} scrolls sideways at {width} px"


def test_an_editor_hands_in_an_article_and_reviews_it_with_the_keyboard(server, desk_page, editor,  # noqa: F811
                                                                        make_statistic, celery_eager):
    stat = make_statistic("Fentanyl seized", unit="pounds of fentanyl", measure="count", keywords=["fentanyl"])
    page = desk_page
    page.set_viewport_size({"width": 1280, "height": 1000})

    # Hand in.
    page.goto(server.url + reverse("admin:claims_desk_hand_in"))
    assert axe_serious(page) == []
    page.get_by_label("Or paste the article").fill(ARTICLE.read_text(encoding="utf-8"))
    page.get_by_label("Title").fill("US border agency says it’s made biggest-ever fentanyl bust")
    page.get_by_label("Publisher").fill("The Associated Press")
    page.get_by_label("Published on").fill("2019-01-31")
    page.get_by_role("button", name="Hand in").click()
    page.wait_for_selector(".fc-review-link")
    job = IngestionJob.objects.get()
    assert (job.status, job.claims_created, job.created_by) == ("done", 5, editor)
    assert axe_serious(page) == []

    # The review page: five figures marked, five rows in text order.
    page.get_by_role("link", name="Review the article").click()
    page.wait_for_selector(".fc-claim")
    page.wait_for_load_state("load")  # the desk's keys work once its script has run
    fentanyl, street, pills, meth, meth_value = Claim.objects.filter(source=job.source).order_by("figure_start")
    assert page.locator(".fc-article-text .fc-fig").count() == 5
    assert (fentanyl.unit, fentanyl.speaker.name) == ("pounds of deadly synthetic", "Border Protection officials")

    # Speaker and unit, in place.
    page.keyboard.press("j")
    assert focused_claim(page) == f"c{fentanyl.pk}"
    page.keyboard.press("e")
    page.keyboard.type("U.S. Customs and Border Protection")
    page.keyboard.press("Tab")
    page.keyboard.type("pounds of fentanyl")
    press(page, "Enter")
    assert focused_claim(page) == f"c{fentanyl.pk}"
    fentanyl.refresh_from_db()
    assert (fentanyl.speaker.name, fentanyl.unit) == ("U.S. Customs and Border Protection", "pounds of fentanyl")
    edit = fentanyl.history.latest()
    assert (edit.history_user, edit.history_change_reason, edit.unit) == (editor, "edited", "pounds of fentanyl")

    # The period: found on Saturday 26 January 2019 (the article: "found hidden Saturday morning").
    page.keyboard.press("e")
    tab_to(page, "period_start")  # by unit, qualifier, place, statistic and the quick pick
    page.keyboard.type("01262019")  # a date input's month, day and year (the browser's en-US order)
    tab_to(page, "period_end")
    page.keyboard.type("01262019")
    press(page, "Enter")
    fentanyl.refresh_from_db()
    assert (fentanyl.period_start, fentanyl.period_end) == (datetime.date(2019, 1, 26), datetime.date(2019, 1, 26))
    assert fentanyl.history.latest().period_start == datetime.date(2019, 1, 26)

    # The new unit made the engine propose the statistic: accept it.
    proposal = Finding.objects.get(claim=fentanyl, kind="statistic", statistic=stat)
    assert page.locator(f"#c{fentanyl.pk} .fc-finding-statistic").count() == 1
    press(page, "s")
    fentanyl.refresh_from_db()
    proposal.refresh_from_db()
    assert (fentanyl.statistic, proposal.status, proposal.decided_by) == (stat, "accepted", editor)
    assert fentanyl.history.latest().statistic_id == stat.pk

    shoot(page, "desk-review")
    assert axe_serious(page) == []

    # Publish two, reject one.
    press(page, "p")
    for _ in range(3):
        page.keyboard.press("j")
    assert focused_claim(page) == f"c{meth.pk}"
    press(page, "p")
    page.keyboard.press("k")
    assert focused_claim(page) == f"c{pills.pk}"
    press(page, "r")
    statuses = {c.pk: c.status for c in Claim.objects.filter(source=job.source)}
    assert statuses == {fentanyl.pk: S.PUBLISHED, street.pk: S.SUGGESTED, pills.pk: S.REJECTED,
                        meth.pk: S.PUBLISHED, meth_value.pk: S.SUGGESTED}
    moves = StatusChange.objects.filter(claim__source=job.source).order_by("id")
    assert [(m.claim_id, m.from_status, m.to_status, m.by) for m in moves] == [
        (fentanyl.pk, S.SUGGESTED, S.IN_REVIEW, editor), (fentanyl.pk, S.IN_REVIEW, S.PUBLISHED, editor),
        (meth.pk, S.SUGGESTED, S.IN_REVIEW, editor), (meth.pk, S.IN_REVIEW, S.PUBLISHED, editor),
        (pills.pk, S.SUGGESTED, S.REJECTED, editor)]
    assert page.locator(f"#f{fentanyl.pk}.fc-st-published").count() == 1
    assert page.locator(f"#f{pills.pk}.fc-st-rejected").count() == 1
    assert problems(page) == []

    # The queue: the article with its two claims left.
    page.goto(server.url + reverse("admin:claims_desk_queue"))
    assert page.locator(".fc-queue-claims").first.text_content() == "2 claims"
    shoot(page, "desk-queue")
    assert axe_serious(page) == []

    # The dashboard's job table: its columns wide enough for their words.
    page.goto(server.url + reverse("admin:index"))
    page.set_viewport_size({"width": 1280, "height": 1000})
    heights = page.locator(".fc-jobs th").evaluate_all("ths => ths.map(th => th.getBoundingClientRect().height)")
    assert max(heights) < 30, heights  # each header on one line, not a letter a line
    assert page.locator(".fc-job td").nth(2).text_content() == "Done"
    page.screenshot(path=str(SCREENSHOTS / "desk-dashboard-1280.png"), full_page=True)
    assert axe_serious(page) == []
    assert problems(page) == []


def test_the_job_page_follows_a_queued_job_until_its_claims_are_ready(server, desk_page, celery_eager):  # noqa: F811
    job = IngestionJob.objects.create(kind="text", content=ARTICLE.read_text(encoding="utf-8"),
                                      publisher="The Associated Press", published=datetime.date(2019, 1, 31))
    page = desk_page
    page.goto(server.url + reverse("admin:claims_desk_job", args=[job.pk]))
    assert page.locator(".fc-job-status strong").text_content() == "Queued"
    assert axe_serious(page) == []
    ingestion_run(job_id=job.pk)  # what the worker does
    page.wait_for_selector(".fc-review-link", timeout=10_000)  # the page's script saw it finish and reloaded
    assert page.locator(".fc-job-status strong").text_content() == "Done"
    assert "5 claims suggested" in page.content()
    assert problems(page) == []
