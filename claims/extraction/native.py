"""The extractor compiled to C with mypyc: the same modules, typed as they are, run several times faster.

`make install` runs native.main(), which compiles the modules of the extraction path
(MODULES) into claims/extraction/_native/ and stamps them with a fingerprint of their sources. On import,
claims.extraction puts _native/ first on its own path only when that stamp matches the sources as they are
now, so an edited module runs as written (a warning says the compiled copy is stale) until the next
`make install`; EXTRACTION_PURE_PYTHON=1 asks for the pure-Python modules whatever is built.

Why compiled: the extractor reads each figure with some 540 Python calls and 45 regex matches, and no single
function dominates its profile (none over 5%): the interpreter's own work (calls, attribute reads, boxing) was
most of its time. Compiled, the same rules ran 1.5 times as fast on the bench (279 to 426 articles a second
for 2-3 KB articles, 2026-11-29), and what is left is mostly the regex engine's and str's C code (perf: the
compiled functions themselves under 10%). The modules must type-check (mypy) to compile, and mypyc checks
the declared types at run time, so a wrong annotation fails loudly (a TypeError) rather than reading
differently; claims/tests/test_extraction_native.py reads every labelled article both ways and compares.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NATIVE = HERE / "_native"
STAMP = NATIVE / "STAMP"
GROUP = "claims_extraction"  # the shared library's module name: claims_extraction__mypyc
MODULES = ("segments", "names", "places", "numbers", "periods", "period_scope", "attribution", "extractor")
# union-attr: mypy cannot follow that an Optional was tested before it is read ("if m and m.group()"); at
# run time such a read of None fails as it would in Python
MYPY_FLAGS = ["--ignore-missing-imports", "--follow-imports=silent", "--disable-error-code=union-attr"]


def fingerprint() -> str:
    """What the compiled modules were built from: the interpreter and every compiled module's source."""
    digest = hashlib.sha256(sys.version.encode())
    for name in MODULES:
        digest.update((HERE / f"{name}.py").read_bytes())
    return digest.hexdigest()


def fresh() -> bool:
    """Whether _native/ holds modules compiled from the sources as they are now."""
    try:
        return STAMP.read_text().strip() == fingerprint()
    except OSError:
        return False


def wanted() -> bool:
    return os.environ.get("EXTRACTION_PURE_PYTHON", "") in ("", "0")


def build(force: bool = False) -> bool:
    """Compile MODULES into _native/ unless they are already fresh; True when it compiled."""
    if fresh() and not force:
        return False
    stamp = fingerprint()  # (of the sources as compiled, should one change during the build)
    from mypyc.build import mypycify  # (build-time only: never imported by the app)
    from setuptools import setup

    root = HERE.parent.parent  # mypyc names a module by its path from the working directory
    with tempfile.TemporaryDirectory() as tmp:
        cwd = os.getcwd()
        os.chdir(root)
        try:
            paths = [str(Path("claims", "extraction", f"{name}.py")) for name in MODULES]
            setup(name="claims-extraction-native", packages=[],
                  ext_modules=mypycify(paths + MYPY_FLAGS, opt_level="3", group_name=GROUP,
                                       target_dir=str(Path(tmp, "c"))),
                  script_args=["--quiet", "build_ext", "--build-lib", str(Path(tmp, "lib")),
                               "--build-temp", str(Path(tmp, "temp"))])
        finally:
            os.chdir(cwd)
        shutil.rmtree(NATIVE, ignore_errors=True)
        NATIVE.mkdir()
        for built in Path(tmp, "lib").rglob("*.so"):
            shutil.copy2(built, NATIVE / built.name)
    STAMP.write_text(stamp + "\n")
    return True


def use(package_path: list[str]) -> bool:
    """Put the compiled modules first on the package's path when they are fresh and wanted."""
    if not wanted() or not NATIVE.is_dir():
        return False
    if not fresh():
        import warnings

        warnings.warn("claims/extraction/_native/ was compiled from other sources: running the pure-Python "
                      "extractor (make install compiles it again)", stacklevel=3)
        return False
    import importlib.util

    shared = next(NATIVE.glob(f"{GROUP}__mypyc.*"), None)
    if shared is None:
        return False
    spec = importlib.util.spec_from_file_location(f"{GROUP}__mypyc", shared)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    package_path.insert(0, str(NATIVE))
    return True


def compiled() -> bool:
    """Whether the extractor now running is the compiled one."""
    from claims.extraction import extractor

    return Path(extractor.__file__).parent == NATIVE


def main(argv: list[str]) -> None:
    """make install: python -c 'import sys, claims.extraction.native as n; n.main(sys.argv[1:])' [--force]

    A build that fails (no C compiler, a type error mypyc rejects) leaves no compiled modules and says so: the
    app runs the plain-Python extractor, the same claims more slowly, and test_extraction_native fails until the
    build is mended."""
    try:
        built = build(force="--force" in argv)
    except (Exception, SystemExit) as error:  # (setuptools ends a failed compile with SystemExit)
        shutil.rmtree(NATIVE, ignore_errors=True)
        print(f"claims/extraction/_native/: not compiled ({error}); the extractor runs as plain Python",
              file=sys.stderr)
        return
    STAMP.touch()  # (newer than the sources for make, built now or not)
    print("claims/extraction/_native/: " + ("compiled" if built else "up to date"))
