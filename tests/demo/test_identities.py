import random
from datetime import date

import phonenumbers
import pytest
from email_validator import validate_email
from stdnum.cn import ric

from cims.demo.identities import (
    BRANCHES,
    IdentityBook,
    _pinyin,
    age_on,
    birth_date_for_age,
    make_identity,
)
from cims.domain.normalize import normalize_phone
from cims.models.enums import Gender

REFERENCE = date(2026, 11, 30)


def identity(seed=7, dataset="german_credit", row=1, age=67, gender=Gender.MALE):
    return make_identity(
        seed, dataset, row, age=age, gender=gender, reference_date=REFERENCE
    )


@pytest.mark.parametrize("age", [18, 19, 35, 59, 75, 79])
@pytest.mark.parametrize("gender", [Gender.MALE, Gender.FEMALE])
def test_resident_id_is_valid_and_agrees_with_age_and_sex(age, gender):
    for row in range(1, 41):
        who = identity(row=row, age=age, gender=gender)

        assert ric.is_valid(who.id_number)
        assert ric.get_birth_date(who.id_number) == who.birth_date
        assert age_on(who.birth_date, REFERENCE) == age
        assert int(who.id_number[16]) % 2 == (1 if gender is Gender.MALE else 0)
        assert who.gender is gender


def test_resident_id_check_digit_is_iso_7064_mod_11_2():
    who = identity()
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    total = sum(int(d) * w for d, w in zip(who.id_number[:17], weights, strict=True))

    assert who.id_number[17] == "10X98765432"[total % 11]


def test_row_without_age_or_sex_gets_an_adult_age_and_a_sex():
    people = [identity(row=r, age=None, gender=None) for r in range(1, 201)]

    assert all(21 <= age_on(p.birth_date, REFERENCE) <= 70 for p in people)
    assert {p.gender for p in people} == {Gender.MALE, Gender.FEMALE}
    assert all(ric.is_valid(p.id_number) for p in people)


def test_mobile_phone_is_a_valid_mainland_mobile_in_e164():
    for row in range(1, 101):
        phone = identity(row=row).mobile_phone
        number = phonenumbers.parse(phone)

        assert phonenumbers.is_valid_number(number)
        assert phonenumbers.region_code_for_number(number) == "CN"
        assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
        assert normalize_phone(phone) == phone


def test_email_is_valid_and_at_a_reserved_example_domain():
    for row in range(1, 101):
        email = identity(row=row).email

        assert validate_email(email, check_deliverability=False).normalized == email
        assert email.rsplit("@", 1)[1] in {"example.com", "example.net", "example.org"}


def test_name_is_chinese_with_its_pinyin():
    who = identity()

    assert who.full_name == who.family_name + who.given_name
    assert 1 <= len(who.given_name) <= 2
    family_latin, given_latin = who.name_latin.split(" ")
    assert family_latin == _pinyin(who.family_name, surname=True).capitalize()
    assert given_latin == _pinyin(who.given_name).capitalize()


def test_pinyin_follows_passport_spelling():
    assert _pinyin("吕", surname=True) == "lyu"
    assert _pinyin("曾", surname=True) == "zeng"
    assert _pinyin("欧阳", surname=True) == "ouyang"
    assert _pinyin("子轩") == "zixuan"


def test_address_is_in_the_branch_city():
    for row in range(1, 51):
        who = identity(row=row)

        assert f"{who.branch.city}市" in who.address
        assert who.branch in BRANCHES


def test_same_seed_gives_the_same_identity():
    assert identity(seed=11, row=5) == identity(seed=11, row=5)


def test_different_seed_gives_a_different_identity():
    first, second = identity(seed=11, row=5), identity(seed=12, row=5)

    assert first.id_number != second.id_number
    assert first.mobile_phone != second.mobile_phone


def test_different_rows_and_data_sets_give_different_identities():
    assert identity(row=1).id_number != identity(row=2).id_number
    assert (
        identity(dataset="german_credit").mobile_phone
        != identity(dataset="credit_scoring").mobile_phone
    )


def test_identity_book_draws_again_when_a_number_is_taken():
    book = IdentityBook(7)
    kwargs = {"age": 40, "gender": Gender.FEMALE, "reference_date": REFERENCE}

    first = book.identity("german_credit", 1, **kwargs)
    again = book.identity("german_credit", 1, **kwargs)

    assert first == make_identity(7, "german_credit", 1, **kwargs)
    assert again == make_identity(7, "german_credit", 1, attempt=1, **kwargs)
    assert {first.id_number, first.mobile_phone, first.email}.isdisjoint(
        {again.id_number, again.mobile_phone, again.email}
    )


def test_birth_date_for_age_handles_a_leap_day_reference():
    rng = random.Random(1)
    reference = date(2024, 2, 29)

    births = [birth_date_for_age(rng, 30, reference) for _ in range(500)]

    assert all(age_on(b, reference) == 30 for b in births)
    assert all(date(1993, 3, 1) <= b <= date(1994, 2, 28) for b in births)
    assert age_on(date(1993, 2, 28), reference) == 31
