"""The import's per-row steps, written for speed, give what the plain steps gave."""

import datetime as dt
import gc
import hashlib
import hmac
import json
import os
import re
import unicodedata
from decimal import Decimal

import pytest

from cims.domain import crypto, importing, validation
from cims.domain.actor import Actor
from cims.domain.importing import COLUMNS, ImportOptions, Mapping, Row
from cims.domain.normalize import blind_index, clean_text, normalize_id_number
from cims.domain.validation import SPECS, Bad, Memo, Rules
from cims.models.enums import CustomerKind, CustomerStatus, Gender, Source


@pytest.mark.parametrize("key", [b"", b"k" * 32, bytes(range(64)), bytes(range(100))])
@pytest.mark.parametrize("value", ["", "+8613800138000", "王芳", "x" * 200])
def test_blind_index_is_the_hmac_sha256_of_kind_and_value(key, value):
    message = f"mobile_phone:{value}".encode()
    expected = hmac.new(key, message, hashlib.sha256).hexdigest()

    assert blind_index("mobile_phone", value, key) == expected


@pytest.mark.parametrize(
    "text",
    ["a", "  a  b ", "a\tb", "a\x0bb", "a \x1f b", "\x00x", "a\x7f", "x\r\n", "  ",
     "Ａ１", "a\u3000b", "a\u00a0 b", "ｶﾞ", "e\u0301", "a\u2028b"],
)  # fmt: skip
def test_clean_text_is_nfkc_with_white_space_folded(text):
    expected = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()

    assert clean_text(text) == expected


def test_memo_tells_equal_values_of_other_types_apart():
    memo, spec, rules = Memo(), SPECS["customer_no"], Rules()

    assert memo.parse("customer_no", spec, 1, rules) == "1"
    with pytest.raises(Bad) as refused:
        memo.parse("customer_no", spec, True, rules)  # True == 1, and no number

    assert refused.value.code == "INVALID_TYPE"


def test_memo_reads_again_under_other_rules():
    memo, spec = Memo(), SPECS["birth_date"]

    day_first = memo.parse("birth_date", spec, "05.01.2000", Rules(day_first=True))
    month_first = memo.parse("birth_date", spec, "05.01.2000", Rules(day_first=False))

    assert (day_first, month_first) == (dt.date(2000, 1, 5), dt.date(2000, 5, 1))


def test_memo_stops_remembering_a_field_whose_values_do_not_repeat(monkeypatch):
    monkeypatch.setattr(Memo, "SAMPLE", 100)
    memo, rules = Memo(), Rules()
    phones = [f"1380013{i:04d}" for i in range(300)]  # never twice
    dates = ["1990-01-0" + str(1 + i % 9) for i in range(300)]  # nine, again and again

    parsed = [
        memo.parse("mobile_phone", SPECS["mobile_phone"], p, rules) for p in phones
    ]
    days = [memo.parse("birth_date", SPECS["birth_date"], d, rules) for d in dates]

    assert parsed == [SPECS["mobile_phone"].parse(p, {}, rules) for p in phones]
    assert days == [SPECS["birth_date"].parse(d, {}, rules) for d in dates]
    assert not memo.remembers("mobile_phone")
    assert memo.remembers("birth_date")
    remembered = {key[0] for key in memo.outcomes}
    assert (
        len([k for k in memo.outcomes if k[0] == "mobile_phone"]) == 100
    )  # the sample
    assert remembered == {"mobile_phone", "birth_date"}


def test_a_refusal_is_the_same_once_a_field_is_no_longer_remembered(monkeypatch):
    monkeypatch.setattr(Memo, "SAMPLE", 10)
    memo, spec, rules = Memo(), SPECS["email"], Rules()
    for i in range(10):
        memo.parse("email", spec, f"user{i}@example.com", rules)

    with pytest.raises(Bad) as refused:
        memo.parse("email", spec, "not-an-e-mail", rules)

    assert not memo.remembers("email")
    assert refused.value.code == "INVALID_EMAIL"


def test_today_is_the_calendar_s_and_asked_again_once_the_day_is_over(monkeypatch):
    monkeypatch.setattr(validation, "_day", (dt.date(2000, 1, 1), 0.0, 1e18))
    assert validation.today() == dt.date(2000, 1, 1)  # the clock is within that day

    monkeypatch.setattr(validation, "_day", (dt.date(2000, 1, 1), 0.0, 1.0))
    before = dt.date.today()
    day = validation.today()

    assert day in {before, dt.date.today()}
    assert validation._day[0] == day
    assert validation._day[1] <= validation.time.time() < validation._day[2]


