"""`make bench`: run every benchmark module in bench/ (bench_*.py), or the ones named.

    python -m bench                      # all of them
    python -m bench extraction api       # only bench_extraction.py and bench_api.py
    python -m bench api -- --claims 10000

Each module has main(argv) -> int and prints its figures as ratios against a baseline
measured in the same run, so that the numbers mean the same on any machine.
"""
import importlib
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    names, rest = (argv[: argv.index("--")], argv[argv.index("--") + 1:]) if "--" in argv else (argv, [])
    modules = pkgutil.iter_modules([str(Path(__file__).parent)])
    found = sorted(m.name[len("bench_"):] for m in modules if m.name.startswith("bench_"))
    unknown = [n for n in names if n not in found]
    if unknown:
        print(f"no benchmark named {', '.join(unknown)}; there are: {', '.join(found)}", file=sys.stderr)
        return 2
    status = 0
    for name in names or found:
        print(f"=== bench {name} ===", flush=True)
        status |= importlib.import_module(f"bench.bench_{name}").main(rest)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
