"""Large-value transaction report thresholds: plain data, apart from ``anomaly`` so
that the API's start-up can check a bank's own thresholds without scikit-learn.

The defaults come from the People's Bank of China's rules on large-value and
suspicious transaction reports (《金融机构大额交易和可疑交易报告管理办法》, PBoC Order
[2016] No. 3, article 5, as amended by Order [2018] No. 2):

- cash paid in or taken out of CNY 50,000 or more (foreign currency: the equivalent
  of USD 10,000 or more), for every kind of customer;
- transfers between a non-natural-person (corporate) customer's account and other
  accounts of CNY 2,000,000 or more (USD 200,000 or more);
- domestic transfers between a natural person's (individual's) account and other
  accounts of CNY 500,000 or more (USD 100,000 or more).

Each applies to a single transaction or to the day's sum per customer, counted one
way (money in, or money out). Individuals' cross-border transfers (CNY 200,000 / USD
10,000) are not told apart from domestic ones here. A currency without thresholds is
not judged by the rule; a bank adds its own, or changes these, in a JSON file of the
same shape named by ``CIMS_RISK_LARGE_VALUE`` (``cims.domain.risk``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

CUSTOMER_KINDS = ("individual", "corporate")
FORMS = ("cash", "transfer")

# currency -> customer kind -> form -> threshold, in that currency
Thresholds = Mapping[str, Mapping[str, Mapping[str, float]]]

LARGE_VALUE_THRESHOLDS: Thresholds = {
    "CNY": {
        "individual": {"cash": 50_000.0, "transfer": 500_000.0},
        "corporate": {"cash": 50_000.0, "transfer": 2_000_000.0},
    },
    "USD": {
        "individual": {"cash": 10_000.0, "transfer": 100_000.0},
        "corporate": {"cash": 10_000.0, "transfer": 200_000.0},
    },
}

_CURRENCY = re.compile(r"[A-Z]{3}")


def merged(overrides: Any, base: Thresholds = LARGE_VALUE_THRESHOLDS) -> Thresholds:
    """``base`` with ``overrides`` laid over it threshold by threshold.

    ``overrides`` has the shape of ``LARGE_VALUE_THRESHOLDS``; a currency, kind or
    form it leaves out keeps its value in ``base``. Raises ``ValueError`` naming the
    first entry that is not a currency code, kind, form or positive number.
    """
    if not isinstance(overrides, Mapping):
        raise ValueError("expected an object of currencies")
    result = {
        cur: {k: dict(forms) for k, forms in kinds.items()}
        for cur, kinds in base.items()
    }
    for currency, kinds in overrides.items():
        if not isinstance(currency, str) or not _CURRENCY.fullmatch(currency):
            raise ValueError(f"{currency!r} is not a currency code (like CNY)")
        if not isinstance(kinds, Mapping):
            raise ValueError(f"{currency}: expected an object of customer kinds")
        for kind, forms in kinds.items():
            if kind not in CUSTOMER_KINDS:
                raise ValueError(f"{currency}: {kind!r} is not one of {CUSTOMER_KINDS}")
            if not isinstance(forms, Mapping):
                raise ValueError(f"{currency}.{kind}: expected an object of forms")
            for form, value in forms.items():
                where = f"{currency}.{kind}.{form}"
                if form not in FORMS:
                    raise ValueError(f"{where}: {form!r} is not one of {FORMS}")
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise ValueError(f"{where}: {value!r} is not a number")
                if not 0 < value < math.inf:
                    raise ValueError(f"{where}: {value!r} is not above 0")
                result.setdefault(currency, {}).setdefault(kind, {})[form] = float(
                    value
                )
    return result
