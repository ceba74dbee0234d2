"""Run every benchmark and print one table of their figures.

    .venv/bin/python bench/run.py [--only NAME ...] [--list] [-- API options]

Runs each ``bench/bench_*.py`` script it finds, then the API benchmark
(``bench/api``), one after the other (the machine is small; they would disturb
each other's figures). Each prints its own output, shown as it comes; lines of
the form ``RESULT <name> <value> <unit>`` are collected into the table printed at
the end. Options after ``--`` go to the API benchmark (``bench/api --help``).
Exits non-zero when a benchmark failed; the others still run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
API = "api"


@dataclass
class Outcome:
    name: str
    returncode: int
    seconds: float
    results: list[tuple[str, str, str]] = field(default_factory=list)


def discover() -> dict[str, list[str]]:
    """Benchmark name -> command; ``bench_seed.py`` is called ``seed``."""
    found = {
        path.stem.removeprefix("bench_"): [sys.executable, str(path)]
        for path in sorted(BENCH.glob("bench_*.py"))
    }
    found[API] = [sys.executable, str(BENCH / "api")]
    return found


def parse_result(line: str) -> tuple[str, str, str] | None:
    """``RESULT name value unit...`` -> (name, value, unit); None for other lines."""
    parts = line.split()
    if len(parts) < 3 or parts[0] != "RESULT":
        return None
    return parts[1], parts[2], " ".join(parts[3:])


def env() -> dict:
    # The scripts import cims; make it importable without an installed package.
    backend = str(ROOT / "backend")
    path = os.environ.get("PYTHONPATH", "")
    return {
        **os.environ,
        "PYTHONPATH": f"{backend}{os.pathsep}{path}" if path else backend,
        "PYTHONUNBUFFERED": "1",
    }


def run_one(name: str, command: list[str]) -> Outcome:
    print(f"\n### {name}: {' '.join(command[1:])}", flush=True)
    started = time.monotonic()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        bufsize=1,
    )
    outcome = Outcome(name, 0, 0.0)
    for line in process.stdout:
        print(line, end="", flush=True)
        if (parsed := parse_result(line)) is not None:
            outcome.results.append(parsed)
    outcome.returncode = process.wait()
    outcome.seconds = time.monotonic() - started
    return outcome


def table(outcomes: list[Outcome]) -> str:
    rows = [("benchmark", "figure", "value", "unit")]
    for outcome in outcomes:
        status = (
            "ok" if outcome.returncode == 0 else f"FAILED (exit {outcome.returncode})"
        )
        rows.append((outcome.name, f"[{status}, {outcome.seconds:.0f} s]", "", ""))
        rows += [
            (outcome.name, name, value, unit) for name, value, unit in outcome.results
        ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [
        "  ".join(
            cell.ljust(w) if i != 2 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]
    return "\n".join([lines[0], "-" * len(lines[0]), *lines[1:]])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    extra: list[str] = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1 :]
        argv = argv[: argv.index("--")]
    parser = argparse.ArgumentParser(
        prog="bench/run.py", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these")
    parser.add_argument("--list", action="store_true", help="list the benchmarks found")
    args = parser.parse_args(argv)
    found = discover()
    if args.list:
        print("\n".join(found))
        return 0
    unknown = set(args.only or ()) - set(found)
    if unknown:
        parser.error(
            f"no such benchmark: {', '.join(sorted(unknown))}; found {', '.join(found)}"
        )
    chosen = [n for n in found if not args.only or n in args.only]
    outcomes = [run_one(n, found[n] + (extra if n == API else [])) for n in chosen]
    print("\n=== make bench: every figure ===\n" + table(outcomes), flush=True)
    return 0 if all(o.returncode == 0 for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
