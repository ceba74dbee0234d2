"""CPU time per customer-360 request, in-process: no HTTP server, no load generator.

How the levers in bench/RESULTS.md were compared: the same operations through the
application (``signed.py``: the ASGI app with a service account's bearer token,
validated on every request as when served), one after the other, timed with the
process's own CPU clock, so that time other work takes from the cores does not
count. Needs a database a ``bench/api --keep-db`` run left behind:

    CIMS_DATABASE_URL=postgres://postgres@127.0.0.1:5432/cims_bench \\
    CIMS_DATA_DIR=<the data dir it printed> PYTHONPATH=<a backend tree> \\
    python bench/api/inprocess.py

Prints the best of three runs of 100 requests for each variant.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from queries import cims_variables, documents  # noqa: E402
from signed import SignedIn, signed_in  # noqa: E402

from cims import db  # noqa: E402
from cims.config import get_settings  # noqa: E402
from cims.models import Customer  # noqa: E402

RUNS, PER_RUN, WARM = 3, 100, 20


async def best_ms(caller: SignedIn, document: str, ids: list[int]) -> float:
    for pk in ids[:WARM]:
        await caller.graphql(document, cims_variables(pk))
    best = float("inf")
    for run in range(RUNS):
        chunk = ids[WARM + run * PER_RUN : WARM + (run + 1) * PER_RUN]
        started = time.process_time()
        for pk in chunk:
            await caller.graphql(document, cims_variables(pk))
        best = min(best, (time.process_time() - started) * 1000 / len(chunk))
    return best


async def main() -> None:
    settings = get_settings()
    await db.connect(settings)
    try:
        rows = await Customer.all().order_by("id").limit(WARM + RUNS * PER_RUN)
        ids = [row.id for row in rows]
        async with signed_in(settings) as caller:
            for variant, personal in (("pii", True), ("plain", False)):
                ms = await best_ms(caller, documents(personal)[0], ids)
                print(f"RESULT api.inprocess.{variant}.cpu {ms:.2f} ms/req", flush=True)
    finally:
        await db.disconnect()


if __name__ == "__main__":
    asyncio.run(main())
