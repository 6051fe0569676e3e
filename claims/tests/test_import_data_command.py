"""manage.py import_data: an export back whole into an empty database (PostgreSQL or SQLite,
and back), merged into one that holds data, and refused whole when it is bad."""
import os
import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from claims.dataset.format import ENTITIES
from claims.models import Claim, Speaker
from claims.tests.dataset_helpers import (
    claim_checksums,
    counts,
    empty_database,
    file_checksums,
    fill,
    rewrite_line,
)
from sources.models import Source


def _manage(*args, database_url: str) -> str:
    env = {**os.environ, "DATABASE_URL": database_url}
    done = subprocess.run([sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.django_db(transaction=True)
def test_an_export_goes_into_an_empty_sqlite_database_and_back_identical(tmp_path, load_demo, editor, reviewer):
    fill(load_demo, editor, reviewer)
    before_counts, before_claims = counts(), claim_checksums()
    etags = dict(Claim.objects.values_list("pk", "version"))
    call_command("export_data", str(tmp_path / "one"), verbosity=0)

    # Into a new SQLite database in another process, and out of it again: the same files, byte for byte.
    sqlite = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    _manage("migrate", "-v0", database_url=sqlite)
    _manage("import_data", str(tmp_path / "one"), "-v0", database_url=sqlite)
    _manage("export_data", str(tmp_path / "two"), "-v0", database_url=sqlite)
    assert file_checksums(tmp_path / "two") == file_checksums(tmp_path / "one")

    # And back into this (emptied) database: the same counts, claims, versions.
    call_command("flush", interactive=False, verbosity=0)
    call_command("import_data", str(tmp_path / "two"), verbosity=0)
    assert counts() == before_counts and claim_checksums() == before_claims
    assert dict(Claim.objects.values_list("pk", "version")) == etags
    # New rows get new ids past the imported ones.
    source = Source.objects.create(url="https://example.org/after-import")
    assert source.pk > max(Source.objects.exclude(pk=source.pk).values_list("pk", flat=True))


@pytest.fixture
def exported(tmp_path, load_demo, editor, reviewer):
    fill(load_demo, editor, reviewer)
    path = tmp_path / "export"
    call_command("export_data", str(path), verbosity=0)
    return path


@pytest.mark.django_db
def test_the_public_pages_show_the_same_after_an_import(client, exported):
    def page(claim) -> bytes:  # without its CSP nonce, new on every response
        return re.sub(rb'nonce="[^"]*"', b"", client.get(claim.get_absolute_url()).content)

    claim = Claim.objects.published().order_by("pk").first()
    before = page(claim)
    empty_database()
    call_command("import_data", str(exported), verbosity=0)
    assert page(claim) == before and b"A clearer explanation." in before


@pytest.mark.django_db
def test_a_database_holding_data_is_refused_without_merge(exported):
    before = counts()
    with pytest.raises(CommandError, match=r"not empty \(it holds sources\).*--merge"):
        call_command("import_data", str(exported), verbosity=0)
    assert counts() == before


@pytest.mark.django_db
def test_merge_adds_what_is_missing_keeps_what_is_there_and_a_second_run_changes_nothing(exported, reviewer):
    full = counts()
    gone = Claim.objects.exclude(duplicate_of=None).get()
    gone_quote, gone_original = gone.quote, gone.duplicate_of.quote
    gone.delete()
    Speaker.objects.filter(slug=Speaker.objects.order_by("pk").last().slug).update(name="Renamed here")
    local = Source.objects.create(url="https://example.org/local-only")

    call_command("import_data", str(exported), merge=True, verbosity=0)

    after = counts()
    assert after["claims"] == full["claims"] and after["sources"] == full["sources"] + 1
    back = Claim.objects.get(quote=gone_quote)
    assert back.duplicate_of.quote == gone_original  # its reference mapped to the claim here
    assert Speaker.objects.filter(name="Renamed here").exists() and Source.objects.filter(pk=local.pk).exists()
    state = (counts(), claim_checksums())
    call_command("import_data", str(exported), merge=True, verbosity=0)
    assert (counts(), claim_checksums()) == state


@pytest.mark.django_db
def test_a_truncated_export_is_refused_naming_the_file_and_line_and_nothing_is_imported(exported):
    empty_database()
    claims = exported / "claims.jsonl"
    content = claims.read_bytes()
    claims.write_bytes(content[: content.rindex(b"\n", 0, -1) + 40])  # the last line cut after 40 bytes
    lines = content.count(b"\n")
    with pytest.raises(CommandError, match=rf"claims.jsonl line {lines}: cut short"):
        call_command("import_data", str(exported), verbosity=0)
    claims.write_bytes(content[: content.rindex(b"\n", 0, -1) + 1])  # the last line gone whole
    with pytest.raises(CommandError, match=rf"claims.jsonl line {lines}: missing.*counts {lines} lines"):
        call_command("import_data", str(exported), verbosity=0)
    assert not any(e.model._base_manager.exists() for e in ENTITIES)


@pytest.mark.django_db
def test_a_changed_file_is_refused_by_its_checksum(exported):
    empty_database()
    rewrite_line(exported, "claims.jsonl", 1, lambda row: row.update(quote="Changed."), fix_checksum=False)
    with pytest.raises(CommandError, match="claims.jsonl: its sha256 does not match the manifest"):
        call_command("import_data", str(exported), verbosity=0)


@pytest.mark.django_db
@pytest.mark.parametrize("change, message", [
    (lambda row: row.update(value="lots"), r"claims.jsonl line 2: value: .*decimal number"),
    (lambda row: row.update(source=99999), r"claims.jsonl line 2: source: 99999 is not an id in sources.jsonl"),
    (lambda row: row.update(created_by="nobody"), r"claims.jsonl line 2: created_by: user 'nobody' is not in"),
    (lambda row: row.pop("unit"), r"claims.jsonl line 2: fields missing \['unit'\]"),
    (lambda row: row.update(lower_bound="999999999999"), r"claims.jsonl line 2: refused by the database"),
])
def test_a_bad_line_is_refused_by_number_and_nothing_is_imported(exported, change, message):
    empty_database()
    rewrite_line(exported, "claims.jsonl", 2, change, fix_checksum=True)
    with pytest.raises(CommandError, match=message):
        call_command("import_data", str(exported), verbosity=0)
    assert not any(e.model._base_manager.exists() for e in ENTITIES)


@pytest.mark.django_db
def test_a_directory_without_a_manifest_is_refused(tmp_path):
    with pytest.raises(CommandError, match="holds no manifest.json"):
        call_command("import_data", str(tmp_path), verbosity=0)
