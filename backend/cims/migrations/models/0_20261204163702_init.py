"""Migration 0_20261204163702_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "annual_income" VARCHAR(40),
    "assets" VARCHAR(40),
    "liabilities" VARCHAR(40),
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
    "balance" VARCHAR(40) NOT NULL,
    "credit_limit" VARCHAR(40),
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
    "amount" VARCHAR(40) NOT NULL,
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
    "eJztXe1z2jga/1c8fLnuDNdJIGmyzM3NOOC23gbIAG33drnxCKOANsby+iVpdq//+0l+we"
    "/GIpgYV58SZD2y/Xtk6XnX360NXkLNeiuqKnZ0u9UT/m7pYAPJP8lLbaEFDCO8QBtssNDc"
    "viDSaWHZJlDpWPdAsyBpWkJLNZFhI6yTVt3RNNqIVdIR6auwydHRnw5UbLyC9hqa5MLv/y"
    "XNSF/Cb9AKfhoPyj2C2jL2sGhJ7+22K/az4bbJuv3e7UjvtlBUrDkbPexsPNtrrG97I+/x"
    "V1CHJrAhHd42Hfr49On8Fw3eyHvSsIv3iBGaJbwHjmZHXnehhG0tRRmNZ8pUmilKiwEgFe"
    "sUXPKolvv2K/oI/+ycX1xdXHffXVyTLu5jbluuvnu3DoHxCF14RrPWd/c6sIHXw8U4BFV3"
    "NgvChhSw/TUws5ENKRLoksdOohtgWV94N+CbokF9Za/Jz+5FAZZfxEn/ozh50734id4Qkw"
    "/A+zBG/pWOe4nCHcKrOqYJdfWZBeAozWEgDhpCjMPPdgtof/Sf1nFQLgNyPsZJiBdAA7oK"
    "0wgPoIo2QMsGOUKVwHjpkb31yavC+6wirAvAHUh9eSjevumctTsuvtafGrJhFPeLs9QMNu"
    "ES2YqGNshmxDhJ+mKg/ZWBCecKF49DQ40N8vpLhTxEGmcCSjbIMaIkwoTKRhv4lv5T1UR+"
    "JYDFmZScqRq2mOGLEb0QvhOanmn0LBvYjpW9T0lkz3fhk8kNgmUzBmNIfcQdi0ig6BEybl"
    "otsT+Tv0g9waOe64PxZCiOZj1hic0N0O25/n4y/k0akVua+C+oz/X+7XgqDXqCN1dae2x5"
    "5+9K7Hnn73I3PXopKVhYNt5AU2GSihNUu8XjE1gkDiMhh8gaJl46qs0GbJyI4+rjSnW5+4"
    "dMxSOYimmQ32MTopX+CT6n1pwEsL762o8MdWIgfw8mUtAabiMmeNoqwckPl2BA3hx6AsVE"
    "ms4mcp/gnTGNDwDvXThSQ9GNf7054NK5vADqwxMwl0rOpCZ30S26sZA7ppG/8anff5pADb"
    "gvkwv6LBypQcC7IOIOjoAXgzV9adPZJFuADlbuK9F70zsFViyHaBvSI8yxcYVX24VmLtpP"
    "gduOtTF13aDVj2Lt+rnT6XavOmfdd9eXF1dXl9dn280nfaloF7qRP9CNKCZV7baJYdU1wS"
    "wVkKXx+kpBjjYWJy1SKOg/h/m0j8mhArBn8pAsluLwjg6/sYjG2/JVDXql47Y+J1rfJGXe"
    "7SDCV3n2UaA/hd/GI8lFE1v2ynTvGPab/Ub3PfLZ2ljR8ZMCllEgg+agKbZFks8aM5k+tw"
    "RVKTmvZ/o871yXUVE61/k6Cr32PQkwylLHCxHO3hYbAPG7Mtbld/nW5Xcp6zLZo5DNZFsO"
    "KY6np588wJmq4C6Ms1XBcjDvNiQ1aRZ7A9FfGTLzL9PxKBvmBFlyq0WqLfxP0JBVmeLS+t"
    "e9o7vrlbBwkGYj3XpL7/fvqtwoBcBTmGLbbgD4m6H4a5IX/dvxTXI/pQPcJBhjQgKGlW0J"
    "yZ/+caqK5n+jVhlVQ2TNoJILYUaOCTbPep2k5Hjvxtsw4aOyBtaaBeoYEd88S8DMivBhwa"
    "1RWMFhoE3ZUvMNUtVaWQh3TPSXa7/qk7ZWprEl2aldbHOJdCczwu9fG9PLj2J3qSzKiLKU"
    "ecWNEfFFoawYwSatxYj4tlYCZhrUYkLVVhwTscnFcboGgn15dlYCbdIrF273WiIwQcVGRn"
    "RXPtBbgiOGIlSl8sXx7VxelsCX9MrF170Wx1fHmdFzBQGgONtdePq2jUrwdbcxdQ00ehsm"
    "oNOUDVwzKjE8x5FTNkQKxGzbYt4ADeRAGfzz0U8b/YkwrwTOrfIuzBhZkwJojuLMjMC/yX"
    "Bp5VtR/e7cenpw66kFLYuqsw+QyUOTIOP2vBIOBLBBGhPIIUXz8O2WiTXt5seadlOxpvCb"
    "QTQXa49wiDglj4aoczSEY+0V8RIhOwB/a/ZlNYm/lg3u79mimqMkTRLJqoppdvFK48sccT"
    "ul4wxhkGd5YiCXjbqNzq5YzG1fnPbFgVQUclulh+PGJNxZtzLcGv6VdpEvYxH24f6LU/qu"
    "2zv8F6zmg0Z6LQ6fyOT+ZYA26N9AQ8x5KfP5eYH5/DxtPqd/FcgUhBkh4SiXQ1lljMNUmx"
    "uFeVnOB1TgAspIQadg7KGcxCmPo38eF3rygsuxrj37u8KJKCz+BpbSVxhiXNKZhC/MuGpg"
    "FmFGeMALQRrTyJ6+O9LJavPFMOXocCwgsalvpwJSlSrX9tvLULqi32W+2hVNJ+aKV3MUry"
    "DvWcdM4lWcrHFqWKeMjNXJl7E6KRnrgbxWNsK7i38EtHUWZslcG8hf5MFn8bYnkKHRI1o6"
    "QJvr/fHkbjwh8k5PULFpYNOv9fL6mvE9uavCqh7HiOrMkL1nfrmpXzT3U5PfcweyYx0na5"
    "4rsRJVeYUeoc6MdZyKQ13e9kOlVXbzz5aqeVBXsoS4oDGGekRpmpfufFEK5osCmC8yFg9I"
    "3iwnZ3+3oBJSHzE02NEfdPyktxjllaF4S0SSDdDgXH8veb/uoff78+jTaPx11BOiY7+6vL"
    "JApr1Wglp5aTNd9kcQp/qRK/DprlkBaIym5ATZUSvGMk7qfRfsMst1/mKdnKfIR3XPRSRC"
    "XuO9kRaukgfSaKbIg55gQgstvTyfuX4nTqdE5Zn1BANYFtF47Ln+8ZMyFPviWLmTJkOZXF"
    "o/KBugAqwY0Nwg0mMmyl/F0fa6DdAT0LdXp+O+LN4q/Yk0kGdKfzwgq5WFVQQ0xa8CS12i"
    "c308+yhNegJ2jSv7TIUywYOd/ODBTip4kLCTvQZ2jKjGs6BOeRBbzBT3HfeCOyRtXO7J4c"
    "NiaS0qY2uqLot1nKp5c7sSRQtuDA0/s60hUZrmwVyJkgWXjso8oWNEzQP68O72DTCRTTbu"
    "l1WETo9Sf51rKo8+UD3LIvBTPWsoTiYyrfxMXsZEkMhOA/nLeNKnTUv0iE2Vtn2VB+OvtO"
    "kJLfETbZlKdyI1KZM2CxrAfb26am0bvEAaVAzCGiaDXJKueV9WJVJQFDZ2QSibmstCO2Uh"
    "uAFIY9udfYLmzevL8zIKNemVv2ecp5RqFy/2CZ0g4zN550zOrRI2g9/yUmubVR6sKMZN+t"
    "VNkM1P5NyGuN2ORx+C7snsTn6G0655feAznICuO4CuAyrOcgsWnjKUouXHDEW5kD5mCFgW"
    "zIoDLEZ5S8ThLYZXQ4AIachGWeVMCzFOUHKgi4E+wROLDBNbBvTO0mBRTO8m4+md1Kcme3"
    "+Eub77HKM6nlv08Ky+0LAQH+GYzIP6kkLHyjtpNJBHHwjrPPq5/kWayO9du8IjNNG9a1iQ"
    "fr2TJ7TJS5knLRPpF8JxyfXe/EE4XhcO2mDFVKc56M9LjBRLpnuUGPHCXBVgk8daODZb/e"
    "xM4nowid62MUwy/XwBa40MxYuAZ/IT5NE3QZWrWlm2sGPmFbcrISJsqY+4yxAOO550xxYt"
    "NHIjmz3quS4PPQ8/2nj+ffFOJpKCgeqxhZxWQt9RrUfNyueL1ZcxlnsyPU7JmV4TpgegRb"
    "ieyqYjAq6V6a/NzYyKUByv5Mx5VZw98NmkwFTXRNnb5yNKkPJaTfX5atJrpVdEhq1YU4yG"
    "V2vaXa0prNQTR5i5XFNYFujEAC5bqSk2tV5wPCpQVey8OAdd9EZpEN5x+wo/Q/b1EtGj9Q"
    "0yctET5Q/y09GxW85YDXvylPRT2jXaQkFKek2O2ahROvrhDTe8Kli1AcsWVE1oMx/JkyDj"
    "Jki242KY7PMpwnrY5hvlQKHXFQ2vsGMrezOqcBDOtIMzbUXEWtu/EQObEmScMQdnDD+pqd"
    "rYcRNrbFN+S8An+8Enuxd2k6GgYwI60HOMsFuiBEcWhKoqVgR6wXFBvxmPb2Og38jJWNvP"
    "wxuJSK6JgK+01fu03IXHlV5P03VUxl/4OjbwumknTTOB1wzf41jAq7RY3pl46aiZ1srgUr"
    "vIUmlEOnEj5Sl91+0iIyU/sMBPVCmT69bNT3XrpjLduGmSH1hw+iirBI0VNnOS2nbHRkbp"
    "64x5ayDdjae0YtESEgHVrWREZFNl20wFf2V7LShgJE5o3oRfuYjs0XP9diyOeoKGgT7Xh+"
    "PJ7IP4gdZnw6a9IhvzXP8qibezjz3hCQLNXs91eTT9PBFHfYmWm7Ucc4vi60df8nzGyvMZ"
    "uXGgSuNASqPhwSc1jacgKsgjWkJz6p1q28rWUmJddmkrbmfFivTepba0RGFh4icLmv+wBI"
    "votf9EugBsgWgqAj2lYbmESyEYWXiDbEtQMX5AUFhj8pJuvwf4/NPb5Pp90IG5ClUvFYow"
    "htk/HqVpnCpVQXqOTVYNJodRQFBnkXNfMf/ggp4bgxYYthNbHlrlLhAxsiYFEv/c6XS7V5"
    "2z7rvry4urq8vrs+2akb5UtHjcyB/o+hFjREaw/iYjzy/fWed35666g7vq/MRrsrXahuKF"
    "MLEsOjnkzQt+qsRpzQ+P/xESVriLNv8ba66Llh8pX7mHlh8p3yqwXbRP5Ej5CbwnX916hh"
    "9gpg0kdr1dZAAxvZ5EGAm6cqftKX3q7QKLg8tTZptDnIpbHXZaHbxj21ggDimad0xTt4zZ"
    "oZtvduim/Us1SZB6bcGgauMZj7auVHHl1jNuPePWM5rz53raWA83TJDxyt47F3RuKfsRLG"
    "X+ocH7MztzgAbazZrEdMfar/CZxes1nQR/TfhItPB9WByn5FyuM5e5kyNfNuJODu7k4E6O"
    "H9vJgTU4hapj0pOos5wc0evtQicH6UkjLcKuO0M8p370pelo0BKALoDlBumIktnYFOjhJY"
    "IBTYEOnY7jZKZ+geuEjsGiSAf9G2fZP1RqVpFDxTYUE/7p0BMVMsx4RdH4KdojBuVvW04q"
    "Kv90iz1zUWkvCXmbPVAyF6PKzSe69WfsPQnJIH/r8TbXTdiTu9dPScgs2g0sZ/GHf/ZSaS"
    "N2SNK87ffgjl/HgiZrdnSUpnEQH95HsESWoYFnhRXmJF0DPeyVpEkbwLKeMNmcWKNyUoQN"
    "RJwXOWu675fnMR9NY7oHSCNqj4ZXKKvue670l6I7nsHxrNaCYOREVqxSF4uj21lnwBero0"
    "la7qGpj/6ZttXvmeHFM7v22ald1DRg2YplQyNjkyiIkkvTNqha35Ej5VwY3fV/D3Nbipgv"
    "cHVe4LgLOv/jO027avOOTuRc39+azgvg8gK4tQw6ONQRcLTQ6EtLcDmk1UR/ud36fuHSE1"
    "u28mDPirx/IVwZ9bWaCFYsMfaFkCXTcZuCV5UO2OhhgxkO2MRZhPkOWDvRsUr/6+8t1bFs"
    "vIGmv7AtcBCMS3r+HpQMTF9kctwW6cEN890eRfPN9/CGHGIUk2OEDZSST1cqTitDYBMU4E"
    "xwGKpoA7S89MCAKMldj+qtT90s3g6kvjwUb990ztqdhAMisPldpCtD8/LAVZcH9s6I83e4"
    "NMa7q2/HBqizZ7nlFdQOamnP9YF04xXjXiD3c2TlxHUJTlzncuI6NdnXQNdhhleoZBX0kL"
    "zWXLihlcg/9gRPi5vrdx/J4twTDPLEcK6PR7cy/Yl1DdHfw/GNfOsWN18gjfwWZ8OeAOwN"
    "oRtPCRW2aLlzguiMljsnGBC+SkNRvu0JcAOQNtdvpdlMmvQEoiPaXhzd61fDLK54n7OunU"
    "iV+z2XtcsyETOX+QEzl+nNg26z0DSAabMBnaBroAuuVHhSpyA8qZMOT4o+GQPaCbLmgX1Z"
    "CuzLArAv02DHtcGSBtk4EU8GyzreL66DlwQ2QcWR3W3sBuHZBS+0djfvFIR2wt4d/25zDN"
    "5Zs/gA6PYjQzUU3sTXW6sT9URoInXdyjBi+lfaRfZLEPbhqSOntHC2CwyLj9C0GGWsCEkD"
    "NYdqKq4ZGVFk+Qj73RuIbjUnvmGiYWXt/vmh9RGS4wfXv47J9GBh9K+aF/n9/67ebR8="
)
