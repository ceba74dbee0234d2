"""The schema: every feature's queries and mutations merged into one graph."""

from __future__ import annotations

import strawberry
from strawberry.extensions import AddValidationRules, MaxTokensLimiter, ParserCache
from strawberry.tools import merge_types

from cims.api.analytics import AnalyticsMutations, AnalyticsQueries
from cims.api.audit import AuditQueries
from cims.api.capture import CaptureMutations, CaptureQueries, CaptureSubscriptions
from cims.api.characters import VariableCharacters
from cims.api.customers import CustomerMutations, CustomerQueries
from cims.api.execution import CompiledExecutor, mark_plain_fields
from cims.api.extensions import (
    AuditDenials,
    AuditReveals,
    MaskStreamedErrors,
    note_denials,
)
from cims.api.limits import MAX_TOKENS, RULES, ValidationCache
from cims.api.me import MeQueries
from cims.api.node import NodeQueries
from cims.api.records import RecordMutations, RecordQueries
from cims.api.risk import (
    Alert,
    CreditAssessment,
    RiskMutations,
    RiskQueries,
    RiskSubscriptions,
)
from cims.api.saved_views import SavedViewMutations, SavedViewQueries
from cims.api.scalars import OVERRIDES
from cims.api.service import ServiceMutations, ServiceQueries
from cims.api.subject import ErasureRequest, SubjectMutations, SubjectQueries
from cims.api.subscriptions import ServiceSubscriptions
from cims.api.transactions import TransactionMutations
from cims.api.types import Account, Branch, Customer, Product, Transaction

Query = merge_types(
    "Query",
    (
        NodeQueries,
        MeQueries,
        CustomerQueries,
        AuditQueries,
        ServiceQueries,
        RiskQueries,
        CaptureQueries,
        AnalyticsQueries,
        SavedViewQueries,
        RecordQueries,
        SubjectQueries,
    ),
)
Mutation = merge_types(
    "Mutation",
    (
        CustomerMutations,
        ServiceMutations,
        RiskMutations,
        TransactionMutations,
        CaptureMutations,
        SubjectMutations,
        AnalyticsMutations,
        SavedViewMutations,
        RecordMutations,
    ),
)
Subscription = merge_types(
    "Subscription", (ServiceSubscriptions, RiskSubscriptions, CaptureSubscriptions)
)


# A mutation answered with a PermissionDeniedError is audited (AuditDenials).
note_denials(Mutation)


class Schema(strawberry.Schema):
    def process_errors(self, errors, execution_context=None) -> None:
        # Strawberry would log every error with the query text and the client's
        # variables; cims.api.extensions.mask_errors logs the unexpected ones.
        return None


schema = Schema(
    query=Query,
    mutation=Mutation,
    subscription=Subscription,
    types=[
        Customer,
        Branch,
        Product,
        Account,
        Transaction,
        CreditAssessment,
        Alert,
        ErasureRequest,
    ],
    extensions=[
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: ParserCache(maxsize=512),
        lambda: AddValidationRules(RULES),
        ValidationCache,  # validates with the rules, or reuses a verdict
        VariableCharacters,  # no NUL or lone surrogate in any variable
        MaskStreamedErrors,
        AuditReveals,
        AuditDenials,  # refusals for want of a permission, one event an operation
    ],
    execution_context_class=CompiledExecutor,
    scalar_overrides=OVERRIDES,
)
# Fields Strawberry answers with getattr alone, and objects made of them, skip
# the per-field machinery; fields with a resolver, extension or directive keep
# it (cims.api.execution).
PLAIN_FIELDS = mark_plain_fields(schema)


def sdl() -> str:
    return schema.as_str() + "\n"
