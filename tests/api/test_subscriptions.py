"""complaintChanged over graphql-transport-ws, driven in the test's own event loop."""

from __future__ import annotations

import asyncio
import json
import socket as socket_module
import time

import pytest
import uvicorn
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from cims.api import connection
from cims.api.ids import to_global_id
from cims.api.limits import MAX_BODY_BYTES
from cims.app import SERVER_LIMITS, create_app
from cims.auth import accounts, resource
from cims.auth.held import held_clients
from cims.domain import complaints, events
from cims.domain.actor import Actor
from cims.models import StaffMember
from tests.factories import (
    branch,
    complaint_category,
    customer_from_german,
    staff_member,
)

AGENT = frozenset(
    {"customer.read", "complaint.read", "complaint.file", "complaint.handle"}
)
SYSTEM = Actor.system()
WATCH = """
subscription Watch($queue: ComplaintQueue) {
  complaintChanged(queue: $queue) {
    kind inQueue complaint { id status assignee customer { customerNo } }
  }
}
"""
WAIT = 5  # seconds; a bound on a hung test, not a measure of speed


class Socket:
    """An ASGI WebSocket client: enough of the protocol for these tests."""

    def __init__(self, app) -> None:
        self.app = app
        self.inbox: asyncio.Queue = asyncio.Queue()
        self.outbox: asyncio.Queue = asyncio.Queue()

    async def __aenter__(self) -> Socket:
        scope = {
            "type": "websocket",
            "path": "/graphql",
            "raw_path": b"/graphql",
            "query_string": b"",
            "root_path": "",
            "scheme": "ws",
            "headers": [
                (b"host", b"testserver"),
                (b"sec-websocket-protocol", b"graphql-transport-ws"),
            ],
            "subprotocols": ["graphql-transport-ws"],
            "client": ("127.0.0.1", 50000),
            "server": ("testserver", 80),
        }
        run = self.app(scope, self.inbox.get, self.outbox.put)
        self.task = asyncio.create_task(run)
        await self.inbox.put({"type": "websocket.connect"})
        assert (await self.raw())["type"] == "websocket.accept"
        return self

    async def __aexit__(self, *exc_info) -> None:
        await self.inbox.put({"type": "websocket.disconnect", "code": 1000})
        await asyncio.wait_for(self.task, WAIT)

    async def raw(self) -> dict:
        return await asyncio.wait_for(self.outbox.get(), WAIT)

    async def send(self, message: dict) -> None:
        await self.inbox.put({"type": "websocket.receive", "text": json.dumps(message)})

    async def receive(self) -> dict:
        message = await self.raw()
        assert message["type"] == "websocket.send", message
        return json.loads(message["text"])

    async def init(self, token: str | None = "Bearer test") -> dict:
        await self.send(
            {
                "type": "connection_init",
                "payload": {"authorization": token} if token else {},
            }
        )
        message = await self.raw()
        if message["type"] == "websocket.send":
            return json.loads(message["text"])
        return message

    async def subscribe(self, **variables) -> None:
        await self.send(
            {
                "id": "1",
                "type": "subscribe",
                "payload": {"query": WATCH, "variables": variables},
            }
        )
        for _ in range(WAIT * 100):
            if events.subscriber_count(complaints.TOPIC):
                return
            await asyncio.sleep(0.01)
        raise AssertionError("the subscription did not start")


@pytest.fixture
async def app(session_settings, database, caller):
    caller.actor = Actor(subject="agent-1", permissions=AGENT)
    return create_app(session_settings, connect=False, resolve_actor=caller.resolve)


async def _file(customer, category):
    return await complaints.file_complaint(
        SYSTEM,
        customer.id,
        category_id=category.id,
        severity="medium",
        channel="phone",
        description="The card was charged twice.",
    )


async def _world():
    home = await branch()
    customer = await customer_from_german(0, home)
    category = await complaint_category("Credit card", "Fees")
    for handler in ("agent-1", "agent-2"):  # complaints are assigned to staff
        await staff_member(handler)
    return home, customer, category


async def test_connection_is_acknowledged_with_a_token(app):
    async with Socket(app) as socket:
        assert await socket.init() == {"type": "connection_ack"}


def _ping(size: int) -> dict:
    """A graphql-transport-ws ping whose JSON text is ``size`` bytes long."""
    empty = len(json.dumps({"type": "ping", "payload": {"pad": ""}}))
    return {"type": "ping", "payload": {"pad": "x" * (size - empty)}}


async def test_a_message_up_to_the_body_limit_is_read(app):
    async with Socket(app) as socket:
        await socket.init()
        await socket.send(_ping(MAX_BODY_BYTES))

        assert await socket.receive() == {"type": "pong"}


