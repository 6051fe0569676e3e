"""speaker_create when another writer takes the slug between the check and the insert (two
ingestions naming one new speaker at once): a slug made from the name is made again, a slug the
caller chose is refused with the field named (the API's 409), never an IntegrityError (a 500)."""
import pytest
from django.core.exceptions import ValidationError

from claims import services
from claims.models import Speaker
from claims.services import speaker_create

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def other_writer_between_check_and_insert(monkeypatch):
    """After the service has checked the slug is free, another writer commits a speaker with it."""
    check = services._check_slug

    def check_then_lose_the_race(obj):
        check(obj)
        if not Speaker.objects.filter(slug=obj.slug).exists():
            Speaker.objects.create(name=f"Another {obj.name}", slug=obj.slug)

    monkeypatch.setattr(services, "_check_slug", check_then_lose_the_race)


def test_a_slug_made_from_the_name_is_made_again(reviewer, other_writer_between_check_and_insert):
    speaker = speaker_create(user=reviewer, data={"name": "Jane Roe"})
    assert speaker.pk is not None and speaker.slug == "jane-roe-2"
    assert sorted(Speaker.objects.values_list("slug", flat=True)) == ["jane-roe", "jane-roe-2"]


def test_a_chosen_slug_is_refused_naming_the_field(reviewer, other_writer_between_check_and_insert):
    with pytest.raises(ValidationError) as refused:
        speaker_create(user=reviewer, data={"name": "Jane Roe", "slug": "roe"})
    assert refused.value.message_dict == {"slug": ["This slug is taken."]}
    assert not Speaker.objects.filter(name="Jane Roe").exists()  # nothing half-written


def test_with_no_race_the_slug_is_the_names(reviewer):
    assert speaker_create(user=reviewer, data={"name": "Jane Roe"}).slug == "jane-roe"
    assert speaker_create(user=reviewer, data={"name": "Jane Roe"}).slug == "jane-roe-2"
