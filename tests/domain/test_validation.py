import datetime as dt
from decimal import Decimal

import pytest

from cims.domain.errors import ValidationFailed
from cims.domain.validation import (
    Bad,
    Rules,
    index_of,
    parse_amount,
    parse_country,
    parse_currency,
    parse_date,
    parse_phone,
    search_keys,
    upgrade_resident_id,
    validate_customer_fields,
)
from cims.models.enums import Gender, IdType, MaritalStatus

KEY = b"k" * 32


def problems_of(data, *, partial=False, kind="individual", rules=Rules()):
    with pytest.raises(ValidationFailed) as caught:
        validate_customer_fields(data, partial=partial, kind=kind, rules=rules)
    return {(p.field, p.code) for p in caught.value.problems}


def code_of(parse, *args):
    with pytest.raises(Bad) as caught:
        parse(*args)
    return caught.value.code


def test_resident_id_is_upper_cased_and_fills_birth_date_and_gender():
    values = validate_customer_fields(
        {"full_name": "王芳", "id_number": "11010519491231002x"},
        partial=False,
        kind="individual",
    )

    assert values["id_type"] is IdType.RESIDENT_ID
    assert values["id_number"] == "11010519491231002X"
    assert values["birth_date"] == dt.date(1949, 12, 31)
    assert values["gender"] is Gender.FEMALE


def test_resident_id_with_wrong_check_digit_is_refused():
    problems = problems_of({"full_name": "王芳", "id_number": "110105194912310021"})

    assert problems == {("id_number", "INVALID_ID_NUMBER")}


def test_resident_id_with_impossible_birth_date_is_refused():
    body = "11010519490231001"  # 31 February
    from stdnum.cn import ric

    number = body + ric.calc_check_digit(body + "0")

    assert problems_of({"full_name": "王芳", "id_number": number}) == {
        ("id_number", "ID_BIRTH_DATE_INVALID")
    }


def test_resident_id_born_tomorrow_is_refused():
    from stdnum.cn import ric

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    body = f"110105{tomorrow:%Y%m%d}002"
    number = body + ric.calc_check_digit(body + "0")

    assert problems_of({"full_name": "王芳", "id_number": number}) == {
        ("id_number", "ID_BIRTH_DATE_INVALID")
    }


def test_resident_id_with_unknown_region_is_refused():
    from stdnum.cn import ric

    body = "99999919900307123"
    number = body + ric.calc_check_digit(body + "0")

    assert problems_of({"full_name": "王芳", "id_number": number}) == {
        ("id_number", "ID_REGION_UNKNOWN")
    }


def test_fifteen_digit_resident_id_is_upgraded():
    assert upgrade_resident_id("110105491231002") == "11010519491231002X"

    values = validate_customer_fields(
        {"full_name": "王芳", "id_number": "110105491231002"},
        partial=False,
        kind="individual",
    )

    assert values["id_number"] == "11010519491231002X"


def test_birth_date_and_gender_must_agree_with_resident_id():
    data = {
        "full_name": "王芳",
        "id_number": "11010519491231002X",
        "birth_date": "1949-12-30",
        "gender": "male",
    }

    assert problems_of(data) == {
        ("birth_date", "ID_BIRTH_DATE_MISMATCH"),
        ("gender", "ID_GENDER_MISMATCH"),
    }


def test_matching_birth_date_and_gender_pass_with_the_id():
    values = validate_customer_fields(
        {
            "full_name": "王芳",
            "id_number": "11010519491231002X",
            "birth_date": "1949/12/31",
            "gender": "FEMALE",
        },
        partial=False,
        kind="individual",
    )

    assert values["birth_date"] == dt.date(1949, 12, 31)


def test_other_documents_are_checked_by_their_form():
    base = {"full_name": "Li Lei"}
    passport = {**base, "id_type": "passport", "id_number": "e 1234 5678"}
    permit = {**base, "id_type": "hk_macao_permit", "id_number": "C12345678"}

    assert (
        validate_customer_fields(passport, partial=False, kind="individual")[
            "id_number"
        ]
        == "E12345678"
    )
    assert (
        validate_customer_fields(permit, partial=False, kind="individual")["id_number"]
        == "C12345678"
    )
    assert problems_of({**base, "id_type": "taiwan_permit", "id_number": "X1"}) == {
        ("id_number", "INVALID_ID_NUMBER")
    }


