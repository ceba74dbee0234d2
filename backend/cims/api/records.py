"""KYC documents, consents, relationships and completeness in the graph.

The customer type reaches these through small resolvers in ``cims.api.types``;
the mutations here check input, call the domain and map the result.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry

from cims.api.customers import ConsentPurpose
from cims.api.errors import (
    ConflictError,
    InvalidTransitionError,
    NotFoundError,
    PermissionDeniedError,
    RefusedError,
    ValidationError,
    to_graphql,
)
from cims.api.ids import pk_of, to_global_id
from cims.api.pagination import Connection, Order, paginate
from cims.api.permissions import masked, requires
from cims.api.types import Customer, Node
from cims.domain import completeness, consent, kyc, relationships
from cims.domain.errors import DomainError
from cims.models import records as rows

PII = "customer.pii.read"

DocumentType = strawberry.enum(rows.DocumentType)
DocumentStatus = strawberry.enum(rows.DocumentStatus)
ExpiryState = strawberry.enum(kyc.ExpiryState, name="DocumentExpiryState")
ConsentChannel = strawberry.enum(rows.ConsentChannel)
RelationKind = strawberry.enum(
    rows.RelationKind,
    description="What the customer named first is to the other one.",
)
RelationRole = strawberry.enum(
    relationships.Role, description="What the related customer is to this one."
)


async def _customer(info: strawberry.Info, customer_id: int) -> Customer | None:
    row = await info.context.loaders.customer.load(customer_id)
    return Customer.from_row(row) if row else None


# ---------------------------------------------------------------- completeness


@strawberry.type(description="Required fields count twice, recommended ones once.")
class Completeness:
    score: int = strawberry.field(description="Share of the weight filled, 0-100.")
    complete: bool = strawberry.field(description="Every required field is filled.")
    missing_required: list[str]
    missing_recommended: list[str]

    @classmethod
    def of(cls, row) -> Completeness:
        found = completeness.assess(row)
        return cls(
            score=found.score,
            complete=found.complete,
            missing_required=[_camel(n) for n in found.missing_required],
            missing_recommended=[_camel(n) for n in found.missing_recommended],
        )


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


# ---------------------------------------------------------------- KYC documents


@strawberry.type
class KycDocument(Node):
    doc_type: DocumentType
    number: str | None = masked(
        PII, "id_number", description="Null once the customer's data is erased."
    )
    issuing_country: str
    issued_on: dt.date | None
    expires_on: dt.date | None
    expiry_state: ExpiryState
    status: DocumentStatus
    verified_by: str | None
    verified_at: dt.datetime | None
    retired_by: str | None
    retired_at: dt.datetime | None
    retired_reason: str | None
    created_by: str
    created_at: dt.datetime
    version: int
    pk: strawberry.Private[int]
    customer_id: strawberry.Private[int]

    @strawberry.field
    async def customer(self, info: strawberry.Info) -> Customer | None:
        return await _customer(info, self.customer_id)

    @strawberry.field(description="The staff username behind verifiedBy.")
    async def verified_by_name(self, info: strawberry.Info) -> str | None:
        return await info.context.loaders.staff_name(self.verified_by)

    @strawberry.field(description="The staff username behind retiredBy.")
    async def retired_by_name(self, info: strawberry.Info) -> str | None:
        return await info.context.loaders.staff_name(self.retired_by)

    @classmethod
    def from_row(cls, row) -> KycDocument:
        return cls(
            id=to_global_id("KycDocument", row.id),
            pk=row.id,
            customer_id=row.customer_id,
            doc_type=row.doc_type,
            number=kyc.open_number(row),
            issuing_country=row.issuing_country,
            issued_on=row.issued_on,
            expires_on=row.expires_on,
            expiry_state=kyc.expiry_state(row),
            status=row.status,
            verified_by=row.verified_by,
            verified_at=row.verified_at,
            retired_by=row.retired_by,
            retired_at=row.retired_at,
            retired_reason=row.retired_reason,
            created_by=row.created_by,
            created_at=row.created_at,
            version=row.version,
        )


@strawberry.input
class AddKycDocumentInput:
    customer_id: strawberry.ID
    doc_type: DocumentType
    number: str
    issuing_country: str = "CN"
    issued_on: dt.date | None = None
    expires_on: dt.date | None = None


@strawberry.input
class VerifyKycDocumentInput:
    id: strawberry.ID
    version: int


@strawberry.input
class RetireKycDocumentInput:
    id: strawberry.ID
    version: int
    reason: str


AddKycDocumentPayload = Annotated[
    KycDocument
    | ValidationError
    | NotFoundError
    | PermissionDeniedError
    | RefusedError,
    strawberry.union("AddKycDocumentPayload"),
]
ChangeKycDocumentPayload = Annotated[
    KycDocument
    | ValidationError
    | NotFoundError
    | ConflictError
    | InvalidTransitionError
    | PermissionDeniedError
    | RefusedError,
    strawberry.union("ChangeKycDocumentPayload"),
]


# ---------------------------------------------------------------- consent


@strawberry.type(description="One grant or withdrawal; records are never changed.")
class ConsentRecord:
    purpose: ConsentPurpose
    granted: bool
    channel: ConsentChannel
    recorded_at: dt.datetime
    recorded_by: str
    expires_on: dt.date | None

    @strawberry.field(description="The staff username behind recordedBy.")
    async def recorded_by_name(self, info: strawberry.Info) -> str | None:
        return await info.context.loaders.staff_name(self.recorded_by)

    @classmethod
    def from_row(cls, row) -> ConsentRecord:
        return cls(
            purpose=row.purpose,
            granted=row.granted,
            channel=row.channel,
            recorded_at=row.recorded_at,
            recorded_by=row.recorded_by,
            expires_on=row.expires_on,
        )


@strawberry.type(description="Where a purpose stands now: its newest record.")
class ConsentState:
    purpose: ConsentPurpose
    granted: bool = strawberry.field(
        description="False when withdrawn, expired or never recorded."
    )
    latest: ConsentRecord | None

    @classmethod
    def of(cls, state: consent.ConsentState) -> ConsentState:
        latest = ConsentRecord.from_row(state.record) if state.record else None
        return cls(purpose=state.purpose, granted=state.granted, latest=latest)


@strawberry.input
class RecordConsentInput:
    customer_id: strawberry.ID
    purpose: ConsentPurpose
    granted: bool
    channel: ConsentChannel
    expires_on: dt.date | None = None


RecordConsentPayload = Annotated[
    ConsentState
    | ValidationError
    | NotFoundError
    | PermissionDeniedError
    | RefusedError,
    strawberry.union("RecordConsentPayload"),
]


# ---------------------------------------------------------------- relationships


@strawberry.type(description="A relation seen from one customer's side.")
class CustomerRelationship(Node):
    role: RelationRole
    kind: RelationKind
    started_on: dt.date | None
    created_at: dt.datetime
    ended_at: dt.datetime | None
    restricted: bool = strawberry.field(
        description="The related customer is outside your scope: not shown."
    )
    other_id: strawberry.Private[int]

    @strawberry.field(description="Null when restricted.")
    async def customer(self, info: strawberry.Info) -> Customer | None:
        if self.restricted:
            return None
        return await _customer(info, self.other_id)

    @classmethod
    def of(cls, seen: relationships.RelationView) -> CustomerRelationship:
        row = seen.relation
        return cls(
            id=to_global_id("CustomerRelation", row.id),
            role=seen.role,
            kind=row.kind,
            started_on=row.started_on,
            created_at=row.created_at,
            ended_at=row.ended_at,
            restricted=not seen.visible,
            other_id=seen.other_id,
        )


@strawberry.input
class AddRelationshipInput:
    customer_id: strawberry.ID = strawberry.field(
        description="The customer who is `kind` of the other."
    )
    kind: RelationKind
    other_id: strawberry.ID
    started_on: dt.date | None = None


@strawberry.input
class EndRelationshipInput:
    id: strawberry.ID


AddRelationshipPayload = Annotated[
    CustomerRelationship
    | ValidationError
    | NotFoundError
    | PermissionDeniedError
    | RefusedError,
    strawberry.union("AddRelationshipPayload"),
]
EndRelationshipPayload = Annotated[
    CustomerRelationship | NotFoundError | PermissionDeniedError,
    strawberry.union("EndRelationshipPayload"),
]


# ---------------------------------------------------------------- customer fields


async def customer_documents(info: strawberry.Info, customer_id: int) -> list:
    rows_ = await info.context.loaders.records.documents_of.load(customer_id)
    return [KycDocument.from_row(row) for row in rows_]


async def customer_consents(info: strawberry.Info, customer_id: int) -> list:
    rows_ = await info.context.loaders.records.consents_of.load(customer_id)
    return [ConsentState.of(s) for s in consent.current_states(rows_)]


async def customer_consent_history(info: strawberry.Info, customer_id: int) -> list:
    rows_ = await info.context.loaders.records.consents_of.load(customer_id)
    return [ConsentRecord.from_row(row) for row in rows_]


async def customer_relationships(
    info: strawberry.Info, customer_id: int, include_ended: bool
) -> list:
    views = await info.context.loaders.records.relations_of.load(
        (customer_id, include_ended)
    )
    return [CustomerRelationship.of(v) for v in views]


# ---------------------------------------------------------------- root fields


DUE_ORDER = Order((("expires_on", False), ("id", False)))


@strawberry.type
class RecordQueries:
    @requires(
        "customer.read",
        description="KYC documents in force that expire within the days given "
        "(default 30) or already have, soonest first; at most 500.",
    )
    async def expiring_kyc_documents(
        self, info: strawberry.Info, within_days: int = kyc.EXPIRING_DAYS
    ) -> list[KycDocument] | None:
        found = await kyc.expiring_documents(info.context.actor, within_days)
        return [KycDocument.from_row(row) for row in found]

    @requires(
        "customer.read",
        description="KYC documents in force that need follow-up, soonest expiry "
        "first: those that expired already (expired: true) or those that expire "
        "from today to withinDays days on (0-366); paged.",
    )
    async def kyc_documents_due(
        self,
        info: strawberry.Info,
        within_days: int = kyc.EXPIRING_DAYS,
        expired: bool = False,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[KycDocument] | None:
        qs = kyc.documents_due(info.context.actor, within_days, expired=expired)
        return await paginate(
            qs, DUE_ORDER, KycDocument.from_row, first=first, after=after
        )


@strawberry.type
class RecordMutations:
    @strawberry.mutation(description="Record a KYC document; audited.")
    async def add_kyc_document(
        self, info: strawberry.Info, input: AddKycDocumentInput
    ) -> AddKycDocumentPayload:
        new = kyc.NewDocument(
            doc_type=input.doc_type.value,
            number=input.number,
            issuing_country=input.issuing_country,
            issued_on=input.issued_on,
            expires_on=input.expires_on,
        )
        try:
            customer_id = pk_of(input.customer_id, "Customer")
            row = await kyc.add_document(info.context.actor, customer_id, new)
        except DomainError as error:
            return to_graphql(error)
        return KycDocument.from_row(row)

    @strawberry.mutation(
        description="Mark a pending document verified by you, now; not by the "
        "person who added it (SAME_APPROVER)."
    )
    async def verify_kyc_document(
        self, info: strawberry.Info, input: VerifyKycDocumentInput
    ) -> ChangeKycDocumentPayload:
        try:
            row = await kyc.verify_document(
                info.context.actor, pk_of(input.id, "KycDocument"), input.version
            )
        except DomainError as error:
            return to_graphql(error)
        return KycDocument.from_row(row)

    @strawberry.mutation(description="Retire a document; it stays on file.")
    async def retire_kyc_document(
        self, info: strawberry.Info, input: RetireKycDocumentInput
    ) -> ChangeKycDocumentPayload:
        try:
            row = await kyc.retire_document(
                info.context.actor,
                pk_of(input.id, "KycDocument"),
                input.version,
                input.reason,
            )
        except DomainError as error:
            return to_graphql(error)
        return KycDocument.from_row(row)

    @strawberry.mutation(description="Append a grant or withdrawal of consent.")
    async def record_consent(
        self, info: strawberry.Info, input: RecordConsentInput
    ) -> RecordConsentPayload:
        actor = info.context.actor
        try:
            customer_id = pk_of(input.customer_id, "Customer")
            await consent.record_consent(
                actor,
                customer_id,
                input.purpose.value,
                input.granted,
                input.channel.value,
                input.expires_on,
            )
            states = await consent.current(actor, customer_id)
        except DomainError as error:
            return to_graphql(error)
        [state] = [s for s in states if s.purpose == input.purpose.value]
        return ConsentState.of(state)

    @strawberry.mutation(description="Relate two customers; both must be in scope.")
    async def add_relationship(
        self, info: strawberry.Info, input: AddRelationshipInput
    ) -> AddRelationshipPayload:
        try:
            customer_id = pk_of(input.customer_id, "Customer")
            row = await relationships.add_relation(
                info.context.actor,
                customer_id,
                input.kind.value,
                pk_of(input.other_id, "Customer"),
                input.started_on,
            )
        except DomainError as error:
            return to_graphql(error)
        role, other_id = relationships.other_side(row, customer_id)
        return CustomerRelationship.of(
            relationships.RelationView(row, role, other_id, True)
        )

    @strawberry.mutation(
        description="End a relationship; it stays on file. Both customers must be "
        "in scope; ending an ended one answers it unchanged."
    )
    async def end_relationship(
        self, info: strawberry.Info, input: EndRelationshipInput
    ) -> EndRelationshipPayload:
        try:
            row = await relationships.end_relation(
                info.context.actor, pk_of(input.id, "CustomerRelation")
            )
            seen = await relationships.seen_by(info.context.actor, row)
        except DomainError as error:
            return to_graphql(error)
        return CustomerRelationship.of(seen)
