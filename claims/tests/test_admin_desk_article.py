"""An article's review page (claims.desk.article) and the writes it posts: in-place edits
through claim_update with the version the page showed, findings decided, claims moved on."""
import datetime
import re

import pytest
from django.urls import reverse

from claims.models import Claim, Finding, Speaker, StatusChange

pytestmark = pytest.mark.django_db
S = Claim.Status
TEXT = ("Border officials said more than 50,000 migrants evaded capture. Chief Raul Ortiz said agents made "
        "about 160,000 arrests in October. The agency counted 5,000 a day.")


def page_url(source):
    return reverse("admin:claims_desk_article", args=[source.pk])


def edit_url(claim):
    return reverse("admin:claims_desk_claim", args=[claim.source_id, claim.pk])


def move_url(claim):
    return reverse("admin:claims_desk_claim_move", args=[claim.source_id, claim.pk])


@pytest.fixture
def article(make_source, make_claim, make_speaker):
    """A source with three suggested claims, their figures at their offsets in its text."""
    source = make_source(text=TEXT, published_on=datetime.date(2021, 11, 3), publisher="Breitbart News")
    officials = make_speaker("Border officials")
    claims = []
    for figure, value, qualifier, unit in (("more than 50,000", "50000", "over", "migrants"),
                                           ("about 160,000", "160000", "about", "arrests"),
                                           ("5,000", "5000", None, "migrants")):
        start = TEXT.index(figure)
        sentence_start = TEXT.rfind(". ", 0, start) + 2 if TEXT.rfind(". ", 0, start) >= 0 else 0
        sentence_end = TEXT.index(".", start + len(figure)) + 1
        claims.append(make_claim(value, qualifier, source=source, status=S.SUGGESTED, unit=unit, speaker=officials,
                                 quote=TEXT[sentence_start:sentence_end], quote_start=sentence_start,
                                 quote_end=sentence_end, figure_start=start, figure_end=start + len(figure),
                                 figure_text=figure))
    return source, claims


def row_data(claim, **changes):
    data = {"version": claim.version, "speaker": claim.speaker.name if claim.speaker else "", "unit": claim.unit,
            "qualifier": claim.qualifier, "place": claim.place, "statistic": claim.statistic.name if claim.statistic
            else "", "period_start": claim.period_start or "", "period_end": claim.period_end or ""}
    data.update(changes)
    return data


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []


def test_the_page_marks_each_figure_in_the_text_and_lists_the_claims_in_text_order(client, reviewer, article):
    source, claims = article
    Claim.objects.filter(pk=claims[2].pk).update(status=S.REJECTED)
    client.force_login(reviewer)
    response = client.get(page_url(source))
    assert response.status_code == 200
    html = response.content.decode()
    marked = re.findall(r'<a href="#c(\d+)" id="f\d+" class="fc-fig fc-st-(\w+)"[^>]*>([^<]+)</a>', html)
    assert marked == [(str(claims[0].pk), "suggested", "more than 50,000"),
                      (str(claims[1].pk), "suggested", "about 160,000"), (str(claims[2].pk), "rejected", "5,000")]
    assert [r.claim.pk for r in response.context["rows"]] == [c.pk for c in claims]
    assert '<mark>about 160,000</mark>' in html
    assert 'value="Border officials"' in html


