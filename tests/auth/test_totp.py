"""One-time codes (RFC 6238)."""

from cims.auth import totp

SECRET = b"12345678901234567890"  # the RFC 6238 test key


def test_codes_match_the_rfc_6238_vector():
    assert totp.code_at(SECRET, 59) == "287082"
    assert totp.code_at(SECRET, 1111111109) == "081804"


def test_a_code_matches_its_own_step_and_one_either_side():
    now = 1_000_000_020.0
    code = totp.code_at(SECRET, now)

    assert totp.matching_step(SECRET, code, now) == int(now) // 30
    assert totp.matching_step(SECRET, code, now + 30) == int(now) // 30
    assert totp.matching_step(SECRET, code, now - 30) == int(now) // 30


def test_a_code_two_steps_away_is_refused():
    now = 1_000_000_020.0

    assert totp.matching_step(SECRET, totp.code_at(SECRET, now), now + 60) is None


def test_malformed_codes_are_refused():
    for code in ("", "12345", "1234567", "abcdef", "12 345"):
        assert totp.matching_step(SECRET, code, 59) is None


def test_provisioning_uri_names_the_issuer_and_account():
    uri = totp.provisioning_uri(SECRET, "li.teller")

    assert uri.startswith("otpauth://totp/CIMS:li.teller?")
    assert "issuer=CIMS" in uri


def test_display_secret_groups_base32_in_fours():
    assert totp.display_secret(SECRET) == "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"
