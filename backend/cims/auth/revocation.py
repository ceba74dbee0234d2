"""A change to a staff account's standing reaches every API process at once.

An access token is checked by its signature and the clock alone, so it would speak
for its staff account for its whole lifetime (5 minutes by default) after the
account was deactivated or lost a role or its branch. Each process keeps, per
token subject, when the account's standing last changed (``Changes``, in memory):

- a token issued before the account's latest deactivation is refused at once,
  ``ACCOUNT_INACTIVE``, whatever happened since (a re-activation does not bring
  an old token back: the user signs in again);
- a token issued before any other change (roles, branch, a re-activation) is
  judged again by ``cims.auth.accounts.standing``: one query for that token, whose
  verdict is kept, ``RIGHTS_CHANGED`` when the account no longer grants what the
  token carries, or ``ACCOUNT_INACTIVE``;
- every other request costs a dictionary lookup: no query. The customer-360 path
  gains no statement.

How a process learns of a change (``changed``, called by ``cims.auth.accounts``):

- the process making the change records it at once;
- the others hear it on the event channel (topic ``TOPIC``): PostgreSQL
  LISTEN/NOTIFY (``cims.domain.notify.announce``), which also sends from a
  process that does not listen itself, such as ``cims staff deactivate``;
- on SQLite, where a command and the server are two processes with no channel
  between them, each change also touches a stamp file beside the database file;
  the server compares the stamp's modification time on each request (a ``stat``,
  no query) and, when it moved, reads the recently changed accounts (``reload``);
- on start, and when its listening connection comes back after a loss, a process
  reads the accounts changed in the last ``RELOAD_WINDOW`` seconds, or since the
  loss (``reload``): what it could not hear. A change shows there by the account's
  ``updated_at``, which every change of standing sets.

Times are compared in whole seconds with the token's ``iat`` (the issuer's clock;
the processes' clocks are assumed in step, as for ``exp``). A token without
``iat`` counts as issued before every change.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tortoise import Tortoise

from cims.domain import events, notify
from cims.domain.actor import Actor
from cims.models import StaffMember

log = logging.getLogger(__name__)

TOPIC = "staff.standing"
ACCOUNT_INACTIVE = "ACCOUNT_INACTIVE"
RIGHTS_CHANGED = "RIGHTS_CHANGED"
# How far back a process looks on start: longer than any access token lives.
RELOAD_WINDOW = 3600.0
# Looking back a little further than strictly needed covers commits that landed
# after the change's time was taken, and clocks a little apart.
RELOAD_SLACK = 60.0
# A change older than this concerns no token still valid, and is forgotten.
KEEP_SECONDS = 24 * 3600.0
MAX_VERDICTS = 64  # per account: one per token issued before the change
STAMP_SUFFIX = ".standing"


@dataclass
class _Change:
    at: float  # the latest change of standing (epoch seconds)
    deactivated_at: float | None = None  # the latest deactivation
    # A token's verdict by ``standing`` since ``at``: None lets it through.
    verdicts: dict[tuple, str | None] = field(default_factory=dict)


class Changes:
    """Per subject, when its account's standing last changed."""

    def __init__(self) -> None:
        self._by_subject: dict[str, _Change] = {}

    def __len__(self) -> int:
        return len(self._by_subject)

    def get(self, subject: str) -> _Change | None:
        return self._by_subject.get(subject)

    def note(self, subject: str, at: float, deactivated: bool) -> None:
        entry = self._by_subject.get(subject)
        if entry is None:
            self._prune(time.time())
            entry = self._by_subject[subject] = _Change(at)
        elif at > entry.at:
            entry.at = at
            entry.verdicts.clear()  # judged again against the account as it is now
        if deactivated and (entry.deactivated_at or 0.0) < at:
            entry.deactivated_at = at

    def clear(self) -> None:
        self._by_subject.clear()

    def _prune(self, now: float) -> None:
        old = [s for s, e in self._by_subject.items() if now - e.at > KEEP_SECONDS]
        for subject in old:
            del self._by_subject[subject]


_changes = Changes()


def changes() -> Changes:
    return _changes


def _issued_at(actor: Actor) -> int:
    issued = actor.extra.get("issued_at")
    return issued if isinstance(issued, int) else 0


