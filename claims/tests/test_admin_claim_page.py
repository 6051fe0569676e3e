"""The claim page: the quote in its source's context, every figure field, autocompletes."""
import pytest
from django.urls import reverse

from claims.models import Appearance, Claim, Evidence

pytestmark = pytest.mark.django_db
TEXT = "Intro <b>bold</b> text. Officials said over 890,000 apprehensions were made. Then more & more."


def change_url(claim):
    return reverse("admin:claims_claim_change", args=[claim.pk])


@pytest.fixture
def placed_claim(make_source, make_claim):
    source = make_source(text=TEXT, url="https://news.example.org/border")
    qs = TEXT.index("Officials")
    fs = TEXT.index("over 890,000")
    return make_claim(
        value="890000", qualifier="over", unit="apprehensions", source=source,
        quote=TEXT[qs:TEXT.index(".", qs) + 1], quote_start=qs, quote_end=TEXT.index(".", qs) + 1,
        figure_start=fs, figure_end=fs + len("over 890,000"), figure_text="over 890,000",
    )


def test_it_shows_the_quote_in_context_with_the_figure_marked_and_the_text_escaped(client, reviewer, placed_claim):
    client.force_login(reviewer)
    html = client.get(change_url(placed_claim)).content.decode()
    assert ('<div class="fc-context">Intro &lt;b&gt;bold&lt;/b&gt; text. <span class="fc-quote">Officials said '
            '</span><span class="fc-quote"><mark>over 890,000</mark></span><span class="fc-quote"> apprehensions '
            'were made.</span> Then more &amp; more.</div>') in html
    assert "<b>bold</b>" not in html


def test_it_cuts_long_text_around_the_quote(client, reviewer, make_source, make_claim):
    text = "x" * 1000 + " said 12 people. " + "y" * 1000
    start = text.index("said")
    claim = make_claim(value="12", source=make_source(text=text), quote="said 12 people.", quote_start=start,
                       quote_end=start + 15, figure_start=start + 5, figure_end=start + 7)
    client.force_login(reviewer)
    html = client.get(change_url(claim)).content.decode()
    assert '<div class="fc-context">…' + "x" * 299 + ' <span class="fc-quote">said </span>' in html
    assert "<mark>12</mark>" in html and "x" * 301 not in html


def test_a_claim_without_offsets_shows_its_quote_and_says_so(client, reviewer, make_claim):
    claim = make_claim(quote="Said <1,000> people")
    client.force_login(reviewer)
    html = client.get(change_url(claim)).content.decode()
    assert "Said &lt;1,000&gt; people" in html
    assert "position in the source text is not known" in html


def test_it_links_to_the_source_in_the_admin_and_on_the_web(client, reviewer, placed_claim):
    client.force_login(reviewer)
    html = client.get(change_url(placed_claim)).content.decode()
    assert reverse("admin:sources_source_change", args=[placed_claim.source_id]) in html
    assert 'href="https://news.example.org/border"' in html


def test_every_figure_field_is_editable_and_relations_use_autocomplete(client, reviewer, placed_claim):
    client.force_login(reviewer)
    response = client.get(change_url(placed_claim))
    form = response.context["adminform"].form
    for name in ["figure_text", "value", "unit", "rate", "qualifier", "lower_bound", "upper_bound", "period_start",
                 "period_end", "place", "statistic", "quote_start", "quote_end", "figure_start", "figure_end"]:
        assert name in form.fields, name
    for name in ["speaker", "source", "statistic"]:
        assert "admin-autocomplete" in str(form[name]), name
    assert "status" not in form.fields


def test_a_reviewer_sees_the_verdict_read_only_and_an_editor_can_edit_it(client, reviewer, editor, placed_claim):
    client.force_login(reviewer)
    form = client.get(change_url(placed_claim)).context["adminform"].form
    assert "verdict" not in form.fields and "verdict_explanation" not in form.fields
    client.force_login(editor)
    form = client.get(change_url(placed_claim)).context["adminform"].form
    assert "verdict" in form.fields and "verdict_explanation" in form.fields


def test_the_page_sends_no_inline_script_or_style(client, reviewer, placed_claim):
    client.force_login(reviewer)
    response = client.get(change_url(placed_claim))
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "claims/admin" in response.content.decode() and ".css" in response.content.decode()


def test_the_page_costs_the_same_queries_for_one_evidence_link_or_ten(
        client, reviewer, placed_claim, make_source, make_speaker, make_statistic, django_assert_num_queries):
    Claim.objects.filter(pk=placed_claim.pk).update(speaker=make_speaker(), statistic=make_statistic())
    client.force_login(reviewer)

    def link(n):
        for _ in range(n):
            Evidence.objects.create(claim=placed_claim, source=make_source(), stance="corroborates", added_by=reviewer)
            Appearance.objects.create(claim=placed_claim, source=make_source())

    link(1)
    client.get(change_url(placed_claim))
    with django_assert_num_queries(CLAIM_PAGE_QUERIES):
        assert client.get(change_url(placed_claim)).status_code == 200
    link(9)
    with django_assert_num_queries(CLAIM_PAGE_QUERIES):
        response = client.get(change_url(placed_claim))
    assert len(response.context["inline_admin_formsets"][0].formset.forms) == 10


# Session, user, groups, the claim with its source, the selected speaker, source and
# statistic, the evidence and appearance rows (their sources joined), the proposed
# consistency findings, and the permission checks: the same for any number of rows.
CLAIM_PAGE_QUERIES = 12


def test_a_reviewer_adds_a_claim_which_starts_as_suggested(client, reviewer, make_source):
    source = make_source()
    client.force_login(reviewer)
    add = reverse("admin:claims_claim_add")
    assert "Shown once the claim is saved" in client.get(add).content.decode()
    response = client.post(add, {
        "quote": "Nearly 7.3 million crossed", "source": source.pk, "value": "7300000", "unit": "migrants",
        "qualifier": "nearly", "status": "published", "evidence-TOTAL_FORMS": 0, "evidence-INITIAL_FORMS": 0,
        "appearances-TOTAL_FORMS": 0, "appearances-INITIAL_FORMS": 0,
    })
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    claim = Claim.objects.get()
    assert (claim.status, claim.created_by, claim.lower_bound, claim.upper_bound) == (
        "suggested", reviewer, 7200000, 7300000)


def test_a_bad_value_is_an_error_naming_the_field(client, reviewer, placed_claim):
    from claims.tests.admin_forms import change_form_data

    client.force_login(reviewer)
    data = change_form_data(client.get(change_url(placed_claim)))
    response = client.post(change_url(placed_claim), {**data, "value": "lots", "period_start": "2024-13-01"})
    assert response.status_code == 200
    assert {"value", "period_start"} <= set(response.context["adminform"].form.errors)
    assert Claim.objects.get(pk=placed_claim.pk).value == 890000
