"""Tortoise models and nothing else: fields, relations, indexes, constraints."""

from cims.models.audit import AuditEvent
from cims.models.core import Account, Branch, Customer, Product, Transaction
from cims.models.staff import (
    AuthorizationCode,
    OAuthClient,
    ProviderSession,
    RefreshToken,
    RoleSecurity,
    StaffMember,
)

__all__ = [
    "Account",
    "AuditEvent",
    "AuthorizationCode",
    "Branch",
    "Customer",
    "OAuthClient",
    "Product",
    "ProviderSession",
    "RefreshToken",
    "RoleSecurity",
    "StaffMember",
    "Transaction",
]
