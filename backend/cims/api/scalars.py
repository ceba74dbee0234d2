"""Scalars whose reading is a domain rule rather than the library's default.

Strawberry's ``Decimal`` reads any text ``decimal.Decimal`` accepts, ``1e10`` and
``NaN`` included, before a resolver could tell what was sent. This one reads money
with the domain's single rule (``cims.domain.validation.parse_decimal``, without
thousands separators: the graph is a machine interface) and refuses anything else
with a ``ScalarRefusal`` whose message is the rule's own and echoes no value.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from graphql import GraphQLError
from strawberry.schema.types.base_scalars import DecimalDefinition

from cims.domain.validation import Bad, parse_decimal


class ScalarRefusal(GraphQLError):
    """An input value a scalar of ours refused; the message names no value."""


def _parse_decimal(value: object) -> Decimal:
    try:
        return parse_decimal(value, grouped=False)
    except Bad as bad:
        raise ScalarRefusal(bad.message) from None


DecimalScalar = dataclasses.replace(
    DecimalDefinition,
    description="Decimal (fixed-point): digits with an optional minus sign and "
    "decimal point, as a string; no exponent, no thousands separators.",
    parse_value=_parse_decimal,
)

OVERRIDES = {Decimal: DecimalScalar}
