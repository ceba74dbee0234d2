import datetime as dt
import itertools

import pytest

from cims.domain.actor import Actor
from cims.domain.duplicates import (
    Record,
    duplicate_pairs,
    find_candidates,
    scan_duplicates,
)
from cims.domain.errors import PermissionDenied
from cims.domain.validation import search_keys, validate_customer_fields
from cims.models import Customer

KEY = b"k" * 32
BORN = dt.date(1990, 3, 7)
_numbers = itertools.count(1)


def record(id_: int, name: str, born=BORN, latin=None, **contact) -> Record:
    values = validate_customer_fields(
        {"full_name": name, "name_latin": latin, **contact},
        partial=False,
        kind="individual",
    )
    return Record(id_, birth_date=born, **search_keys(values, KEY))


async def add_customer(branch, **fields) -> Customer:
    values = validate_customer_fields(fields, partial=False, kind="individual")
    return await Customer.create(
        customer_no=f"T{next(_numbers):010d}",
        kind="individual",
        branch=branch,
        **values,
        **search_keys(values),
    )


def test_trailing_ideographic_space_with_same_birth_date_is_a_duplicate():
    pairs = duplicate_pairs([record(1, "王芳\u3000"), record(2, "王芳")])

    assert [(p.a, p.b, p.score, p.reasons) for p in pairs] == [
        (1, 2, 0.6, ("SIMILAR_NAME_SAME_BIRTH_DATE",))
    ]


def test_same_name_with_another_birth_date_is_not_a_duplicate():
    pairs = duplicate_pairs([record(1, "王芳"), record(2, "王芳", dt.date(1990, 3, 8))])

    assert pairs == []


def test_traditional_and_simplified_names_are_one():
    pairs = duplicate_pairs([record(1, "張偉"), record(2, "张伟"), record(3, "李娜")])

    assert [(p.a, p.b) for p in pairs] == [(1, 2)]


def test_upper_and_lower_case_email_are_one():
    pairs = duplicate_pairs(
        [
            record(1, "王芳", None, email="Wang.Fang@Example.com"),
            record(2, "Fang Wang", None, email="wang.fang@example.com"),
        ]
    )

    assert [(p.a, p.b, p.reasons) for p in pairs] == [(1, 2, ("SAME_EMAIL",))]


def test_same_id_number_and_phone_combine_into_a_higher_score():
    first = record(
        1, "王芳", id_number="110105199003071239", mobile_phone="13800138000"
    )
    second = record(
        2, "王方", id_number="110105199003071239", mobile_phone="+86 138 0013 8000"
    )

    [pair] = duplicate_pairs([first, second])

    assert pair.reasons == ("SAME_ID_NUMBER", "SAME_MOBILE_PHONE")
    assert pair.score == 0.98


def test_homophones_with_the_same_pinyin_are_candidates():
    pairs = duplicate_pairs(
        [record(1, "王芳", latin="Wang Fang"), record(2, "汪芳", latin="WANG FANG")]
    )

    assert [(p.a, p.b, p.score) for p in pairs] == [(1, 2, 0.6)]


def test_a_typo_in_a_longer_name_is_a_candidate():
    pairs = duplicate_pairs(
        [record(1, "Alexander Hamilton"), record(2, "Alexandre Hamilton")]
    )

    assert [(p.a, p.b) for p in pairs] == [(1, 2)]
    assert 0.5 < pairs[0].score < 0.6


def test_a_phone_shared_by_many_customers_is_not_evidence():
    shared = [record(i, f"客户{i}", None, mobile_phone="13800138000") for i in range(4)]

    assert duplicate_pairs(shared, max_group=3) == []
    assert len(duplicate_pairs(shared, max_group=4)) == 6


def test_large_birth_date_blocks_are_split_by_name_prefix():
    names = ["王芳", "王芳", "李娜", "李娜", "张伟", "张伟"]
    records = [record(i, name) for i, name in enumerate(names)]

    pairs = duplicate_pairs(records, max_block=2)

    assert [(p.a, p.b) for p in pairs] == [(0, 1), (2, 3), (4, 5)]


async def test_find_candidates_by_keys_and_by_name_with_birth_date(branches, clerk):
    bj = branches["BJ01"]
    same_name = await add_customer(bj, full_name="王芳", birth_date="1990-03-07")
    same_email = await add_customer(bj, full_name="Fang", email="WANG@example.com")
    await add_customer(bj, full_name="王芳", birth_date="1991-03-07")
    new = validate_customer_fields(
        {
            "full_name": "王芳\u3000",
            "birth_date": "1990/3/7",
            "email": "wang@Example.com",
        },
        partial=False,
        kind="individual",
    )

    candidates = await find_candidates(clerk, new)

    assert [(c.customer_id, c.score, c.reasons) for c in candidates] == [
        (same_name.id, 0.6, ["SIMILAR_NAME_SAME_BIRTH_DATE"]),
        (same_email.id, 0.6, ["SAME_EMAIL"]),
    ]


async def test_find_candidates_leaves_out_excluded_archived_and_other_branches(
    branches, clerk
):
    values = {"full_name": "李娜", "mobile_phone": "13900139000"}
    itself = await add_customer(branches["BJ01"], **values)
    archived = await add_customer(branches["BJ01"], **values)
    archived.archived_at = dt.datetime.now(dt.UTC)
    await archived.save()
    elsewhere = await add_customer(branches["SH01"], **values)
    teller = Actor(
        "t-1", permissions=frozenset({"customer.read"}), branch_id=branches["BJ01"].id
    )
    new = validate_customer_fields(values, partial=False, kind="individual")

    mine = await find_candidates(teller, new, exclude_id=itself.id)
    everyone = await find_candidates(clerk, new, exclude_id=itself.id)

    assert mine == []
    assert [c.customer_id for c in everyone] == [elsewhere.id]


async def test_find_candidates_needs_the_read_permission(branches):
    nobody = Actor("n-1")

    with pytest.raises(PermissionDenied):
        await find_candidates(nobody, {"full_name": "王芳"})


async def test_scan_duplicates_reads_every_customer_in_scope(branches, clerk):
    first = await add_customer(
        branches["BJ01"], full_name="王芳", birth_date="1990-03-07"
    )
    second = await add_customer(
        branches["SH01"], full_name="王芳 ", birth_date="1990-03-07"
    )
    await add_customer(branches["SH01"], full_name="李娜", birth_date="1990-03-07")

    pairs = await scan_duplicates(clerk)

    assert [(p.a, p.b) for p in pairs] == [(first.id, second.id)]
