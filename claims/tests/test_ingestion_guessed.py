"""What the extractor guessed is kept per field on the claims ingestion suggests (Claim.guessed)."""
from types import SimpleNamespace

import pytest

from claims.extraction import extract_claims
from claims.ingestion import guessed_fields, ingest_document
from claims.models import Claim
from sources.reading import text_document


def test_the_extractors_names_become_the_claims_field_names():
    said = SimpleNamespace(guessed=["speaker", "period", "unit", "speaker"])
    assert guessed_fields(said) == ["speaker", "period_start", "period_end", "unit"]


def test_an_extractor_that_says_nothing_guessed_nothing():
    assert guessed_fields(SimpleNamespace()) == []
    assert guessed_fields(SimpleNamespace(guessed=None)) == []


@pytest.mark.django_db
def test_ingested_claims_carry_what_the_extractor_says_it_guessed(reviewer):
    result = ingest_document(document=text_document("Officials said 1,200 people were counted."), user=reviewer)
    claim = Claim.objects.get(source=result.source)
    [extracted] = extract_claims(result.source.text, published=None)
    assert claim.guessed == guessed_fields(extracted)
