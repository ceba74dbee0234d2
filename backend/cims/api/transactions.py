"""Posting transactions from other systems: ``postTransactions``.

Each entry is answered at its position: ``BookedTransaction`` (stored and screened,
with the alert its screening opened; or stored before under its reference) or
``RejectedTransaction`` (a
``ValidationError`` with per-field codes). The good entries are stored even when
others are rejected, so a sender fixes and resends only those.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

import strawberry

from cims.api.errors import PermissionDeniedError, ValidationError, to_graphql
from cims.api.permissions import requires
from cims.api.risk import Alert
from cims.api.types import Channel, Direction, Transaction
from cims.domain import transactions as domain
from cims.domain.errors import DomainError


@strawberry.input(description="One booking as the sending system records it.")
class TransactionEntryInput:
    account_number: str
    booked_at: dt.datetime = strawberry.field(
        description="ISO 8601 with its UTC offset; not in the future."
    )
    amount: Decimal = strawberry.field(description="Above 0; direction gives the way.")
    direction: Direction
    channel: Channel
    category: str
    currency: str | None = strawberry.field(
        default=None, description="The account's currency; defaults to it."
    )
    counterparty: str | None = None
    description: str | None = None
    reference: str | None = strawberry.field(
        default=None,
        description="The sending system's own ID of the booking (at most 64 "
        "characters), unique per account. An entry resent with a reference already "
        "booked on its account is not stored again: its outcome is the stored "
        "transaction, with alreadyBooked true; resent with another amount, direction, "
        "currency or time it is rejected as REFERENCE_REUSED.",
    )


@strawberry.input
class PostTransactionsInput:
    transactions: list[TransactionEntryInput] = strawberry.field(
        description=f"At most {domain.MAX_POST} a call."
    )


@strawberry.type(
    description="An entry stored, then screened for abnormal activity; or one "
    "whose reference was booked before."
)
class BookedTransaction:
    index: int = strawberry.field(description="Position of the entry in the input.")
    transaction: Transaction
    alerted: bool = strawberry.field(description="Whether screening opened an alert.")
    already_booked: bool = strawberry.field(
        description="True when an earlier call booked this reference: nothing was "
        "stored now, and the transaction is the one stored then."
    )
    alert_row: strawberry.Private[object]

    @requires(domain.risk.READ, description="The alert screening opened, if any.")
    def alert(self) -> Alert | None:
        return Alert.from_row(self.alert_row) if self.alert_row else None


@strawberry.type(description="An entry refused; nothing of it was stored.")
class RejectedTransaction:
    index: int = strawberry.field(description="Position of the entry in the input.")
    error: ValidationError


PostTransactionOutcome = Annotated[
    BookedTransaction | RejectedTransaction,
    strawberry.union("PostTransactionOutcome"),
]


@strawberry.type
class PostedTransactions:
    outcomes: list[PostTransactionOutcome]
    booked: int = strawberry.field(description="Entries stored by this call.")
    already_booked: int = strawberry.field(
        description="Entries whose reference an earlier call booked; not stored again."
    )
    rejected: int
    alerts: int


PostTransactionsPayload = Annotated[
    PostedTransactions | ValidationError | PermissionDeniedError,
    strawberry.union("PostTransactionsPayload"),
]


def _entry(item: TransactionEntryInput) -> domain.Entry:
    return domain.Entry(
        account_number=item.account_number,
        booked_at=item.booked_at,
        amount=item.amount,
        direction=item.direction.value,
        channel=item.channel.value,
        category=item.category,
        currency=item.currency,
        counterparty=item.counterparty,
        description=item.description,
        reference=item.reference,
    )


def _outcome(outcome: domain.Booked | domain.Rejected):
    if isinstance(outcome, domain.Rejected):
        return RejectedTransaction(index=outcome.index, error=to_graphql(outcome.error))
    return BookedTransaction(
        index=outcome.index,
        transaction=Transaction.from_row(outcome.transaction),
        alerted=outcome.alert is not None,
        already_booked=outcome.already_booked,
        alert_row=outcome.alert,
    )


@strawberry.type
class TransactionMutations:
    @strawberry.mutation(
        description="Book transactions from another system (core banking); each is "
        "screened for abnormal activity as it is stored."
    )
    async def post_transactions(
        self, info: strawberry.Info, input: PostTransactionsInput
    ) -> PostTransactionsPayload:
        entries = [_entry(item) for item in input.transactions]
        try:
            outcomes = await domain.post_transactions(info.context.actor, entries)
        except DomainError as error:
            return to_graphql(error)
        booked = [o for o in outcomes if isinstance(o, domain.Booked)]
        new = [o for o in booked if not o.already_booked]
        return PostedTransactions(
            outcomes=[_outcome(o) for o in outcomes],
            booked=len(new),
            already_booked=len(booked) - len(new),
            rejected=len(outcomes) - len(booked),
            alerts=sum(o.alert is not None for o in new),
        )