HEADERS = ["name", "name2", "gender", "phone", "branch", "note"]


def reader(mapping: Mapping) -> importing._RowReader:
    return importing._RowReader(
        HEADERS, mapping, ImportOptions(), {"BJ01": 1}, Actor.system()
    )


def cells_of(mapping: Mapping, cells: tuple) -> tuple[dict, list]:
    return reader(mapping)._cells(2, cells)


MAPPING = Mapping(
    columns={"name": "full_name", "gender": "gender", "phone": "mobile_phone",
             "branch": "branch_code", "note": "custom:note"},
    defaults={"nationality": "CN"},
)  # fmt: skip


def test_text_cells_are_trimmed_coded_and_blank_ones_dropped():
    raw, bad = cells_of(MAPPING, (" 张三 ", "x", " 女 ", "13800138000 ", "bj01", " "))

    assert bad == []
    assert raw == {
        "nationality": "CN",
        "full_name": "张三",
        "gender": "female",
        "mobile_phone": "13800138000",
        "branch_code": "bj01",
    }


def test_an_exported_apostrophe_comes_off_formula_like_text_only():
    raw, _ = cells_of(MAPPING, ("'=1+2", "", "", "", "BJ01", "'quoted"))

    assert (raw["full_name"], raw["custom:note"]) == ("=1+2", "'quoted")


def test_spreadsheet_numbers_in_identifier_columns_become_their_digits():
    raw, bad = cells_of(MAPPING, ("张三", None, "F", 13800138000, "BJ01", 7))

    assert bad == []
    assert (raw["mobile_phone"], raw["gender"], raw["custom:note"]) == (
        "13800138000",
        "female",
        7,
    )


def test_a_code_for_blank_cells_applies_to_them():
    mapping = Mapping(
        columns={"name": "full_name", "gender": "gender"},
        code_lists={"gender": {"": "unknown"}},
    )

    raw, _ = cells_of(mapping, ("张三", "", " "))

    assert raw["gender"] == "unknown"


def test_a_blank_cell_after_another_of_the_same_target_still_blanks_it():
    mapping = Mapping(columns={"name": "full_name", "name2": "full_name"})

    raw, _ = cells_of(mapping, ("张三", ""))

    assert "full_name" not in raw


def test_custom_columns_are_validated_only_when_mapped():
    plain = Mapping(columns={"name": "full_name", "branch": "branch_code"})
    custom = Mapping(columns={**plain.columns, "note": "custom:note"})
    cells = ("张三", "", "", "", "BJ01", "VIP")

    rows = [reader(m).read(2, cells, []) for m in (plain, custom)]

    assert "custom_attributes" not in rows[0].values
    assert rows[1].values["custom_attributes"] == {"note": "VIP"}


def test_customer_record_seals_personal_columns_under_the_customer_number():
    values = {
        "full_name": "张三",
        "gender": Gender.MALE,
        "id_number": "11010519491231002X",
        "mobile_phone": "+8613800138000",
        "email": "zhang@example.com",
        "annual_income": Decimal("1.50"),
        "tags": ["vip"],
    }
    keys = {"name_key": "张三", "id_number_index": "i", "mobile_phone_index": "m",
            "email_index": "e"}  # fmt: skip
    row = Row(2, values, keys, CustomerKind.INDIVIDUAL, 7, None, "C0000000042")
    now = dt.datetime(2026, 12, 4, tzinfo=dt.UTC)

    record = dict(zip(COLUMNS, importing.customer_record(row, now), strict=True))

    opened = {
        name: crypto.unseal(record[name], "C0000000042")
        for name in crypto.PERSONAL_FIELDS
    }
    assert opened == {
        "id_number": "11010519491231002X",
        "mobile_phone": "+8613800138000",
        "email": "zhang@example.com",
        "address": None,
    }
    assert record["customer_no"] == "C0000000042"
    assert (record["kind"], record["branch_id"]) == (CustomerKind.INDIVIDUAL, 7)
    assert (record["tags"], json.loads(record["custom_attributes"])) == ('["vip"]', {})
    assert (record["status"], record["source"], record["version"]) == (
        CustomerStatus.PROSPECT,
        Source.IMPORT,
        1,
    )
    assert record["created_at"] == record["updated_at"] == now
    assert record["id_number_index"] == "i"


