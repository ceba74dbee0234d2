"""``cims staff``, ``cims client`` and ``cims keys``: sign-in administration and keys.

Each command's ``run`` expects the database to be connected already (the CLI does
that before dispatching) and prints JSON, so scripts can read what it made.
Passwords are never taken from the command line, where other users of the machine
could read them: they are generated, or read from standard input.
"""

from __future__ import annotations

import argparse
import json
import sys

from cims.auth import accounts, clients
from cims.auth.keys import store_for
from cims.auth.policy import ROLES
from cims.auth.settings import AuthSettings, resolve
from cims.config import get_settings
from cims.domain import crypto, rekey
from cims.domain.actor import Actor
from cims.domain.errors import ValidationFailed
from cims.models import OAuthClient, StaffMember

ROLE_CHOICES = sorted(ROLES)


def register(subparsers) -> None:
    _register_staff(subparsers)
    _register_client(subparsers)
    _register_keys(subparsers)


def _register_staff(subparsers) -> None:
    staff = subparsers.add_parser("staff", help="staff accounts and sign-in rules")
    commands = staff.add_subparsers(dest="staff_command", required=True)

    create = commands.add_parser("create", help="create a staff account")
    create.add_argument("--username", required=True)
    create.add_argument("--role", action="append", required=True, choices=ROLE_CHOICES)
    create.add_argument("--branch", help="branch code (required for branch roles)")
    create.add_argument("--display-name")
    create.add_argument("--team", help="the team they share saved views with")
    create.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )
    create.set_defaults(func=run_staff_create)

    update = commands.add_parser(
        "update",
        help="change a staff account's roles, branch or team (tokens issued "
        "before a change of roles or branch are judged again at once)",
    )
    update.add_argument("username")
    update.add_argument(
        "--role",
        action="append",
        choices=ROLE_CHOICES,
        help="their roles from now on (repeat for several; replaces the old ones)",
    )
    branch = update.add_mutually_exclusive_group()
    branch.add_argument("--branch", help="the branch code they work at from now on")
    branch.add_argument("--no-branch", action="store_true", help="no branch")
    team = update.add_mutually_exclusive_group()
    team.add_argument("--team", help="the team they share saved views with")
    team.add_argument("--no-team", action="store_true", help="take them out of it")
    update.set_defaults(func=run_staff_update)

    listing = commands.add_parser("list", help="list staff accounts")
    listing.set_defaults(func=run_staff_list)

    for name, func, help_text in (
        ("unlock", run_staff_unlock, "lift a lock-out"),
        ("reset-password", run_staff_reset_password, "set a new password"),
        ("reset-totp", run_staff_reset_totp, "forget the authenticator app"),
        ("deactivate", run_staff_deactivate, "stop an account from signing in"),
        ("activate", run_staff_activate, "let a deactivated account sign in"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("username")
        if name == "reset-password":
            command.add_argument("--password-stdin", action="store_true")
        command.set_defaults(func=func)

    totp = commands.add_parser(
        "require-totp", help="require a second factor for a role"
    )
    totp.add_argument("role", choices=ROLE_CHOICES)
    totp.add_argument("--off", action="store_true", help="stop requiring it")
    totp.set_defaults(func=run_staff_require_totp)


def _register_client(subparsers) -> None:
    client = subparsers.add_parser("client", help="OAuth clients and service accounts")
    commands = client.add_subparsers(dest="client_command", required=True)

    create = commands.add_parser(
        "create", help="create a service account (or, with --public, an app)"
    )
    create.add_argument("--name", required=True)
    create.add_argument("--role", action="append", choices=ROLE_CHOICES)
    create.add_argument("--branch", help="branch code for a branch-bound service")
    create.add_argument("--public", action="store_true", help="a mobile app (PKCE)")
    create.add_argument("--redirect-uri", action="append", default=[])
    create.add_argument(
        "--trusted-documents-only",
        action="store_true",
        help="its tokens run registered documents only (CIMS_TRUSTED_DOCUMENTS)",
    )
    create.set_defaults(func=run_client_create)

    listing = commands.add_parser("list", help="list clients")
    listing.set_defaults(func=run_client_list)

    revoke = commands.add_parser("revoke", help="stop a client from getting tokens")
    revoke.add_argument("client_id")
    revoke.set_defaults(func=run_client_revoke)

    hold = commands.add_parser(
        "trusted-documents-only",
        help="hold a client's tokens to trusted documents (--off lets them go)",
    )
    hold.add_argument("client_id")
    hold.add_argument("--off", action="store_true", help="allow free text again")
    hold.set_defaults(func=run_client_trusted_documents_only)


def _register_keys(subparsers) -> None:
    keys = subparsers.add_parser(
        "keys", help="signing keys and the keys of personal data at rest"
    )
    commands = keys.add_subparsers(dest="keys_command", required=True)
    rotate = commands.add_parser(
        "rotate",
        help="new signing key and new data key; re-encrypts every personal value",
    )
    which = rotate.add_mutually_exclusive_group()
    which.add_argument(
        "--signing-only", action="store_true", help="only the token signing key"
    )
    which.add_argument(
        "--data-only", action="store_true", help="only the personal-data key"
    )
    rotate.set_defaults(func=run_keys_rotate)
    listing = commands.add_parser("list", help="list published key IDs")
    listing.set_defaults(func=run_keys_list)

    # The older spelling of `cims keys rotate --data-only`, kept for scripts.
    data_keys = subparsers.add_parser(
        "data-keys", help="alias: `cims keys rotate --data-only`"
    )
    data_keys.add_subparsers(dest="data_keys_command", required=True).add_parser(
        "rotate", help="same as `cims keys rotate --data-only`"
    ).set_defaults(func=run_keys_rotate, signing_only=False, data_only=True)


def _print(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _stdin_password(wanted: bool) -> str | None:
    return sys.stdin.readline().rstrip("\n") if wanted else None


def _store():
    settings = resolve(get_settings())
    return store_for(settings.key_dir, settings.signing_alg)


async def run_staff_create(args: argparse.Namespace) -> None:
    new = await accounts.create_staff(
        Actor.system(),
        username=args.username,
        roles=args.role,
        display_name=args.display_name,
        branch_code=args.branch,
        password=_stdin_password(args.password_stdin),
        team=args.team,
    )
    _print(
        {
            "username": new.staff.username,
            "subject": new.staff.subject,
            "roles": new.staff.roles,
            "branch": args.branch,
            "team": new.staff.team,
            "password": new.password,
        }
    )


async def run_staff_update(args: argparse.Namespace) -> None:
    rights = args.role is not None or args.branch is not None or args.no_branch
    team = args.team is not None or args.no_team
    if not rights and not team:
        raise ValidationFailed.one(
            "username",
            "NOTHING_TO_CHANGE",
            "Give --role, --branch/--no-branch or --team/--no-team",
        )
    if rights:
        branch = (
            {}
            if args.branch is None and not args.no_branch
            else {"branch_code": None if args.no_branch else args.branch}
        )
        await accounts.set_rights(
            Actor.system(), args.username, roles=args.role, **branch
        )
    if team:
        await accounts.set_team(
            Actor.system(), args.username, None if args.no_team else args.team
        )
    entry = _staff_entry(await accounts.find_staff(args.username, related=True))
    shown = ["username", *(["roles", "branch"] if rights else []), *(["team"] * team)]
    _print({key: entry[key] for key in shown})


async def run_staff_list(args: argparse.Namespace) -> None:
    rows = await StaffMember.all().order_by("username").select_related("branch")
    _print([_staff_entry(row) for row in rows])


def _staff_entry(row: StaffMember) -> dict:
    return {
        "username": row.username,
        # The opaque subject that tokens, logs and the audit trail name.
        "subject": row.subject,
        "roles": row.roles,
        "branch": row.branch.code if row.branch else None,
        "team": row.team,
        "active": row.active,
        "locked": accounts.is_locked(row),
        "totp": bool(row.totp_secret),
    }


async def run_staff_unlock(args: argparse.Namespace) -> None:
    await accounts.unlock(Actor.system(), args.username)
    _print({"username": args.username, "unlocked": True})


async def run_staff_reset_password(args: argparse.Namespace) -> None:
    given = _stdin_password(args.password_stdin)
    new = await accounts.reset_password(Actor.system(), args.username, given)
    _print({"username": args.username, "password": None if given else new})


async def run_staff_reset_totp(args: argparse.Namespace) -> None:
    await accounts.reset_totp(Actor.system(), args.username)
    _print({"username": args.username, "totp": False})


async def run_staff_deactivate(args: argparse.Namespace) -> None:
    await accounts.set_active(Actor.system(), args.username, False)
    _print({"username": args.username, "active": False})


async def run_staff_activate(args: argparse.Namespace) -> None:
    await accounts.set_active(Actor.system(), args.username, True)
    _print({"username": args.username, "active": True})


async def run_staff_require_totp(args: argparse.Namespace) -> None:
    await accounts.require_totp(Actor.system(), args.role, not args.off)
    _print({"roles_requiring_totp": await accounts.roles_requiring_totp()})


async def run_client_create(args: argparse.Namespace) -> None:
    if args.public:
        new = await clients.create_public_client(
            Actor.system(),
            name=args.name,
            redirect_uris=args.redirect_uri,
            trusted_documents_only=args.trusted_documents_only,
        )
    else:
        new = await clients.create_service_client(
            Actor.system(),
            name=args.name,
            roles=args.role or [],
            branch_code=args.branch,
            trusted_documents_only=args.trusted_documents_only,
        )
    _print(
        {
            "client_id": new.client.client_id,
            "client_secret": new.secret,
            "name": new.client.name,
            "roles": new.client.roles,
            "trusted_documents_only": new.client.trusted_documents_only,
        }
    )


async def run_client_list(args: argparse.Namespace) -> None:
    rows = await OAuthClient.all().order_by("client_id")
    _print(
        [
            {
                "client_id": row.client_id,
                "name": row.name,
                "public": row.secret_hash is None,
                "grant_types": row.grant_types,
                "roles": row.roles,
                "active": row.active,
                "trusted_documents_only": row.trusted_documents_only,
            }
            for row in rows
        ]
    )


async def run_client_revoke(args: argparse.Namespace) -> None:
    await clients.revoke_client(Actor.system(), args.client_id)
    _print({"client_id": args.client_id, "active": False})


async def run_client_trusted_documents_only(args: argparse.Namespace) -> None:
    spa_client_id = AuthSettings.from_settings(get_settings()).spa_client_id
    held = not args.off
    await clients.hold_to_trusted_documents(
        Actor.system(), args.client_id, held, spa_client_id=spa_client_id
    )
    _print({"client_id": args.client_id, "trusted_documents_only": held})


async def run_keys_rotate(args: argparse.Namespace) -> None:
    """Signing key first: it takes a moment and cannot fail half-way. The data
    key then re-seals every value; old keys stay in the ring, so a value not yet
    re-sealed (or a run cut short) still opens, and running again finishes it."""
    report: dict = {}
    if not args.data_only:
        store = _store()
        store.ensure()
        report["signing"] = store.rotate()
    if not args.signing_only:
        kid = crypto.rotate()
        report["data"] = {"active_key": kid, **await rekey.reseal_all()}
    _print(report)


async def run_keys_list(args: argparse.Namespace) -> None:
    store = _store()
    store.ensure()
    _print({"published": store.kids()})
