"""The extractor compiled with mypyc (claims/extraction/native.py) is the one that runs, and it reads every
labelled article exactly as the plain-Python modules do: the same claims, field for field."""
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

from claims.extraction import native

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT / "data" / "corpus" / name for name in ("dev", "test", "unread")]

# Run in a child process, where the package is imported afresh: every labelled article's claims as JSON lines.
_READ_ALL = """
import json, sys
from datetime import date
from pathlib import Path
from claims.extraction import extract_claims, native
print(json.dumps({"compiled": native.compiled()}))
for corpus in sys.argv[1:]:
    for gold_path in sorted(Path(corpus).glob("*.gold.json")):
        gold = json.loads(gold_path.read_text())
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        text = (Path(corpus) / gold["article"]).read_text()
        claims = [c.to_json() | {"guessed": sorted(c.guessed)} for c in extract_claims(text, published=published)]
        print(json.dumps({"article": gold_path.name, "claims": claims}, default=str))
"""


def read_all(pure: bool) -> list[dict]:
    env = dict(os.environ, EXTRACTION_PURE_PYTHON="1" if pure else "0")
    out = subprocess.run([sys.executable, "-c", _READ_ALL, *map(str, CORPORA)], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def test_make_install_compiled_the_extractor_and_it_is_the_one_running():
    assert native.fresh(), "claims/extraction/_native/ is missing or stale: run make install"
    assert native.compiled() == native.wanted()


def test_compiled_and_plain_python_read_every_labelled_article_alike():
    compiled, pure = read_all(pure=False), read_all(pure=True)
    assert compiled[0] == {"compiled": True} and pure[0] == {"compiled": False}
    assert len(compiled) > 700  # dev, test and the unread rounds
    differ = [c["article"] for c, p in zip(compiled[1:], pure[1:], strict=True) if c != p]
    assert differ == []
    assert sum(len(c["claims"]) for c in compiled[1:]) > 9000


def test_a_stale_build_is_not_used_and_says_so(tmp_path, monkeypatch):
    stamp = tmp_path / "STAMP"
    stamp.write_text("built from other sources\n")
    monkeypatch.setattr(native, "STAMP", stamp)
    assert not native.fresh()
    path = ["claims/extraction"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert native.use(path) is False
    assert path == ["claims/extraction"]
    assert "compiled from other sources" in str(caught[0].message)


def test_the_fingerprint_follows_every_compiled_source(tmp_path, monkeypatch):
    for name in native.MODULES:
        (tmp_path / f"{name}.py").write_bytes((native.HERE / f"{name}.py").read_bytes())
    monkeypatch.setattr(native, "HERE", tmp_path)
    before = native.fingerprint()
    (tmp_path / "periods.py").write_text((tmp_path / "periods.py").read_text() + "\n# edited\n")
    assert native.fingerprint() != before


def test_pure_python_on_request():
    out = subprocess.run([sys.executable, "-c", "from claims.extraction import native; print(native.compiled())"],
                         cwd=ROOT, env=dict(os.environ, EXTRACTION_PURE_PYTHON="1"), capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "False"


_FAILING_BUILD = """
import sys
from pathlib import Path
import claims.extraction.native as n
n.NATIVE = Path(sys.argv[1]) / "_native"
n.STAMP = n.NATIVE / "STAMP"
n.main([])
print(n.NATIVE.exists())
"""


def test_a_build_without_a_c_compiler_leaves_the_plain_python_extractor(tmp_path):
    # a real build, pointed at a C compiler that is not there: it fails, leaves nothing half-built, and says so
    env = dict(os.environ, CC=str(tmp_path / "no-such-cc"), EXTRACTION_PURE_PYTHON="1")
    done = subprocess.run([sys.executable, "-c", _FAILING_BUILD, str(tmp_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "False"
    assert "not compiled" in done.stderr and "runs as plain Python" in done.stderr