def test_the_page_costs_the_same_queries_for_three_figures_or_forty(client, reviewer, article, make_claim,
                                                                   make_statistic, django_assert_num_queries):
    source, claims = article
    stat = make_statistic("Southwest border encounters")
    for claim in claims:
        Finding.objects.create(claim=claim, kind="statistic", key=f"statistic:{stat.pk}", statistic=stat, score=0.8,
                               explanation="The unit matches the statistic's.")
    client.force_login(reviewer)
    client.get(page_url(source))
    with django_assert_num_queries(8) as small:
        assert client.get(page_url(source)).status_code == 200
    text = TEXT + " More: " + " ".join(f"{n},001 people." for n in range(37))
    source.set_text(text)
    source.save()
    for n in range(37):
        figure = f"{n},001"
        start = text.index(figure + " people")
        claim = make_claim(f"{n}001", source=source, status=S.SUGGESTED, quote=f"{figure} people.", quote_start=start,
                           quote_end=start + len(figure) + 8, figure_start=start, figure_end=start + len(figure),
                           statistic=stat, speaker=claims[0].speaker)
        Finding.objects.create(claim=claim, kind="conflicts", key=f"c{n}", explanation="Another claim says less.")
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get(page_url(source))
    assert len(response.context["rows"]) == 40
    assert response.content.decode().count('class="fc-fig ') == 40


def test_an_edit_fixes_speaker_and_unit_through_the_service_with_history(client, reviewer, article, make_speaker):
    source, claims = article
    ortiz = make_speaker("Raul Ortiz")
    claim = claims[1]
    client.force_login(reviewer)
    response = client.post(edit_url(claim), row_data(claim, speaker="raul ortiz", unit="apprehensions"), follow=True)
    assert response.redirect_chain[-1][0] == page_url(source) + f"#c{claim.pk}"
    assert f"Claim {claim.pk} saved." in messages_of(response)
    claim.refresh_from_db()
    assert (claim.speaker, claim.unit) == (ortiz, "apprehensions")
    record = claim.history.latest()
    assert (record.history_user, record.history_change_reason, record.unit) == (reviewer, "edited", "apprehensions")


def test_a_new_speaker_name_adds_the_speaker(client, reviewer, article):
    source, claims = article
    client.force_login(reviewer)
    client.post(edit_url(claims[0]), row_data(claims[0], speaker="Gloria Chavez"))
    claims[0].refresh_from_db()
    assert claims[0].speaker == Speaker.objects.get(name="Gloria Chavez")


def test_a_quick_pick_sets_the_period_from_the_articles_date(client, reviewer, article):
    source, claims = article
    client.force_login(reviewer)
    for pick, period in (("month", (datetime.date(2021, 11, 1), datetime.date(2021, 11, 30))),
                         ("fy", (datetime.date(2021, 10, 1), datetime.date(2022, 9, 30))),
                         ("fytd", (datetime.date(2021, 10, 1), datetime.date(2021, 11, 3)))):
        claims[0].refresh_from_db()
        client.post(edit_url(claims[0]), {**row_data(claims[0]), "pick": pick})
        claims[0].refresh_from_db()
        assert (claims[0].period_start, claims[0].period_end) == period


def test_two_dates_set_the_period_and_a_reversed_one_is_refused(client, reviewer, article):
    source, claims = article
    claim = claims[0]
    client.force_login(reviewer)
    client.post(edit_url(claim), row_data(claim, period_start="2021-10-01", period_end="2021-10-31"))
    claim.refresh_from_db()
    assert (claim.period_start, claim.period_end) == (datetime.date(2021, 10, 1), datetime.date(2021, 10, 31))
    response = client.post(edit_url(claim), row_data(claim, period_start="2021-12-01"), follow=True)
    assert any("The period must not start after it ends." in m for m in messages_of(response))
    claim.refresh_from_db()
    assert claim.period_start == datetime.date(2021, 10, 1)


def test_a_stale_edit_is_refused_and_the_other_change_kept(client, reviewer, editor, article):
    source, claims = article
    claim = claims[0]
    opened = row_data(claim, unit="known gotaways")
    client.force_login(editor)
    client.post(edit_url(claim), row_data(claim, unit="got-aways"))
    client.force_login(reviewer)
    response = client.post(edit_url(claim), opened, follow=True)
    assert any("Someone else saved this claim after you opened it" in m for m in messages_of(response))
    claim.refresh_from_db()
    assert claim.unit == "got-aways"
    assert claim.history.filter(history_user=reviewer).count() == 0


