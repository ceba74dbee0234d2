from decimal import Decimal

from cims.demo.datasets import (
    DATASETS,
    parse_cell,
    read_all,
    read_credit_card_clients,
    read_credit_scoring,
    read_german_credit,
)
from cims.models.enums import Gender, MaritalStatus


def test_every_row_of_each_data_set_is_read_once_in_file_order():
    rows = {}
    for dataset, row in read_all():
        rows.setdefault(dataset.name, []).append(row.row)

    assert {name: len(numbers) for name, numbers in rows.items()} == {
        "german_credit": 1000,
        "credit_scoring": 4454,
        "credit_card_clients": 6000,
    }
    assert all(numbers == list(range(1, len(numbers) + 1)) for numbers in rows.values())


def test_read_all_with_a_limit_takes_the_first_rows_of_each_data_set():
    taken = [(dataset.code, row.row) for dataset, row in read_all(limit=2)]

    assert taken == [(1, 1), (1, 2), (2, 1), (2, 2), (3, 1), (3, 2)]


def test_first_german_credit_row_maps_to_customer_attributes():
    row = next(read_german_credit())

    assert (row.age, row.gender, row.label) == (67, Gender.MALE, "good")
    assert row.marital_status is MaritalStatus.DIVORCED
    # 1,169 DM at 7.80 CNY / 1.95583 DM per euro
    assert row.loan_amount == row.liabilities == Decimal("4662.06")
    assert (row.loan_months, row.annual_income, row.assets) == (6, None, None)
    assert row.occupation == "技术员工/公务人员"
    assert row.custom_attributes["credit_amount"] == 1169
    assert row.custom_attributes["creditability"] == "good"
    assert row.custom_attributes["housing"] == "own"
    assert (row.custom_attributes["dataset"], row.custom_attributes["source_row"]) == (
        "german_credit",
        1,
    )


def test_german_savings_band_becomes_assets_at_its_middle():
    rows = {r.row: r for r in read_german_credit()}

    # row 2: "... < 100 DM" read as 50 DM
    assert rows[2].custom_attributes["savings_account_and_bonds"] == "... < 100 DM"
    assert rows[2].assets == Decimal("199.40")


def test_german_women_have_an_unknown_marital_status():
    women = [r for r in read_german_credit() if r.gender is Gender.FEMALE]

    assert len(women) == 310
    assert {r.marital_status for r in women} == {MaritalStatus.UNKNOWN}


def test_first_credit_scoring_row_maps_monthly_income_to_annual_cny():
    row = next(read_credit_scoring())

    # Income 129 thousand pesetas a month: 6,047.38 CNY, twelve times a year
    assert row.annual_income == Decimal("72568.56")
    assert row.monthly_income == Decimal("6047.38")
    assert row.monthly_expenses == Decimal("3422.16")
    assert row.assets == Decimal("0.00")
    assert row.liabilities == row.loan_amount == Decimal("37503.16")
    assert (row.age, row.gender, row.label, row.loan_months) == (30, None, "good", 60)
    assert row.marital_status is MaritalStatus.MARRIED
    assert row.occupation == "自由职业"
    assert row.custom_attributes["Status"] == "good"


def test_credit_scoring_missing_cells_become_none():
    row = next(r for r in read_credit_scoring() if r.row == 30)

    assert (row.annual_income, row.assets, row.occupation) == (None, None, None)
    assert row.custom_attributes["Income"] is None
    assert row.custom_attributes["housing"] is None
    # Debt is missing too, so the liabilities are the loan alone
    assert row.liabilities == row.loan_amount


def test_credit_scoring_counts_missing_incomes():
    missing = [r for r in read_credit_scoring() if r.annual_income is None]

    assert len(missing) == 381


def test_first_card_row_maps_limit_and_bill_from_taiwan_dollars():
    row = next(read_credit_card_clients())

    assert row.credit_limit == Decimal("88000.00")
    assert row.card_bill == row.liabilities == Decimal("44396.00")
    assert (row.education, row.marital_status) == ("研究生", MaritalStatus.SINGLE)
    assert (row.age, row.gender, row.label) == (None, None, "good")
    assert row.custom_attributes["default"] == 0


def test_card_default_is_a_bad_label():
    labels = {
        r.custom_attributes["default"]: r.label for r in read_credit_card_clients()
    }

    assert labels == {0: "good", 1: "bad"}


def test_negative_card_bill_leaves_no_liabilities():
    row = next(r for r in read_credit_card_clients() if r.card_bill < 0)

    assert row.liabilities == Decimal("0.00")


def test_parse_cell_reads_numbers_and_missing_values():
    assert parse_cell("12") == 12
    assert parse_cell("129.0") == 129.0
    assert parse_cell("-3") == -3
    assert parse_cell("married") == "married"
    assert parse_cell(" ") is None
    assert parse_cell("99999999") is None


def test_data_sets_have_distinct_customer_number_digits():
    assert sorted(d.code for d in DATASETS) == [1, 2, 3]
