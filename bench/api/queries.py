"""The customer-360 query for CIMS and its equivalent for PostGraphile, and a
field-by-field comparison of their answers after normalising names and formats.

Both ask for the same rows and columns: the customer, its branch, its accounts
(newest opened first, each with its product), its 20 newest transactions (each
with its account's number) and the counts of both. CIMS also computes
``balanceSummary``; PostGraphile has no such field, so the comparison recomputes it
from the peer's accounts. The four personal fields are sealed at rest: CIMS opens
them, the peer returns the ciphertext, which the comparison opens with the
benchmark's own key ring before comparing.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from decimal import Decimal

PERSONAL = ("idNumber", "mobilePhone", "email", "address")
PLAIN = [
    "customerNo", "kind", "fullName", "familyName", "givenName", "nameLatin", "gender",
    "birthDate", "nationality", "idType", "occupation", "employer", "education",
    "maritalStatus", "status", "kycStatus", "tags", "customAttributes",
    "relationshipManager", "source", "createdAt", "updatedAt", "version", "archivedAt",
]  # fmt: skip
ENUMS = {
    "kind",
    "gender",
    "idType",
    "maritalStatus",
    "status",
    "kycStatus",
    "source",
    "category",
    "direction",
    "channel",
}
MONEY = ("annualIncome", "assets", "liabilities")

CIMS_360 = """
query Customer360($id: ID!) {
  customer(id: $id) {
    id %(plain)s %(personal)s
    annualIncome { amount currency } assets { amount currency }
    liabilities { amount currency }
    branch { id code name nameEn city }
    balanceSummary { currency balance { amount currency } accounts }
    accounts(first: 10) {
      totalCount
      edges { node {
        id number currency balance { amount currency } creditLimit { amount currency }
        openedOn closedOn status
        product { id code name nameEn category currency }
      } }
    }
    transactions(first: 20) {
      totalCount
      pageInfo { hasNextPage }
      edges { node {
        id bookedAt amount { amount currency } direction channel category
        counterparty description account { id number }
      } }
    }
  }
}
"""

PEER_360 = """
query Customer360($id: Int!) {
  customer: customerById(id: $id) {
    id %(plain)s %(personal)s currency annualIncome assets liabilities
    branch: branchByBranchId { id code name nameEn city }
    accounts: accountsByCustomerId(first: 10, orderBy: [OPENED_ON_DESC, ID_DESC]) {
      totalCount
      edges { node {
        id number currency balance creditLimit openedOn closedOn status
        product: productByProductId { id code name nameEn category currency }
      } }
    }
    transactions: transactionsByCustomerId(
      first: 20, orderBy: [BOOKED_AT_DESC, ID_DESC]
    ) {
      totalCount
      pageInfo { hasNextPage }
      edges { node {
        id bookedAt amount currency direction channel category
        counterparty description account: accountByAccountId { id number }
      } }
    }
  }
}
"""


def documents(personal: bool) -> tuple[str, str]:
    """(CIMS document, peer document), with or without the personal fields."""
    fields = {
        "plain": " ".join(PLAIN),
        "personal": " ".join(PERSONAL) if personal else "",
    }
    return CIMS_360 % fields, PEER_360 % fields


def global_id(type_name: str, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("=")


def cims_variables(pk: int) -> dict:
    return {"id": global_id("Customer", pk)}


def peer_variables(pk: int) -> dict:
    return {"id": pk}


# --- normal forms ---------------------------------------------------------------


def _pk(value) -> int:
    """A row's key from a CIMS global ID or the peer's ID (BigInt comes as text)."""
    if isinstance(value, int):
        return value
    if value.isdigit():
        return int(value)
    padded = value + "=" * (-len(value) % 4)
    return int(base64.urlsafe_b64decode(padded).decode().partition(":")[2])


def _stamp(value: str | None) -> str | None:
    if value is None:
        return None
    return (
        datetime.fromisoformat(value).astimezone(UTC).isoformat(timespec="microseconds")
    )


def _amount(value) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(Decimal("0.01"))


def _money(value, currency: str | None = None):
    """(amount, currency) from CIMS's Money object or the peer's bare decimal."""
    if value is None:
        return None
    if isinstance(value, dict):
        return (_amount(value["amount"]), value["currency"])
    return (_amount(value), currency)


def _scalars(node: dict, names) -> dict:
    out = {}
    for name in names:
        value = node.get(name)
        if name in ENUMS and isinstance(value, str):
            value = value.lower()
        elif name in ("createdAt", "updatedAt", "archivedAt", "bookedAt"):
            value = _stamp(value)
        out[name] = value
    return out


def _account(node: dict) -> dict:
    product = node["product"]
    return {
        "pk": _pk(node["id"]),
        **_scalars(node, ("number", "currency", "openedOn", "closedOn", "status")),
        "balance": _money(node["balance"], node["currency"]),
        "creditLimit": _money(node["creditLimit"], node["currency"]),
        "product": {
            "pk": _pk(product["id"]),
            **_scalars(product, ("code", "name", "nameEn", "category", "currency")),
        },
    }


def _transaction(node: dict) -> dict:
    return {
        "pk": _pk(node["id"]),
        **_scalars(
            node,
            (
                "bookedAt",
                "direction",
                "channel",
                "category",
                "counterparty",
                "description",
            ),
        ),
        "amount": _money(node["amount"], node.get("currency")),
        "account": {
            "pk": _pk(node["account"]["id"]),
            "number": node["account"]["number"],
        },
    }


def _summary(accounts: list[dict]) -> list:
    totals: dict[str, list] = {}
    for account in accounts:
        amount, currency = account["balance"]
        entry = totals.setdefault(currency, [Decimal(0), 0])
        entry[0] += amount
        entry[1] += 1
    return [(cur, (total, cur), n) for cur, (total, n) in sorted(totals.items())]


def normal_form(customer: dict, opener=None) -> dict:
    """One shape for both servers: names, enums, money, times and IDs made alike.

    ``opener(sealed, customer_no)`` opens the peer's sealed personal values.
    """
    currency = customer.get("currency")
    accounts = [_account(e["node"]) for e in customer["accounts"]["edges"]]
    out = {
        "pk": _pk(customer["id"]),
        **_scalars(customer, PLAIN),
        **{name: _money(customer[name], currency) for name in MONEY},
        "branch": {
            "pk": _pk(customer["branch"]["id"]),
            **_scalars(customer["branch"], ("code", "name", "nameEn", "city")),
        },
        "accounts": {
            "totalCount": customer["accounts"]["totalCount"],
            "items": accounts,
        },
        "transactions": {
            "totalCount": customer["transactions"]["totalCount"],
            "hasNextPage": customer["transactions"]["pageInfo"]["hasNextPage"],
            "items": [
                _transaction(e["node"]) for e in customer["transactions"]["edges"]
            ],
        },
    }
    for name in PERSONAL:
        if name in customer:
            value = customer[name]
            out[name] = opener(value, customer["customerNo"]) if opener else value
    summary = customer.get("balanceSummary")
    out["balanceSummary"] = (
        [(s["currency"], _money(s["balance"]), s["accounts"]) for s in summary]
        if summary is not None
        else _summary(accounts)
    )
    return out


def differences(left, right, path: str = "") -> list[str]:
    """Paths where two normal forms differ (empty when they agree)."""
    if isinstance(left, dict) and isinstance(right, dict):
        found = []
        for key in sorted(set(left) | set(right)):
            if key not in left or key not in right:
                found.append(f"{path}.{key}: present on one side only")
                continue
            found += differences(left[key], right[key], f"{path}.{key}")
        return found
    if isinstance(left, list | tuple) and isinstance(right, list | tuple):
        if len(left) != len(right):
            return [f"{path}: {len(left)} items against {len(right)}"]
        found = []
        for i, (a, b) in enumerate(zip(left, right, strict=True)):
            found += differences(a, b, f"{path}[{i}]")
        return found
    return [] if left == right else [f"{path}: {left!r} != {right!r}"]
