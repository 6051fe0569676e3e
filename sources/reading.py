"""Reading a document: an article's text and metadata from HTML (trafilatura, htmldate) or
plain text, and bytes decoded as text."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import htmldate
import trafilatura

from sources.errors import SourceError
from sources.fetch import Fetched


@dataclass
class Document:
    text: str
    title: str = ""
    publisher: str = ""
    authors: list[str] = field(default_factory=list)
    published: date | None = None


def html_document(html: str | bytes, url: str | None = None) -> Document:
    """The article's text and metadata: trafilatura for text, title, author and site
    name; htmldate for the original publication date (no extensive search: a date
    guessed from any number on the page is worse than none)."""
    extracted = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False)
    if extracted is None or not (extracted.text or "").strip():
        raise SourceError("The page has no article text.")
    # trafilatura puts one paragraph a line; a blank line between them keeps
    # paragraphs apart for sentence splitting, as in plain-text articles.
    text = "\n\n".join(line.strip() for line in extracted.text.splitlines() if line.strip())
    found = htmldate.find_date(html, url=url or None, original_date=True, extensive_search=False)
    authors = [a.strip() for a in (extracted.author or "").split(";") if a.strip()]
    return Document(
        text=text,
        title=(extracted.title or "").strip(),
        publisher=(extracted.sitename or "").strip(),
        authors=authors,
        published=date.fromisoformat(found) if found else None,
    )


def text_document(text: str) -> Document:
    if "\x00" in text:
        raise SourceError("The content is binary data, not text.")
    if not text.strip():
        raise SourceError("The text is empty.")
    return Document(text=text)


def fetched_document(fetched: Fetched) -> Document:
    """The document in a fetched page."""
    if fetched.content_type == "text/html":
        if b"\x00" in fetched.body:
            raise SourceError("The content is binary data, not text.")
        # Bytes: trafilatura finds the encoding in the page itself.
        return html_document(fetched.body, url=fetched.url)
    return text_document(decode_text(fetched.body, fetched.charset))


def decode_text(body: bytes, charset: str | None = None) -> str:
    """Bytes as text; binary data (NUL bytes, or not text in its charset) is an error."""
    if b"\x00" in body:
        raise SourceError("The content is binary data, not text.")
    try:
        return body.decode(charset or "utf-8")
    except (UnicodeDecodeError, LookupError):
        if charset is None:
            try:
                return body.decode("cp1252")
            except UnicodeDecodeError:
                pass
        raise SourceError("The content is binary data, not text.") from None
