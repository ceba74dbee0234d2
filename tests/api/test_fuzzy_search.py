"""Customer search tolerant of typos, swapped name order and Chinese homophones."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cims.api.ids import to_global_id
from cims.auth.policy import permissions_for
from cims.domain import name_search
from cims.domain.actor import Actor
from cims.domain.name_search import Probe, name_sound
from cims.domain.normalize import name_key
from cims.models import Customer
from tests.api.test_customers import SEARCH, gql
from tests.factories import branch, customer_from_german

RANKED = """
query Search($filter: CustomerFilter, $first: Int, $after: String, $order: CustomerOrder) {
  customers(filter: $filter, first: $first, after: $after, orderBy: $order) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id fullName } }
  }
}
"""

TYPOS = (
    "Ding Danyn",
    "Dign Danyan",
    "Din Danyan",
    "Ding Danyam",
    "Danyan Ding",
    "丁丹研",
)


def _names(body: dict) -> list[str]:
    assert "errors" not in body, body
    return [e["node"]["fullName"] for e in body["data"]["customers"]["edges"]]


def _rm(home) -> Actor:
    roles = {"relationship_manager"}
    return Actor(
        subject="rm-1",
        roles=frozenset(roles),
        permissions=permissions_for(roles),
        branch_id=home.id,
    )


@pytest.fixture
async def people():
    home = await branch()
    other = await branch("SH01")
    ding = await customer_from_german(
        1, home, full_name="丁丹妍", name_latin="Ding Danyan"
    )
    # A different person with the same family name: no typo away from her.
    await customer_from_german(2, home, full_name="丁建国", name_latin="Ding Jianguo")
    # The same name at another branch: outside a branch-bound caller's scope.
    await customer_from_german(3, other, full_name="丁丹妍", name_latin="Ding Danyan")
    return home, other, ding


@pytest.mark.parametrize("text", TYPOS)
async def test_a_typo_swapped_order_or_homophone_finds_her_in_scope(
    client, caller, people, text
):
    home, _other, ding = people
    caller.actor = _rm(home)

    body = await gql(client, SEARCH, filter={"text": text})

    ids = [e["node"]["id"] for e in body["data"]["customers"]["edges"]]
    assert ids == [to_global_id("Customer", ding.id)], text
    assert body["data"]["customers"]["totalCount"] == 1


async def test_head_office_sees_both_branches_and_exact_forms_still_work(
    client, people
):
    for text in (*TYPOS, "Ding Danyan", "ＤＩＮＧ danyan", "dingdanyan", "丁丹"):
        body = await gql(client, SEARCH, filter={"text": text})
        assert _names(body) == ["丁丹妍", "丁丹妍"], text


async def test_a_different_person_stays_a_non_match(client, caller, people):
    home, _other, _ding = people
    caller.actor = _rm(home)

    for text in ("Ding Jiangou", "Dnig Jianguo", "丁建果", "Deng Danyan Lee", "Li Na"):
        body = await gql(client, SEARCH, filter={"text": text})
        names = _names(body)
        assert "丁丹妍" not in names, text
    for text in ("Ding Jiangou", "Jianguo Ding", "丁建果"):
        body = await gql(client, SEARCH, filter={"text": text})
        assert _names(body) == ["丁建国"], text
    body = await gql(client, SEARCH, filter={"text": "Wang Fang"})
    assert _names(body) == []


async def test_exact_hits_come_before_similar_names_across_pages(client, people):
    home, _other, _ding = people
    # Exact for 丁丹研 itself; 丁丹妍 (twice) only sounds like it.
    same = await customer_from_german(
        4, home, full_name="丁丹研", name_latin="Ding Danyan"
    )
    order = {"field": "CREATED_AT", "direction": "DESC"}

    first = await gql(client, RANKED, filter={"text": "丁丹研"}, first=1, order=order)
    page = first["data"]["customers"]
    rest = await gql(
        client,
        RANKED,
        filter={"text": "丁丹研"},
        first=5,
        after=page["pageInfo"]["endCursor"],
        order=order,
    )

    assert page["totalCount"] == 3
    assert page["pageInfo"]["hasNextPage"] is True
    assert [e["node"]["id"] for e in page["edges"]] == [
        to_global_id("Customer", same.id)
    ]
    later = rest["data"]["customers"]
    assert _names(rest) == ["丁丹妍", "丁丹妍"]
    assert later["pageInfo"]["hasNextPage"] is False
    ids = [e["node"]["id"] for e in later["edges"]]
    assert len(set(ids)) == 2 and to_global_id("Customer", same.id) not in ids
    # Newest first within the similar names too, as asked.
    rows = await Customer.filter(full_name="丁丹妍").order_by("-created_at", "-id")
    assert ids == [to_global_id("Customer", r.id) for r in rows]


async def test_fewer_typos_come_first_among_similar_names(client):
    home = await branch()
    await customer_from_german(5, home, full_name="王芳", name_latin="Wang Fang")
    await customer_from_german(6, home, full_name="王峰", name_latin="Wang Feng")
    await customer_from_german(7, home, full_name="汪芳", name_latin="Wang Fang")
    order = {"field": "CREATED_AT", "direction": "DESC"}

    body = await gql(client, SEARCH, filter={"text": "Wnag Fang"}, order=order)
    homophone = await gql(client, SEARCH, filter={"text": "汪芳"}, order=order)

    # One typo (newest first among equals), then two.
    assert _names(body) == ["汪芳", "王芳", "王峰"]
    # The exact hit, then the same pinyin; 王峰 is another name.
    assert _names(homophone) == ["汪芳", "王芳"]


async def test_similar_names_keep_the_other_filters(client, people):
    _home, other, _ding = people
    body = await gql(
        client,
        SEARCH,
        filter={"text": "Dign Danyan", "branchId": to_global_id("Branch", other.id)},
    )
    assert _names(body) == ["丁丹妍"]
    body = await gql(client, SEARCH, filter={"text": "Dign Danyan", "archived": True})
    assert _names(body) == []


def test_sound_keys_of_stored_names_and_of_search_texts():
    assert name_sound("丁丹妍", "Ding Danyan") == "dd10"
    assert name_sound("丁丹妍", None) == "dd10"  # from the characters' pinyin
    assert name_sound("Danyan DING", None) == "dd10"
    assert name_sound("Ünal-3", None) == ""
    ding = name_key("丁丹妍", "Ding Danyan")
    assert Probe("Ding Danyn").matches(ding)
    assert not Probe("Ding Jianguo").matches(ding)
    assert not Probe("13912345678")  # a number is the exact search's
    assert not Probe("Ding")  # one word: the exact search's prefix match
    # A customer without a Latin name is matched by the pinyin of her characters.
    assert Probe("丁丹研").matches(name_key("丁丹妍"))


async def test_the_candidate_bound_reads_the_nearest_lengths_first(client, monkeypatch):
    home = await branch()
    # Older (a lower id) and two typos away, in the band one letter longer.
    await customer_from_german(8, home, full_name="丁丹阳", name_latin="Ding Danyang")
    await customer_from_german(9, home, full_name="丁丹妍", name_latin="Ding Danyan")
    monkeypatch.setattr(name_search, "CANDIDATES", 1)

    body = await gql(client, SEARCH, filter={"text": "Dign Danyan"})

    assert _names(body) == ["丁丹妍"]
    assert Probe("Ding Danyn").bands == [["dd9"], ["dd8", "dd10"], ["dd7", "dd11"]]


def test_the_app_starts_without_pypinyin():
    # Its dictionaries are some 57 MB: loaded once a Chinese search needs them.
    probe = "import sys, cims.cli, cims.app; print('pypinyin' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"
