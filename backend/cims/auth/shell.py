"""Who acts at the shell when it matters: a staff account proven by sign-in.

A command that reads or writes personal data in bulk (``cims import``, ``cims
export``, ``cims subject-export``, ``cims import-transactions``) or takes a four-eyes
step (``cims erase request|approve|reject``) names its person with ``--as USERNAME``
(:func:`add_option`); the password is read from the terminal without echo (or, when
standard input is not a terminal, from its first line, for scripts), then a TOTP code
when the account has an authenticator or a role of theirs demands one (from the
terminal, or the next line).
The rules are the web sign-in's: a wrong password, a locked or inactive account and an
unknown username are refused alike, and each failure counts towards the lock-out.
The actor is that staff member, with their roles' permissions and branch, so the audit
trail and the four-eyes check name them.

The environment is never read for identity: ``$USER``, ``$LOGNAME`` and
``$SUDO_USER`` are whatever the caller set.
"""

from __future__ import annotations

import getpass
import sys

from cims.auth import accounts
from cims.auth.policy import is_branch_bound, permissions_for
from cims.auth.settings import resolve
from cims.config import get_settings
from cims.domain.actor import Actor
from cims.domain.errors import Refused

SIGN_IN_FAILED = "SIGN_IN_FAILED"


def add_option(parser) -> None:
    """``--as USERNAME``, required: the staff account a command acts as."""
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="USERNAME",
        required=True,
        help="the staff account that acts (its permissions, branch and name in the "
        "audit trail); asks its password (and TOTP code) on the terminal, or reads "
        "them from standard input, one a line",
    )


def _ask(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


async def sign_in(username: str, ask=_ask) -> Actor:
    """The staff member ``username`` once their password (and code) is right;
    :class:`Refused` otherwise."""
    settings = resolve(get_settings())
    password = ask(f"Password for {username}: ")[:256]
    staff = await accounts.check_password(settings, username[:64], password)
    if staff is None:
        raise Refused(
            SIGN_IN_FAILED,
            f"sign-in as {username} failed: wrong username or password, "
            "or the account is locked or inactive",
        )
    if await accounts.totp_required(staff):
        if not staff.totp_secret:
            raise Refused(
                SIGN_IN_FAILED,
                f"{username} needs a second factor but has none yet: sign in to "
                "the web app once to enrol an authenticator app",
            )
        code = ask("Authenticator code: ")[:16]
        if not await accounts.check_totp(settings, staff, code):
            raise Refused(SIGN_IN_FAILED, f"sign-in as {username} failed: wrong code")
    await accounts.record_success(staff)
    roles = frozenset(staff.roles)
    return Actor(
        subject=staff.subject,
        roles=roles,
        permissions=permissions_for(roles),
        branch_id=staff.branch_id if is_branch_bound(roles) else None,
    )
