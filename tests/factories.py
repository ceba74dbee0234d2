"""Test rows taken from the real data sets, with made-up identities."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

from stdnum.cn import ric

from cims.domain import customers
from cims.domain.actor import Actor
from cims.models import Branch

DATA = Path(__file__).resolve().parents[1] / "backend" / "cims" / "data"
SYSTEM = Actor.system()
# Who imports customers: writing every field an import maps, birth dates and incomes
# among them, takes the permissions to read them.
# What the roles that import hold (relationship manager, administrator): a
# mapping of KYC status or status takes kyc.verify or customer.archive.
IMPORTER = frozenset(
    {
        "customer.read",
        "customer.write",
        "customer.import",
        "customer.pii.read",
        "customer.financial.read",
        "kyc.verify",
        "customer.archive",
    }
)


def german_rows(limit: int = 20) -> list[dict]:
    with (DATA / "german_credit.csv").open(newline="") as handle:
        return [
            row for _, row in zip(range(limit), csv.DictReader(handle), strict=False)
        ]


def resident_id(birth: date, sequence: int, male: bool) -> str:
    """A valid 18-digit resident ID for Beijing Dongcheng (110101)."""
    serial = sequence % 50 * 2 + (1 if male else 0)
    body = f"110101{birth:%Y%m%d}{serial:03d}"
    return body + ric.calc_check_digit(body + "0")  # it ignores the last character


async def branch(code: str = "BJ01") -> Branch:
    return await Branch.create(
        code=code, name="北京分行", name_en="Beijing Branch", city="北京"
    )


async def customer_from_german(row_no: int, branch_: Branch, **overrides):
    """A customer whose financial attributes are german_credit.csv row ``row_no``."""
    row = german_rows(row_no + 1)[row_no]
    age = int(row["age_in_years"])
    male = row["personal_status_and_sex"].startswith("male")
    birth = date(1994 - age, 1 + row_no % 12, 1 + row_no % 28)
    values = {
        "full_name": f"测试客户{row_no}",
        # A Latin name holds letters only: the row number spelt a=0, b=1, ...
        "name_latin": "Ceshi Kehu " + "".join(chr(97 + int(d)) for d in str(row_no)),
        "gender": "male" if male else "female",
        "birth_date": birth,
        "id_type": "resident_id",
        "id_number": resident_id(birth, row_no, male),
        "annual_income": Decimal(row["credit_amount"]),
        "branch_id": branch_.id,
        "custom_attributes": {
            "dataset": "german_credit",
            "label": row["creditability"],
        },
    }
    values.update(overrides)
    return await customers.create(SYSTEM, values, confirm_duplicate=True)


async def accounts_with_history(customer, *, transactions: int = 5):
    """A current account and a card, with ``transactions`` bookings on each."""
    from datetime import UTC, datetime, timedelta

    from cims.models import Account, Product, Transaction

    current, _ = await Product.get_or_create(
        code="CUR",
        defaults={
            "name": "活期账户",
            "name_en": "Current account",
            "category": "deposit",
        },
    )
    card, _ = await Product.get_or_create(
        code="CARD",
        defaults={
            "name": "信用卡",
            "name_en": "Credit card",
            "category": "credit_card",
        },
    )
    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    made = []
    for n, product in enumerate((current, card)):
        account = await Account.create(
            customer=customer,
            product=product,
            number=f"62{customer.id:08d}{n:06d}",
            balance=Decimal(100 * transactions),
            opened_on=date(2020 + n, 1, 1),
            credit_limit=Decimal("20000.00") if product is card else None,
        )
        await Transaction.bulk_create(
            [
                Transaction(
                    account=account,
                    customer=customer,
                    booked_at=start + timedelta(days=i, hours=n),
                    amount=Decimal("100.00"),
                    direction="credit",
                    channel="mobile",
                    category="salary",
                    description=f"booking {i}",
                )
                for i in range(transactions)
            ]
        )
        made.append(account)
    return made


async def company_from_german(row_no: int, branch_: Branch, **overrides):
    """A corporate customer whose revenue is german_credit.csv row ``row_no``'s
    credit amount, with a valid unified social credit code."""
    from stdnum.cn import uscc

    row = german_rows(row_no + 1)[row_no]
    body = f"91110108MA{row_no:07d}"
    values = {
        "kind": "corporate",
        "full_name": f"北京测试科技有限公司{row_no}",
        "id_type": "social_credit_code",
        "id_number": body + uscc.calc_check_digit(body),
        "annual_income": Decimal(row["credit_amount"]),
        "branch_id": branch_.id,
    }
    values.update(overrides)
    return await customers.create(SYSTEM, values, confirm_duplicate=True)


async def staff_member(
    username: str,
    roles: tuple[str, ...] = ("service_agent",),
    *,
    subject: str | None = None,
    branch_: Branch | None = None,
    active: bool = True,
):
    """A staff account as records name it (no password to sign in with); its subject
    is its username unless given, so that tests read as the records do."""
    from cims.models import StaffMember

    return await StaffMember.create(
        subject=subject or username,
        username=username,
        display_name=username,
        password_hash="-",
        roles=list(roles),
        branch=branch_,
        active=active,
    )


async def logged_interaction(actor, customer, at, **overrides):
    """An inbound phone enquiry logged through the domain at ``at``."""
    from cims.domain import interactions

    values = {
        "channel": "phone",
        "direction": "inbound",
        "purpose": "enquiry",
        "summary": "Asked about rates",
        "occurred_at": at,
        "now": at,
    }
    return await interactions.log_interaction(
        actor, customer.id, **(values | overrides)
    )


async def filed_complaint(actor, customer, category, at, **overrides):
    """A medium phone complaint filed through the domain at ``at``."""
    from cims.domain import complaints

    values = {
        "category_id": category.id,
        "description": "Fee charged twice",
        "severity": "medium",
        "channel": "phone",
        "received_at": at,
        "now": at,
    }
    return await complaints.file_complaint(actor, customer.id, **(values | overrides))


async def complaint_category(product: str, issue: str, **overrides):
    """A category with its code and Chinese labels: the CFPB table's where it has
    the pair (origin cfpb), else made up (origin bank)."""
    from cims.domain.category_labels import cfpb_labels
    from cims.models import ComplaintCategory

    labels = cfpb_labels(product, issue)
    values = {
        "code": labels.code if labels else f"bank.{len(product)}.{len(issue)}",
        "product_zh": labels.product_zh if labels else f"{product}（中）",
        "issue_zh": labels.issue_zh if labels else f"{issue}（中）",
        "origin": "cfpb" if labels else "bank",
    }
    return await ComplaintCategory.create(
        product=product, issue=issue, **(values | overrides)
    )


CLERK_PASSWORD = "Clerk-Shell-2026!"


async def clerk_at_the_shell(
    monkeypatch,
    username: str = "ops.clerk",
    roles: tuple[str, ...] = ("administrator",),
    *,
    branch_code: str | None = None,
    password: str = CLERK_PASSWORD,
    commands: int = 10,
) -> str:
    """A staff account with a password, and standard input that gives it to the next
    ``commands`` commands signed in with ``--as USERNAME`` (``cims.auth.shell`` reads
    one line a sign-in when standard input is not a terminal); returns its subject."""
    import io
    import sys

    from cims.auth import accounts

    new = await accounts.create_staff(
        SYSTEM,
        username=username,
        roles=list(roles),
        display_name=username,
        branch_code=branch_code,
        password=CLERK_PASSWORD,
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO((password + "\n") * commands))
    return new.staff.subject
