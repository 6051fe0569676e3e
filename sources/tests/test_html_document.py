"""sources.reading.html_document: text and metadata from an HTML page."""
from datetime import date

import pytest

from sources.errors import SourceError
from sources.reading import html_document

PAGE = """<!doctype html>
<html><head>
<title>Border numbers top a million | Example News</title>
<meta property="og:title" content="Border numbers top a million">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Roe; John Doe">
<meta property="article:published_time" content="2023-03-21T10:00:00Z">
<meta property="article:modified_time" content="2023-04-02T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/border">Border</a></nav>
<article>
<h1>Border numbers top a million</h1>
<p>Border Patrol agents apprehended more than one million migrants so far this fiscal year, \
according to Chief Gloria Chavez.</p>
<p>She said her sector accounted for more than 125,000 of those, a figure that keeps growing week after week.</p>
</article>
<footer>Copyright 2023 Example News. All rights reserved.</footer>
</body></html>"""


def test_it_reads_title_authors_site_name_and_the_original_date():
    doc = html_document(PAGE, url="https://news.example.org/border")
    assert doc.title == "Border numbers top a million"
    assert doc.publisher == "Example News"
    assert doc.authors == ["Jane Roe", "John Doe"]
    # The original publication date, not the later modification.
    assert doc.published == date(2023, 3, 21)


def test_it_keeps_the_article_text_in_paragraphs_without_the_page_around_it():
    doc = html_document(PAGE.encode())
    assert "more than one million migrants so far this fiscal year" in doc.text
    assert "She said her sector accounted for more than 125,000 of those" in doc.text
    assert "\n\nShe said" in doc.text
    assert "All rights reserved" not in doc.text
    assert "Home" not in doc.text


def test_a_page_without_a_date_has_none():
    page = PAGE.replace("2023-03-21T10:00:00Z", "").replace("2023-04-02T08:00:00Z", "").replace("Copyright 2023", "")
    assert html_document(page).published is None


def test_a_page_without_article_text_is_an_error():
    with pytest.raises(SourceError, match="no article text"):
        html_document("<html><head><title>Empty</title></head><body> </body></html>")
