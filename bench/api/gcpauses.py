"""Garbage-collector pauses during customer-360 requests, in-process.

Runs signed-in customer-360 requests (``signed.py``) one after the other and
records, through ``gc.callbacks``, the CPU time each collection took and of which
generation, and each request's wall time. Prints the pauses per generation and
the requests' p50/p99/max, so the tail can be put down to the collector or not.
``--freeze`` does what the served app does after start-up
(``cims.app.freeze_startup_heap``); without it the heap stays as imported.
Needs a database a ``bench/api --keep-db`` run left (see inprocess.py).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from queries import cims_variables, documents  # noqa: E402
from signed import signed_in  # noqa: E402

from cims import db  # noqa: E402
from cims.app import freeze_startup_heap  # noqa: E402
from cims.config import get_settings  # noqa: E402
from cims.models import Customer  # noqa: E402

pauses: dict[int, list[float]] = defaultdict(list)
_started: list[float] = []


def _timer(phase: str, info: dict) -> None:
    if phase == "start":
        _started.append(time.process_time())
    elif _started:
        pauses[info["generation"]].append((time.process_time() - _started.pop()) * 1000)


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def run(count: int, freeze: bool, personal: bool) -> list[float]:
    settings = get_settings()
    await db.connect(settings)
    try:
        rows = await Customer.all().order_by("id").limit(count)
        ids = [row.id for row in rows]
        document = documents(personal)[0]
        async with signed_in(settings) as caller:
            for pk in ids[:20]:
                await caller.graphql(document, cims_variables(pk))
            if freeze:
                freeze_startup_heap()
            print(
                f"tracked objects: {len(gc.get_objects()):,}, "
                f"frozen: {gc.get_freeze_count():,}",
                flush=True,
            )
            gc.callbacks.append(_timer)
            took = []
            for pk in ids:
                started = time.perf_counter()
                await caller.graphql(document, cims_variables(pk))
                took.append((time.perf_counter() - started) * 1000)
            gc.callbacks.remove(_timer)
            print(f"tracked objects after: {len(gc.get_objects()):,}", flush=True)
            return took
    finally:
        await db.disconnect()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=500, help="requests")
    parser.add_argument("--freeze", action="store_true", help="freeze as served")
    parser.add_argument("--plain", action="store_true", help="no personal fields")
    args = parser.parse_args()
    took = asyncio.run(run(args.n, args.freeze, not args.plain))
    print(
        f"requests: {len(took)}, wall ms p50 {statistics.median(took):.1f} "
        f"p99 {_quantile(took, 0.99):.1f} max {max(took):.1f}"
    )
    for generation in sorted(pauses):
        values = pauses[generation]
        print(
            f"  gen {generation}: {len(values)} collections, total "
            f"{sum(values):.0f} ms CPU, mean {statistics.mean(values):.2f} ms, "
            f"max {max(values):.1f} ms"
        )
        print(f"RESULT api.gc.gen{generation}.max {max(values):.2f} ms")
    print(f"RESULT api.gc.p99 {_quantile(took, 0.99):.2f} ms")


if __name__ == "__main__":
    main()
