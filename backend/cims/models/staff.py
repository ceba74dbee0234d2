"""Staff accounts, OAuth clients and the embedded provider's short-lived grants.

Secrets are never stored as given: passwords as Argon2 hashes, client secrets,
codes, refresh tokens and session keys as SHA-256 digests (they are long random
strings, so a fast hash suffices), TOTP secrets encrypted with AES-GCM.
"""

from tortoise import fields
from tortoise.models import Model


class StaffMember(Model):
    id = fields.IntField(primary_key=True)
    # The token subject: opaque, so tokens and logs name nobody.
    subject = fields.CharField(max_length=36, unique=True)
    username = fields.CharField(max_length=64, unique=True)
    display_name = fields.CharField(max_length=100)
    password_hash = fields.CharField(max_length=255)
    roles = fields.JSONField(default=list)
    branch = fields.ForeignKeyField(
        "models.Branch", related_name="staff", null=True, on_delete=fields.RESTRICT
    )
    # The team the staff member shares saved views with (a desk, a department);
    # none: they share nothing and see nobody's shared views.
    team = fields.CharField(max_length=64, null=True, db_index=True)
    active = fields.BooleanField(default=True)
    failed_logins = fields.IntField(default=0)
    locked_until = fields.DatetimeField(null=True)
    totp_secret = fields.CharField(max_length=255, null=True)
    # The last TOTP time step accepted, so a code cannot be replayed.
    totp_last_step = fields.BigIntField(null=True)
    last_login_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "staff_member"


class RoleSecurity(Model):
    """Sign-in rules an administrator sets per role."""

    role = fields.CharField(max_length=32, primary_key=True)
    totp_required = fields.BooleanField(default=False)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "role_security"


class OAuthClient(Model):
    id = fields.IntField(primary_key=True)
    client_id = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=100)
    secret_hash = fields.CharField(max_length=64, null=True)
    redirect_uris = fields.JSONField(default=list)
    post_logout_redirect_uris = fields.JSONField(default=list)
    grant_types = fields.JSONField(default=list)
    scope = fields.CharField(max_length=255, default="")
    # Service accounts (client credentials) act with these roles and branch.
    roles = fields.JSONField(default=list)
    branch = fields.ForeignKeyField(
        "models.Branch", related_name="clients", null=True, on_delete=fields.RESTRICT
    )
    active = fields.BooleanField(default=True)
    # Its tokens run trusted documents only, never free text (cims.auth.held).
    trusted_documents_only = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "oauth_client"


class ProviderSession(Model):
    """A browser's sign-in at the embedded provider (its cookie holds the key)."""

    id = fields.IntField(primary_key=True)
    key_hash = fields.CharField(max_length=64, unique=True)
    staff = fields.ForeignKeyField(
        "models.StaffMember", related_name="sessions", on_delete=fields.CASCADE
    )
    # "password": the second factor is still due; "complete": signed in.
    stage = fields.CharField(max_length=16)
    auth_time = fields.BigIntField()
    amr = fields.JSONField(default=list)
    pending_totp_secret = fields.CharField(max_length=255, null=True)
    expires_at = fields.DatetimeField(db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "provider_session"


class AuthorizationCode(Model):
    id = fields.IntField(primary_key=True)
    code_hash = fields.CharField(max_length=64, unique=True)
    client_id = fields.CharField(max_length=64)
    staff = fields.ForeignKeyField(
        "models.StaffMember", related_name="codes", on_delete=fields.CASCADE
    )
    redirect_uri = fields.CharField(max_length=500)
    scope = fields.CharField(max_length=255, default="")
    nonce = fields.CharField(max_length=255, null=True, db_index=True)
    code_challenge = fields.CharField(max_length=128)
    code_challenge_method = fields.CharField(max_length=8)
    auth_time = fields.BigIntField()
    amr = fields.JSONField(default=list)
    session_key = fields.CharField(max_length=64, null=True)
    # The refresh-token family issued for this code, revoked if the code is reused.
    family = fields.CharField(max_length=36, null=True)
    expires_at = fields.DatetimeField(db_index=True)
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "authorization_code"


class RefreshToken(Model):
    id = fields.IntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    # Every token descended from one sign-in shares a family; reuse of a rotated
    # token revokes the whole family.
    family = fields.CharField(max_length=36, db_index=True)
    client_id = fields.CharField(max_length=64)
    staff = fields.ForeignKeyField(
        "models.StaffMember", related_name="refresh_tokens", on_delete=fields.CASCADE
    )
    scope = fields.CharField(max_length=255, default="")
    auth_time = fields.BigIntField()
    amr = fields.JSONField(default=list)
    session_key = fields.CharField(max_length=64, null=True, db_index=True)
    expires_at = fields.DatetimeField(db_index=True)
    family_expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "refresh_token"
