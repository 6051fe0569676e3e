"""sources.services.source_get_or_create: one source per URL or text, even when the same
article is handed in twice at the same moment (a unique constraint on the content hash,
and a retry that finds the winner's source)."""
import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from sources.models import Source
from sources.services import source_create, source_get_or_create
from sources.tests.at_once import at_once

TEXT = "Border agents counted 4,500 crossings in May, the agency said."


def test_the_same_text_gives_the_same_source_whitespace_aside(db):
    first, created = source_get_or_create(text=TEXT, title="First")
    again, created_again = source_get_or_create(
        text="  Border agents counted 4,500\ncrossings in May, the agency said. ")
    assert (created, created_again) == (True, False)
    assert again.pk == first.pk
    assert again.title == "First"
    assert Source.objects.count() == 1


def test_a_source_found_by_url_without_text_gets_the_text(db):
    bare = source_create(user=None, data={"url": "https://news.example.org/a", "text": ""})
    found, created = source_get_or_create(url="https://news.example.org/a", text=TEXT)
    assert (found.pk, created, found.text) == (bare.pk, False, TEXT)


def test_a_url_without_text_whose_text_another_source_holds_gives_that_source(db):
    holder = source_create(user=None, data={"text": TEXT})
    source_create(user=None, data={"url": "https://news.example.org/a", "text": ""})
    found, created = source_get_or_create(url="https://news.example.org/a", text=TEXT)
    assert (found.pk, created) == (holder.pk, False)


def test_creating_a_second_source_with_the_same_text_is_refused_as_taken(db):
    source_create(user=None, data={"text": TEXT})
    with pytest.raises(ValidationError) as caught:
        source_create(user=None, data={"url": "https://news.example.org/b", "text": TEXT + "  "})
    assert caught.value.error_dict["text"][0].code == "taken"
    assert Source.objects.count() == 1


def test_the_database_refuses_two_sources_with_one_text(db):
    Source(text=TEXT, content_hash="a" * 64).save()
    with pytest.raises(IntegrityError), transaction.atomic():
        Source(text=TEXT, content_hash="a" * 64).save()
    Source(text="", content_hash="").save()
    Source(text="", content_hash="").save()  # sources without text are not one source


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_callers_handing_in_the_same_text_at_once_get_one_source():
    for n in range(5):
        text = f"{TEXT} Round {n}."

        def hand_in(text=text):
            with transaction.atomic():
                return source_get_or_create(text=text)

        results = at_once(hand_in, hand_in)
        assert Source.objects.filter(text=text).count() == 1
        assert sorted(created for _, created in results) == [False, True]
        assert len({source.pk for source, _ in results}) == 1
