"""Accounts and a year of transactions derived from one data-set row.

Pure planning, no database: :func:`plan_accounts` turns a :class:`SourceRow` into
accounts whose balances are the signed sums of their transactions (credits add,
debits subtract; a loan or a card owing money has a negative balance). Everything
is booked in the twelve months that end on the reference date, and every figure is
a function of the seed and the row. ``README.md`` beside this module tells which
account and which transaction comes from which column.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from itertools import accumulate
from typing import NamedTuple

from stdnum import luhn

from cims.demo.datasets import REFERENCE_DATE, SourceRow, cny
from cims.demo.identities import row_random
from cims.models.enums import AccountStatus, Channel, Direction, ProductCategory

MONTHS = 12  # the window: the twelve calendar months ending with the reference date
LOAN_RATE = Decimal("0.0435")  # a year, on the outstanding principal
SAVINGS_RATE = Decimal("0.01")  # a year, credited at each quarter's end
INTEREST_MONTHS = (3, 6, 9, 12)  # calendar months whose 21st is interest day
DORMANT_LAST_MONTH = 5  # a dormant customer's activity stops half way through
BEIJING = timezone(timedelta(hours=8))
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ProductSpec:
    code: str
    name: str
    name_en: str
    category: ProductCategory
    number_prefix: str  # two digits after "62" in the account number


_C = ProductCategory
# A table reads better in rows than one item to a line.
# fmt: off
PRODUCTS: tuple[ProductSpec, ...] = (
    ProductSpec("DEP-CUR", "活期储蓄账户", "Current account", _C.DEPOSIT, "10"),
    ProductSpec("DEP-SAV", "个人储蓄存款", "Savings account", _C.DEPOSIT, "11"),
    ProductSpec("DEP-TD1Y", "一年期整存整取", "One-year time deposit",
                _C.TIME_DEPOSIT, "12"),
    ProductSpec("CARD-STD", "标准信用卡", "Credit card", _C.CREDIT_CARD, "20"),
    ProductSpec("LOAN-PERS", "个人消费贷款", "Personal loan", _C.LOAN, "30"),
    ProductSpec("LOAN-MORT", "个人住房按揭贷款", "Residential mortgage",
                _C.MORTGAGE, "31"),
    ProductSpec("WM-STABLE", "稳健型理财产品", "Conservative wealth product",
                _C.WEALTH, "40"),
    ProductSpec("INS-LIFE", "代理寿险", "Life insurance", _C.INSURANCE, "50"),
)
# fmt: on
PRODUCT_BY_CODE = {p.code: p for p in PRODUCTS}


class Kind(NamedTuple):
    """What a booking is: its category, statement text and direction."""

    category: str
    description: str
    direction: Direction


OPENING = Kind("deposit", "开户存入", Direction.CREDIT)
SALARY = Kind("salary", "工资", Direction.CREDIT)
TRANSFER_IN = Kind("transfer_in", "转账存入", Direction.CREDIT)
INTEREST = Kind("interest", "结息", Direction.CREDIT)
PAYOUT = Kind("loan_disbursement", "贷款发放", Direction.DEBIT)
INSTALMENT_PAID = Kind("loan_repayment", "贷款还款", Direction.DEBIT)
INSTALMENT_RECEIVED = Kind("loan_repayment", "贷款还款", Direction.CREDIT)
CARD_PURCHASE = Kind("card_purchase", "信用卡消费", Direction.DEBIT)
CARD_REPAYMENT = Kind("card_repayment", "信用卡还款", Direction.CREDIT)
SPENDING = (
    (Channel.WECHAT, Kind("payment", "快捷支付", Direction.DEBIT), 30),
    (Channel.MOBILE, Kind("payment", "手机银行支付", Direction.DEBIT), 25),
    (Channel.POS, Kind("purchase", "刷卡消费", Direction.DEBIT), 20),
    (Channel.ONLINE, Kind("payment", "网上银行支付", Direction.DEBIT), 10),
    (Channel.ATM, Kind("cash_withdrawal", "ATM取款", Direction.DEBIT), 10),
    (Channel.BRANCH, Kind("transfer_out", "柜面转账", Direction.DEBIT), 5),
)
# Cumulative weights, as random.choices would otherwise rebuild them on each call.
SPEND_WEIGHTS = tuple(accumulate(weight for *_, weight in SPENDING))
CARD_CHANNELS = (Channel.POS, Channel.ONLINE, Channel.MOBILE, Channel.WECHAT)
CARD_CHANNEL_WEIGHTS = tuple(accumulate((45, 30, 15, 10)))
REPAY_CHANNELS = (
    Channel.MOBILE,
    Channel.ONLINE,
    Channel.WECHAT,
    Channel.BRANCH,
    Channel.PHONE,
)
REPAY_WEIGHTS = tuple(accumulate((50, 25, 15, 5, 5)))
TRANSFER_CHANNELS = (Channel.MOBILE, Channel.ONLINE, Channel.WECHAT, Channel.BRANCH)
TRANSFER_WEIGHTS = tuple(accumulate((45, 25, 20, 10)))
OWN_OTHER_BANK = "本人他行账户"
# fmt: off
PAYEES = (
    "连锁超市", "餐饮商户", "加油站", "电商平台", "物业服务", "电力公司", "通信运营商",
    "连锁药店", "航空公司", "酒店", "便利店", "电影院",
)
# fmt: on
LOAN_PAYEES = {
    "car (new)": "汽车经销商",
    "car (used)": "二手车商户",
    "furniture/equipment": "家具商场",
    "radio/television": "家电商场",
    "domestic appliances": "家电商场",
    "education": "教育培训机构",
    "retraining": "职业培训机构",
    "repairs": "装修公司",
    "business": "经营性商户",
}


@dataclass(slots=True)
class Entry:
    booked_at: datetime
    amount: Decimal
    direction: Direction
    channel: Channel
    category: str
    description: str
    counterparty: str | None = None


@dataclass(slots=True)
class PlannedAccount:
    product: ProductSpec
    number: str
    opened_on: date
    credit_limit: Decimal | None = None
    status: AccountStatus = AccountStatus.ACTIVE
    closed_on: date | None = None
    balance: Decimal = ZERO
    entries: list[Entry] = field(default_factory=list)

    def book(self, entry: Entry) -> None:
        self.entries.append(entry)
        signed = entry.amount if entry.direction is Direction.CREDIT else -entry.amount
        self.balance += signed


def month_start(month: int) -> date:
    """The first day of the window's ``month`` (0 is the oldest).

    Days booked never pass the 28th, so every booking falls on or before a reference
    date that ends its month.
    """
    index = REFERENCE_DATE.year * 12 + REFERENCE_DATE.month - MONTHS + month
    return date(index // 12, index % 12 + 1, 1)


# Midnight in Beijing at the start of each month, in UTC: the base of every booking.
_MONTH_STARTS = [
    datetime.combine(month_start(m), time(), BEIJING).astimezone(UTC)
    for m in range(MONTHS)
]


def at(month: int, day: int, rng: random.Random, hours: tuple[int, int]) -> datetime:
    """A UTC time on ``day`` of ``month``, within the Beijing hours ``hours``."""
    first, last = hours
    seconds = first * 3600 + int(rng.random() * (last - first + 1) * 3600)
    return _MONTH_STARTS[month] + timedelta(days=day - 1, seconds=seconds)


def account_number(
    product: ProductSpec, branch_no: int, customer_no: str, rng: random.Random
) -> str:
    """19 digits like a UnionPay card: unique per product and customer, Luhn-checked.

    ``customer_no`` is ``C`` and ten digits, all of which go into the number.
    """
    body = f"62{product.number_prefix}{branch_no:02d}{customer_no[1:]}"
    body += f"{rng.randrange(100):02d}"
    return body + luhn.calc_check_digit(body)


def plan_accounts(
    seed: int,
    row: SourceRow,
    customer_no: str,
    branch_no: int,
    *,
    dormant: bool = False,
) -> list[PlannedAccount]:
    """The accounts of one customer with a year of transactions on them."""
    planner = _Planner(
        row_random(seed, row.dataset, row.row, "history"),
        row,
        customer_no,
        branch_no,
        dormant,
    )
    return planner.run()


class _Planner:
    """Books one customer's year month by month, in date order within a month."""

    def __init__(
        self,
        rng: random.Random,
        row: SourceRow,
        customer_no: str,
        branch_no: int,
        dormant: bool,
    ) -> None:
        self.rng, self.row, self.dormant = rng, row, dormant
        self.customer_no, self.branch_no = customer_no, branch_no
        self.last_month = DORMANT_LAST_MONTH if dormant else MONTHS - 1
        self.pay_day = rng.randint(5, 10)
        self.due_day = rng.randint(self.pay_day + 1, 15)
        self.spend = self._monthly_spend()
        self.months_unspent = 0
        # Without a salary, money comes in every other month, or each quarter for a
        # card holder whose card is paid from another bank.
        self.top_up_every = 3 if row.credit_limit else 2
        self.savings = self.loan = self.card = None

    def run(self) -> list[PlannedAccount]:
        self.current = self._open("DEP-CUR", 0, self.rng.randint(1, 4))
        self._deposit_opening()
        if self.row.assets:
            self._open_savings()
        if self.row.loan_amount:
            self._open_loan()
        if self.row.credit_limit:
            self._open_card()
        for month in range(self.last_month + 1):
            self._month(month)
        return self._finish()

    def _open(self, code: str, month: int, day: int, **kwargs) -> PlannedAccount:
        product = PRODUCT_BY_CODE[code]
        number = account_number(product, self.branch_no, self.customer_no, self.rng)
        opened = month_start(month).replace(day=day)
        return PlannedAccount(product, number, opened, **kwargs)

    def _book(
        self,
        account: PlannedAccount,
        when: datetime,
        amount: Decimal,
        kind: Kind,
        channel: Channel,
        counterparty: str | None = None,
    ) -> Decimal:
        """Book ``amount`` rounded to the fen, unless that leaves nothing."""
        amount = cny(amount)
        if amount > 0:
            account.book(
                Entry(
                    when,
                    amount,
                    kind.direction,
                    channel,
                    kind.category,
                    kind.description,
                    counterparty,
                )
            )
        return amount

    def _factor(self, low: float, high: float) -> Decimal:
        return Decimal(str(self.rng.uniform(low, high)))

    def _monthly_spend(self) -> Decimal:
        if self.row.monthly_expenses is not None:
            return self.row.monthly_expenses
        if self.row.monthly_income is not None:
            return self.row.monthly_income * Decimal("0.6")
        return Decimal(self.rng.randrange(800, 3000))

    def _month(self, month: int) -> None:
        self._inflow(month)
        if self.loan is not None:
            self._instalment(month)
        self._spending(month)
        if self.card is not None:
            self._card_month(month)
        if self.savings is not None:
            self._savings_interest(month)

    def _finish(self) -> list[PlannedAccount]:
        accounts = [a for a in (self.current, self.savings, self.loan, self.card) if a]
        if self.dormant:
            for account in accounts:
                account.status = AccountStatus.DORMANT
        return accounts

    # --- current account: opening, income, spending ------------------------------

    def _deposit_opening(self) -> None:
        base = self.row.monthly_income or self.spend
        when = at(0, self.current.opened_on.day, self.rng, (9, 16))
        amount = base * self._factor(0.5, 2.0)
        self._book(self.current, when, amount, OPENING, Channel.BRANCH)

    def _inflow(self, month: int) -> None:
        when = at(month, self.pay_day, self.rng, (8, 11))
        if self.row.monthly_income is not None:
            amount = self.row.monthly_income * self._factor(0.97, 1.03)
            self._book(self.current, when, amount, SALARY, Channel.ONLINE, "代发工资")
        elif month % self.top_up_every == 0:
            self._transfer_in(when, self._transfer_need())

    def _transfer_need(self) -> Decimal:
        need = (self.spend + self._instalment_estimate()) * self.top_up_every
        return need * self._factor(1.0, 1.3)

    def _transfer_in(self, when: datetime, amount: Decimal) -> None:
        channel = self.rng.choices(TRANSFER_CHANNELS, cum_weights=TRANSFER_WEIGHTS)[0]
        self._book(self.current, when, amount, TRANSFER_IN, channel, OWN_OTHER_BANK)

    def _spending(self, month: int) -> None:
        """Now and then a larger payment, sized to the spending since the last one."""
        self.months_unspent += 1
        if self.rng.random() > 0.3 or self.current.balance <= 0:
            return
        wanted = self.spend * self.months_unspent * self._factor(0.7, 1.1)
        amount = min(wanted, self.current.balance * Decimal("0.9"))
        channel, kind, _ = self.rng.choices(SPENDING, cum_weights=SPEND_WEIGHTS)[0]
        if channel is Channel.ATM:
            amount = Decimal(int(amount // 100) * 100)
        when = at(month, self.rng.randint(self.due_day + 1, 27), self.rng, (7, 22))
        payee = None if channel is Channel.ATM else self.rng.choice(PAYEES)
        if self._book(self.current, when, amount, kind, channel, payee):
            self.months_unspent = 0

    # --- savings -----------------------------------------------------------------

    def _open_savings(self) -> None:
        day = self.current.opened_on.day + self.rng.randint(0, 6)
        self.savings = self._open("DEP-SAV", 0, day)
        when = at(0, day, self.rng, (9, 16))
        self._book(self.savings, when, self.row.assets, OPENING, Channel.BRANCH)

    def _savings_interest(self, month: int) -> None:
        if month_start(month).month not in INTEREST_MONTHS:
            return
        interest = self.savings.balance * SAVINGS_RATE / 4
        when = at(month, 21, self.rng, (0, 1))
        self._book(self.savings, when, interest, INTEREST, Channel.ONLINE)

    # --- loan --------------------------------------------------------------------

    def _open_loan(self) -> None:
        self.loan_month = self.rng.randint(2, 9)
        day = self.rng.randint(1, 4)
        self.loan = self._open("LOAN-PERS", self.loan_month, day)
        self.outstanding = self.row.loan_amount
        self.instalments_left = self.row.loan_months
        self.missed = self.rng.randint(1, 3) if self.row.label == "bad" else 0
        payee = LOAN_PAYEES.get(self.row.custom_attributes.get("purpose"), "合作商户")
        when = at(self.loan_month, day, self.rng, (9, 16))
        self._book(self.loan, when, self.row.loan_amount, PAYOUT, Channel.BRANCH, payee)

    def _instalment_estimate(self) -> Decimal:
        if not self.row.loan_amount:
            return ZERO
        return self.row.loan_amount / self.row.loan_months * Decimal("1.05")

    def _instalment(self, month: int) -> None:
        if month <= self.loan_month or self.instalments_left == 0:
            return
        if month > MONTHS - 1 - self.missed:
            return  # a bad payer's last instalments are in arrears
        principal = cny(self.outstanding / self.instalments_left)
        due = principal + cny(self.outstanding * LOAN_RATE / 12)
        when = at(month, self.due_day, self.rng, (2, 4))
        self._cover(due, when)
        self._book(
            self.current, when, due, INSTALMENT_PAID, Channel.ONLINE, "个人消费贷款"
        )
        self._book(self.loan, when, principal, INSTALMENT_RECEIVED, Channel.ONLINE)
        self.outstanding -= principal
        self.instalments_left -= 1
        if self.instalments_left == 0:
            self.loan.status, self.loan.closed_on = AccountStatus.CLOSED, when.date()

    def _cover(self, due: Decimal, when: datetime) -> None:
        """A transfer in just before an instalment that the balance cannot meet."""
        short = due - self.current.balance
        if short > 0:
            amount = Decimal(int(short * Decimal("1.2") // 100 + 1) * 100)
            self._transfer_in(when - timedelta(hours=1), amount)

    # --- credit card -------------------------------------------------------------

    def _open_card(self) -> None:
        self.card_month = self.rng.randint(0, 3)
        day = self.rng.randint(1, 10)
        limit = self.row.credit_limit
        self.card = self._open("CARD-STD", self.card_month, day, credit_limit=limit)
        bill = self.row.card_bill or ZERO
        if bill > 0:
            self.card_spend = bill * self._factor(0.5, 1.0)
        else:
            self.card_spend = limit * self._factor(0, 0.03)
        self.repay_day = self.rng.randint(20, 26)

    def _card_month(self, month: int) -> None:
        if month < self.card_month:
            return
        first = self.card.opened_on.day if month == self.card_month else 1
        draw = self.rng.random()  # no purchase in some months, two in others
        purchases = 0 if draw < 0.2 else 2 if draw > 0.85 else 1
        for _ in range(purchases):
            self._card_purchase(month, first, self.card_spend / purchases)
        self._card_repayment(month)

    def _card_purchase(self, month: int, first_day: int, target: Decimal) -> None:
        available = self.row.credit_limit + self.card.balance
        amount = min(target * self._factor(0.6, 1.4), available)
        channel = self.rng.choices(CARD_CHANNELS, cum_weights=CARD_CHANNEL_WEIGHTS)[0]
        day = self.rng.randint(first_day, self.repay_day - 1)
        when = at(month, day, self.rng, (8, 23))
        payee = self.rng.choice(PAYEES)
        self._book(self.card, when, amount, CARD_PURCHASE, channel, payee)

    def _card_repayment(self, month: int) -> None:
        owed = -self.card.balance
        if owed <= 0:
            return
        share = self._repayment_share(month)
        channel = self.rng.choices(REPAY_CHANNELS, cum_weights=REPAY_WEIGHTS)[0]
        when = at(month, self.repay_day, self.rng, (8, 22))
        self._book(
            self.card, when, owed * share, CARD_REPAYMENT, channel, OWN_OTHER_BANK
        )

    def _repayment_share(self, month: int) -> Decimal:
        """Full, revolving or minimum: a defaulter stops paying in the last months."""
        if self.dormant and month == self.last_month:
            return Decimal(1)
        if self.row.label == "bad":
            return ZERO if month >= MONTHS - 2 else self._factor(0.1, 0.3)
        if self.rng.random() < 0.75:
            return Decimal(1)
        return self._factor(0.2, 0.6)