def test_corporate_customer_takes_a_social_credit_code():
    values = validate_customer_fields(
        {"full_name": "北京某某科技有限公司", "id_number": "91110000802100433b"},
        partial=False,
        kind="corporate",
    )

    assert values["id_type"] is IdType.SOCIAL_CREDIT_CODE
    assert values["id_number"] == "91110000802100433B"
    assert problems_of(
        {"full_name": "某公司", "id_number": "91110000802100433A"}, kind="corporate"
    ) == {("id_number", "INVALID_ID_NUMBER")}


def test_document_type_must_fit_the_kind_of_customer():
    corporate_with_resident_id = {
        "full_name": "某公司",
        "id_type": "resident_id",
        "id_number": "11010519491231002X",
    }

    assert problems_of(corporate_with_resident_id, kind="corporate") == {
        ("id_type", "INVALID_ID_TYPE")
    }


def test_personal_fields_do_not_apply_to_a_corporate_customer():
    data = {
        "full_name": "某公司",
        "birth_date": "2001-01-01",
        "marital_status": "single",
    }

    assert problems_of(data, kind="corporate") == {
        ("birth_date", "NOT_APPLICABLE"),
        ("marital_status", "NOT_APPLICABLE"),
    }


@pytest.mark.parametrize(
    "spelling",
    [
        "+86 138-0013-8000",
        "13800138000",
        "8613800138000",
        "１３８００１３８０００",
        "0086 138 0013 8000",
        "++86 13800138000",
        13800138000,
    ],
)
def test_every_spelling_of_a_phone_number_becomes_one(spelling):
    assert parse_phone(spelling, "CN") == "+8613800138000"


def test_phone_region_is_configurable():
    assert parse_phone("650-253-0000", "US") == "+16502530000"
    assert code_of(parse_phone, "650-253-0000", "CN") == "INVALID_PHONE"


@pytest.mark.parametrize("text", ["12", "+86+13800138000", "1380013800", "phone"])
def test_invalid_phone_numbers_are_refused(text):
    assert code_of(parse_phone, text, "CN") == "INVALID_PHONE"


def test_email_is_checked_without_dns_and_indexed_case_insensitively():
    values = validate_customer_fields(
        {"full_name": "王芳", "email": "Wang.Fang@Example.COM"},
        partial=False,
        kind="individual",
    )

    assert values["email"] == "Wang.Fang@example.com"
    assert index_of("email", "wang.fang@example.com", KEY) == index_of(
        "email", values["email"], KEY
    )
    assert problems_of({"full_name": "王芳", "email": "wang..fang@example"}) == {
        ("email", "INVALID_EMAIL")
    }


def test_names_are_nfkc_trimmed_and_folded():
    values = validate_customer_fields(
        {"full_name": "\u3000王\u3000\u3000芳 ", "name_latin": "ＷＡＮＧ  Fang"},
        partial=False,
        kind="individual",
    )

    assert values["full_name"] == "王 芳"
    assert values["name_latin"] == "WANG Fang"


@pytest.mark.parametrize(
    "name", ["王\u202e芳", "王\x00芳", "王\u2066芳\u2069", "王\x07芳"]
)
def test_control_and_direction_characters_are_refused(name):
    assert problems_of({"full_name": name}) == {("full_name", "FORBIDDEN_CHARACTERS")}


def test_name_key_ignores_case_width_accents_space_and_script():
    keys = [
        search_keys({"full_name": name}, KEY)["name_key"]
        for name in ["王芳\u3000", "王芳", "王 芳", "王芳"]
    ]
    latin = [
        search_keys({"full_name": name}, KEY)["name_key"]
        for name in ["José Müller", "JOSE MULLER", "ｊｏｓｅ ｍｕｌｌｅｒ"]
    ]
    scripts = [search_keys({"full_name": n}, KEY)["name_key"] for n in ["張偉", "张伟"]]

    assert set(keys) == {"王芳"}
    assert set(latin) == {"josemuller"}
    assert scripts[0] == scripts[1]


def test_required_name_and_too_long_values_are_reported_together():
    data = {"full_name": "  ", "address": "路" * 501, "occupation": "x" * 101}

    assert problems_of(data) == {
        ("full_name", "REQUIRED"),
        ("address", "TOO_LONG"),
        ("occupation", "TOO_LONG"),
    }


def test_missing_name_is_required_unless_partial():
    assert problems_of({"email": "a@example.com"}) == {("full_name", "REQUIRED")}
    assert validate_customer_fields(
        {"email": "a@example.com"}, partial=True, kind="individual"
    ) == {"email": "a@example.com"}