async def test_a_message_over_the_body_limit_closes_the_connection(app):
    async with Socket(app) as socket:
        await socket.init()
        await socket.subscribe(queue="UNASSIGNED")
        await socket.send(_ping(MAX_BODY_BYTES + 1))

        closed = await socket.raw()
        await asyncio.wait_for(socket.task, WAIT)

    assert (closed["type"], closed["code"]) == ("websocket.close", 1009)
    assert socket.task.exception() is None
    assert socket.outbox.empty()
    assert events.subscriber_count(complaints.TOPIC) == 0


async def test_the_served_app_closes_a_connection_over_the_limit(app):
    """Through uvicorn on a socket, as `cims serve` configures it."""
    with socket_module.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, lifespan="off", log_config=None,
        **SERVER_LIMITS,
    )  # fmt: skip
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    try:
        while not server.started:
            await asyncio.sleep(0.01)
        async with connect(
            f"ws://127.0.0.1:{port}/graphql",
            subprotocols=["graphql-transport-ws"],
            max_size=None,
        ) as client:
            await client.send(json.dumps(_ping(MAX_BODY_BYTES + 1)))
            with pytest.raises(ConnectionClosed) as caught:
                await asyncio.wait_for(client.recv(), WAIT)
    finally:
        server.should_exit = True
        await asyncio.wait_for(serving, WAIT)

    assert caught.value.rcvd.code == 1009


async def test_connection_without_a_token_is_refused(session_settings, database):
    app = create_app(session_settings, connect=False)

    async with Socket(app) as socket:
        closed = await socket.init(token=None)

    assert closed == {"type": "websocket.close", "code": 4403, "reason": "Forbidden"}
    assert events.subscriber_count(complaints.TOPIC) == 0


async def test_a_client_held_to_trusted_documents_cannot_connect(app, caller):
    caller.actor = Actor(
        subject="agent-1", permissions=AGENT, extra={"client_id": "app-held"}
    )
    held_clients.ids = frozenset({"app-held"})

    async with Socket(app) as socket:
        closed = await socket.init()

    assert closed == {"type": "websocket.close", "code": 4403, "reason": "Forbidden"}


async def test_filed_complaint_is_pushed_to_the_unassigned_queue(app):
    _, customer, category = await _world()
    async with Socket(app) as socket:
        await socket.init()
        await socket.subscribe(queue="UNASSIGNED")

        filed = await _file(customer, category)
        message = await socket.receive()

    assert message["type"] == "next"
    assert message["payload"]["data"]["complaintChanged"] == {
        "kind": "FILED",
        "inQueue": True,
        "complaint": {
            "id": to_global_id("Complaint", filed.id),
            "status": "RECEIVED",
            "assignee": None,
            "customer": {"customerNo": customer.customer_no},
        },
    }


async def test_assigned_complaint_is_pushed_as_leaving_the_queue(app):
    _, customer, category = await _world()
    filed = await _file(customer, category)
    async with Socket(app) as socket:
        await socket.init()
        await socket.subscribe(queue="UNASSIGNED")

        await complaints.assign(SYSTEM, filed.id, 1, assignee="agent-2", team_id=None)
        message = await socket.receive()

    change = message["payload"]["data"]["complaintChanged"]
    assert (change["kind"], change["inQueue"]) == ("ASSIGNMENT", False)
    assert change["complaint"]["assignee"] == "agent-2"


async def test_a_comment_is_pushed_to_the_queue_that_holds_the_complaint(app):
    _, customer, category = await _world()
    filed = await _file(customer, category)
    await complaints.assign(SYSTEM, filed.id, 1, assignee="agent-1", team_id=None)
    async with Socket(app) as socket:
        await socket.init()
        await socket.subscribe(queue="MINE")

        await complaints.comment(SYSTEM, filed.id, 2, text="Called the customer back.")
        message = await socket.receive()

    change = message["payload"]["data"]["complaintChanged"]
    assert (change["kind"], change["inQueue"]) == ("COMMENT", True)
    assert change["complaint"]["id"] == to_global_id("Complaint", filed.id)


async def test_changes_outside_the_branch_are_not_pushed(app, caller):
    home, customer, category = await _world()
    other = await branch("SH01")
    stranger = await customer_from_german(1, other)
    caller.actor = Actor(subject="agent-1", permissions=AGENT, branch_id=home.id)
    async with Socket(app) as socket:
        await socket.init()
        await socket.subscribe()

        await _file(stranger, category)
        mine = await _file(customer, category)
        message = await socket.receive()

    pushed = message["payload"]["data"]["complaintChanged"]["complaint"]
    assert pushed["id"] == to_global_id("Complaint", mine.id)


async def test_subscribing_without_complaint_read_is_an_error(app, caller):
    caller.actor = Actor(subject="rm-1", permissions=frozenset({"customer.read"}))
    async with Socket(app) as socket:
        await socket.init()
        await socket.send(
            {
                "id": "1",
                "type": "subscribe",
                "payload": {"query": WATCH, "variables": {}},
            }
        )
        message = await socket.receive()

    assert message["type"] in ("error", "next")
    errors = (
        message["payload"]
        if message["type"] == "error"
        else message["payload"]["errors"]
    )
    assert [e["message"] for e in errors] == ["Permission complaint.read is required"]
    assert events.subscriber_count(complaints.TOPIC) == 0


