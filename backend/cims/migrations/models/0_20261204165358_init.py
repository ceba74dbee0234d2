"""Migration 0_20261204165358_init: SQL for SQLite and PostgreSQL, from Aerich."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQLITE_UPGRADE = """
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "actor" VARCHAR(128) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity" VARCHAR(64) NOT NULL,
    "entity_id" VARCHAR(64),
    "field_names" JSON NOT NULL,
    "request_id" VARCHAR(64),
    "client_address" VARCHAR(64),
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_f3acfd" ON "audit_event" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_entity__5bc104" ON "audit_event" ("entity_id");
CREATE TABLE IF NOT EXISTS "branch" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "city" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "customer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "customer_no" VARCHAR(20) NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL /* INDIVIDUAL: individual
CORPORATE: corporate */,
    "full_name" VARCHAR(200) NOT NULL,
    "family_name" VARCHAR(100),
    "given_name" VARCHAR(100),
    "name_latin" VARCHAR(200),
    "name_key" VARCHAR(400) NOT NULL,
    "gender" VARCHAR(16) NOT NULL /* MALE: male
FEMALE: female
UNKNOWN: unknown */,
    "birth_date" DATE,
    "nationality" VARCHAR(2) NOT NULL,
    "id_type" VARCHAR(24) /* RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
SOCIAL_CREDIT_CODE: social_credit_code
OTHER: other */,
    "id_number" VARCHAR(255),
    "id_number_index" VARCHAR(64),
    "occupation" VARCHAR(100),
    "employer" VARCHAR(200),
    "education" VARCHAR(50),
    "marital_status" VARCHAR(16) NOT NULL /* SINGLE: single
MARRIED: married
DIVORCED: divorced
WIDOWED: widowed
SEPARATED: separated
UNKNOWN: unknown */,
    "mobile_phone" VARCHAR(255),
    "mobile_phone_index" VARCHAR(64),
    "email" VARCHAR(512),
    "email_index" VARCHAR(64),
    "address" TEXT,
    "currency" VARCHAR(3) NOT NULL,
    "annual_income" NUMERIC(20,2),
    "assets" NUMERIC(20,2),
    "liabilities" NUMERIC(20,2),
    "status" VARCHAR(16) NOT NULL /* PROSPECT: prospect
ACTIVE: active
DORMANT: dormant
CLOSED: closed */,
    "kyc_status" VARCHAR(16) NOT NULL /* PENDING: pending
VERIFIED: verified
EXPIRED: expired
REJECTED: rejected */,
    "tags" JSON NOT NULL,
    "custom_attributes" JSON NOT NULL,
    "relationship_manager" VARCHAR(64),
    "source" VARCHAR(16) NOT NULL /* MANUAL: manual
IMPORT: import
API: api */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "archived_at" TIMESTAMP,
    "branch_id" INT NOT NULL REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_customer_name_ke_9f2b86" ON "customer" ("name_key");
CREATE INDEX IF NOT EXISTS "idx_customer_id_numb_dcfa09" ON "customer" ("id_number_index");
CREATE INDEX IF NOT EXISTS "idx_customer_mobile__96ec1f" ON "customer" ("mobile_phone_index");
CREATE INDEX IF NOT EXISTS "idx_customer_email_i_a2e5ad" ON "customer" ("email_index");
CREATE INDEX IF NOT EXISTS "idx_customer_created_d55ff5" ON "customer" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_customer_updated_8982c5" ON "customer" ("updated_at");
CREATE TABLE IF NOT EXISTS "oauth_client" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "client_id" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "secret_hash" VARCHAR(64),
    "redirect_uris" JSON NOT NULL,
    "post_logout_redirect_uris" JSON NOT NULL,
    "grant_types" JSON NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "roles" JSON NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "product" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "category" VARCHAR(16) NOT NULL /* DEPOSIT: deposit
TIME_DEPOSIT: time_deposit
CREDIT_CARD: credit_card
LOAN: loan
MORTGAGE: mortgage
WEALTH: wealth
INSURANCE: insurance */,
    "currency" VARCHAR(3) NOT NULL,
    "active" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(34) NOT NULL UNIQUE,
    "currency" VARCHAR(3) NOT NULL,
    "balance" NUMERIC(20,2) NOT NULL,
    "credit_limit" NUMERIC(20,2),
    "opened_on" DATE NOT NULL,
    "closed_on" DATE,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active
