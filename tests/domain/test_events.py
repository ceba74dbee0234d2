import asyncio

from cims.domain import events


async def test_subscribers_get_what_is_published_on_their_topic_in_order():
    async with (
        events.subscribe("complaints") as first,
        events.subscribe("complaints") as second,
        events.subscribe("imports") as other,
    ):
        await events.publish("complaints", {"n": 1})
        await events.publish("complaints", {"n": 2})

        got_first = [await anext(first), await anext(first)]
        got_second = [await anext(second), await anext(second)]

        assert got_first == got_second == [{"n": 1}, {"n": 2}]
        assert other._queue.empty()
    assert events.subscriber_count("complaints") == 0


async def test_a_slow_subscriber_loses_the_oldest_payloads():
    async with events.subscribe("complaints", maxsize=2) as slow:
        for n in range(4):
            await events.publish("complaints", {"n": n})

        assert [await anext(slow), await anext(slow)] == [{"n": 2}, {"n": 3}]
        assert slow.dropped == 2


async def test_closing_wakes_a_reader_that_waits():
    subscription = events.subscribe("complaints")

    async def read_all():
        return [payload async for payload in subscription]

    reader = asyncio.create_task(read_all())
    await asyncio.sleep(0)
    await events.publish("complaints", {"n": 1})
    await asyncio.sleep(0)
    subscription.close()

    assert await asyncio.wait_for(reader, timeout=1) == [{"n": 1}]


async def test_a_transport_carries_payloads_and_deliver_hands_them_out():
    sent = []

    async def transport(topic, payload):
        sent.append((topic, payload))

    events.set_transport(transport)
    try:
        async with events.subscribe("complaints") as subscription:
            await events.publish("complaints", {"n": 1})
            assert sent == [("complaints", {"n": 1})]
            assert subscription._queue.empty()

            events.deliver("complaints", {"n": 1})
            assert await anext(subscription) == {"n": 1}
    finally:
        events.set_transport(None)


async def test_a_failing_transport_does_not_fail_the_publisher(caplog):
    async def broken(topic, payload):
        raise ConnectionError("listener gone")

    events.set_transport(broken)
    try:
        await events.publish("complaints", {"n": 1})
    finally:
        events.set_transport(None)

    assert [r.message for r in caplog.records] == ["publish failed"]
