"""Claim extraction: from a news article's plain text to the quantitative claims in it.

Plain Python with no Django imports, so it can be tested and benchmarked alone. `make install` compiles the
modules of the extraction path with mypyc (claims/extraction/native.py); they run compiled when that build is
of the sources as they are, and as plain Python otherwise.

    from claims.extraction import extract_claims
    for claim in extract_claims(text, published=date(2024, 1, 9)):
        print(claim.figure_text, claim.value, claim.unit, claim.speaker)
"""
from claims.extraction import native

native.use(__path__)

from claims.extraction.extractor import ExtractedClaim, extract_claims  # noqa: E402 (after the path is set)

__all__ = ["ExtractedClaim", "extract_claims"]
