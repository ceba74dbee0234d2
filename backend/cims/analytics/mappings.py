"""Column mappings of the credit model: which columns of a labelled table are
numeric, which categorical, which holds the label and what value of it is "bad".

Plain data, apart from ``cims.analytics.credit`` so that the mappings and the
registry kinds they name are at hand without importing scikit-learn (the API's
start-up and the command line's parser need them; training and scoring do not).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Ratio:
    """A derived input ``numerator / denominator``; may use earlier ratios."""

    name: str
    numerator: str
    denominator: str


@dataclass(frozen=True)
class ColumnMapping:
    """How a labelled table feeds the model: columns by name, label and bad value.

    ``missing`` lists numeric sentinels that stand for "unknown" (99999999 in the
    original CreditScoring data). ``words`` gives each input its English and Chinese
    name for factors; ``value_words`` the same for coded category values. ``money``
    names the numeric inputs (ratios included) that are amounts in the data set's
    currency unit, so that a factor can show them in the customer's currency.
    """

    name: str
    label: str
    bad: tuple[Any, ...]
    numeric: tuple[str, ...] = ()
    categorical: tuple[str, ...] = ()
    ratios: tuple[Ratio, ...] = ()
    missing: tuple[float, ...] = ()
    words: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    value_words: Mapping[str, Mapping[str, tuple[str, str]]] = field(
        default_factory=dict
    )
    source: str | None = None
    # A plain default (no factory): a mapping pickled before it existed still reads it.
    money: tuple[str, ...] = ()

    @property
    def numeric_inputs(self) -> tuple[str, ...]:
        return self.numeric + tuple(r.name for r in self.ratios)

    @property
    def inputs(self) -> tuple[str, ...]:
        return self.numeric_inputs + self.categorical

    def validate(self) -> None:
        names = list(self.inputs)
        if not names:
            raise ValueError(f"mapping {self.name} declares no input column")
        if len(set(names)) != len(names) or self.label in names:
            raise ValueError(f"mapping {self.name} repeats a column or uses the label")
        if not self.bad:
            raise ValueError(f"mapping {self.name} declares no bad label value")
        known = set(self.numeric)
        for ratio in self.ratios:
            if not {ratio.numerator, ratio.denominator} <= known:
                raise ValueError(f"ratio {ratio.name} uses an undeclared column")
            known.add(ratio.name)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ColumnMapping:
        """Build from plain data (a JSON file of the same shape as ``to_dict``)."""
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown mapping keys: {', '.join(sorted(unknown))}")
        values = dict(data)
        for key in ("bad", "numeric", "categorical", "missing", "money"):
            if key in values:
                values[key] = tuple(values[key])
        values["ratios"] = tuple(Ratio(**r) for r in values.get("ratios", ()))
        values["words"] = {k: tuple(v) for k, v in values.get("words", {}).items()}
        values["value_words"] = {
            col: {str(k): tuple(v) for k, v in table.items()}
            for col, table in values.get("value_words", {}).items()
        }
        mapping = cls(**values)
        mapping.validate()
        return mapping


# Sex, marital status and nationality are left out of the shipped mappings: fair-lending
# rules forbid deciding credit on them, and leaving them out costs under 0.01 of AUC.
GERMAN_CREDIT = ColumnMapping(
    name="german_credit",
    label="creditability",
    bad=("bad",),
    numeric=(
        "duration_in_month",
        "credit_amount",
        "installment_rate_in_percentage_of_disposable_income",
        "present_residence_since",
        "age_in_years",
        "number_of_existing_credits_at_this_bank",
        "number_of_people_being_liable_to_provide_maintenance_for",
    ),
    categorical=(
        "status_of_existing_checking_account",
        "credit_history",
        "purpose",
        "savings_account_and_bonds",
        "present_employment_since",
        "other_debtors_or_guarantors",
        "property",
        "other_installment_plans",
        "housing",
        "job",
        "telephone",
    ),
    ratios=(Ratio("amount_per_month", "credit_amount", "duration_in_month"),),
    words={
        "duration_in_month": ("Loan duration in months", "贷款期限（月）"),
        "credit_amount": ("Credit amount", "贷款金额"),
        "installment_rate_in_percentage_of_disposable_income": (
            "Instalment rate (% of disposable income)",
            "分期还款占可支配收入比例",
        ),
        "present_residence_since": ("Years at present residence", "现住址居住年限"),
        "age_in_years": ("Age", "年龄"),
        "number_of_existing_credits_at_this_bank": (
            "Existing credits at this bank",
            "本行现有贷款笔数",
        ),
        "number_of_people_being_liable_to_provide_maintenance_for": (
            "Dependants",
            "供养人数",
        ),
        "amount_per_month": ("Credit amount per month of duration", "每月贷款额"),
        "status_of_existing_checking_account": ("Checking account", "支票账户状态"),
        "credit_history": ("Credit history", "信用记录"),
        "purpose": ("Purpose", "贷款用途"),
        "savings_account_and_bonds": ("Savings and bonds", "储蓄及债券"),
        "present_employment_since": ("Employment length", "现职工作年限"),
        "other_debtors_or_guarantors": (
            "Other debtors or guarantors",
            "共同债务人或担保人",
        ),
        "property": ("Property", "财产"),
        "other_installment_plans": ("Other instalment plans", "其他分期计划"),
        "housing": ("Housing", "住房"),
        "job": ("Job", "职业"),
        "telephone": ("Telephone", "电话"),
    },
    value_words={
        "status_of_existing_checking_account": {
            "... < 0 DM": ("below 0 DM", "余额低于 0 马克"),
            "0 <= ... < 200 DM": ("0 to 200 DM", "余额 0 至 200 马克"),
            "... >= 200 DM / salary assignments for at least 1 year": (
                "200 DM or more, or salary paid in for a year",
                "余额 200 马克以上或代发工资满一年",
            ),
            "no checking account": ("none", "无支票账户"),
        },
        "credit_history": {
            "all credits at this bank paid back duly": (
                "all credits at this bank repaid on time",
                "本行贷款均按时还清",
            ),
            "critical account/ other credits existing (not at this bank)": (
                "critical account or credits at other banks",
                "关注账户或在他行有贷款",
            ),
            "delay in paying off in the past": (
                "repayments delayed in the past",
                "曾有逾期还款",
            ),
            "existing credits paid back duly till now": (
                "existing credits repaid on time so far",
                "现有贷款至今按时还款",
            ),
            "no credits taken/ all credits paid back duly": (
                "no credits taken or all repaid on time",
                "无贷款或均已按时还清",
            ),
        },
        "purpose": {
            "business": ("business", "经营"),
            "car (new)": ("new car", "新车"),
            "car (used)": ("used car", "二手车"),
            "domestic appliances": ("domestic appliances", "家用电器"),
            "education": ("education", "教育"),
            "furniture/equipment": ("furniture or equipment", "家具设备"),
            "others": ("other", "其他"),
            "radio/television": ("radio or television", "收音机或电视"),
            "repairs": ("repairs", "维修"),
            "retraining": ("retraining", "再培训"),
        },
        "savings_account_and_bonds": {
            "... < 100 DM": ("below 100 DM", "低于 100 马克"),
            "100 <= ... < 500 DM": ("100 to 500 DM", "100 至 500 马克"),
            "500 <= ... < 1000 DM": ("500 to 1,000 DM", "500 至 1000 马克"),
            "... >= 1000 DM": ("1,000 DM or more", "1000 马克以上"),
            "unknown/ no savings account": ("unknown or none", "未知或无储蓄"),
        },
        "present_employment_since": {
            "... < 1 year": ("under a year", "不足 1 年"),
            "1 <= ... < 4 years": ("1 to 4 years", "1 至 4 年"),
            "4 <= ... < 7 years": ("4 to 7 years", "4 至 7 年"),
            "... >= 7 years": ("7 years or more", "7 年以上"),
            "unemployed": ("unemployed", "无业"),
        },
        "other_debtors_or_guarantors": {
            "co-applicant": ("co-applicant", "共同申请人"),
            "guarantor": ("guarantor", "担保人"),
            "none": ("none", "无"),
        },
        "property": {
            "building society savings agreement/ life insurance": (
                "building-society savings or life insurance",
                "住房储蓄或人寿保险",
            ),
            "car or other, not in attribute Savings account/bonds": (
                "car or other property",
                "汽车或其他财产",
            ),
            "real estate": ("real estate", "不动产"),
            "unknown / no property": ("unknown or none", "未知或无财产"),
        },
        "other_installment_plans": {
            "bank": ("at a bank", "银行"),
            "none": ("none", "无"),
            "stores": ("at stores", "商店"),
        },
        "housing": {
            "for free": ("lives for free", "免费居住"),
            "own": ("owner", "自有住房"),
            "rent": ("rents", "租房"),
        },
        "job": {
            "management/ self-employed/ highly qualified employee/ officer": (
                "management, self-employed or highly qualified",
                "管理层、自雇或高技能",
            ),
            "skilled employee / official": (
                "skilled employee or official",
                "技术工人或职员",
            ),
            "unemployed/ unskilled - non-resident": (
                "unemployed or unskilled non-resident",
                "无业或非常住非技术工",
            ),
            "unskilled - resident": ("unskilled resident", "常住非技术工"),
        },
        "telephone": {
            "none": ("none", "无"),
            "yes, registered under the customers name": (
                "registered in the customer's name",
                "以本人名义登记",
            ),
        },
    },
    source="german_credit.csv",
    money=("credit_amount", "amount_per_month"),
)

CREDIT_SCORING = ColumnMapping(
    name="credit_scoring",
    label="Status",
    bad=("bad",),
    numeric=(
        "Seniority",
        "Time",
        "Age",
        "Expenses",
        "Income",
        "Assets",
        "Debt",
        "Amount",
        "Price",
    ),
    categorical=("Home", "Records", "Job"),
    ratios=(
        Ratio("loan_to_value", "Amount", "Price"),
        Ratio("debt_to_income", "Debt", "Income"),
        Ratio("expenses_to_income", "Expenses", "Income"),
        Ratio("instalment", "Amount", "Time"),
        Ratio("instalment_to_income", "instalment", "Income"),
    ),
    missing=(99999999,),
    words={
        "Seniority": ("Years with current employer", "现单位工作年限"),
        "Time": ("Loan term in months", "贷款期限（月）"),
        "Age": ("Age", "年龄"),
        "Expenses": ("Monthly expenses", "月支出"),
        "Income": ("Monthly income", "月收入"),
        "Assets": ("Assets", "资产"),
        "Debt": ("Debt", "负债"),
        "Amount": ("Loan amount", "贷款金额"),
        "Price": ("Price of the goods", "所购商品价格"),
        "loan_to_value": ("Loan-to-value", "贷款价值比"),
        "debt_to_income": ("Debt-to-income", "负债收入比"),
        "expenses_to_income": ("Expenses-to-income", "支出收入比"),
        "instalment": ("Amount per month of term", "每月应还本金"),
        "instalment_to_income": ("Instalment-to-income", "月供收入比"),
        "Home": ("Housing", "住房"),
        "Records": ("Past arrears on record", "不良记录"),
        "Job": ("Type of job", "工作类型"),
    },
    value_words={
        "Records": {"yes": ("yes", "有"), "no": ("no", "无")},
        "Home": {
            "owner": ("owner", "自有住房"),
            "rent": ("rents", "租房"),
            "parents": ("lives with parents", "与父母同住"),
            "priv": ("private", "私人住房"),
            "other": ("other", "其他"),
            "ignore": ("unknown", "未知"),
        },
        "Job": {
            "fixed": ("permanent", "固定工作"),
            "freelance": ("freelance", "自由职业"),
            "partime": ("part-time", "兼职"),
            "others": ("other", "其他"),
        },
    },
    source="credit_scoring.csv",
    money=("Expenses", "Income", "Assets", "Debt", "Amount", "Price", "instalment"),
)

CREDIT_CARD_CLIENTS = ColumnMapping(
    name="credit_card_clients",
    label="default",
    bad=(1,),
    numeric=("LIMIT_BAL", "BILL_AMT1"),
    categorical=("EDUCATION",),
    ratios=(Ratio("utilisation", "BILL_AMT1", "LIMIT_BAL"),),
    words={
        "LIMIT_BAL": ("Credit limit", "授信额度"),
        "BILL_AMT1": ("Latest bill", "最近账单金额"),
        "utilisation": ("Limit utilisation", "额度使用率"),
        "EDUCATION": ("Education", "教育程度"),
    },
    value_words={
        "EDUCATION": {
            "1": ("graduate school", "研究生"),
            "2": ("university", "大学"),
            "3": ("high school", "高中"),
            "4": ("other", "其他"),
            "5": ("unknown", "未知"),
            "6": ("unknown", "未知"),
        },
    },
    source="credit_card_clients.csv",
    money=("LIMIT_BAL", "BILL_AMT1"),
)

MAPPINGS: dict[str, ColumnMapping] = {
    m.name: m for m in (GERMAN_CREDIT, CREDIT_SCORING, CREDIT_CARD_CLIENTS)
}


def credit_kind(mapping: ColumnMapping) -> str:
    """Registry kind of a credit model: one active model per mapping."""
    return f"credit-{mapping.name}".lower()
