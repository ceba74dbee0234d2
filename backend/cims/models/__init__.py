"""Tortoise models and nothing else: fields, relations, indexes, constraints."""

from cims.models.capture import ImportJob, ImportRecord, ImportStatus, ImportTemplate
from cims.models.core import Account, Branch, Customer, Product, Transaction

__all__ = [
    "Account",
    "Branch",
    "Customer",
    "ImportJob",
    "ImportRecord",
    "ImportStatus",
    "ImportTemplate",
    "Product",
    "Transaction",
]
