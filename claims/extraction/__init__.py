"""Claim extraction: from a news article's plain text to the quantitative claims in it.

Plain Python with no Django imports, so it can be tested and benchmarked alone.

    from claims.extraction import extract_claims
    for claim in extract_claims(text, published=date(2024, 1, 9)):
        print(claim.figure_text, claim.value, claim.unit, claim.speaker)
"""
from claims.extraction.extractor import ExtractedClaim, extract_claims

__all__ = ["ExtractedClaim", "extract_claims"]
