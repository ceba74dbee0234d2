"""Tortoise models and nothing else: fields, relations, indexes, constraints."""

from cims.models.analytics import (
    CustomerFeatures,
    CustomerValue,
    Recommendation,
    Segment,
    SegmentMembership,
)
from cims.models.core import Account, Branch, Customer, Product, Transaction

__all__ = [
    "Account",
    "Branch",
    "Customer",
    "CustomerFeatures",
    "CustomerValue",
    "Product",
    "Recommendation",
    "Segment",
    "SegmentMembership",
    "Transaction",
]
