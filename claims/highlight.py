"""Source text cut into pieces with each claim's figure marked, for the pages that show an article."""


def highlighted_text(text: str, claims) -> list[tuple[str, object]]:
    """The text cut into (piece, claim) pairs: claim is set on the pieces that are a claim's figure.

    Offsets that fall outside the text or overlap an earlier figure are left unmarked.
    """
    pieces, at = [], 0
    spans = sorted(
        ((c.figure_start, c.figure_end, c) for c in claims
         if c.figure_start is not None and c.figure_end is not None and c.figure_end <= len(text)),
        key=lambda span: (span[0], span[1], span[2].pk),
    )
    for start, end, claim in spans:
        if start < at or start == end:
            continue
        if start > at:
            pieces.append((text[at:start], None))
        pieces.append((text[start:end], claim))
        at = end
    if at < len(text):
        pieces.append((text[at:], None))
    return pieces
