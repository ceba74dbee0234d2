"""Time the service area's graph operations on a seeded demo bank.

    PYTHONPATH=backend python bench/bench_service.py [--customers N] [--runs N]

Seeds ``--customers`` rows per data set and every demo complaint into a SQLite file
in a temporary folder, then runs each operation ``--runs`` times through the real
schema as a service agent and prints the median and worst wall time.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from tortoise import connections

from cims import db
from cims.api.context import Context
from cims.api.ids import to_global_id
from cims.api.limits import current_actor
from cims.api.schema import schema
from cims.auth.policy import permissions_for
from cims.config import Settings
from cims.demo.complaints import seed_complaints
from cims.demo.seed import seed_demo
from cims.domain.actor import Actor
from cims.models import Complaint

QUEUE = """query($q: ComplaintQueue!, $n: Int) { complaints(queue: $q, first: $n) {
  totalCount edges { node { id status breached atRisk category { issue }
  customer { customerNo } history { kind } } } } }"""
TIMELINE = """query($id: ID!) { customer(id: $id) { timeline(first: 50) {
  totalCount edges { node { kind at } } } } }"""
STATS = """query { serviceStatistics(from: "2000-01-01T00:00:00+00:00") { received
  breachRate openByAge { key count } } surveyResults(kind: NPS, groupBy: MONTH) {
  key nps } }"""


async def run(query: str, actor: Actor, variables: dict) -> None:
    current_actor.set(actor)
    result = await schema.execute(
        query, variable_values=variables, context_value=Context(actor, "bench")
    )
    if result.errors:
        raise SystemExit(result.errors)


async def timed(name: str, query: str, actor: Actor, runs: int, **variables) -> None:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        await run(query, actor, variables)
        times.append((time.perf_counter() - started) * 1000)
    print(
        f"  {name:<28} median {statistics.median(times):7.1f} ms"
        f"   worst {max(times):7.1f} ms"
    )


async def main(customers: int, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="cims-service-bench-") as folder:
        settings = Settings(env="development", data_dir=Path(folder))
        url = f"sqlite://{folder}/bench.sqlite3"
        await db.migrate(settings, url)
        await db.connect(settings, url)
        try:
            await seed_demo(20261204, limit=customers)
            counts = await seed_complaints(20261204)
            print(f"  seeded: {counts}")
            granted = permissions_for(["service_agent"])
            agent = Actor(subject="bench", permissions=granted)
            customer_id = (await Complaint.first()).customer_id
            for queue in ("UNASSIGNED", "AT_RISK", "BREACHED"):
                for size in (20, 100):
                    await timed(
                        f"{queue} first {size}", QUEUE, agent, runs, q=queue, n=size
                    )
            await timed(
                "timeline first 50",
                TIMELINE,
                agent,
                runs,
                id=to_global_id("Customer", customer_id),
            )
            await timed("dashboard statistics", STATS, agent, runs)
        finally:
            await connections.close_all()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=300)
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args()
    asyncio.run(main(options.customers, options.runs))
