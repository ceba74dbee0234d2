import pytest

from cims.domain.errors import ValidationFailed
from cims.domain.paging import MAX_PAGE, decode_cursor, encode_cursor, page_size


def test_a_cursor_round_trips_its_parts():
    cursor = encode_cursor("2026-12-04T09:00:00+00:00", 3, 17)

    assert decode_cursor(cursor, 3) == ["2026-12-04T09:00:00+00:00", 3, 17]
    assert "=" not in cursor
    assert "2026" not in cursor and "MjAy" not in cursor  # nor its base64
    assert encode_cursor("2026-12-04T09:00:00+00:00", 3, 17) == cursor  # stable


def test_a_changed_cursor_or_one_sealed_under_another_secret_is_refused(monkeypatch):
    cursor = encode_cursor("2026-12-04T09:00:00+00:00", 3, 17)
    flipped = cursor[:5] + ("A" if cursor[5] != "A" else "B") + cursor[6:]
    with monkeypatch.context() as patch:
        patch.setenv("CIMS_SECRET_KEY", "another-secret")
        foreign = encode_cursor("2026-12-04T09:00:00+00:00", 3, 17)

    for bad in (flipped, foreign):
        with pytest.raises(ValidationFailed) as caught:
            decode_cursor(bad, 3)
        assert caught.value.problems[0].code == "INVALID_CURSOR"


@pytest.mark.parametrize("cursor", ["", "%%%", "bm90IGpzb24", encode_cursor(1, 2)])
def test_a_cursor_of_the_wrong_shape_is_refused(cursor):
    with pytest.raises(ValidationFailed) as caught:
        decode_cursor(cursor, 3)

    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("after", "INVALID_CURSOR")
    ]


def test_page_size_defaults_caps_and_refuses_negatives():
    assert page_size(None) == 20
    assert page_size(5) == 5
    assert page_size(10_000) == MAX_PAGE == 100
    with pytest.raises(ValidationFailed):
        page_size(-1)
