"""A published claim's corrections on its page and in its ClaimReview JSON-LD."""
import json
import re

import pytest
from django.core.serializers.json import DjangoJSONEncoder

from claims import services

pytestmark = pytest.mark.django_db


def _json_ld(response) -> dict:
    [body] = re.findall(r'<script type="application/ld\+json" nonce="[^"]+">(.*?)</script>',
                        response.content.decode(), re.S)
    return json.loads(body)


def _iso(moment) -> str:
    return DjangoJSONEncoder().default(moment)  # as the JSON-LD writes times (milliseconds)


@pytest.fixture
def corrected(make_claim, editor):
    claim = make_claim("890000", "over", unit="apprehensions", verdict="accurate", verdict_explanation="Checked.")
    services.claim_update(claim=claim, user=editor, data={"verdict": "misleading"},
                          change_reason="It counts encounters, not people.")
    return claim


def test_the_page_shows_corrections_and_updates_dated_from_what_to_what_and_why(client, corrected):
    html = client.get(corrected.get_absolute_url()).content.decode()
    assert "<h2 id=\"corrections-heading\">Corrections and updates</h2>" in html
    correction = corrected.corrections.get()
    assert f'<time datetime="{correction.changed_at.isoformat()}">' in html
    assert "<strong>Verdict</strong> changed from “Accurate” to “Misleading”." in html
    assert "Why: It counts encounters, not people." in html


def test_a_claim_never_corrected_has_no_such_section(client, make_claim):
    assert "Corrections and updates" not in client.get(make_claim().get_absolute_url()).content.decode()


def test_the_json_ld_carries_each_correction_and_date_modified_follows_the_latest(client, corrected, editor, settings):
    services.claim_update(claim=corrected, user=editor, data={"verdict_explanation": "Encounters."},
                          change_reason="Clearer.")
    data = _json_ld(client.get(corrected.get_absolute_url()))
    latest, first = list(corrected.corrections.all())  # newest first
    url = settings.SITE_URL + corrected.get_absolute_url()
    assert data["correction"] == [
        {"@type": "CorrectionComment", "url": f"{url}#correction-{latest.pk}",
         "datePublished": _iso(latest.changed_at),
         "text": "Explanation changed from “Checked.” to “Encounters.”: Clearer."},
        {"@type": "CorrectionComment", "url": f"{url}#correction-{first.pk}",
         "datePublished": _iso(first.changed_at),
         "text": "Verdict changed from “Accurate” to “Misleading”: It counts encounters, not people."},
    ]
    assert data["dateModified"] == _iso(latest.changed_at)


def test_a_cached_page_shows_a_new_correction_at_once(client, corrected, editor):
    client.get(corrected.get_absolute_url())  # cached
    services.claim_update(claim=corrected, user=editor, data={"verdict": "false"}, change_reason="Worse.")
    assert "Why: Worse." in client.get(corrected.get_absolute_url()).content.decode()
