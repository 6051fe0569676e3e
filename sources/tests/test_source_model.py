import pytest
from django.db import IntegrityError, transaction

from sources.models import Source, content_hash


def test_content_hash_ignores_rewrapping():
    assert content_hash("One two\nthree") == content_hash("One  two three")
    assert content_hash("One two three") != content_hash("One two four")


@pytest.mark.django_db
def test_tracking_parameters_and_trailing_slashes_do_not_make_duplicates():
    first = Source()
    first.set_url("https://news.example.org/story/?utm_source=twitter")
    first.save()
    assert Source.objects.for_url("https://NEWS.example.org/story#top").get() == first
    again = Source()
    again.set_url("https://news.example.org/story")
    with pytest.raises(IntegrityError), transaction.atomic():
        again.save()


@pytest.mark.django_db
def test_several_sources_without_a_url_are_allowed():
    Source.objects.create(title="Pasted text one")
    Source.objects.create(title="Pasted text two")
    assert Source.objects.filter(url="").count() == 2
