"""manage.py export_data: every entity as a JSON Lines file with a manifest, streamed."""
import hashlib
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.dataset.format import ENTITIES, FORMAT, FORMAT_VERSION
from claims.models import Claim
from claims.tests.dataset_helpers import counts, fill, manifest

pytestmark = pytest.mark.django_db


def test_it_writes_a_file_per_entity_and_a_manifest_with_counts_and_checksums(
        tmp_path, load_demo, editor, reviewer, capsys):
    fill(load_demo, editor, reviewer)
    call_command("export_data", str(tmp_path / "out"), verbosity=1)

    data = manifest(tmp_path / "out")
    assert (data["format"], data["format_version"]) == (FORMAT, FORMAT_VERSION)
    assert [f["entity"] for f in data["files"]] == ["users", *(e.name for e in ENTITIES)]
    expected = counts()
    for entry in data["files"]:
        content = (tmp_path / "out" / entry["file"]).read_bytes()
        assert hashlib.sha256(content).hexdigest() == entry["sha256"]
        assert content.count(b"\n") == entry["count"]
        if entry["entity"] != "users":
            assert entry["count"] == expected[entry["entity"]] > 0, entry["entity"]
    assert "claims" in capsys.readouterr().err  # the progress bars


def test_a_claim_line_holds_every_field_exactly_references_by_id_and_users_by_name(
        tmp_path, load_demo, editor, reviewer):
    fill(load_demo, editor, reviewer)
    call_command("export_data", str(tmp_path), verbosity=0)

    duplicate = Claim.objects.exclude(duplicate_of=None).get()
    lines = [json.loads(line) for line in (tmp_path / "claims.jsonl").read_text().splitlines()]
    row = next(r for r in lines if r["id"] == duplicate.pk)
    assert row["value"] == "2.000000" and row["lower_bound"] == "1.500000"
    assert row["source"] == duplicate.source_id and row["duplicate_of"] == duplicate.duplicate_of_id
    assert row["created_by"] == "rita-reviewer" and row["version"] == duplicate.version
    assert row["created_at"] == duplicate.created_at.isoformat()
    users = (tmp_path / "users.jsonl").read_text().splitlines()
    assert sorted(json.loads(u)["username"] for u in users) == ["eddie-editor", "rita-reviewer"]
    everything = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"pbkdf2" not in everything and b"password" not in everything
    source = json.loads((tmp_path / "sources.jsonl").read_text().splitlines()[0])
    assert source["text"] and source["content_hash"]
    finding = next(json.loads(line) for line in (tmp_path / "findings.jsonl").read_text().splitlines()
                   if json.loads(line)["figures"])
    assert all(isinstance(pk, int) for pk in finding["figures"])


def test_the_number_of_queries_does_not_grow_with_claims(tmp_path, make_claim):
    def queries(path) -> int:
        with CaptureQueriesContext(connection) as captured:
            call_command("export_data", str(path), verbosity=0)
        return len(captured)

    make_claim()
    few = queries(tmp_path / "few")
    for _ in range(30):
        make_claim()
    assert queries(tmp_path / "many") == few


def test_it_refuses_to_write_over_an_export_unless_told_to(tmp_path, make_claim):
    make_claim()
    call_command("export_data", str(tmp_path), verbosity=0)
    with pytest.raises(CommandError, match="already holds an export"):
        call_command("export_data", str(tmp_path), verbosity=0)
    call_command("export_data", str(tmp_path), overwrite=True, verbosity=0)
    assert manifest(tmp_path)["files"][1]["count"] == 1
