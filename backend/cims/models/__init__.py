"""Tortoise models and nothing else: fields, relations, indexes, constraints."""

from cims.models.audit import AuditEvent
from cims.models.core import Account, Branch, Customer, Product, Transaction

__all__ = ["Account", "AuditEvent", "Branch", "Customer", "Product", "Transaction"]
