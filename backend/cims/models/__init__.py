"""Tortoise models and nothing else: fields, relations, indexes, constraints."""

from cims.models.analytics import (  # noqa: F401
    CustomerFeatures,
    CustomerValue,
    Recommendation,
    Segment,
    SegmentMembership,
)
from cims.models.audit import (  # noqa: F401
    AuditEvent,
)
from cims.models.core import (  # noqa: F401
    Account,
    Branch,
    Customer,
    Product,
    Transaction,
)
from cims.models.staff import (  # noqa: F401
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
    "CustomerFeatures",
    "CustomerValue",
    "OAuthClient",
    "Product",
    "ProviderSession",
    "Recommendation",
    "RefreshToken",
    "RoleSecurity",
    "Segment",
    "SegmentMembership",
    "StaffMember",
    "Transaction",
]