DORMANT: dormant
FROZEN: frozen
CLOSED: closed */,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "role_security" (
    "role" VARCHAR(32) NOT NULL PRIMARY KEY,
    "totp_required" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* Sign-in rules an administrator sets per role. */;
CREATE TABLE IF NOT EXISTS "staff_member" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "subject" VARCHAR(36) NOT NULL UNIQUE,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(100) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "roles" JSON NOT NULL,
    "active" INT NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMP,
    "totp_secret" VARCHAR(255),
    "totp_last_step" BIGINT,
    "last_login_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "authorization_code" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "client_id" VARCHAR(64) NOT NULL,
    "redirect_uri" VARCHAR(500) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "nonce" VARCHAR(255),
    "code_challenge" VARCHAR(128) NOT NULL,
    "code_challenge_method" VARCHAR(8) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSON NOT NULL,
    "session_key" VARCHAR(64),
    "family" VARCHAR(36),
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_authorizati_nonce_cd7db7" ON "authorization_code" ("nonce");
CREATE INDEX IF NOT EXISTS "idx_authorizati_expires_49a276" ON "authorization_code" ("expires_at");
CREATE TABLE IF NOT EXISTS "provider_session" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "stage" VARCHAR(16) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSON NOT NULL,
    "pending_totp_secret" VARCHAR(255),
    "expires_at" TIMESTAMP NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
) /* A browser's sign-in at the embedded provider (its cookie holds the key). */;
CREATE INDEX IF NOT EXISTS "idx_provider_se_expires_ea8051" ON "provider_session" ("expires_at");
CREATE TABLE IF NOT EXISTS "refresh_token" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "family" VARCHAR(36) NOT NULL,
    "client_id" VARCHAR(64) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSON NOT NULL,
    "session_key" VARCHAR(64),
    "expires_at" TIMESTAMP NOT NULL,
    "family_expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_family_00f3ac" ON "refresh_token" ("family");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_session_ee6c74" ON "refresh_token" ("session_key");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_expires_3e54da" ON "refresh_token" ("expires_at");