def test_a_sealer_seals_each_value_afresh():
    seal = crypto.sealer()

    first, second = seal("+8613800138000", "C1"), seal("+8613800138000", "C1")

    assert first != second
    assert crypto.unseal(first, "C1") == crypto.unseal(second, "C1") == "+8613800138000"
    with pytest.raises(crypto.SealError):
        crypto.unseal(first, "C2")


def test_a_forked_child_never_takes_the_nonces_its_parent_has_yet_to_use():
    crypto._nonce()  # the buffer holds 255 more
    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its next nonce, to the parent, and out
        os.write(writing, crypto._nonce())
        os._exit(0)
    os.close(writing)
    os.waitpid(pid, 0)
    child = os.read(reading, 12)
    os.close(reading)

    parent = [crypto._nonce() for _ in range(crypto.NONCES_PER_READ)]

    assert len(child) == 12
    assert child not in parent


def test_imports_collect_young_objects_less_often_until_the_last_one_ends():
    before = gc.get_threshold()
    raised = (max(before[0], importing.IMPORT_GC_THRESHOLD), *before[1:])

    with pytest.raises(RuntimeError), importing.fewer_collections():
        with importing.fewer_collections():
            assert gc.get_threshold() == raised
        assert gc.get_threshold() == raised  # another import still runs
        raise RuntimeError("the import failed")

    assert gc.get_threshold() == before


def test_a_checked_row_crosses_with_its_birth_date_as_an_ordinal():
    mapping = Mapping(
        columns={"name": "full_name", "name2": "birth_date", "branch": "branch_code"}
    )
    chunk = [(2, ("张三", "1990-03-07", "", "", "BJ01", "")),
             (3, ("李四", "", "", "", "BJ01", ""))]  # fmt: skip

    _, (born, unborn) = importing.check_chunk(reader(mapping), chunk, [7, 8])
    crossed = [importing.Row(*importing._fields(r, full=False)) for r in (born, unborn)]

    assert [r.born for r in crossed] == [dt.date(1990, 3, 7).toordinal(), 0]
    assert [r.values for r in crossed] == [{}, {}]  # the importing process needs none
    assert crossed[0].record == born.record
    full = importing.Row(*importing._fields(born, full=True))
    assert full.values["birth_date"] == dt.date(1990, 3, 7)


ID_SPELLINGS = [
    "11010519491231002X", "11010519491231002x", "110105194912310021",
    "110105 19491231 002X", "110105-19491231-002x", "１１０１０５１９４９１２３１００２Ｘ",
    "\u3000110105194912310021 ", "E12345678", "abc-123", "٣٤٥", "ß12", "ﬁ1", "",
    "110105491231002", "Ⅻ12", "a\tb", "A1\u00a0B2",
]  # fmt: skip


@pytest.mark.parametrize("text", ID_SPELLINGS)
def test_id_numbers_in_ascii_letters_and_digits_normalise_as_the_full_path(text):
    full = re.sub(r"[\s-]", "", unicodedata.normalize("NFKC", text)).upper()

    assert normalize_id_number(text) == full


DATE_SPELLINGS = [
    "1950/01/01", "1950-1-5", "1950.12.31", "2024/02/30", "2024-13-01", "2024-1/5",
    "2024年1月5日", "2024年01月05", "20240105", "05.01.2024", "5/1/2024",
    "13/01/2024", "05/01/24", "２０２４－０１－０５", "2024-01-05 00:00",
    "2024-01-05T00:00:00Z", "2024-01-05 00:00:00.000+00:00", "2024-01-05 10:30",
    "٢٠٢٤-٠١-٠٥", "2024-01-05:", "not a date", "",
]  # fmt: skip


def _date_reference(text: str, day_first: bool | None):
    """parse_date's reading of text as it was written before its fast paths."""
    text = validation._ZERO_TIME.sub("", clean_text(text))
    for pattern in (validation._YEAR_FIRST, validation._CHINESE, validation._COMPACT):
        if match := pattern.fullmatch(text):
            year, month, day = (int(g) for g in match.groups() if g.isdigit())
            return validation._make_date(year, month, day)
    return validation._date_from_text(text, day_first)  # the rest is unchanged


@pytest.mark.parametrize("day_first", [True, False, None])
@pytest.mark.parametrize("text", DATE_SPELLINGS)
def test_dates_read_as_before_their_fast_paths(text, day_first):
    def outcome(read):
        try:
            return read()
        except Bad as bad:
            return bad.code

    assert outcome(lambda: validation.parse_date(text, day_first)) == outcome(
        lambda: _date_reference(text, day_first)
    )
