"""Scalars whose reading is a domain rule rather than the library's default.

Strawberry's ``Decimal`` reads any text ``decimal.Decimal`` accepts, ``1e10`` and
``NaN`` included, before a resolver could tell what was sent. This one reads money
with the domain's single rule (``cims.domain.validation.parse_decimal``, without
thousands separators: the graph is a machine interface) and refuses anything else
with a ``ScalarRefusal`` whose message is the rule's own and echoes no value.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from graphql import GraphQLError
from strawberry.schema.types.base_scalars import (
    DateDefinition,
    DateTimeDefinition,
    DecimalDefinition,
)

from cims.domain.validation import MAX_YEAR, MIN_YEAR, Bad, check_year, parse_decimal


class ScalarRefusal(GraphQLError):
    """An input value a scalar of ours refused; the message names no value.
    ``code`` is the rule's own (BAD_USER_INPUT when the rule has none)."""

    def __init__(self, message: str, code: str = "BAD_USER_INPUT") -> None:
        super().__init__(message)
        self.code = code


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


def _bounded(definition, name: str):
    """A date or time scalar that reads what Strawberry's reads, within the years
    every input may name (``check_year``): year 1 at +14:00 would overflow in UTC."""
    library_parse = definition.parse_value

    def parse(value: object):
        parsed = library_parse(value)
        try:
            return check_year(parsed)
        except Bad as bad:
            raise ScalarRefusal(bad.message, bad.code) from None

    return dataclasses.replace(
        definition,
        description=f"{name} (ISO 8601), in the years {MIN_YEAR} to {MAX_YEAR}.",
        parse_value=parse,
    )


OVERRIDES = {
    Decimal: DecimalScalar,
    dt.date: _bounded(DateDefinition, "Date"),
    dt.datetime: _bounded(DateTimeDefinition, "Date with time"),
}
