"""Re-encryption of personal data under the active data key, after a rotation."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from cims.domain import crypto, kyc
from cims.models import Customer

BATCH = 500


def _stale(row: Customer, active: str) -> dict[str, str]:
    """Fields of ``row`` sealed under another key, re-sealed under the active one."""
    changes = {}
    for name in crypto.PERSONAL_FIELDS:
        sealed = getattr(row, name)
        if sealed and crypto.key_id_of(sealed) != active:
            clear = crypto.unseal(sealed, row.customer_no)
            changes[name] = crypto.seal(clear, row.customer_no)
    return changes


async def reseal_customers() -> int:
    """Re-seal every value not under the active key; returns the rows changed.

    Old keys stay in the key ring, so values not yet re-sealed open throughout.
    """
    active, changed, last_id = crypto.keyring().active, 0, 0
    while rows := await Customer.filter(id__gt=last_id).order_by("id").limit(BATCH):
        async with in_transaction() as conn:
            for row in rows:
                if changes := _stale(row, active):
                    await Customer.filter(id=row.id).using_db(conn).update(**changes)
                    changed += 1
        last_id = rows[-1].id
    return changed


async def reseal_all() -> dict[str, int]:
    """Every sealed value under the active key: customers' personal fields and KYC
    document numbers. Returns the rows changed per table."""
    return {
        "customers_resealed": await reseal_customers(),
        "kyc_documents_resealed": await kyc.reseal_documents(),
    }
