"""The schema: every feature's queries and mutations merged into one graph."""

from __future__ import annotations

import strawberry
from strawberry.tools import merge_types

from cims.api.customers import CustomerMutations, CustomerQueries
from cims.api.extensions import MaskUnexpectedErrors
from cims.api.node import NodeQueries
from cims.api.types import Account, Branch, Customer, Product, Transaction

Query = merge_types("Query", (NodeQueries, CustomerQueries))
Mutation = merge_types("Mutation", (CustomerMutations,))

schema = strawberry.Schema(
    query=Query,
    mutation=Mutation,
    types=[Customer, Branch, Product, Account, Transaction],
    extensions=[MaskUnexpectedErrors],
)


def sdl() -> str:
    return schema.as_str() + "\n"
