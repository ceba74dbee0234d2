from datetime import UTC, datetime, timedelta

import pytest

from cims.domain import complaints, interactions
from cims.domain.actor import Actor
from cims.domain.errors import PermissionDenied
from cims.domain.service_stats import age_bucket, service_statistics


def test_age_buckets_have_open_upper_bounds():
    assert [age_bucket(timedelta(days=d)) for d in (0, 1, 2.5, 7, 14, 40)] == [
        "0-1",
        "1-3",
        "1-3",
        "7-15",
        "7-15",
        "15+",
    ]


async def test_statistics_count_open_breached_and_channels(agent, customer, category):
    now = datetime.now(UTC)
    await complaints.file_complaint(
        agent,
        customer.id,
        category_id=category.id,
        severity="low",
        channel="phone",
        description="Late",
        received_at=now - timedelta(days=20),
    )
    fresh = await complaints.file_complaint(
        agent,
        customer.id,
        category_id=category.id,
        severity="low",
        channel="phone",
        description="Fresh",
    )
    await complaints.acknowledge(agent, fresh.id, 1)
    await interactions.log_interaction(
        agent,
        customer.id,
        channel="wechat",
        direction="inbound",
        purpose="Question",
        summary="Asked about fees",
    )

    stats = await service_statistics(agent, now - timedelta(days=30))

    assert stats.open_by_status == {"received": 1, "acknowledged": 1}
    assert list(stats.open_by_age.items()) == [("0-1", 1), ("15+", 1)]  # youngest first
    assert (stats.received, stats.breached, stats.breach_rate) == (2, 1, 0.5)
    assert stats.interactions_by_channel == {"wechat": 1}


async def test_statistics_need_complaint_read(database):
    actor = Actor(subject="x", permissions=frozenset({"customer.read"}))

    with pytest.raises(PermissionDenied):
        await service_statistics(actor, datetime.now(UTC))