def test_every_bad_field_is_reported_at_once_without_echoing_values():
    data = {
        "full_name": "王芳",
        "id_number": "110105194912310021",
        "mobile_phone": "12345",
        "email": "not-an-email",
        "birth_date": "2024-02-30",
        "annual_income": "12.345",
        "gender": "x",
        "colour": "red",
    }

    with pytest.raises(ValidationFailed) as caught:
        validate_customer_fields(data, partial=False, kind="individual")

    problems = caught.value.problems
    assert {(p.field, p.code) for p in problems} == {
        ("id_number", "INVALID_ID_NUMBER"),
        ("mobile_phone", "INVALID_PHONE"),
        ("email", "INVALID_EMAIL"),
        ("birth_date", "INVALID_DATE"),
        ("annual_income", "TOO_MANY_DECIMALS"),
        ("gender", "INVALID_CHOICE"),
        ("colour", "UNKNOWN_FIELD"),
    }
    shown = " ".join(p.message for p in problems) + caught.value.message
    for value in ["110105194912310021", "12345", "not-an-email", "2024-02-30"]:
        assert value not in shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024/1/5", dt.date(2024, 1, 5)),
        ("2024-01-05", dt.date(2024, 1, 5)),
        ("2024.1.5", dt.date(2024, 1, 5)),
        ("05.01.2024", dt.date(2024, 1, 5)),
        ("5/1/2024", dt.date(2024, 1, 5)),
        ("2024年1月5日", dt.date(2024, 1, 5)),
        ("20240105", dt.date(2024, 1, 5)),
        ("2024-01-05 00:00:00", dt.date(2024, 1, 5)),
        ("２０２４－０１－０５", dt.date(2024, 1, 5)),
        (dt.datetime(2024, 1, 5), dt.date(2024, 1, 5)),
    ],
)
def test_dates_in_the_forms_staff_type(text, expected):
    assert parse_date(text, True) == expected


def test_day_first_or_month_first_is_configurable():
    assert parse_date("05.01.2024", True) == dt.date(2024, 1, 5)
    assert parse_date("05.01.2024", False) == dt.date(2024, 5, 1)
    assert parse_date("13.01.2024", None) == dt.date(2024, 1, 13)
    assert parse_date("05.05.2024", None) == dt.date(2024, 5, 5)


@pytest.mark.parametrize(
    ("text", "day_first", "code"),
    [
        ("05.01.2024", None, "AMBIGUOUS_DATE"),
        ("05/01/24", True, "AMBIGUOUS_DATE"),
        ("2024-02-30", True, "INVALID_DATE"),
        ("2023-02-29", True, "INVALID_DATE"),
        ("2024-13-01", True, "INVALID_DATE"),
        ("13.01.2024", False, "INVALID_DATE"),
        ("2024-01-05 09:30", True, "INVALID_DATE"),
        ("yesterday", True, "INVALID_DATE"),
        (dt.datetime(2024, 1, 5, 9, 30), True, "INVALID_DATE"),
    ],
)
def test_ambiguous_or_impossible_dates_are_refused(text, day_first, code):
    assert code_of(parse_date, text, day_first) == code


def test_birth_date_in_the_future_is_refused():
    tomorrow = dt.date.today() + dt.timedelta(days=1)

    assert problems_of({"full_name": "王芳", "birth_date": tomorrow.isoformat()}) == {
        ("birth_date", "DATE_IN_FUTURE")
    }


@pytest.mark.parametrize(
    ("value", "currency", "expected"),
    [
        ("1234.56", "CNY", Decimal("1234.56")),
        ("1,234,567.5", "CNY", Decimal("1234567.5")),
        ("１２３４", "CNY", Decimal("1234")),
        (1234.5, "CNY", Decimal("1234.5")),
        (Decimal("10"), "JPY", Decimal("10")),
        (0, "USD", Decimal("0")),
    ],
)
def test_amounts_become_decimals(value, currency, expected):
    amount = parse_amount(value, currency)

    assert amount == expected
    assert isinstance(amount, Decimal)


@pytest.mark.parametrize(
    ("value", "currency", "code"),
    [
        ("12.345", "CNY", "TOO_MANY_DECIMALS"),
        ("12.5", "JPY", "TOO_MANY_DECIMALS"),
        (0.1 + 0.2, "CNY", "TOO_MANY_DECIMALS"),
        ("-5", "CNY", "INVALID_AMOUNT"),
        ("1e5", "CNY", "INVALID_AMOUNT"),
        ("NaN", "CNY", "INVALID_AMOUNT"),
        ("¥100", "CNY", "INVALID_AMOUNT"),
        ("12,34", "CNY", "INVALID_AMOUNT"),
        ("1" * 19, "CNY", "INVALID_AMOUNT"),
        (True, "CNY", "INVALID_TYPE"),
    ],
)
def test_bad_amounts_are_refused_with_their_reason(value, currency, code):
    assert code_of(parse_amount, value, currency) == code


