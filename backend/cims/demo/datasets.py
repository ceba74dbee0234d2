"""The three public credit data sets, read row by row into customer attributes.

Money becomes CNY at fixed demo rates (constants below, not market quotes), so that
the demo bank keeps one currency and each data set keeps its proportions:

- ``german_credit.csv``: amounts are Deutsche Mark (the Statlog documentation). DM to
  EUR at the irrevocable changeover rate 1.95583, EUR to CNY at 7.80. The data set
  gives no income; ``savings_account_and_bonds`` is a band, read as its middle
  (``... < 100 DM`` as 50 DM, ``>= 1000 DM`` as 1,500 DM) to give ``assets``;
  ``credit_amount`` is the loan and ``liabilities``.
- ``credit_scoring.csv``: the source states no unit. Its magnitudes (Income median
  125 and Expenses 51 a month, Amount 1,000 against a Price of 1,400, Assets 3,000)
  fit thousands of Spanish pesetas, as the data predate the euro: ESP to EUR at the
  changeover rate 166.386, EUR to CNY at 7.80. Income and Expenses are monthly, so
  annual income is twelve times Income; ``liabilities`` is Debt plus the loan Amount.
  Missing cells (empty here; 99999999 in older copies) become ``None``.
- ``credit_card_clients.csv``: New Taiwan dollars (the UCI documentation); TWD to CNY
  at 0.22. ``LIMIT_BAL`` is the card's limit, ``BILL_AMT1`` its latest bill and,
  when positive, ``liabilities``. This copy has no age, sex or income.

``custom_attributes`` keeps every original column under its own name and value, so
the source row can be read back, plus ``dataset``, ``source_row`` (1-based position
in the file), ``label`` (``good`` or ``bad``; a card default counts as bad) and a
normalised ``housing`` where the data set has one.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from itertools import islice
from pathlib import Path

from cims.models.enums import Gender, MaritalStatus

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

CNY_PER_EUR = Decimal("7.80")
DM_PER_EUR = Decimal("1.95583")
ESP_PER_EUR = Decimal("166.386")
CNY_PER_TWD = Decimal("0.22")
CNY_PER_DM = CNY_PER_EUR / DM_PER_EUR
CNY_PER_THOUSAND_ESP = 1000 * CNY_PER_EUR / ESP_PER_EUR

# Ages are read as of the demo bank's as-of date, not the years the data were
# collected (1973-1975, the 1990s, 2005): read that way, the German applicants would
# be past a hundred today and no use as living customers.
REFERENCE_DATE = date(2026, 11, 30)

MISSING_SENTINEL = 99999999
_INTEGER = re.compile(r"-?\d+")


@dataclass(frozen=True)
class SourceRow:
    """One row of a data set, mapped to what a customer record holds."""

    dataset: str
    row: int
    label: str
    age: int | None
    gender: Gender | None  # None: the data set does not say
    marital_status: MaritalStatus
    occupation: str | None
    education: str | None
    annual_income: Decimal | None
    assets: Decimal | None
    liabilities: Decimal | None
    monthly_expenses: Decimal | None
    credit_limit: Decimal | None
    card_bill: Decimal | None
    loan_amount: Decimal | None
    loan_months: int | None
    custom_attributes: dict

    @property
    def monthly_income(self) -> Decimal | None:
        return None if self.annual_income is None else cny(self.annual_income / 12)


def cny(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def parse_cell(text: str) -> int | float | str | None:
    """A CSV cell as JSON wants it: numbers as numbers, empty or sentinel as None."""
    text = text.strip()
    if not text:
        return None
    try:
        number = int(text) if _INTEGER.fullmatch(text) else float(text)
    except ValueError:
        return text
    return None if number == MISSING_SENTINEL else number


def read_csv(name: str, data_dir: Path = DATA_DIR) -> Iterator[tuple[int, dict]]:
    """(1-based row number, {column: parsed cell}) for each data row of a file."""
    with (data_dir / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        for number, record in enumerate(csv.DictReader(handle), start=1):
            yield number, {k: parse_cell(v) for k, v in record.items()}


def _attributes(dataset: str, row: int, label: str, record: dict, **extra) -> dict:
    return {"dataset": dataset, "source_row": row, "label": label, **extra, **record}


def _money(value, rate: Decimal) -> Decimal | None:
    return None if value is None else cny(Decimal(str(value)) * rate)


# --- german_credit ---------------------------------------------------------------

GERMAN_SEX_MARITAL = {
    "male : single": (Gender.MALE, MaritalStatus.SINGLE),
    "male : married/widowed": (Gender.MALE, MaritalStatus.MARRIED),
    "male : divorced/separated": (Gender.MALE, MaritalStatus.DIVORCED),
    # The source lumps these three together for women; which one is unknown.
    "female : divorced/separated/married": (Gender.FEMALE, MaritalStatus.UNKNOWN),
}
GERMAN_JOBS = {
    "unemployed/ unskilled - non-resident": "无业/非技术工人",
    "unskilled - resident": "非技术工人",
    "skilled employee / official": "技术员工/公务人员",
    "management/ self-employed/ highly qualified employee/ officer": (
        "管理人员/自雇/高级专业人员"
    ),
}
GERMAN_SAVINGS_DM = {
    "... < 100 DM": 50,
    "100 <= ... < 500 DM": 300,
    "500 <= ... < 1000 DM": 750,
    "... >= 1000 DM": 1500,
}
GERMAN_HOUSING = {"own": "own", "rent": "rent", "for free": "free"}


def read_german_credit(data_dir: Path = DATA_DIR) -> Iterator[SourceRow]:
    for row, record in read_csv("german_credit", data_dir):
        yield _german_row(row, record)


def _german_row(row: int, record: dict) -> SourceRow:
    gender, marital = GERMAN_SEX_MARITAL[record["personal_status_and_sex"]]
    amount = _money(record["credit_amount"], CNY_PER_DM)
    label = record["creditability"]
    return SourceRow(
        dataset="german_credit",
        row=row,
        label=label,
        age=record["age_in_years"],
        gender=gender,
        marital_status=marital,
        occupation=GERMAN_JOBS[record["job"]],
        education=None,
        annual_income=None,
        assets=_money(
            GERMAN_SAVINGS_DM.get(record["savings_account_and_bonds"]), CNY_PER_DM
        ),
        liabilities=amount,
        monthly_expenses=None,
        credit_limit=None,
        card_bill=None,
        loan_amount=amount,
        loan_months=record["duration_in_month"],
        custom_attributes=_attributes(
            "german_credit",
            row,
            label,
            record,
            housing=GERMAN_HOUSING[record["housing"]],
        ),
    )


# --- credit_scoring --------------------------------------------------------------

SCORING_MARITAL = {
    "single": MaritalStatus.SINGLE,
    "married": MaritalStatus.MARRIED,
    "widow": MaritalStatus.WIDOWED,
    "separated": MaritalStatus.SEPARATED,
    "divorced": MaritalStatus.DIVORCED,
}
SCORING_JOBS = {
    "fixed": "固定职员",
    "freelance": "自由职业",
    "partime": "兼职",
    "others": "其他",
}
SCORING_HOUSING = {
    "owner": "own",
    "rent": "rent",
    "parents": "parents",
    "priv": "private",
    "other": "other",
    "ignore": None,
}


def read_credit_scoring(data_dir: Path = DATA_DIR) -> Iterator[SourceRow]:
    for row, record in read_csv("credit_scoring", data_dir):
        yield _scoring_row(row, record)


def _scoring_row(row: int, record: dict) -> SourceRow:
    income = _money(record["Income"], CNY_PER_THOUSAND_ESP)
    amount = _money(record["Amount"], CNY_PER_THOUSAND_ESP)
    debt = _money(record["Debt"], CNY_PER_THOUSAND_ESP)
    label = record["Status"]
    return SourceRow(
        dataset="credit_scoring",
        row=row,
        label=label,
        age=record["Age"],
        gender=None,
        marital_status=SCORING_MARITAL.get(record["Marital"], MaritalStatus.UNKNOWN),
        occupation=SCORING_JOBS.get(record["Job"]),
        education=None,
        annual_income=None if income is None else income * 12,
        assets=_money(record["Assets"], CNY_PER_THOUSAND_ESP),
        liabilities=amount + (debt or 0),
        monthly_expenses=_money(record["Expenses"], CNY_PER_THOUSAND_ESP),
        credit_limit=None,
        card_bill=None,
        loan_amount=amount,
        loan_months=record["Time"],
        custom_attributes=_attributes(
            "credit_scoring",
            row,
            label,
            record,
            housing=SCORING_HOUSING.get(record["Home"]),
        ),
    )


# --- credit_card_clients ---------------------------------------------------------

CARD_EDUCATION = {1: "研究生", 2: "本科", 3: "高中", 4: "其他"}  # 0, 5, 6: unknown
CARD_MARRIAGE = {1: MaritalStatus.MARRIED, 2: MaritalStatus.SINGLE}  # 3: others


def read_credit_card_clients(data_dir: Path = DATA_DIR) -> Iterator[SourceRow]:
    for row, record in read_csv("credit_card_clients", data_dir):
        yield _card_row(row, record)


def _card_row(row: int, record: dict) -> SourceRow:
    bill = _money(record["BILL_AMT1"], CNY_PER_TWD)
    label = "bad" if record["default"] == 1 else "good"
    return SourceRow(
        dataset="credit_card_clients",
        row=row,
        label=label,
        age=None,
        gender=None,
        marital_status=CARD_MARRIAGE.get(record["MARRIAGE"], MaritalStatus.UNKNOWN),
        occupation=None,
        education=CARD_EDUCATION.get(record["EDUCATION"]),
        annual_income=None,
        assets=None,
        liabilities=bill if bill > 0 else Decimal("0.00"),
        monthly_expenses=None,
        credit_limit=_money(record["LIMIT_BAL"], CNY_PER_TWD),
        card_bill=bill,
        loan_amount=None,
        loan_months=None,
        custom_attributes=_attributes("credit_card_clients", row, label, record),
    )


@dataclass(frozen=True)
class Dataset:
    name: str
    code: int  # the digit after "C" in customer numbers
    reader: Callable[[Path], Iterator[SourceRow]]
    reference_date: date = REFERENCE_DATE


DATASETS: tuple[Dataset, ...] = (
    Dataset("german_credit", 1, read_german_credit),
    Dataset("credit_scoring", 2, read_credit_scoring),
    Dataset("credit_card_clients", 3, read_credit_card_clients),
)


def read_all(
    data_dir: Path = DATA_DIR, limit: int | None = None
) -> Iterator[tuple[Dataset, SourceRow]]:
    """Every row of every data set, or the first ``limit`` rows of each."""
    for dataset in DATASETS:
        for row in islice(dataset.reader(data_dir), limit):
            yield dataset, row
