"""Password hashing."""

from argon2 import PasswordHasher

from cims.auth import passwords


async def test_production_hashes_are_argon2id_with_the_rfc_9106_parameters():
    passwords.use_hasher(PasswordHasher())

    stored = await passwords.hash_password("correct horse battery staple")

    assert stored.startswith("$argon2id$")
    assert "m=65536,t=3,p=4" in stored
    assert await passwords.verify_password(stored, "correct horse battery staple")


async def test_a_wrong_password_does_not_verify():
    stored = await passwords.hash_password("correct horse battery staple")

    assert not await passwords.verify_password(stored, "Correct horse battery staple")


async def test_no_stored_hash_never_verifies():
    assert not await passwords.verify_password(None, "anything at all")


async def test_a_corrupt_hash_does_not_verify():
    assert not await passwords.verify_password("$argon2id$garbage", "x")


def test_generated_passwords_are_long_and_distinct():
    generated = {passwords.generate_password() for _ in range(20)}

    assert len(generated) == 20
    assert all(len(p) >= 20 for p in generated)
    assert all(passwords.check_strength(p) is None for p in generated)


def test_short_or_repetitive_passwords_are_refused():
    assert passwords.check_strength("short") == "at least 12 characters"
    assert (
        passwords.check_strength("aaaaaaaaaaaaaaaa") == "too few different characters"
    )
