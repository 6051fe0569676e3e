"""ETags of every resource come from the row's version (issue 12, item 8): each write moves
them on by one, If-Match holds a write to the version it names, and a dump and load of
the rows (dumpdata/loaddata: timestamps lose precision on the way) leaves them as they were."""
import pytest
from django.core import serializers

from claims.models import Evidence


@pytest.fixture
def rows(make_claim, make_source, make_speaker, make_statistic):
    speaker, statistic = make_speaker("Ann Lee"), make_statistic("Jobs")
    claim = make_claim(speaker=speaker, statistic=statistic)
    evidence = Evidence.objects.create(claim=claim, source=make_source(), stance="context")
    return {"claims": claim, "sources": claim.source, "speakers": speaker, "statistics": statistic,
            "evidence": evidence}


CHANGES = {"claims": {"place": "Ohio"}, "sources": {"title": "Renamed"}, "speakers": {"role": "Mayor"},
           "statistics": {"place": "Ohio"}, "evidence": {"note": "See page 2."}}


@pytest.mark.parametrize("resource", list(CHANGES))
def test_each_write_moves_the_etag_on_by_one_version(rows, editor_api, resource):
    row = rows[resource]
    url = f"/api/v1/{resource}/{row.pk}/"
    first = editor_api.get(url)["ETag"]
    assert first == f'"{row._meta.model_name}-{row.pk}-v1"'
    changed = editor_api.patch(url, CHANGES[resource], format="json", HTTP_IF_MATCH=first)
    assert changed.status_code == 200, changed.content
    assert changed["ETag"] == f'"{row._meta.model_name}-{row.pk}-v2"' == editor_api.get(url)["ETag"]
    stale = editor_api.patch(url, CHANGES[resource], format="json", HTTP_IF_MATCH=first)
    assert stale.status_code == 412


def test_a_dump_and_load_keeps_every_etag(rows, editor_api):
    before = {name: editor_api.get(f"/api/v1/{name}/{row.pk}/")["ETag"] for name, row in rows.items()}
    dumped = serializers.serialize("json", list(rows.values()))
    for row in rows.values():
        type(row).objects.filter(pk=row.pk).update(version=99)  # a restore writes every row anew
    for obj in serializers.deserialize("json", dumped):
        obj.save()  # as loaddata does: a raw save keeps the version it reads
    after = {name: editor_api.get(f"/api/v1/{name}/{row.pk}/")["ETag"] for name, row in rows.items()}
    assert after == before
