"""Money is Decimal, exact, and sorts as a number on both engines."""

from __future__ import annotations

from decimal import Decimal

from cims.models import Account
from tests.factories import accounts_with_history, branch, customer_from_german


async def test_balances_sort_numerically_and_read_back_exact(database):
    row = await customer_from_german(0, await branch())
    accounts = await accounts_with_history(row, transactions=1)
    accounts += await accounts_with_history(
        await customer_from_german(1, await branch("SH01")), transactions=1
    )
    amounts = [
        Decimal("9.99"),
        Decimal("100.00"),
        Decimal("10.50"),
        Decimal("1234567890123.45"),
    ]
    for account, amount in zip(accounts, amounts, strict=True):
        await Account.filter(id=account.id).update(balance=amount)

    ordered = [a.balance for a in await Account.all().order_by("balance")]

    assert ordered == sorted(amounts)
    assert all(isinstance(value, Decimal) for value in ordered)
