"""Tortoise models and nothing else: fields, relations, indexes, constraints."""

from cims.models.core import Account, Branch, Customer, Product, Transaction

__all__ = ["Account", "Branch", "Customer", "Product", "Transaction"]
