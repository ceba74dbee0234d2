"""Errors over the WebSocket carry the codes and request ID the HTTP answers carry."""

from __future__ import annotations

from cims.domain import complaints, events
from cims.domain.actor import Actor
from tests.api.test_subscriptions import WATCH, Socket, app  # noqa: F401 - a fixture


async def test_a_refused_subscription_has_the_forbidden_code(app, caller):  # noqa: F811
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

    payload = message["payload"]
    errors = payload if message["type"] == "error" else payload["errors"]
    assert [(e["message"], e["extensions"]["code"]) for e in errors] == [
        ("Permission complaint.read is required", "FORBIDDEN")
    ]
    assert errors[0]["extensions"]["requestId"]
    assert events.subscriber_count(complaints.TOPIC) == 0


async def test_a_field_refused_in_a_query_over_the_socket_has_its_code(app, caller):  # noqa: F811
    caller.actor = Actor(subject="rm-1", permissions=frozenset())
    async with Socket(app) as socket:
        await socket.init()
        await socket.send(
            {
                "id": "1",
                "type": "subscribe",
                "payload": {"query": "{ customers(first: 1) { totalCount } }"},
            }
        )
        message = await socket.receive()

    assert message["type"] == "next"
    [error] = message["payload"]["errors"]
    assert error["extensions"]["code"] == "FORBIDDEN"
