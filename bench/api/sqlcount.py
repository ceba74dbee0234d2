"""SQL statements per request, counted in-process through Tortoise's query logger.

``pg_stat_statements`` is not loaded on this server (``shared_preload_libraries`` is
empty) and the benchmark may not change the server's configuration, so the count
comes from the ``tortoise.db_client`` logger, which logs every statement the ORM
sends, raw ones included. The operations run through the application with a
service account's bearer token (``signed.py``), as the HTTP benchmark sends them;
no HTTP server is involved.

    CIMS_DATABASE_URL=... CIMS_DATA_DIR=... python bench/api/sqlcount.py

Prints one JSON line: statements per request for each page size, and for the
single-customer 360 view, each run five times (DataLoader batches can depend on
which query answers first, and then so does the count).
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from queries import documents  # noqa: E402
from signed import SignedIn, signed_in  # noqa: E402

from cims import db  # noqa: E402
from cims.config import get_settings  # noqa: E402

PAGE = """
query Page($first: Int!) {
  customers(first: $first) {
    totalCount
    edges { node {
      id customerNo fullName status mobilePhone
      branch { code name }
      balanceSummary { currency balance { amount } accounts }
      accounts(first: 10) {
        totalCount
        edges { node { number balance { amount currency } product { code name } } }
      }
      transactions(first: 20) {
        totalCount
        edges { node { bookedAt amount { amount currency } account { number } } }
      }
    } }
  }
}
"""
PAGE_SIZES = (10, 50, 100)
REPEAT = 5


class Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        # Statements are logged as "<sql>: <values>"; pool events are not counted.
        if record.msg == "%s: %s" or record.funcName == "execute_script":
            self.count += 1


async def statements(
    caller: SignedIn, counter: Counter, query: str, variables: dict
) -> int:
    counter.count = 0
    await caller.graphql(query, variables)
    return counter.count


async def repeated(
    caller: SignedIn, counter: Counter, query: str, variables: dict
) -> list[int]:
    """The count of each of REPEAT runs: they differ if batching depends on timing."""
    return [await statements(caller, counter, query, variables) for _ in range(REPEAT)]


async def measure() -> dict:
    counter = Counter()
    logger = logging.getLogger("tortoise.db_client")
    logger.addHandler(counter)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    settings = get_settings()
    await db.connect(settings)
    try:
        async with signed_in(settings) as caller:
            await statements(caller, counter, PAGE, {"first": 10})  # pool warm-up
            pages = {
                n: await repeated(caller, counter, PAGE, {"first": n})
                for n in PAGE_SIZES
            }
            first = {"id": await _first_customer()}
            view = await repeated(caller, counter, documents(True)[0], first)
            plain = await repeated(caller, counter, documents(False)[0], first)
    finally:
        await db.disconnect()
    return {"pages": pages, "view": view, "view_without_personal": plain}


async def _first_customer() -> str:
    from cims.api.ids import to_global_id
    from cims.models import Customer

    row = await Customer.all().order_by("id").first()
    return to_global_id("Customer", row.id)


if __name__ == "__main__":
    print("SQLJSON " + json.dumps(asyncio.run(measure())))
