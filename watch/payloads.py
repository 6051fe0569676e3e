"""What a delivery carries: the claim exactly as the API's claim detail shows it, built by
the API's own functions (claims.api.representations), with links on SITE_URL since no
request is at hand when an event is sent."""
import json
from decimal import Decimal

from django.conf import settings
from django.urls import reverse
from rest_framework.utils.encoders import JSONEncoder

from claims.api import representations
from claims.models import Claim, Evidence


class SiteLinks(representations.Links):
    """The API's links without a request: API URLs on SITE_URL, like the page URLs."""

    def __init__(self):
        super().__init__(request=None)

    def _api(self, name: str) -> str:
        return settings.SITE_URL + reverse(name, kwargs={"pk": self._PK}).replace(str(self._PK), "{}")


class _Encoder(JSONEncoder):
    def default(self, obj):
        if isinstance(obj, Decimal):
            return representations.number(obj)  # as the API writes figures: "890000", never a float
        return super().default(obj)


def as_json(data):
    """data as the API renders it (dates as ISO strings, decimals as strings), back as plain JSON values."""
    return json.loads(_Encoder().encode(data))


def claim_data(claim_id: int) -> dict | None:
    """GET /api/v1/claims/{id}/'s body for this claim, or None if it is gone."""
    row = Claim.objects.filter(pk=claim_id).values(*representations.CLAIM_COLUMNS).first()
    if row is None:
        return None
    evidence = Evidence.objects.filter(claim_id=claim_id).order_by("stance", "id")
    return as_json(representations.claim_detail(row, evidence.values(*representations.EVIDENCE_COLUMNS), SiteLinks()))


def claim_summary(claim_id: int) -> dict | None:
    """A claim as the API lists it (no evidence): for a claim an event refers to besides its own."""
    row = Claim.objects.filter(pk=claim_id).values(*representations.CLAIM_COLUMNS).first()
    return None if row is None else as_json(representations.claim_row(row, SiteLinks()))