async def refusal(actor: Actor) -> str | None:
    """Why this request's token no longer speaks for its account, or None.

    No query unless the account's standing changed after the token was issued."""
    if _stamp.path is not None:
        await _stamp.check()
    entry = _changes.get(actor.subject)
    if entry is None:
        return None
    issued = _issued_at(actor)
    if entry.deactivated_at is not None and issued < int(entry.deactivated_at):
        return ACCOUNT_INACTIVE
    if issued > entry.at:
        return None
    key = (
        actor.extra.get("token_id"),
        issued,
        actor.extra.get("expires_at"),
        actor.roles,
        actor.branch_id,
    )
    if key in entry.verdicts:
        return entry.verdicts[key]
    from cims.auth.accounts import standing  # accounts records changes here

    verdict = await standing(actor)
    if len(entry.verdicts) >= MAX_VERDICTS:
        entry.verdicts.pop(next(iter(entry.verdicts)))
    entry.verdicts[key] = verdict
    return verdict


async def changed(subject: str, *, deactivated: bool, at: float | None = None) -> None:
    """Record that ``subject``'s account changed standing now (after the change is
    committed), here and in every other process."""
    at = time.time() if at is None else at
    _changes.note(subject, at, deactivated)
    touch_stamp()
    payload = {"subject": subject, "at": at, "deactivated": deactivated}
    await notify.announce(TOPIC, payload)


def _heard(payload: dict) -> None:
    subject, at = payload.get("subject"), payload.get("at")
    if not isinstance(subject, str) or not isinstance(at, (int, float)):
        log.warning("standing change: malformed notification ignored")
        return
    _changes.note(subject, float(at), payload.get("deactivated") is True)


events.listen(TOPIC, _heard)


async def reload(since: float) -> int:
    """Note every account whose standing may have changed since ``since`` (epoch
    seconds), from the database; returns how many."""
    start = datetime.fromtimestamp(since - RELOAD_SLACK, UTC)
    rows = await StaffMember.filter(updated_at__gte=start).values_list(
        "subject", "active", "updated_at"
    )
    for subject, active, updated_at in rows:
        _changes.note(subject, updated_at.timestamp(), not active)
    if rows:
        log.info("standing changes read again", extra={"accounts": len(rows)})
    return len(rows)


async def heard_again(lost_at: float | None) -> None:
    """The event channel is back: read what changed while it was down."""
    await reload(lost_at if lost_at is not None else time.time() - RELOAD_WINDOW)


async def start() -> None:
    """At a server's start: what changed lately, and on SQLite the stamp to watch."""
    _stamp.watch(stamp_path())
    await reload(time.time() - RELOAD_WINDOW)


def stop() -> None:
    _stamp.watch(None)


def stamp_path() -> Path | None:
    """The stamp beside the SQLite database file; None on PostgreSQL, where
    notifications reach every process."""
    connection = Tortoise.get_connection("default")
    if connection.capabilities.dialect != "sqlite":
        return None
    filename = getattr(connection, "filename", None)
    if not filename or filename == ":memory:":
        return None
    return Path(f"{filename}{STAMP_SUFFIX}")


def touch_stamp() -> None:
    try:
        path = stamp_path()
        if path is not None:
            path.touch()
            # The time, not just the touch: two touches in one coarse clock tick
            # would leave the modification time as it was.
            now = time.time_ns()
            os.utime(path, ns=(now, now))
    except OSError as error:
        log.warning("standing stamp not written: %s", type(error).__name__)


class _Stamp:
    """The stamp file a server watches on SQLite."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.seen: int | None = None
        self.read_at = time.time()
        self._lock = asyncio.Lock()

    def watch(self, path: Path | None) -> None:
        self.path, self.seen, self.read_at = path, None, time.time()
        if path is not None:
            try:
                path.touch()
                self.seen = path.stat().st_mtime_ns
            except OSError as error:
                log.warning("standing stamp unusable: %s", type(error).__name__)
                self.path = None

    async def check(self) -> None:
        try:
            moved = os.stat(self.path).st_mtime_ns
        except (OSError, TypeError):
            return
        if moved == self.seen:
            return
        async with self._lock:
            if moved == self.seen:
                return
            began = time.time()
            try:
                await reload(self.read_at)
            except Exception:  # noqa: BLE001 - read again on the next request
                log.exception("standing changes could not be read")
                return
            self.seen, self.read_at = moved, began


_stamp = _Stamp()
