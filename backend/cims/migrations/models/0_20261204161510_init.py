"""Migration 0_20261204161510_init: SQL for SQLite and PostgreSQL, from Aerich."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQLITE_UPGRADE = """
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
    "id_number" VARCHAR(64),
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
    "mobile_phone" VARCHAR(32),
    "mobile_phone_index" VARCHAR(64),
    "email" VARCHAR(254),
    "email_index" VARCHAR(64),
    "address" VARCHAR(500),
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
    "id_number" VARCHAR(64),
    "id_number_index" VARCHAR(64),
    "occupation" VARCHAR(100),
    "employer" VARCHAR(200),
    "education" VARCHAR(50),
    "marital_status" VARCHAR(16) NOT NULL,
    "mobile_phone" VARCHAR(32),
    "mobile_phone_index" VARCHAR(64),
    "email" VARCHAR(254),
    "email_index" VARCHAR(64),
    "address" VARCHAR(500),
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
    "eJztXWtz2rga/isevpzuTE4ngdBkmTNnxgG39TZABmi7Z5czHmEU0MaWqS/JZvf0vx/JF3"
    "w3FsHEuPrURtZj4+eVpfemV3+3dGMJNeutqKqGg+1WT/i7hYEOyX+Sl86EFthswgu0wQYL"
    "ze0LIp0Wlm0Cld7rHmgWJE1LaKkm2tjIwKQVO5pGGw2VdER4FTY5GH1zoGIbK2ivoUku/P"
    "5f0ozwEv4JreDPzYNyj6C2jP1YtKTPdtsV+3njtsnYfu92pE9bKKqhOToOO2+e7bWBt72R"
    "9/NXEEMT2JDe3jYd+vPpr/NfNHgj75eGXbyfGMEs4T1wNDvyugslbGspymg8U6bSTFFaDA"
    "SpBqbkkp9quW+/oj/hn+2Ly6vL6867y2vSxf2Z25ar796jQ2I8oEvPaNb67l4HNvB6uByH"
    "pGJHXxAxpIjtr4GZzWyISLBLfnaS3YDL+tKrgz8VDeKVvSZ/di4LuPwiTvofxcmbzuVP9I"
    "EG+QC8D2PkX2m7lyjdIb2qY5oQq88sBEcxh6E4aAg5Dj/bLaH90X9ax2G5DMn5HCcpXgAN"
    "YBWmGR5AFelAyyY5gkpwvPRgb314VXyfV8R1AbkDqS8Pxds37fOztsuv9U1DNozyfnmeGs"
    "EmXCJb0ZCObEaOk9AXE+3PDEw8Vzh5HJpqY0Nef6mQH5HmmZCSTXIMlGSYoGykw7f0P1UN"
    "5FciWJxJyZGqGRYzfTHQC+k7oeGZZs+yge1Y2euURNZ8lz6ZPCCYNmM0hugjrlhEA0WPkH"
    "HRaon9mfxF6gkeeo4H48lQHM16wtIwdYDtOX4/Gf8mjcgjTeMviOe4fzueSoOe4I2V1h5L"
    "3sW7EmvexbvcRY9eSioWlm3o0FSYtOIEard6fAKTxGE05JDZjWksHdVmIzYO4rz6vFJb7v"
    "4h0/AIhmKa5PeGCdEKf4LPqTknQaxvvvYjtzoxkr8HAyloDZcREzxtjeDkh0s4IG8OPYVi"
    "Ik1nE7lP+M4Yxgeg9y68U0PZjX+9OeTSsbwA6sMTMJdKzqAmT8EWXVjIE9PM3/jo958mUA"
    "Puy+SSPgvv1CDiXRKNthEhL0Zr+pLe1pMtAIOV+0r02fRJgRfLIUSa6C+X2T5pa2W5ulKd"
    "zgqdXtHu5H38/tz/dUqr0FmB/4uKVFkDa83koYmCGucFe1fGC/Yu3wv2Lu0F0xDE2RpVAc"
    "lR0PGsihOmmbpbTEjWMcdELEwncQ0ku3t+XoJt0iuXbvdawmRWjU2G3zGf6C3giEbycXy6"
    "7W63BL+kVy6/7rU4v9jI9OsWhCaMbEW2HL+73TevNydXwq+7jKlroNHHMBGdRjZwzrhoX5"
    "fx2rSv89029FoR54pOtECDbVnMu0EDJVCG/3z2U9xTZV6hDt0M0wytclXpGKxJrp2f2+1O"
    "56p93nl33b28uupen2+16/SlIjX7Rv5ANe2YHNKONaBnOHt+mY5HObTrWUHmJVJt4X+Chq"
    "zKiG/9697BruUtLByk2Qhbb+nz/l3VUlrALKWH3lm3rG9adHi/GYq/Jkd+/3Z841JmWPbK"
    "dO/i3uAmqbdAy6Lm7ANkiksnYBWtsY3SyO+BjjQmkkNE8/jtlImCdPKjIJ1UFAT+uSGWi6"
    "WArNC0H73L5jmOLAr8BTP/y6eaY6qPBUzP5KE0nYnDu9jEQkOC9ErbbX1OtL5JSmV7E+Gr"
    "PPso0D+F38YjKTn/bPvNfqP+abqYGgo2nhSwjBIZNAdNMSk7NELLLuII7ADyrdmX1ST5Wj"
    "a4v2eLt0UhTVLJqoq2uXwdIBY0pfcZwiAD8MRILhsPio6uWDSoL0774kAqCgZVGeG4MYl0"
    "1q2MsIZ/5awolrEI+/D4xSl912c74hes7oNGRi0On2Lj/stAbdC/gY6Yi1Lu84sC9/lF2n"
    "1O/1VgRrZeMcU+hLNcjmUV2WzZ537/BvLbLRcDKggBZSRHUzL2ME7iyOPYn8elnrzgcoy1"
    "Z39VOBGDxV/AUvZKSrcukw4UZG29MBeogfltGekBLyRpTDN7+u6dTtaaL6Ypx4ZjIYnNfD"
    "sVkqo0ubbfXobRFf0u882uaKIrN7yaY3gFGbnYYFKv4rDGmWHtMjpWO1/Haqd0rAfyWtkM"
    "796WEmDrrMySsTaQv8iDz+JtTyC3Ro9o6QBtjvvjyd14QvSdnqAa5sYw/V1Ir28Z35OnKq"
    "zmcQxUZ4HsPfLLDf2isZ8a/F44kJ3rOKx5ocRKTOUVeoSYmes4ilNd3vdDtVV2988W1Tyq"
    "K5lCXNIYUz2imKqm6tfTUS5L0XxZQPNlxuQByZvlFNLYraiE6COmBjv4ARtPuMWorwzFW6"
    "KS6ECDc/xe8v66h97fn0efRuOvo54Qvfer6ysLZNprJdjFnXbTZX8EcdSPvDccu24FoDG6"
    "khOwo9YyYRzU+07YZabr/Mk6OU6Rz+qek0gEXuO1kW6plAfSaKbIg55gQgstvX0+c3wnTq"
    "fE5Jn1hA2wLGLx2HP88ZMyFPviWLmTJkOZXFo/KDpQgaFsoKkj0mMmyl/F0fa6DdATwNur"
    "03FfFm+V/kQayDOlPx6Q2coyVAQ0xa9PQkOiczyefZQmPcFwnSv7DIUyyYPt/OTBdip5kI"
    "iTvTpTDFTjUVCbFM0tYYr7gntxHUIbt/Hk8IQbqupstn7qslzHUc0b2JVYWVDfaMYz2wQS"
    "xTSP5kosLLh0VOYBHQM1j+jDx9p1YCKbrNovK1SUvkv9Da6pPPpAjSyL0E+NrKE4mci0IB"
    "F5GRNBojgN5C/jSZ82LdGjYaq07as8GH+lTU9oaTzRlql0J1J/Mmmz4Aa4r1dXk003FkiD"
    "yoaIhskbl8Q178vqlDE6OvlWRydldkQ5Y9eCstFcEdqpCEEdII1tafYBzRvU7W4p86lbYD"
    "91swlmH9AJGB/JO0cyWC6JHZ+zJufs7gwhzRvNlVSb4KWEM9bCMkth+VLCAGMH0E9fNbJi"
    "gIXFblNYXu02KoV0tVtgWTAr6a+Y5S2I01tMr4YA0cuQjSArxwkkJ7qY6BMsnLsxDWsDvZ"
    "KOLIbo3WQ8vZP61D/v32GOd5fTrWP53Idn9YWOhPgdjik8iJeUOlbZSaOBPPpAROfh5/iL"
    "NJHfu36ER2iie9eRIP16J09ok7c/nrRMpF+IxCU3VPMHkXhdJGiDVYbs8suJBP15PRF654"
    "PWE/FyWhVgk5+1cOysBSdfLpngegiJPrYxQjL9zQHWGm0UL92dKS6Qh2+e9XZ4+9gyHDOv"
    "kl0JFWGLPuIqQyTseNodW2rQyE1j9tBzLA+9cD7SvWC+eCcTTWGD6rGEnNbuvaM6jJq1eS"
    "9WTGaz3FPocSQXek2EHpAWkXpq6xxRcK3M+GzuNqgI4nj1ZS6qkuyBj8gApromxt4+H1EC"
    "ygsz1eerSc+VXsUYtspMMQwvzbS7NFNYlifOMHNtprAG0IkRXLYsU2xoveCUDv8k0xduOI"
    "8cmtoQvuP+FX6UyevtOo8WM8jYeJ6odZC/99xwaxerYU++//yUVo0zoWD/eU3O1KjR3vPD"
    "O254CbBqE5QtqJrQZj5/JwHjLki2s2GY/PMpYD18840KoNDrimasDMdW9hZU4U240A4utB"
    "VRa23/QQxiSsC4YA4uGH4sU7XHBpmGxjbktwA+2A8+2MMzsBMGukFIBzjHCbsFJSSyIKiq"
    "RBHYBccl/WY8vo2RfiMnDqoZfR7eSERzTSR8pb3epxUuPK72epqhozLxwtfxgdfNOmmaC7"
    "xm/B7HA16lxzI4JDzDWxk5PzzfUxk5rpw7KU/quz4rclLy0wmq2rTJXZP8dILTZ1klbKwM"
    "M2dT2+7cyCi+zpy3BtLdeErLEy0hUVDdskVEN1W2zVTxV7bXgmpF4oTum/DLFJE1eo5vx+"
    "KoJ2gGwHM8HE9mH8QPtBibYdorsjDP8VdJvJ197AlPEGj2eo7l0fTzRBz1JVpb1nLMLYuv"
    "n33J9zNWvp+ROweqdA6kLBqefFLTfApigjyiJTSn3hG2rWwrJdZll7XidlasSO9dZktLFB"
    "am8WRB8x+WYBG79p8IC8AWiKUi0CMZlku4FII7C2+QbQmqYTwgKKwN8pJuvwf4/NPb5Px9"
    "0BtzE6peJhQRDHN8PIppnClVwfYcm8waTAGjAFBnlXNfNf/gip6bgxY4thNLHlrlThAxWJ"
    "MSiX9utzudq/Z559119/Lqqnt9vp0z0peKJo8b+QOdP2KCyEjW1zP2+eUH6/zuPFR38FCd"
    "v/GaLK32RvFSmFgmnRx485KfKgla85Pif4QNKzxEm/+NNTdEy8+PrzxCy8+PbxX4Ls5O5P"
    "z4CbwnX916ZjzATB9I7PpZkQPE9HoSZSToyoO2p/SpnxV4HFyZMvsc4ijuddjpdfDOaGOh"
    "OEQ070ymThm3Qyff7dBJx5dqskHqtRWDqp1nPNu6UsOVe8+494x7z+iePzfSxnqSYQLGi3"
    "nvnNC5p+xH8JT5JwTvL+zMGzTQb9YkoTvWfoXPLF6v6STka8JHYoXvI+I4kku5zlLmQY58"
    "3YgHOXiQgwc5fuwgh6HBKVQdkx47nRXkiF4/KwxykJ400yLsujPFc+pnX5qOBi0BYAEsdY"
    "QRhdmGKdDDS4QNNAV663QeJzP6BaETeg8WQzro3zjP/qG2ZhUFVOyNYsJvDj1RIcONV5SN"
    "n8IeMSl/23JSWfmnW+yZq0p7acjb3QMl92JUufhEl/6MtSehGeQvPd7iqoc9eXj9lJTMot"
    "XAchZ/+GcvlXZih5DmLb8HD/w6FjRZd0dHMY2j+PAxgiWyNhp4VlhpTuIaGGGvZJv0BljW"
    "k0EWJ9asnBSwgYzzImdNj/3yfcxHs5juAdKI2aMZK5RV9z1X+0vhjudwPK+1Ihg5kdVQaY"
    "jFwXbWse/F5mgSyyM09bE/0776PXd48Z1d+6zULmsasGzFsuEmY5EoyJJLYxtUre/ImXIu"
    "je78v4e7LQXmE1ydJzgegs7/+E7Tr9q8oxO51Pf3pvMCuLwAbi2TDg51BBwtNPrSElwOaT"
    "XRX263vl+49MSmrTzaszLvX0hXRn2tJpIV2xj7QsqS23GbwleVAdjoYYMZAdjEWYT5AVg7"
    "0bHK+OvvLdWxbEOHpj+xLYwgGZf0/D0oGZi+yBS4LbKDGxa7PYrlmx/hDSXEqCbHgA3Ukk"
    "9XK04bQ0APCnAmJAxVpAMtb3tgAEpK10O99dHNku1A6stD8fZN+/ysnQhABD6/y3RlaF4e"
    "uOrywN4Zcf4Kl+Z4d/Xt2A3qHFlueQW1g1raczyQbrxi3Avkfo6skrguIYnrXElcpwb7Gm"
    "AMM6JCJaugh/BaS+GGViL/2BM8K26O7z6SybknbMgvhnM8Ht3K9E8Da4j+PRzfyLducfMF"
    "0sjf4mzYE4CtE9x4SlCGRcudE0ZntNw54YDIVRqK8m1PgDpA2hzfSrOZNOkJxEa0vTy616"
    "+GWVzxPmdeO5Eq93tOa90yGTPd/ISZbnrxoMssNDfAtNmITuAaGIIrlZ7ULkhPaqfTk6K/"
    "jIHtBKx5ZHdLkd0tILubJjtuDZZ0yMZBfDNY1vF+cRu8JLEJFGd2t7MbhGcXvNDb3bxTEM"
    "4S/u74d5vj8M4axQdgtx+5VUPpTXy9tTpRT4QmUtetDCemf+WsyH8Jwj5868gpTZxnBY7F"
    "R2hajDpWBNJAy6GaimubjCyyfIb97g1kt5oT3wxiYWWt/vmp9RHI8ZPrX8dlerA0+lfdF/"
    "n9/xyi3do="
)