def test_an_unknown_statistic_is_refused_by_name(client, reviewer, article, make_statistic):
    source, claims = article
    stat = make_statistic("Southwest border encounters")
    client.force_login(reviewer)
    response = client.post(edit_url(claims[0]), row_data(claims[0], statistic="Gotaways"), follow=True)
    assert any("No statistic is called “Gotaways”" in m for m in messages_of(response))
    client.post(edit_url(claims[0]), row_data(claims[0], statistic="southwest border encounters"))
    claims[0].refresh_from_db()
    assert claims[0].statistic == stat


def test_an_edit_takes_the_guessed_mark_off_the_fields_it_changed(client, reviewer, article):
    source, claims = article
    claim = claims[1]
    Claim.objects.filter(pk=claim.pk).update(guessed=["speaker", "period_start", "period_end"])
    client.force_login(reviewer)
    html = client.get(page_url(source)).content.decode()
    assert "extractor guessed: speaker, period_start, period_end" in html
    assert html.count("fc-was-guessed") == 2  # the speaker's field and the period's
    claim.refresh_from_db()
    client.post(edit_url(claim), {**row_data(claim), "pick": "month"})
    claim.refresh_from_db()
    assert claim.guessed == ["speaker"]


def test_accepting_a_statistic_proposal_files_the_claim(client, reviewer, article, make_statistic):
    source, claims = article
    stat = make_statistic("Got-aways")
    finding = Finding.objects.create(claim=claims[0], kind="statistic", key=f"statistic:{stat.pk}", statistic=stat,
                                     score=0.91, explanation="The unit matches.")
    client.force_login(reviewer)
    html = client.get(page_url(source)).content.decode()
    assert "score 0.91" in html and 'data-key="s"' in html
    url = reverse("admin:claims_desk_finding", args=[source.pk, finding.pk, "accept"])
    response = client.post(url)
    assert response["Location"] == page_url(source) + f"#c{claims[0].pk}"
    claims[0].refresh_from_db()
    finding.refresh_from_db()
    assert (claims[0].statistic, finding.status, finding.decided_by) == (stat, "accepted", reviewer)


def test_a_finding_of_another_article_is_not_found(client, reviewer, article, make_claim):
    source, claims = article
    other = make_claim(status=S.SUGGESTED)
    finding = Finding.objects.create(claim=other, kind="conflicts", key="x", explanation="e")
    client.force_login(reviewer)
    url = reverse("admin:claims_desk_finding", args=[source.pk, finding.pk, "reject"])
    assert client.post(url).status_code == 404
    assert client.get(url).status_code == 405


def test_a_reviewer_accepts_and_rejects_but_cannot_publish(client, reviewer, article):
    source, claims = article
    client.force_login(reviewer)
    client.post(move_url(claims[0]), {"to": S.IN_REVIEW})
    client.post(move_url(claims[1]), {"to": S.REJECTED})
    response = client.post(move_url(claims[2]), {"to": S.PUBLISHED}, follow=True)
    assert any("Only editors" in m for m in messages_of(response))
    assert [Claim.objects.get(pk=c.pk).status for c in claims] == [S.IN_REVIEW, S.REJECTED, S.SUGGESTED]
    assert 'data-key="p"' not in client.get(page_url(source)).content.decode()


def test_an_editor_publishes_a_suggested_claim_in_one_click_through_each_step(client, editor, article):
    source, claims = article
    client.force_login(editor)
    client.post(move_url(claims[0]), {"to": S.PUBLISHED})
    claims[0].refresh_from_db()
    assert claims[0].status == S.PUBLISHED and claims[0].published_at is not None
    steps = StatusChange.objects.filter(claim=claims[0]).order_by("id").values_list("from_status", "to_status", "by")
    assert list(steps) == [(S.SUGGESTED, S.IN_REVIEW, editor.pk), (S.IN_REVIEW, S.PUBLISHED, editor.pk)]