CREATE TABLE IF NOT EXISTS "transaction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "booked_at" TIMESTAMP NOT NULL,
    "amount" NUMERIC(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "direction" VARCHAR(8) NOT NULL /* CREDIT: credit
DEBIT: debit */,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
ATM: atm
POS: pos
WECHAT: wechat
EMAIL: email
LETTER: letter */,
    "category" VARCHAR(50) NOT NULL,
    "counterparty" VARCHAR(200),
    "description" VARCHAR(500),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_transaction_custome_60d447" ON "transaction" ("customer_id", "booked_at");
CREATE INDEX IF NOT EXISTS "idx_transaction_account_7a1243" ON "transaction" ("account_id", "booked_at");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
"""

SQLITE_DOWNGRADE = """

"""

POSTGRES_UPGRADE = """
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "actor" VARCHAR(128) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity" VARCHAR(64) NOT NULL,
    "entity_id" VARCHAR(64),
    "field_names" JSONB NOT NULL,
    "request_id" VARCHAR(64),
    "client_address" VARCHAR(64),
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_f3acfd" ON "audit_event" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_entity__5bc104" ON "audit_event" ("entity_id");
CREATE TABLE IF NOT EXISTS "branch" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "city" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "customer" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "customer_no" VARCHAR(20) NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL,
    "full_name" VARCHAR(200) NOT NULL,
    "family_name" VARCHAR(100),
    "given_name" VARCHAR(100),
    "name_latin" VARCHAR(200),
    "name_key" VARCHAR(400) NOT NULL,
    "gender" VARCHAR(16) NOT NULL,
    "birth_date" DATE,
    "nationality" VARCHAR(2) NOT NULL,
    "id_type" VARCHAR(24),
    "id_number" VARCHAR(255),
    "id_number_index" VARCHAR(64),
    "occupation" VARCHAR(100),
    "employer" VARCHAR(200),
    "education" VARCHAR(50),
    "marital_status" VARCHAR(16) NOT NULL,
    "mobile_phone" VARCHAR(255),
    "mobile_phone_index" VARCHAR(64),
    "email" VARCHAR(512),
    "email_index" VARCHAR(64),
    "address" TEXT,
    "currency" VARCHAR(3) NOT NULL,
    "annual_income" DECIMAL(20,2),
    "assets" DECIMAL(20,2),
    "liabilities" DECIMAL(20,2),
    "status" VARCHAR(16) NOT NULL,
    "kyc_status" VARCHAR(16) NOT NULL,
    "tags" JSONB NOT NULL,
    "custom_attributes" JSONB NOT NULL,
    "relationship_manager" VARCHAR(64),
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "archived_at" TIMESTAMPTZ,
    "branch_id" INT NOT NULL REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_customer_name_ke_9f2b86" ON "customer" ("name_key");
CREATE INDEX IF NOT EXISTS "idx_customer_id_numb_dcfa09" ON "customer" ("id_number_index");
CREATE INDEX IF NOT EXISTS "idx_customer_mobile__96ec1f" ON "customer" ("mobile_phone_index");
CREATE INDEX IF NOT EXISTS "idx_customer_email_i_a2e5ad" ON "customer" ("email_index");
CREATE INDEX IF NOT EXISTS "idx_customer_created_d55ff5" ON "customer" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_customer_updated_8982c5" ON "customer" ("updated_at");
COMMENT ON COLUMN "customer"."kind" IS 'INDIVIDUAL: individual
CORPORATE: corporate';
COMMENT ON COLUMN "customer"."gender" IS 'MALE: male
FEMALE: female
UNKNOWN: unknown';
COMMENT ON COLUMN "customer"."id_type" IS 'RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
SOCIAL_CREDIT_CODE: social_credit_code
OTHER: other';
COMMENT ON COLUMN "customer"."marital_status" IS 'SINGLE: single
MARRIED: married
DIVORCED: divorced
WIDOWED: widowed
SEPARATED: separated
UNKNOWN: unknown';
COMMENT ON COLUMN "customer"."status" IS 'PROSPECT: prospect
ACTIVE: active
DORMANT: dormant
CLOSED: closed';
COMMENT ON COLUMN "customer"."kyc_status" IS 'PENDING: pending
VERIFIED: verified
EXPIRED: expired
REJECTED: rejected';
COMMENT ON COLUMN "customer"."source" IS 'MANUAL: manual
IMPORT: import
API: api';
CREATE TABLE IF NOT EXISTS "oauth_client" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "client_id" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "secret_hash" VARCHAR(64),
    "redirect_uris" JSONB NOT NULL,
    "post_logout_redirect_uris" JSONB NOT NULL,
    "grant_types" JSONB NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "roles" JSONB NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "product" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "category" VARCHAR(16) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "active" BOOL NOT NULL
);
COMMENT ON COLUMN "product"."category" IS 'DEPOSIT: deposit
TIME_DEPOSIT: time_deposit
CREDIT_CARD: credit_card
LOAN: loan
MORTGAGE: mortgage
WEALTH: wealth
INSURANCE: insurance';
CREATE TABLE IF NOT EXISTS "account" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "number" VARCHAR(34) NOT NULL UNIQUE,
    "currency" VARCHAR(3) NOT NULL,
    "balance" DECIMAL(20,2) NOT NULL,
    "credit_limit" DECIMAL(20,2),
    "opened_on" DATE NOT NULL,
    "closed_on" DATE,
    "status" VARCHAR(16) NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "account"."status" IS 'ACTIVE: active