def test_amount_decimals_follow_the_given_currency():
    assert problems_of({"full_name": "王芳", "currency": "jpy", "assets": "100.5"}) == {
        ("assets", "TOO_MANY_DECIMALS")
    }


@pytest.mark.parametrize(
    ("value", "expected"),
    [("CNY", "CNY"), ("usd", "USD"), (" eur ", "EUR"), ("ＪＰＹ", "JPY")],
)
def test_iso_4217_currencies_pass(value, expected):
    assert parse_currency(value) == expected


@pytest.mark.parametrize("value", ["XYZ", "ABC", "RMB", "XXX", "XTS", "CN", "CNYY"])
def test_currencies_outside_iso_4217_are_refused(value):
    assert code_of(parse_currency, value) == "INVALID_CURRENCY"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("CN", "CN"), ("hk", "HK"), ("TW", "TW"), ("DE", "DE"), ("ｕｓ", "US")],
)
def test_iso_3166_countries_pass(value, expected):
    assert parse_country(value) == expected


@pytest.mark.parametrize("value", ["ZZ", "XX", "UK", "AC", "CHN", "C"])
def test_countries_outside_iso_3166_are_refused(value):
    # UK is the reserved code of the United Kingdom (GB); AC is a phone region only.
    assert code_of(parse_country, value) == "INVALID_COUNTRY"


def test_form_api_and_import_share_the_iso_checks():
    problems = problems_of(
        {"full_name": "王芳", "nationality": "ZZ", "currency": "XYZ", "assets": "1"}
    )

    assert problems == {
        ("nationality", "INVALID_COUNTRY"),
        ("currency", "INVALID_CURRENCY"),
    }


def test_blank_values_take_the_column_default():
    values = validate_customer_fields(
        {"full_name": "王芳", "marital_status": "", "tags": None, "email": " "},
        partial=False,
        kind="individual",
    )

    assert values["marital_status"] is MaritalStatus.UNKNOWN
    assert values["tags"] == []
    assert values["email"] is None


def test_tags_and_custom_attributes_are_cleaned():
    values = validate_customer_fields(
        {
            "full_name": "王芳",
            "tags": "VIP，私行; VIP",
            "custom_attributes": {" 来源 ": "网点\u3000推荐", "score": 7},
        },
        partial=False,
        kind="individual",
    )

    assert values["tags"] == ["VIP", "私行"]
    assert values["custom_attributes"] == {"来源": "网点 推荐", "score": 7}


def test_search_keys_index_the_normal_forms():
    keys = search_keys(
        {
            "full_name": "王芳",
            "name_latin": "Wang Fang",
            "id_number": "11010519491231002X",
            "mobile_phone": "+8613800138000",
            "email": "Wang@Example.com",
        },
        KEY,
    )

    assert keys["name_key"] == "王芳|wangfang"
    assert keys["id_number_index"] == index_of("id_number", "11010519491231002X", KEY)
    assert keys["email_index"] == index_of("email", "WANG@example.COM", KEY)
    assert len(keys["mobile_phone_index"]) == 64


def test_a_refusal_message_says_why_and_counts_the_rest():
    from cims.domain.errors import FieldProblem, ValidationFailed

    one = ValidationFailed.one("transactions", "TOO_MANY", "Send at most 100")
    many = ValidationFailed(
        [FieldProblem(f"f{n}", "BAD", f"bad {n}") for n in range(5)]
    )

    assert one.message == "Invalid input: transactions: Send at most 100"
    assert many.message == (
        "Invalid input: f0: bad 0; f1: bad 1; f2: bad 2; and 2 more"
    )


@pytest.mark.parametrize(
    "mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
)
def test_invisible_format_characters_are_refused_in_names_only(mark):
    from cims.domain.validation import Bad, clean, parse_name

    with pytest.raises(Bad) as refused:
        parse_name(f"张{mark}三", 200)
    assert refused.value.code == "FORBIDDEN_CHARACTERS"
    assert parse_name("张三", 200) == "张三"
    assert clean(f"备注{mark}", 50) == f"备注{mark}"  # other free text keeps them


@pytest.mark.parametrize("mark", ["\u200b", "\u2060", "\ufeff"])
def test_the_matching_key_ignores_format_characters(mark):
    from cims.domain.normalize import fold, name_key

    assert fold(f"张{mark}三") == fold("张三") == "张三"
    assert name_key(f"王{mark}芳", "Wang Fang") == name_key("王芳", "Wang Fang")
