"""Customer rows built where the rows are checked: COPY text, reserved numbers,
and the rare number the base already holds."""

import datetime as dt
from decimal import Decimal

import pytest
from tortoise import Tortoise
from tortoise.transactions import in_transaction

from cims.domain import crypto, importing
from cims.domain.importing import (
    COLUMNS,
    ImportOptions,
    Mapping,
    Row,
    copy_line,
    customer_record,
    import_customers,
    write_customers,
)
from cims.models import Customer
from cims.models.enums import CustomerKind, CustomerStatus, Gender

NOW = dt.datetime(2026, 12, 5, 3, 4, 5, 678901, tzinfo=dt.UTC)
KEYS = {"name_key": "k", "name_sound": "", "id_number_index": None, "mobile_phone_index": None,
        "email_index": None}  # fmt: skip


def test_copy_line_writes_text_values_and_nulls_as_they_are():
    line = copy_line(("C0000000001", None, "王芳", CustomerKind.INDIVIDUAL, 7,
                      Decimal("1.50"), dt.date(1990, 3, 7), NOW, True))  # fmt: skip

    assert (
        line
        == (
            "C0000000001\t\\N\t王芳\tindividual\t7\t1.50\t1990-03-07\t"
            "2026-12-05T03:04:05.678901+00:00\tt\n"
        ).encode()
    )


@pytest.mark.parametrize(
    ("value", "text"),
    [("a\\b", "a\\\\b"), ("a\tb", "a\\tb"), ("a\nb", "a\\nb"), ("a\rb", "a\\rb"),
     ("\\N", "\\\\N"), ('{"a":"\\"x\\""}', '{"a":"\\\\"x\\\\""}')],
)  # fmt: skip
def test_copy_line_escapes_separators_and_backslashes(value, text):
    line = copy_line((value, None, "x"))

    assert line == f"{text}\t\\N\tx\n".encode()


def test_copy_line_refuses_a_value_it_cannot_write():
    with pytest.raises(TypeError, match="list"):
        copy_line((["vip"],))


def _row(values: dict, number: str) -> Row:
    return Row(2, values, KEYS, CustomerKind.INDIVIDUAL, 1, None, number)


@pytest.mark.postgres
async def test_copy_text_stores_what_the_binary_copy_stored(postgres_branches):
    branch_id = postgres_branches["BJ01"].id
    values = {
        "full_name": "王\\芳\t二",
        "employer": "A\nB\rC \\N",
        "gender": Gender.FEMALE,
        "birth_date": dt.date(1990, 3, 7),
        "mobile_phone": "+8613800138000",
        "address": "北京\\市",
        "annual_income": Decimal("120000.5"),
        "assets": Decimal("0"),
        "tags": ["vip", 'say "hi"\\'],
        "custom_attributes": {"note": "a\tb\\c", "n": 1},
        "status": CustomerStatus.ACTIVE,
    }
    rows = [_row(values, "C0000000001"), _row(values, "C0000000002")]
    for row in rows:
        row.branch_id = branch_id
    binary, text = (customer_record(row, NOW) for row in rows)

    async with in_transaction() as conn:
        await write_customers(conn, [binary])
        await write_customers(conn, [copy_line(text)])

    conn = Tortoise.get_connection("default")
    names = ", ".join(f'"{c}"' for c in COLUMNS if c not in crypto.PERSONAL_FIELDS)
    stored = await conn.execute_query_dict(
        f"SELECT {names} FROM customer ORDER BY customer_no"
    )
    assert [r.pop("customer_no") for r in stored] == ["C0000000001", "C0000000002"]
    assert stored[0] == stored[1]
    assert stored[1]["full_name"] == "王\\芳\t二"
    assert stored[1]["employer"] == "A\nB\rC \\N"
    assert stored[1]["annual_income"] == Decimal("120000.50")
    assert stored[1]["created_at"] == NOW
    customers = await Customer.all().order_by("customer_no")
    assert [c.tags for c in customers] == [["vip", 'say "hi"\\']] * 2
    assert [c.custom_attributes for c in customers] == [{"note": "a\tb\\c", "n": 1}] * 2
    opened = [crypto.open_fields(c) for c in customers]
    assert (
        opened[0]
        == opened[1]
        == {
            "id_number": None,
            "mobile_phone": "+8613800138000",
            "email": None,
            "address": "北京\\市",
        }
    )


MAPPING = Mapping(
    columns={"姓名": "full_name", "手机号": "mobile_phone", "网点": "branch_code"}
)


async def test_a_reserved_number_the_base_holds_is_drawn_again(
    branches, clerk, monkeypatch
):
    """The number reserved for a row (and sealed into its record) is taken in the
    base: the row gets the next draw, its fields sealed under that number."""
    await Customer.create(
        customer_no="C0000000004",
        kind="individual",
        full_name="老客户",
        name_key="老客户",
        branch_id=branches["BJ01"].id,
    )
    draws = iter([4, 5, 9])
    monkeypatch.setattr(
        importing, "random_below", lambda count, _: [next(draws) for _ in range(count)]
    )
    data = "姓名,手机号,网点\n王芳,13800138000,BJ01\n李娜,13900139000,BJ01\n".encode()

    report = await import_customers(clerk, data, "n.csv", MAPPING, ImportOptions())

    assert (report.created_rows, report.problems) == (2, [])
    created = await Customer.filter(full_name__in=["王芳", "李娜"]).order_by(
        "customer_no"
    )
    assert [(c.full_name, c.customer_no) for c in created] == [
        ("李娜", "C0000000005"),
        ("王芳", "C0000000009"),
    ]
    assert [crypto.open_fields(c)["mobile_phone"] for c in created] == [
        "+8613900139000",
        "+8613800138000",
    ]
    assert [o.customer_no for o in report.outcomes] == ["C0000000009", "C0000000005"]