DORMANT: dormant
FROZEN: frozen
CLOSED: closed';
CREATE TABLE IF NOT EXISTS "role_security" (
    "role" VARCHAR(32) NOT NULL PRIMARY KEY,
    "totp_required" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "role_security" IS 'Sign-in rules an administrator sets per role.';
CREATE TABLE IF NOT EXISTS "staff_member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "subject" VARCHAR(36) NOT NULL UNIQUE,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(100) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "roles" JSONB NOT NULL,
    "active" BOOL NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "totp_secret" VARCHAR(255),
    "totp_last_step" BIGINT,
    "last_login_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "authorization_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "client_id" VARCHAR(64) NOT NULL,
    "redirect_uri" VARCHAR(500) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "nonce" VARCHAR(255),
    "code_challenge" VARCHAR(128) NOT NULL,
    "code_challenge_method" VARCHAR(8) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSONB NOT NULL,
    "session_key" VARCHAR(64),
    "family" VARCHAR(36),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_authorizati_nonce_cd7db7" ON "authorization_code" ("nonce");
CREATE INDEX IF NOT EXISTS "idx_authorizati_expires_49a276" ON "authorization_code" ("expires_at");
CREATE TABLE IF NOT EXISTS "provider_session" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "stage" VARCHAR(16) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSONB NOT NULL,
    "pending_totp_secret" VARCHAR(255),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_provider_se_expires_ea8051" ON "provider_session" ("expires_at");
COMMENT ON TABLE "provider_session" IS 'A browser''s sign-in at the embedded provider (its cookie holds the key).';
CREATE TABLE IF NOT EXISTS "refresh_token" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "family" VARCHAR(36) NOT NULL,
    "client_id" VARCHAR(64) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSONB NOT NULL,
    "session_key" VARCHAR(64),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "family_expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_family_00f3ac" ON "refresh_token" ("family");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_session_ee6c74" ON "refresh_token" ("session_key");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_expires_3e54da" ON "refresh_token" ("expires_at");
CREATE TABLE IF NOT EXISTS "transaction" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "booked_at" TIMESTAMPTZ NOT NULL,
    "amount" DECIMAL(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "direction" VARCHAR(8) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "category" VARCHAR(50) NOT NULL,
    "counterparty" VARCHAR(200),
    "description" VARCHAR(500),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_transaction_custome_60d447" ON "transaction" ("customer_id", "booked_at");
CREATE INDEX IF NOT EXISTS "idx_transaction_account_7a1243" ON "transaction" ("account_id", "booked_at");
COMMENT ON COLUMN "transaction"."direction" IS 'CREDIT: credit
DEBIT: debit';
COMMENT ON COLUMN "transaction"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
ATM: atm
POS: pos
WECHAT: wechat
EMAIL: email
LETTER: letter';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
"""

POSTGRES_DOWNGRADE = """

"""

SQL = {
    "sqlite": {"upgrade": SQLITE_UPGRADE, "downgrade": SQLITE_DOWNGRADE},
    "postgres": {"upgrade": POSTGRES_UPGRADE, "downgrade": POSTGRES_DOWNGRADE},
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]["upgrade"]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]["downgrade"]


MODELS_STATE = (
    "eJztXWtz4ji6/isuvpzeKrYrgaQ7S506VQ64u9kJkAK6e84Mp1zCKKCNkTy+JJPZ7f9+JF"
    "/w3VgEE+PWpwRJry/PK0vvXf9ubckK6tZ7WdOIg+1WT/p3C4MtpP8ku9pSCxhG2MEabLDU"
    "3bEgMmhp2SbQ2LUegG5B2rSClmYiw0YE01bs6DprJBodiPA6bHIw+sOBqk3W0N5Ak3b8/n"
    "+0GeEV/BNawU/jUX1AUF/FHhat2L3ddtV+Mdy2IbY/uQPZ3ZaqRnRni8PBxou9IXg3GnmP"
    "v4YYmsCG7PK26bDHZ0/nv2jwRt6ThkO8R4zQrOADcHQ78rpLNWxrqep4MldnylxVWxwAaQ"
    "QzcOmjWu7br9kj/L1zefXx6qb74eqGDnEfc9fy8Yd36xAYj9CFZzxv/XD7gQ28ES7GIajY"
    "2S4pG1LA9jfAzEY2pEigSx87iW6AZX3h3YI/VR3itb2hP7tXBVh+k6f9L/L0Xffqb+yGhH"
    "4A3ocx9ns6bheDO4RXc0wTYu2FB+AozXEgDhpCjMPPdgdof/y/rdOgXAbkfIyTEC+BDrAG"
    "0wiPCIYv2RBHaBIIr6CGtkB/P/D+VoX2RUVIF0A7UPrDkXz3rnPR7rjoWn/oyPbQ/TpSps"
    "O+35WYwSZcIVvV0RbZXBgnCV8NtL8ucOFc4dJxfKiJQQFYqfQxUjgPKCzZMMeIkhhTKhtt"
    "4Xv2T1VT+Y0gludKcqbqxOKGL0b0SvjOaIKm0bNsYDtW9j6l0D3fhW9IbxAsnDEYQ+oT7l"
    "hUAkVPkHPTasn9+fCb0pM86gUeTKYjeTzvSStibgG2F/jTdPKbMqa3NMlfEC9w/24yUwY9"
    "yZsrrQO2vMsPJfa8yw+5mx7rSgoWlk220FS5pOIE1X7x+AwWieNIyCGyhklWjmbzARsnEr"
    "j6uDJd7uExU/EIpmIa5E/EhGiNf/EFi+iakwDWV1/7kUudGcg/gokUtIbbiAmed0pw8sOl"
    "GNA3h55IMVVmcypSULwzpvER4L0Pr9RQdONfbw64bC4vgfb4DMyVmjOp6V2wxTYWesc08r"
    "c+9adfplAH7svkgj4Pr9Qg4F0QSYdEwIvBmu7adrbJFoDB2n0ldm92p8CK5VB9Q3mCOTau"
    "sLddaOZi41S4G1gbU9ctWv8s1q5/dDrd7sfORffDzfXVx4/XNxe7zSfdVbQL3Q4/s40oJl"
    "Xtt4kRzTXBrFSQsXwOfKUgRxuLkxYpFOyf43zap+RQAdjz4YgulvLonl1+a1Gdt+WrGqyn"
    "47a+JFrfJWXe3UWk78P5F4n9lH6bjBUXTWLZa9O9Yzhu/hvb9+hnaxMVk2cVrKJABs1BU2"
    "yLpJ814TJ97giqUnLezvR52bkpo6J0bvJ1FNb3IwkwylLHCxHO3hYbAPGHMtblD/nW5Q8p"
    "6zLdo5DNZVsOKU6np589wJmq4D6Ms1XBcjDvNyQ1aRZ7F2K/MmTmf84m42yYE2TJrRZptv"
    "QfSUdWZYpL678fHOyuV9LSQbqNsPWe3e9/qnKjFADPYIptuwHg70byr0le9O8mt8n9lF3g"
    "NsEYE1IwrGxLSP70j1NVNP8btcpoOqJrBpNcKDNyTLB51uskpcB7P96GCZ/UDbA2PFDHiM"
    "TmWQJmXoSPC26NwgqOA23KlppvkKrWykK5Y6K/XPtVn7a1Mo0tyUHtYptLZDidEf742phe"
    "fha7S2VRRoyl3CtujEgsCmXFCD5pLUYktrUSMLOwFhNqtuqYiE8ujtM1EOzri4sSaNNRuX"
    "C7fYnABI0YGdFd+UDvCE4YilCVyhfHt3N9XQJfOioXX7cvji8mmdFzBQGgJNtdeP62jUrw"
    "dbcxbQN0dhsuoNOUDVwzKjE8x5FTt1QKJHzbYt4FGsiBMvjno582+lNhXg2cW+VdmDGyJg"
    "XQnMSZGYF/m+HSyrei+sOF9fTo1lMLWhZTZx8hl4cmQSbseSUcCGCLdC6QQ4rm4dstE2va"
    "zY817aZiTeGfBtVcrAPCIeKUIhqiztEQjnVQxEuE7Aj8rdmX1ST+WjZ4eOCLao6SNEkkqy"
    "qm2cUrjS93xO2MXWcEgzzLMwO5bNRtdHbFYm778qwvD5SikNsqPRy3JuXOppXh1vB72kW+"
    "jGU4Rvgvzum7bu/xX/CaDxrptTh+IpP7lwPaYHwDDTGXpcznlwXm88u0+Zz9VSFXEGaERK"
    "BcDmWNMw5Ta24U5nU5H1CBCygjBZ2BcYByEqc8jf55WujpC64mWH/xd4UzUVj8DSylr3DE"
    "uKQzCV+ZcdXALMKM8IBXgjRhkT1990pnq80Xw5Sjw/GAxKe+nQtIVapcu28vQ+mKfpf5al"
    "c0nVgoXs1RvIK8Z0y4xKs4WePUsE4ZGauTL2N1UjLWI32tbIT3F/8IaOsszNK5Nhh+Gw6+"
    "ync9iV4aPaGVA/QF7k+m95MplXd6kkZMg5h+rZe314wf6F1VXvU4RlRnhhw888tN/aK5n5"
    "r8njuQH+s4WfNciZWoymv0BDE31nEqAXV52w+TVvnNPzuq5kFdyRLigsYZ6hGlaV6681Up"
    "mK8KYL7KWDwgfbOcnP39gkpIfcLQYAc/YvKMW5zyyki+oyLJFuhwgT8p3q8H6P3+Ov5lPP"
    "k+7knRa7+5vLJEpr1Rg1p5aTNd9kcQp/qZK/Bh16wAdE5TcoLspBVjOSf1oQt2meU6f7FO"
    "zlPko3rgIhIhr/HeyApXDQfKeK4OBz3JhBZaeXk+C3wvz2ZU5Zn3JANYFtV47AX+8os6kv"
    "vyRL1XpqMh7do8qlugAaIa0NwiOmIuD7/L412/DdAzwLve2aQ/lO/U/lQZDOdqfzKgq5VF"
    "NAR01a8Dy1yiCzyZf1GmPYm4xpVDpkKZ4MFOfvBgJxU8SNnJXwM7RlTjWVCnPIgdZqr7jg"
    "fBHZI2Lvfk+GGxrBaVsTNVl8U6TtW8uV2JogW3hk5e+NaQKE3zYK5EyYIrR+Oe0DGi5gF9"
    "fHf7FpjIphv36ypCp69Sf51rNhx/ZnqWReFnetZInk6HrPIzfRkTQSo7DYbfJtM+a1qhJ2"
    "JqrO37cDD5zpqe0Yo8s5aZci8zkzJts6AB3Nerq9a2JUukQ9WgrOEyyCXpmvdlVSIFRWHj"
    "F4SyqYUstFcWgluAdL7d2Sdo3ry+viyjUNNR+XvGZUqpdvHin9AJMjGT987k3Cphc/hnXm"
    "pts8qDFcW4Kb+6CbL5iZy7ELe7yfhzMDyZ3SnOcNo3r498hhPA2AFsHdBIlluw4JShFKU4"
    "ZsjFuuCYIWBZMCsOsAjlHYmAdx+8OgJUSEM2yipnWoBxgk4AvQ/oMzyxyDCJZUDvLA0exf"
    "R+OpndK31msvevsMD7zzGq47lFjy/aKw0L8SucknkQrxh0vLxTxoPh+DNlnUe/wN/olP7k"
    "2hWeoIkeXMOC8uv9cMqavJR52jJV/kk5rrjem39RjteFgzZYc9VpDsaLEiPFkukBJUa8MF"
    "cV2PSxlo7NVz87k7geTGK3bQyTTD9fwNogQ/Ui4Ln8BHn0TVDlqlaWLeKYecXtSogIO+oT"
    "7jKUw44n3/FFC43dyGaPeoGHI8/Dj7aef1++H1JJwUD12ELOK6HvpNajZuXzxerLGKsDmR"
    "6nFEyvCdMD0CJcT2XTUQHXyvTX5mZGRShOV3LmsirOHvlsUmBqG6rsHfIRJUhFrab6fDXp"
    "tdIrIsNXrClGI6o17a/WFFbqiSPMXa4pLAt0ZgCXrdQUm1qvOB4VaBpxXp2DLntXaRDecf"
    "uKOEP27RLRo/UNMnLRE+UP8tPRiVvOWAtHipT0c9o12lJBSnpNjtmoUTr68Q03oipYtQHL"
    "FtRMaHMfyZMgEyZIvuNiuOzzKcJ62OYb5UBh/apO1sSx1YMZVXgRwbSjM21NxVrbvxEHmx"
    "JkgjFHZ4w4qana2HGT6HxTfkcgJvvRJ7sXdpOhoBMKOsA5RtgdUYIjS0pVFSsCveC0oN9O"
    "Jncx0G+HyVjbr6NbhUquiZCvtNX7vNyFp5Vez9N1VMZf+DY28LppJ00zgdcM39NYwKu0WN"
    "6bZOVomdbKoKtdZKk0IoOEkfKcvut2kZFSHFjgJ6qUyXXr5qe6dVNh58I0KQ4sOH+UNYrG"
    "mpg5SW37YyOj9HXGvDVQ7iczVrFoBamA6lYyorKpumtmgr+66wsKGMlTljfhVy6ie/QC30"
    "3kcU/SCcALPJpM55/lz6w+GzHtNd2YF/i7It/Nv/SkZwh0e7PAw/Hs61Qe9xVWbtZyzB2K"
    "bx99KfIZK89nFMaBKo0DKY1GBJ/UNJ6CqiBPaAXNmXeqbStbS4kN2aetuINVKzJ6n9rSkq"
    "WlSZ4taP6XJVlUr/07whKwJaqpSOyUhtUKrqTgytI7ZFuSRsgjgtKG0Jd0xz3Cl7+9T67f"
    "R72wUKHqpUJRxnD7x6M0jVOlKkjPsemqweUwCgjqLHIeKuYfXdBzY9ACw3Ziy0Pr3AUiRt"
    "akQOJ/dDrd7sfORffDzfXVx4/XNxe7NSPdVbR43A4/s/UjxoiMYP1tRp5fvrPOHy5cdUd3"
    "1fmJ13RrtQ3VC2HiWXRyyJsX/FSJ01ocHv8zJKwIF23+N9ZcF604Ur5yD604Ur5VYLton8"
    "mR8lP4QL+6zZw8wkwbSKy/XWQAMb2RVBgJhgqn7Tl96u0Ci4PLU26bQ5xKWB32Wh28Y9t4"
    "IA4pmndMU7eM2aGbb3bopv1LNUmQemvBoGrjmYi2rlRxFdYzYT0T1jOW8+d62ngPN0yQic"
    "reexd0YSn7GSxl/qHBhzM78wINtJs1iemOdVjhM0vUazoL/prwiWrhh7A4Tim4XGcuCydH"
    "vmwknBzCySGcHD+3k4PocAY1x2QnUWc5OaL97UInBx3JIi3CoXtDPGd+9KXp6NCSAJbAao"
    "swYmQ2MSV2fIlkQFNil07HcXJTv8J1wq7Bo0gH4xtn2T9WalaRQ8U2VBP+4bATFTLMeEXR"
    "+CnaEwbl71rOKir/fIs9C1HpIAl5lz1QMhejys0nuvVn7D0JySB/6/E21204UrjXz0nILN"
    "oNLGf5L//spdJG7JCkedvv0R2/jgVN3uzoKE3jID6+j2CFLEMHLyovzEm6BnrYK0mTNoBl"
    "PRO6OfFG5aQIG4i4KHLWdN+vyGM+mcb0AJBO1R6drFFW3fdc6S9FdzqD40WtBcHIiaxEYy"
    "4WB9tZZ8AXq6NJWuGhqY/+mbbVH5jhJTK7DtmpXdR0YNmqZUMjY5MoiJJL0zaoWt+JI+Vc"
    "GN31/wBzW4pYLHB1XuCECzr/4ztPu2rzjk4UXD/cmi4K4IoCuLUMOjjWEXCs0OhrS3A5tN"
    "VEf7nD+n7h0jNbtvJgz4q8fyVcGfW1mghWLDH2lZAl03GbgleVDtjoYYMZDtjEWYT5Dlg7"
    "MbBK/+vvLc2xbLKFpr+wLUkQjEtH/h6UDEx3cjlui/TghvluT6L55nt4Qw5xiskxwgZKye"
    "crFaeVIbANCnDGOTwi2JfW0h6JHUmSt1BDW6C/H3h/m8XZgdIfjuS7d52Ldifhfhh/HSlU"
    "ZvO7RHngjAWtyvLA3hlx/g6Xxnh/9e3YBersWW55BbWDWtoLPFBuvWLcS+R+kLycuCnBiZ"
    "tcTtykJvsGYAwzvEIlq6CH5LXmwi2rRP6lJ3la3ALff6GLc08y6BPDBZ6M74bsJ8E6Yr9H"
    "k9vhnVvcfIl0+luej3oSsLeUbjKjVMRi5c4ponNW7pxiQPmqjOThXU+CW4D0Bb5T5nNl2p"
    "Oojmh7cXRvXw2zuOJ9zrp2JlXuD1zWrstEzFznB8xcp48VYBstNA1g2nxAJ+ga6IIrFZ7U"
    "KQhP6qTDk6JPxoF2gqx5YF+XAvu6AOzrNNhxbbCkQTZOJJLBso73i+vgJYFNUAlk9xu7QX"
    "h2wSut3c07BaGdsHfHv9scg3fWLD4Cuv3IpRoKb+LrrdWJejI0kbZpZRgx/Z52kf0ShGNE"
    "6sg5LZztAsPiEzQtThkrQtJAzaGaimtGRhRZPsL+8AaiW82Jb4RqWFm7f35ofYTk9MH1b2"
    "M0PVoY/ZvmRf74f7jja6U="
)