def test_all_remaining_claims_move_at_once(client, editor, article):
    source, claims = article
    client.force_login(editor)
    client.post(move_url(claims[0]), {"to": S.REJECTED})
    response = client.post(reverse("admin:claims_desk_article_move", args=[source.pk]), {"to": S.PUBLISHED},
                           follow=True)
    assert "2 claims moved to published." in messages_of(response)
    assert [Claim.objects.get(pk=c.pk).status for c in claims] == [S.REJECTED, S.PUBLISHED, S.PUBLISHED]


def test_a_reviewer_cannot_publish_all(client, reviewer, article):
    source, claims = article
    client.force_login(reviewer)
    response = client.post(reverse("admin:claims_desk_article_move", args=[source.pk]), {"to": S.PUBLISHED},
                           follow=True)
    assert any("stayed as they were" in m for m in messages_of(response))
    assert set(Claim.objects.filter(source=source).values_list("status", flat=True)) == {S.SUGGESTED}


def test_a_claim_of_another_article_is_not_found(client, reviewer, article, make_claim):
    source, claims = article
    other = make_claim(status=S.SUGGESTED)
    client.force_login(reviewer)
    assert client.post(reverse("admin:claims_desk_claim", args=[source.pk, other.pk]), row_data(other)).status_code \
        == 404
    assert client.post(reverse("admin:claims_desk_claim_move", args=[source.pk, other.pk]),
                       {"to": S.REJECTED}).status_code == 404


def test_names_are_suggested_for_speakers_and_statistics(client, reviewer, make_speaker, make_statistic):
    make_speaker("Raul Ortiz")
    make_speaker("Gloria Chavez")
    make_statistic("Southwest border encounters")
    client.force_login(reviewer)
    assert client.get(reverse("admin:claims_desk_names", args=["speaker"]), {"q": "orti"}).json() == {
        "results": ["Raul Ortiz"]}
    assert client.get(reverse("admin:claims_desk_names", args=["statistic"]), {"q": "border"}).json() == {
        "results": ["Southwest border encounters"]}
    assert client.get(reverse("admin:claims_desk_names", args=["source"])).status_code == 404


def test_someone_without_a_role_sees_nothing(client, outsider, article):
    source, claims = article
    client.force_login(outsider)
    assert client.get(page_url(source)).status_code == 302
    response = client.post(move_url(claims[0]), {"to": S.REJECTED})
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert Claim.objects.get(pk=claims[0].pk).status == S.SUGGESTED


def test_a_published_claim_offers_only_unpublish_without_a_key(client, editor, article):
    source, claims = article
    client.force_login(editor)
    client.post(move_url(claims[0]), {"to": S.PUBLISHED})
    row = next(r for r in client.get(page_url(source)).context["rows"] if r.claim.pk == claims[0].pk)
    assert row.moves == [(S.IN_REVIEW, "Unpublish", "")]
    response = client.post(move_url(claims[0]), {"to": S.REJECTED}, follow=True)
    assert any("unpublished first" in m for m in messages_of(response))
    assert Claim.objects.get(pk=claims[0].pk).status == S.PUBLISHED


def test_an_edit_keeps_a_ranges_own_bounds_unless_the_qualifier_changes(client, reviewer, article):
    source, claims = article
    claim = claims[1]
    Claim.objects.filter(pk=claim.pk).update(qualifier="", lower_bound=155000, upper_bound=165000)
    claim.refresh_from_db()
    client.force_login(reviewer)
    client.post(edit_url(claim), row_data(claim, place="Arizona"))
    claim.refresh_from_db()
    assert (claim.place, claim.lower_bound, claim.upper_bound) == ("Arizona", 155000, 165000)
    client.post(edit_url(claim), row_data(claim, qualifier="at_least"))
    claim.refresh_from_db()
    assert (claim.qualifier, claim.lower_bound, claim.upper_bound) == ("at_least", 160000, None)
