"""The review queue by article (claims.desk.queue): newest article first, counts of claims
and open findings, each quote's figure marked, filters and the extractor's confidence."""
import datetime

import pytest
from django.urls import reverse

from claims.models import Claim, Finding
from sources.models import Source

pytestmark = pytest.mark.django_db
QUEUE = reverse("admin:claims_desk_queue")
S = Claim.Status


@pytest.fixture
def suggest(make_claim, make_source):
    def make(source, text_figure="1,000", **fields):
        text = source.text
        start = text.index(text_figure)
        fields.setdefault("status", S.SUGGESTED)
        return make_claim(source=source, quote=text, quote_start=0, quote_end=len(text), figure_start=start,
                          figure_end=start + len(text_figure), **fields)

    return make


def listed(response) -> list[int]:
    return [a["source_id"] for a in response.context["articles"]]


def test_articles_are_listed_newest_first_with_their_counts(client, reviewer, make_source, suggest, make_claim):
    old = make_source(title="Old story", text="Officials said 1,000 people and 2,000 cars were counted.")
    new = make_source(title="New story", text="Officials said 1,000 people were counted.")
    first = suggest(old)
    suggest(old, "2,000", value="2000")
    suggest(new)
    make_claim(source=new, status=S.IN_REVIEW, quote="x")  # handled: not waiting
    Claim.objects.filter(source=old).update(created_at=first.created_at - datetime.timedelta(days=1))
    Finding.objects.create(claim=first, kind="conflicts", key="a", explanation="Less elsewhere.")
    Finding.objects.create(claim=first, kind="repeat", key="b", explanation="Said before.", status="rejected")
    client.force_login(reviewer)
    response = client.get(QUEUE)
    assert listed(response) == [new.pk, old.pk]
    by_id = {a["source_id"]: a for a in response.context["articles"]}
    assert (by_id[old.pk]["claims"], by_id[old.pk]["open_findings"]) == (2, 1)
    assert (by_id[new.pk]["claims"], by_id[new.pk]["open_findings"]) == (1, 0)
    html = response.content.decode()
    assert "Officials said <a href" in html and "<mark>2,000</mark>" in html
    assert reverse("admin:claims_desk_article", args=[old.pk]) in html


def test_filters_publisher_statistic_proposed_conflict_and_confidence(client, reviewer, make_source, suggest,
                                                                      make_statistic):
    fox, ap, third = (make_source(publisher=p, text=f"Officials said 1,000 people were counted, {p} reported.")
                      for p in ("Fox", "AP", "Reuters"))  # one text each: a text is one source
    with_stat, with_conflict, guessed = suggest(fox), suggest(ap), suggest(third)
    stat = make_statistic()
    Finding.objects.create(claim=with_stat, kind="statistic", key="s", statistic=stat, score=0.7, explanation="e")
    Finding.objects.create(claim=with_conflict, kind="conflicts", key="c", explanation="e")
    Claim.objects.filter(pk=guessed.pk).update(guessed=["speaker", "unit"])
    client.force_login(reviewer)
    assert listed(client.get(QUEUE, {"publisher": "AP"})) == [ap.pk]
    assert listed(client.get(QUEUE, {"statistic_proposed": "on"})) == [fox.pk]
    assert listed(client.get(QUEUE, {"has_conflict": "on"})) == [ap.pk]
    assert listed(client.get(QUEUE, {"confidence": "guessed"})) == [third.pk]
    assert set(listed(client.get(QUEUE, {"confidence": "sure"}))) == {fox.pk, ap.pk}


def test_it_sorts_the_least_sure_articles_first(client, reviewer, make_source, suggest):
    sure, unsure, newest = (make_source(text=f"Officials said 1,000 people were counted on day {n}.")
                            for n in range(3))
    suggest(sure)
    Claim.objects.filter(pk=suggest(unsure).pk).update(guessed=["speaker", "period_start", "period_end"])
    Claim.objects.filter(pk=suggest(newest).pk).update(guessed=["unit"])
    client.force_login(reviewer)
    response = client.get(QUEUE, {"order": "guessed"})
    assert listed(response) == [unsure.pk, newest.pk, sure.pk]
    assert "3 guessed fields" in response.content.decode()


def test_the_queue_costs_the_same_queries_for_two_articles_or_twenty(client, reviewer, make_source, suggest,
                                                                     django_assert_num_queries):
    def add(n):
        for _ in range(n):
            day = Source.objects.count()  # one text per article: a text is one source
            source = make_source(text=f"Officials said 1,000 people and 2,000 cars were counted on day {day}.")
            Finding.objects.create(claim=suggest(source), kind="conflicts", key="c", explanation="e")
            suggest(source, "2,000", value="2000")

    add(2)
    client.force_login(reviewer)
    client.get(QUEUE)
    with django_assert_num_queries(11) as small:
        client.get(QUEUE)
    add(18)
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get(QUEUE)
    assert len(response.context["articles"]) == 20


def test_someone_without_a_role_cannot_see_it(client, outsider):
    client.force_login(outsider)
    assert client.get(QUEUE).status_code == 302