async def test_a_push_that_fails_is_skipped_and_later_ones_arrive(app, caplog):
    _, customer, category = await _world()
    async with Socket(app) as socket:
        await socket.init()
        await socket.subscribe()

        await events.publish(complaints.TOPIC, {"not": "a complaint change"})
        filed = await _file(customer, category)
        message = await socket.receive()

    pushed = message["payload"]["data"]["complaintChanged"]["complaint"]
    assert pushed["id"] == to_global_id("Complaint", filed.id)
    assert [r.message for r in caplog.records if r.levelname == "ERROR"] == [
        "complaint push failed"
    ]


async def test_an_expired_token_closes_the_connection_with_4401(app, caller):
    caller.actor = Actor(
        subject="agent-1", permissions=AGENT, extra={"expires_at": time.time() + 1}
    )
    async with Socket(app) as socket:
        assert await socket.init() == {"type": "connection_ack"}
        await socket.subscribe(queue="UNASSIGNED")

        closed = await socket.raw()

    assert closed == {
        "type": "websocket.close",
        "code": 4401,
        "reason": "Token expired",
    }
    assert events.subscriber_count(complaints.TOPIC) == 0


async def test_a_token_expired_at_connection_init_closes_with_4401(app, caller):
    """As a live connection whose token expires: the client renews its token."""
    caller.actor = Actor(
        subject="agent-1", permissions=AGENT, extra={"expires_at": time.time() - 1}
    )
    async with Socket(app) as socket:
        closed = await socket.init()

    assert closed == {
        "type": "websocket.close",
        "code": 4401,
        "reason": "Token expired",
    }
    assert events.subscriber_count(complaints.TOPIC) == 0


async def test_a_token_refused_as_expired_at_connection_init_closes_with_4401(
    session_settings, database, monkeypatch
):
    async def expired(*_, **__):
        raise resource.InvalidToken(resource.TOKEN_EXPIRED, "Token has expired")

    monkeypatch.setattr(resource, "actor_from_authorization", expired)
    app = create_app(session_settings, connect=False)

    async with Socket(app) as socket:
        closed = await socket.init(token="Bearer expired")

    assert closed == {
        "type": "websocket.close",
        "code": 4401,
        "reason": "Token expired",
    }


async def test_a_junk_token_at_connection_init_closes_with_4403(
    session_settings, database
):
    app = create_app(session_settings, connect=False)

    async with Socket(app) as socket:
        closed = await socket.init(token="Bearer junk")

    assert closed == {"type": "websocket.close", "code": 4403, "reason": "Forbidden"}


async def test_a_deactivated_account_stops_receiving(app, monkeypatch):
    monkeypatch.setattr(connection, "RECHECK_SECONDS", 0.0)
    _, customer, category = await _world()
    async with Socket(app) as socket:
        await socket.init()
        await socket.subscribe(queue="UNASSIGNED")
        await _file(customer, category)
        first = await socket.receive()

        await accounts.set_active(SYSTEM, "agent-1", False)
        await _file(customer, category)
        closed = await socket.raw()
        await asyncio.sleep(0.05)
        after = socket.outbox.qsize()

    assert first["type"] == "next"
    assert closed == {
        "type": "websocket.close",
        "code": 4403,
        "reason": "Account deactivated",
    }
    assert after == 0
    assert events.subscriber_count(complaints.TOPIC) == 0


async def test_an_account_that_lost_the_role_stops_receiving(app, monkeypatch):
    monkeypatch.setattr(connection, "RECHECK_SECONDS", 0.0)
    _, customer, category = await _world()
    async with Socket(app) as socket:
        await socket.init()
        await socket.subscribe()

        await StaffMember.filter(subject="agent-1").update(roles=["teller"])
        await _file(customer, category)
        closed = await socket.raw()

    assert (closed["code"], closed["reason"]) == (4403, "Account permissions changed")


async def test_standing_is_read_at_most_once_per_interval(app, monkeypatch):
    """Within RECHECK_SECONDS a push goes out on the standing read at sign-in."""
    monkeypatch.setattr(connection, "RECHECK_SECONDS", 3600.0)
    _, customer, category = await _world()
    async with Socket(app) as socket:
        await socket.init()
        await socket.subscribe()

        await StaffMember.filter(subject="agent-1").update(active=False)
        await _file(customer, category)
        message = await socket.receive()

    assert message["type"] == "next"


async def test_a_deactivated_account_cannot_connect(app):
    await _world()
    await StaffMember.filter(subject="agent-1").update(active=False)
    async with Socket(app) as socket:
        closed = await socket.init()

    assert closed == {"type": "websocket.close", "code": 4403, "reason": "Forbidden"}
