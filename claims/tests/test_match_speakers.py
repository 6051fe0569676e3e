"""claims.speakers.match_speaker(s): an existing speaker before a new one."""
import pytest

from claims.models import Speaker
from claims.speakers import match_speaker, match_speakers


def test_it_finds_a_speaker_by_name_whatever_the_case(make_speaker):
    chavez = make_speaker("Gloria Chavez")
    assert match_speaker("gloria CHAVEZ") == chavez
    assert Speaker.objects.count() == 1


def test_it_finds_a_speaker_by_alias_whatever_the_case(make_speaker):
    chavez = make_speaker("Gloria I. Chavez", aliases=["Chief Chavez", "Gloria Chavez"])
    assert match_speaker("gloria chavez") == chavez
    assert match_speaker("CHIEF CHAVEZ") == chavez
    assert Speaker.objects.count() == 1


def test_an_alias_must_match_whole(make_speaker):
    make_speaker("Gloria I. Chavez", aliases=["Gloria Chavez"])
    created = match_speaker("Chavez")
    assert created.name == "Chavez"
    assert Speaker.objects.count() == 2


def test_it_finds_a_speaker_by_a_non_ascii_alias(make_speaker):
    pena = make_speaker("Enrique Peña Nieto", aliases=["Peña Nieto"])
    assert match_speaker("peña nieto") == pena


def test_it_finds_a_speaker_by_slug(make_speaker):
    trac = make_speaker("Transactional Records Access Clearinghouse", slug="trac")
    assert match_speaker("TRAC") == trac


def test_an_exact_name_wins_over_another_speakers_alias(make_speaker):
    make_speaker("Raul L. Ortiz", aliases=["Ortiz"])
    ortiz = make_speaker("Ortiz")
    assert match_speaker("ortiz") == ortiz


def test_it_creates_a_speaker_with_a_free_slug_when_none_matches(make_speaker):
    make_speaker("Someone Else", slug="john-smith-x")
    created = match_speaker("  John   Smith ")
    assert (created.name, created.slug) == ("John Smith", "john-smith")


def test_a_surname_in_the_same_article_is_the_person_named_in_full(db):
    matched = match_speakers(["Gloria Chavez", "Chavez", "Raul Ortiz", None])
    assert matched["Chavez"] == matched["Gloria Chavez"]
    assert matched["Raul Ortiz"].name == "Raul Ortiz"
    assert Speaker.objects.count() == 2


def test_an_ambiguous_surname_stays_as_it_is(db):
    matched = match_speakers(["Ana Lopez", "Juan Lopez", "Lopez"])
    assert matched["Lopez"].name == "Lopez"


def test_it_matches_each_name_in_a_fixed_number_of_queries(make_speaker, django_assert_num_queries):
    make_speaker("Gloria Chavez")
    make_speaker("Raul Ortiz")
    # One lookup each; a new speaker costs its slug check and insert (with its history).
    with django_assert_num_queries(2):
        matched = match_speakers(["Gloria Chavez", "Chavez", "Raul Ortiz"])
    assert {s.name for s in matched.values()} == {"Gloria Chavez", "Raul Ortiz"}


def test_a_title_before_a_name_becomes_the_new_speakers_role(db):
    matched = match_speakers(["U.S. Border Patrol Chief Raul Ortiz"])
    ortiz = matched["U.S. Border Patrol Chief Raul Ortiz"]
    assert (ortiz.name, ortiz.role, ortiz.kind) == ("Raul Ortiz", "U.S. Border Patrol Chief", "person")


def test_a_titled_name_matches_the_existing_speaker(make_speaker):
    chavez = make_speaker("Gloria Chavez")
    matched = match_speakers(["Rio Grande Valley Sector Chief Patrol Agent Gloria Chavez"])
    assert matched["Rio Grande Valley Sector Chief Patrol Agent Gloria Chavez"] == chavez
    assert Speaker.objects.count() == 1


def test_one_person_named_three_ways_in_an_article_is_one_speaker(db):
    names = ["Gloria Chavez", "Chief Patrol Agent Gloria I. Chavez", "Chavez"]
    matched = match_speakers(names)
    assert {matched[n].pk for n in names} == {matched["Gloria Chavez"].pk}
    speaker = Speaker.objects.get()
    assert (speaker.name, speaker.role) == ("Gloria Chavez", "Chief Patrol Agent")


@pytest.mark.parametrize("name", ["Bureau of Labor Statistics", "Fox News", "BLS", "Congress", "police",
                                  "U.S. Customs and Border Protection", "Border Patrol"])
def test_organisations_are_made_as_organisations(db, name):
    assert match_speakers([name])[name].kind == Speaker.Kind.ORGANISATION


@pytest.mark.parametrize("name", ["Jason Owens", "Owens", "María Gómez"])
def test_people_are_made_as_people(db, name):
    assert match_speakers([name])[name].kind == Speaker.Kind.PERSON
