"""``me``: the caller's identity, roles, permissions and branch."""

from __future__ import annotations

from cims.auth import accounts, clients
from cims.auth.policy import ROLES, permissions_for
from cims.domain.actor import Actor
from tests.api.test_customers import gql
from tests.factories import branch

ME = """
{ me { subject kind username displayName roles permissions branch { code } } }
"""


async def test_a_teller_sees_its_username_roles_permissions_and_branch(client, caller):
    home = await branch("SH02")
    new = await accounts.create_staff(
        Actor.system(), username="li.teller", roles=["teller"],
        display_name="李娜", branch_code="SH02",
    )  # fmt: skip
    caller.actor = Actor(
        subject=new.staff.subject,
        roles=frozenset({"teller"}),
        permissions=permissions_for({"teller"}),
        branch_id=home.id,
    )

    body = await gql(client, ME)

    assert body["data"]["me"] == {
        "subject": new.staff.subject,
        "kind": "STAFF",
        "username": "li.teller",
        "displayName": "李娜",
        "roles": ["teller"],
        "permissions": sorted(ROLES["teller"]),
        "branch": {"code": "SH02"},
    }


async def test_a_service_account_is_named_by_its_client_name(client, caller):
    new = await clients.create_service_client(
        Actor.system(), name="nightly report", roles=["analyst"]
    )
    caller.actor = Actor(
        subject=new.client.client_id,
        roles=frozenset({"analyst"}),
        permissions=permissions_for({"analyst"}),
    )

    me = (await gql(client, ME))["data"]["me"]

    assert (me["kind"], me["username"], me["branch"]) == (
        "SERVICE", "nightly report", None,
    )  # fmt: skip
    assert me["permissions"] == sorted(ROLES["analyst"])


async def test_an_external_user_is_named_by_its_token(client, caller):
    caller.actor = Actor(
        subject="kc-5f1d",
        roles=frozenset({"risk_officer"}),
        permissions=permissions_for({"risk_officer"}),
        extra={"username": "zhao.risk", "name": None},
    )

    me = (await gql(client, ME))["data"]["me"]

    assert (me["kind"], me["username"], me["displayName"]) == (
        "EXTERNAL", "zhao.risk", "zhao.risk",
    )  # fmt: skip
    assert "risk.decide" in me["permissions"]
    assert "audit.read" not in me["permissions"]


async def test_a_staff_member_sees_its_team(client, caller):
    new = await accounts.create_staff(
        Actor.system(), username="zhou.rm", roles=["analyst"], team="对公一组"
    )
    caller.actor = Actor(subject=new.staff.subject, permissions=frozenset())

    body = await gql(client, "{ me { username team } }")

    assert body["data"]["me"] == {"username": "zhou.rm", "team": "对公一组"}
