"""What an import's likely duplicates resemble, in words a report can print.

A finding names another row of the file or a customer already in the base (by its
id, which means nothing at a shell); this names that customer by its customer
number when the caller may see the customer (``customer.read`` and the customer in
the caller's branch), and says no more than ``MATCHES_OUT_OF_SCOPE`` of a customer
outside it (``importing.scoped_findings`` has already withheld which one).
"""

from __future__ import annotations

from collections.abc import Iterable

from cims.domain.access import scoped
from cims.domain.actor import Actor
from cims.domain.importing import MATCHES_OUT_OF_SCOPE, DuplicateFinding
from cims.models import Customer

READ = "customer.read"
BATCH = 1000


async def resembled_numbers(
    actor: Actor, findings: Iterable[DuplicateFinding]
) -> dict[int, str]:
    """Customer id -> customer number, for the findings' customers that ``actor``
    may see; the others are left out (their findings say "a customer")."""
    if not actor.can(READ):
        return {}
    ids = sorted({f.customer_id for f in findings if f.customer_id is not None})
    numbers: dict[int, str] = {}
    for start in range(0, len(ids), BATCH):
        query = scoped(actor, Customer.filter(id__in=ids[start : start + BATCH]), "")
        numbers.update(await query.values_list("id", "customer_no"))
    return numbers


def resembles(finding: DuplicateFinding, numbers: dict[int, str]) -> str:
    """What the finding's row resembles: ``row 3``, ``customer C0000001234``, ``a
    customer in the base`` (one the caller may not see by number), or, for a
    customer outside a branch-bound caller's branch, ``a customer outside your
    branch`` and nothing else."""
    if MATCHES_OUT_OF_SCOPE in finding.reasons:
        return "a customer outside your branch"
    if finding.other_row is not None:
        return f"row {finding.other_row}"
    number = numbers.get(finding.customer_id) if finding.customer_id else None
    return f"customer {number}" if number else "a customer in the base"


def finding_text(finding: DuplicateFinding, numbers: dict[int, str]) -> str:
    """One finding as a line of a report: what it resembles, how closely and why."""
    text = f"resembles {resembles(finding, numbers)}"
    if MATCHES_OUT_OF_SCOPE in finding.reasons:
        return text
    return f"{text} (score {finding.score:.2f}: {', '.join(finding.reasons)})"
