"""Where a customer-360 request spends its CPU: cProfile over signed-in requests.

The requests go through the application with a service account's bearer token
(``signed.py``), as served minus the HTTP server. Prints own time per package
(graphql-core, Strawberry, Tortoise, ...) and the functions with the most own
and cumulative time. Needs a database a ``bench/api --keep-db`` run left:

    CIMS_DATABASE_URL=postgres://postgres@127.0.0.1:5432/cims_bench \\
    CIMS_DATA_DIR=<its data dir> python bench/api/profile360.py [--plain] [-n 200]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from queries import cims_variables, documents  # noqa: E402
from signed import signed_in  # noqa: E402

from cims import db  # noqa: E402
from cims.config import get_settings  # noqa: E402
from cims.models import Customer  # noqa: E402

WARM = 20
PACKAGES = (
    "graphql", "strawberry", "tortoise", "pypika_tortoise", "asyncpg", "starlette",
    "httpx", "joserfc", "cryptography", "orjson", "cims", "asyncio",
)  # fmt: skip


def package_of(filename: str) -> str:
    parts = Path(filename).parts
    for name in PACKAGES:
        if name in parts:
            return name
    return "python" if filename.startswith("~") else "other"


def by_package(stats: pstats.Stats) -> dict[str, float]:
    own: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():
        own[package_of(filename)] += tottime
    return own


async def run(personal: bool, count: int) -> cProfile.Profile:
    settings = get_settings()
    await db.connect(settings)
    # CPU time, not wall time: waiting for the database or for the scheduler
    # (other work on the machine) is not the request's cost.
    profiler = cProfile.Profile(time.process_time)
    try:
        rows = await Customer.all().order_by("id").limit(WARM + count)
        ids = [row.id for row in rows]
        document = documents(personal)[0]
        async with signed_in(settings) as caller:
            for pk in ids[:WARM]:
                await caller.graphql(document, cims_variables(pk))
            profiler.enable()
            for pk in ids[WARM:]:
                await caller.graphql(document, cims_variables(pk))
            profiler.disable()
    finally:
        await db.disconnect()
    return profiler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plain", action="store_true", help="no personal fields")
    parser.add_argument("-n", type=int, default=200, help="requests profiled")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    profiler = asyncio.run(run(not args.plain, args.n))
    stats = pstats.Stats(profiler)
    total = sum(by_package(stats).values())
    print(f"{total * 1000 / args.n:.2f} ms profiled CPU per request (with overhead)")
    for name, seconds in sorted(by_package(stats).items(), key=lambda x: -x[1]):
        share = seconds / total * 100
        print(f"  {name:16} {seconds * 1000 / args.n:6.2f} ms  {share:4.1f} %")
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
