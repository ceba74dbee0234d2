"""Migration 0_20261204170103_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
CREATE TABLE IF NOT EXISTS "customer_features" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "as_of" DATE NOT NULL,
    "age" INT,
    "tenure_months" INT,
    "first_opened_on" DATE,
    "products_held" INT NOT NULL,
    "has_deposit" INT NOT NULL,
    "has_time_deposit" INT NOT NULL,
    "has_credit_card" INT NOT NULL,
    "has_loan" INT NOT NULL,
    "has_mortgage" INT NOT NULL,
    "has_wealth" INT NOT NULL,
    "has_insurance" INT NOT NULL,
    "deposit_balance" REAL NOT NULL,
    "wealth_balance" REAL NOT NULL,
    "credit_balance" REAL NOT NULL,
    "annual_income" REAL,
    "income_band" VARCHAR(16) NOT NULL /* UNKNOWN: unknown
LOW: low
LOWER_MIDDLE: lower_middle
MIDDLE: middle
UPPER_MIDDLE: upper_middle
HIGH: high */,
    "recency_days" INT,
    "last_transaction_at" TIMESTAMP,
    "frequency" INT NOT NULL,
    "monetary" REAL NOT NULL,
    "window_days" INT NOT NULL,
    "digital_share" REAL NOT NULL,
    "branch_share" REAL NOT NULL,
    "channel_mix" JSON NOT NULL,
    "complaints" INT NOT NULL,
    "computed_at" TIMESTAMP NOT NULL,
    "account_mark" BIGINT NOT NULL,
    "transaction_mark" BIGINT NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_customer_fe_compute_ff1d20" ON "customer_features" ("computed_at");
CREATE TABLE IF NOT EXISTS "customer_value" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "as_of" DATE NOT NULL,
    "recency_score" SMALLINT NOT NULL,
    "frequency_score" SMALLINT NOT NULL,
    "monetary_score" SMALLINT NOT NULL,
    "rfm" VARCHAR(3) NOT NULL,
    "annual_margin" REAL NOT NULL,
    "lifetime_value" REAL NOT NULL,
    "tier" VARCHAR(16) NOT NULL /* PLATINUM: platinum
GOLD: gold
SILVER: silver
BRONZE: bronze */,
    "drivers" JSON NOT NULL,
    "model_version" VARCHAR(64) NOT NULL,
    "computed_at" TIMESTAMP NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
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
CREATE TABLE IF NOT EXISTS "recommendation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "rank" SMALLINT NOT NULL,
    "score" REAL NOT NULL,
    "reason_en" VARCHAR(300) NOT NULL,
    "reason_zh" VARCHAR(300) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OFFERED: offered
ACCEPTED: accepted
DECLINED: declined */,
    "model_version" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_recommendat_custome_489d85" ON "recommendation" ("customer_id", "status");
CREATE TABLE IF NOT EXISTS "role_security" (
    "role" VARCHAR(32) NOT NULL PRIMARY KEY,
    "totp_required" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* Sign-in rules an administrator sets per role. */;
CREATE TABLE IF NOT EXISTS "segment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* RULE: rule
LEARNED: learned */,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "description" VARCHAR(500),
    "rule" JSON,
    "model_version" VARCHAR(64),
    "cluster" INT,
    "profile" JSON NOT NULL,
    "size" INT NOT NULL,
    "active" INT NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_segment_model_v_17c9d4" UNIQUE ("model_version", "cluster")
);
CREATE TABLE IF NOT EXISTS "segment_membership" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "since" TIMESTAMP NOT NULL,
    "until" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "segment_id" INT NOT NULL REFERENCES "segment" ("id") ON DELETE CASCADE
) /* A customer's stay in a segment: open while ``until`` is null. */;
CREATE INDEX IF NOT EXISTS "idx_segment_mem_segment_b70f27" ON "segment_membership" ("segment_id", "until");
CREATE INDEX IF NOT EXISTS "idx_segment_mem_custome_f23cd6" ON "segment_membership" ("customer_id", "until");
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
CREATE TABLE IF NOT EXISTS "customer_features" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "as_of" DATE NOT NULL,
    "age" INT,
    "tenure_months" INT,
    "first_opened_on" DATE,
    "products_held" INT NOT NULL,
    "has_deposit" BOOL NOT NULL,
    "has_time_deposit" BOOL NOT NULL,
    "has_credit_card" BOOL NOT NULL,
    "has_loan" BOOL NOT NULL,
    "has_mortgage" BOOL NOT NULL,
    "has_wealth" BOOL NOT NULL,
    "has_insurance" BOOL NOT NULL,
    "deposit_balance" DOUBLE PRECISION NOT NULL,
    "wealth_balance" DOUBLE PRECISION NOT NULL,
    "credit_balance" DOUBLE PRECISION NOT NULL,
    "annual_income" DOUBLE PRECISION,
    "income_band" VARCHAR(16) NOT NULL,
    "recency_days" INT,
    "last_transaction_at" TIMESTAMPTZ,
    "frequency" INT NOT NULL,
    "monetary" DOUBLE PRECISION NOT NULL,
    "window_days" INT NOT NULL,
    "digital_share" DOUBLE PRECISION NOT NULL,
    "branch_share" DOUBLE PRECISION NOT NULL,
    "channel_mix" JSONB NOT NULL,
    "complaints" INT NOT NULL,
    "computed_at" TIMESTAMPTZ NOT NULL,
    "account_mark" BIGINT NOT NULL,
    "transaction_mark" BIGINT NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_customer_fe_compute_ff1d20" ON "customer_features" ("computed_at");
COMMENT ON COLUMN "customer_features"."income_band" IS 'UNKNOWN: unknown
LOW: low
LOWER_MIDDLE: lower_middle
MIDDLE: middle
UPPER_MIDDLE: upper_middle
HIGH: high';
CREATE TABLE IF NOT EXISTS "customer_value" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "as_of" DATE NOT NULL,
    "recency_score" SMALLINT NOT NULL,
    "frequency_score" SMALLINT NOT NULL,
    "monetary_score" SMALLINT NOT NULL,
    "rfm" VARCHAR(3) NOT NULL,
    "annual_margin" DOUBLE PRECISION NOT NULL,
    "lifetime_value" DOUBLE PRECISION NOT NULL,
    "tier" VARCHAR(16) NOT NULL,
    "drivers" JSONB NOT NULL,
    "model_version" VARCHAR(64) NOT NULL,
    "computed_at" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "customer_value"."tier" IS 'PLATINUM: platinum
GOLD: gold
SILVER: silver
BRONZE: bronze';
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
CREATE TABLE IF NOT EXISTS "recommendation" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "rank" SMALLINT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reason_en" VARCHAR(300) NOT NULL,
    "reason_zh" VARCHAR(300) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "model_version" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_recommendat_custome_489d85" ON "recommendation" ("customer_id", "status");
COMMENT ON COLUMN "recommendation"."status" IS 'OFFERED: offered
ACCEPTED: accepted
DECLINED: declined';
CREATE TABLE IF NOT EXISTS "role_security" (
    "role" VARCHAR(32) NOT NULL PRIMARY KEY,
    "totp_required" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "role_security" IS 'Sign-in rules an administrator sets per role.';
CREATE TABLE IF NOT EXISTS "segment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "description" VARCHAR(500),
    "rule" JSONB,
    "model_version" VARCHAR(64),
    "cluster" INT,
    "profile" JSONB NOT NULL,
    "size" INT NOT NULL,
    "active" BOOL NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_segment_model_v_17c9d4" UNIQUE ("model_version", "cluster")
);
COMMENT ON COLUMN "segment"."kind" IS 'RULE: rule
LEARNED: learned';
CREATE TABLE IF NOT EXISTS "segment_membership" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "since" TIMESTAMPTZ NOT NULL,
    "until" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "segment_id" INT NOT NULL REFERENCES "segment" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_segment_mem_segment_b70f27" ON "segment_membership" ("segment_id", "until");
CREATE INDEX IF NOT EXISTS "idx_segment_mem_custome_f23cd6" ON "segment_membership" ("customer_id", "until");
COMMENT ON TABLE "segment_membership" IS 'A customer''s stay in a segment: open while ``until`` is null.';
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
    "eJztXVlz2zi6/SssvdxMlSdly3HiUd26VbTEJJrW4pKUpBd1sWEKkjDmNlzsdmb6v1+Ai8"
    "QFpAiJlEkGL3FE4oDSAQh8O/7T0YwVVO23oqIYru50esJ/OjrQIP5P8taF0AGmub9BLjjg"
    "QfXagkijB9uxgEL6WgPVhvjSCtqKhUwHGTq+qruqSi4aCm6I9M3+kqujf7tQdowNdLbQwj"
    "d++x1fRvoK/gnt8KP5KK8RVFexL4tW5Nneddl5Mb1rQ9356DUkT3uQFUN1NX3f2Hxxtoa+"
    "a438r7+BOrSAA0n3juWSr0++XfBDw1/kf9N9E/8rRjAruAau6kR+7oO8v9aR5cl0Ic+lhS"
    "x3GAhSDJ2Qi7+q7f36DfkKf+9evfvw7vb6/btb3MT7mrsrH/7yH70nxgd69EwWnb+8+8AB"
    "fguP4z2puqs94GFIEdvfAovO7B6RYBd/7SS7IZf1pVcDf8oq1DfOFn+8fpfD5Vdx1v8szt"
    "5cv/sbeaCBXwD/xZgEd7reLUL3nl7FtSyoKy8sBEcx5VAcXthzvH9td4T2J790zsNyEZKz"
    "OU5S/ABUoCswzfDY0OELneIIJsHwCipIA+rbgf+3KrYvK2I6h9qB1B+OxdGb7uVF12PX/r"
    "eKHJ/dL2NpNuwHtxIz2IIr5Mgq0pDDxHESeDLRwbrAxHOFS0f5VBsmJmAl46+R4nmAaaHT"
    "HAMlOcYoB2nwLflPVVP5lSgWF1JypqqGzUxfDHQifQ2aoGn2bAc4rk3fpyS853v0DfEDwo"
    "UzRuMefcYdC0ug6Akyblodsb8YfpV6go9e6oPpbCxOFj1hZVga0J2l/nE2/VWa4Edaxneo"
    "L/X+aDqXBj3BnyudI7a8q/cF9ryr95mbHrmVFCxsx9CgJTNJxQnUYfG4AYtEORLynlnTMl"
    "au4rARGwdxXgNeiS63fqQqHuFUTJP80bAg2ug/BYJFdM1JEBuor/1IVw0j+a9wIoVX99uI"
    "BZ53SnDyxcUc4F8OfZFiJs0XWKTAfFOmcQn03u97aim78bc3g1wylx+A8vgMrJWcManxU3"
    "SbbCz4iWnm7wL0x59mUAXej8kkfbHvqUXEeyQaXSNCXozW9C2tqyWvAB1svJ9Enk2eFFqx"
    "XKxvSE8ww8a1v3uRa+Yi7WS4a1gbU9cd2vwo1q5/dLvX1x+6l9fvb2/effhwc3u523zSt/"
    "J2obvhJ7IRxaSqwzYxQ/FMMCsZUJbPQaAUZGhjcWieQkH+U86rfc4RyiF7MRzjxVIc35Pu"
    "NRvrvJ1A1SB3ut7Vl8TVN0mZd9eJ8G24+CyQj8Kv04nksWnYzsbynrhvt/iV7Hv4tXUMWT"
    "eeZbCKEhleDi/Ftkj8WhtMps8doCol5/VMn1fd2yIqSvc2W0ch9/5KEoxo6nguw/RtsQUU"
    "vy9iXX6fbV1+n7Iu4z0KOUy25T3ifHp64wmmqoKHOKargsVoPmxIatMs9jsinygy8z/n0w"
    "md5gQsudUixRH+K6jIrkxx6fzv2tW99Up4cJHqIN1+S573f1W5UXKIJzTFtt2Q8Ddj8efk"
    "WPRH07vkfko6uEsMjAUxGTbdEpI9/eOoiuZ/q1YZRUV4zSCSCx6MDBNslvU6ieR8H+bbtO"
    "CTvAX2loXqGIhvngVoZmW4XHJrFFZQDrUpW2q2QapaKwseHQt99+xXfXytQzW2JBtd5Ntc"
    "Is3xjAja18b08qPYXSqLMiJDyrzixkB8USgqRrBJazEQ39YK0EzCWiyoOLJrITa5OI5rId"
    "k3l5cF2MatMun27iUCExTDpER3ZRO9A5wxFKEqlS/Ob/fmpgC/uFUmv969OL+6QY2eywkA"
    "NejuwubbNirh19vGlC1QyWOYiE4jW7hmVGJ4jjMna1gKNNi2xawOWjgCRfjPZj9t9MfCvB"
    "w6t4q7MGOwNgXQnMWZGaFfo7i0sq2oQXNuPS3dempD2ybq7CNk8tAkYNyeV8CBADSkMpG8"
    "R7SP3+sisabX2bGm16lYU/iniTUX+4hwiDiSR0PUORrCtY+KeInAShjfmr1ZbRpf2wHrNV"
    "tUcxTSJpGsqphmj680v8wRt3PSzxiGeZYNI7lo1G10dsVibvvivC8OpLyQ2yo9HHcWHp1t"
    "h+LWCO5c5PkyHvZtuP+iSe/1xQH/Bav5oJVei/ITmby/DNSG7VtoiLkqZD6/yjGfX6XN5+"
    "SvDJmCMCMQznIxlhXGOEylvVGYN8V8QDkuIEoKOiHjCOUkjjyP/nle6vEPXE119SXYFRqi"
    "sAQbWEpfYYhxSWcSnphx1cIsQkp4wIkkTUlkT9/rqbHafD5NGTocC0ls6ltTSKpS5dq9ex"
    "SlK/peZqtd0XRirni1R/EK8551g0m8isNap4Z1i8hY3WwZq5uSsR7xz6IzfLj4R4itszCL"
    "59pg+HU4+CKOegLuGj2hlQvUpd6fzu6nMyzv9ATFsEzDCmq9vL5mvMZPlVnV4xiozgNy9M"
    "wvNvXz5n5q8vvuQHau47D2uRIrUZU36AnqzFzHUZzq4rYfIq2ym392qPZRXckS4pHGGOoR"
    "xbQv3fldIZrf5dD8jrJ4QPzLMnL2Dwsqe/QZQ4Nd/VE3nvUOo7wyFkdYJNGACpf6R8n/tI"
    "b+5y+TnybTb5OeEO371eWVB2Q5WzmslZc209FfgjjqR67Ap3tmBaAympITsLNWjGWc1Mcu"
    "2EWW6+zFOjlPUcDqkYtIBF7jvZEUrhoOpMlCHg56ggVttPLzfJb6vTifY5Vn0RNMYNtY43"
    "GW+uef5LHYF6fyvTQbD/Gt7aOsAQUYsgktDeEWC3H4TZzs7jsAPQN9d3c+7Q/FkdyfSYPh"
    "Qu5PB3i1sg0FAVUO6sASl+hSny4+S7OeYHjGlWOmQpHgwW528GA3FTyIh5O9BnYMVONZUK"
    "c8iB1nsvcbj6J7D21d7kn5YbGkFpW5M1UX5TqOat/crkTRgpqpGi9sa0gU0z6aK1Gy4MpV"
    "mCd0DNQ+ost3t2vAQg7euE+rCJ3upf4613w4+UT0LBvTT/SssTibDUnlZ/xjLASx7DQYfp"
    "3O+uTSCj0ZlkKufRsOpt/IpWe0Mp7Jlbl0LxKTMr5mQxN4P6+uWptmPCAVyiYeGiaDXBLX"
    "vjerEikoShu7IERHc1nooCwENYBUtt05ALRvXt9cFVGocavsPeMqpVR7fLFP6ASMz+SDMz"
    "mzStgC/pmVWtuu8mB5MW7Sz16CbHYi5y7EbTSdfAqbJ7M7+RlOh+Z1yWc4AV13AVkHFIPm"
    "Fsw5ZSiF5McMeVznHDMEbBvS4gDzWN5BOL2H6FURwEIachCtnGkOxwkcJ/oQ0Q08sci0DN"
    "uE/lkaLIrp/Ww6v5f6xGQf9LDUD59jVMdzix5flBMNC/Eezjl4UF8R6ljHTpoMhpNPeOh8"
    "/FL/iqf0R8+u8AQttPYMC9LP98MZueSnzOMrM+mfeMQlz3vzLzzidRlBB2yY6jSH7XmJkX"
    "zJ9IgSI36Yqwwc/LUeXIetfjYVXI9BIo9tzSBZQb6AvUWm7EfAM/kJsvBtUOWqVpZtw7Wy"
    "itsVEBF26DPuMniEXV++Y4sWmniRzT56qQ/Hvocfab5/X7wfYknBRPXYQpqV0HdW61G78v"
    "li9WXM1ZGDHkfyQa/JoIekRUY9lU2HBVyb6q/NzIyKIM5XcuaqqpEt+WxSYClbrOwd8xIl"
    "oLxWU33emvRa6ReRYSvWFMPwak2HqzXtK/XEGWYu17QvC9QwgotWaopNrROORwWKYrgn56"
    "CLfi8t4juhLyqGpkF9BUo4RnYW66ytlNlwo5HoZs3LuSeK8om0zf0Ox7v+2socP7C4zKoH"
    "kYxSrKa6Fs0gF3I61eHCwP8UL0zyMdJnI0Wz/Kn4BFSXVjP8aL6+hh22hKwja2rspk1ObY"
    "3o1DpcY0OOzm5ebKNR8vCFkF1sA9iyQSl9k527twOcmLZX092gYN4eoJ3qkX3OAfUkj2IK"
    "Ws1WqrKtGw7U8aoia4bubCk7ZyalKRwnN03uGlm2IxsmJgGLLRSLXPZrToH+yHm6pmWsXM"
    "Wx5W1AVsFpmsKdz0hz2ZBJusU7ygqaho0o9s07w1Ah0OnkJpAJah8wtCpud1fOOzHvptNR"
    "zJx5N0zGsn4Z30mzN1eJkCo66+TtPYH6JJzzz8h/mCWNNZ0j6E+gOfuM7KsGoOyIB2kPYZ"
    "xvRr41w3I2VLn5IOdRKOedkfdnCFSH4vI4yPoeyDln5BzptmsB6hmbB2mPYTnzDMwHsoj8"
    "AFQ69x/x4p0hqFOwCe7XBNw0YT1Py5l+uRtJwv1M6g/nwyAIcucR927GCZ9J4ijBuL9EHE"
    "V4Gsr5Psh3IPMdw3cayvk+yPeBHLUcug/lqBVlu0FWkxL49unCk/T4wsSJLupfgCJZImKp"
    "j6bfeoJqPHv/k2byeDgYkBIV+BK0ZA2tVl6hiuBq+PnL/X2krWuakbafh58+94Qt2nji3O"
    "sHA1tQIZmy8gq8sBh9kzBu800LQSqwHTni4j8ibDCjCx4+WOfwwbUFMafUlPXM9ymG4Zbp"
    "5KukGTp0gEVhNGfjj4K4hHVYg8C/CU90xo0ggTrf1L1+f9OQybtCG78WF5aaGFXhJJJP44"
    "PTOIiWZSc7CeRcH1aCt1i5gioWbillh3JyX+MwnvUak2xKSU02NFP1n158KY+DuBCSXMcJ"
    "P+6RiZNxaPuS6Nokvwd5ErIGrEeK1wBtsqPLEsjWvEP/6Havrz90L6/f3968+/Dh5vZy9z"
    "Klb+W9VXfDT+TFio0tJRQtovGyjwINzUfiuJHYBR0zhfwmUOWQ3/jg31QyXHbSVjrvIT0k"
    "6fEIg/QLJs6dcuTqqw5G0cS5xDSMpc71xXlfHEiJzLlSjtH0Mx9y4v13qREFgv13eRk80r"
    "9RL/uFwCP9S478DX0OtmLQVPu5BlT1oMNiB25TjvZ198P73SQlH/Lm53wsjkaUCPXQAn0c"
    "vxQ4Z5huxD6O4DSa85tYH9Ya3VWdsSL4zVt4Sms15YGxKrWhHWV5OPRijzynTbW5sRcqWn"
    "vbupyRlJvDeBrKKS9CuYOOP9cyxNZ5Jencj8TFcPJl3BNM73BZV1vqn6ajQU/YGCo5NGU4"
    "+krOhrOR+gStpX43m05+lXrCg2Xo32tyJPfKQqQ+FYurIQLhbobS3Qye4ipnVhnLO0klAa"
    "zzu3PkLlx+Pc2mOSDqskE0zgPBra7c6lq7waip1XUqus62ryLofaGUzTV6+yLP4mrgN3Ir"
    "K/uW3N7apNf8Isfe6g8qdTHNOUMoCipHPHldkisWTry/DPyG7Vso+VVyyK0NFQs68hbYlA"
    "zSbJoTMF62/vBMJulZFlQc2bUQk7KZAtZD5WzVoRvkvqwaG8N15KMHKrcTPmilD9rGAngr"
    "9R/EMEwJGB+Y0gfGVgyTadfeAc6YzVcV2Wc4b9gyVLYpvwPwyV76ZPePakuPRm4diD3ojA"
    "UgQr2gsfUfmnXEzHml12YeN1LkjJnXOTehbtpJ245NqBm/Rc2Qp52akDYFl2exvPcrUXYo"
    "1srw1kWepdKMNOJGyia91xd5Rko80Ez2yaB960yT190i4Uvd7Pil1FHF3DRZrWmS/JUhUw"
    "BABMJZLsaygtnYGLQaCMXClKL4OnPeGUj30/mQHKXtV4Jb6kQ2lXeXo9Vul3p/Jg2GC7kv"
    "zshZ2/tKrKRkjzghpXqAvtTH09nik/iJFOkJKlgu9W+SOFp87gl+/bOlPpzMv8zESR83il"
    "X+e/3AJ8W1LHpBkZz9IYI5o7GmP/nlPPaasoNcuXGgSuMAQxQGP7CMH1hWPmUVK3RPaAWt"
    "ObRt//vSFLtYk4sDCp7XWLYjrQ9peh2RxOo+29D6H1uw0Ub/O9IF4AhYuRPIQWqrFVwJYc"
    "/CG+TYgmIYjwgKWwP/SK/dI3z529vklldqx1zrrJfWiQeGOaQgimmd9ll+OAEWx2ml1nN8"
    "bA69wHqtpPRjNaPSZWMvbC/0BSR2vrxSHVFYmzLpzlwgAmiUkNhs/2bQnHs3S/dumlhqw9"
    "8Hb62OKftRXyyLTga8ffFilfj54Z8mwmNzhL8zjuSFoWqdlsG92j+gVxuLY+s1m1M7CmmT"
    "bFGVU9vjqwSf9pz04x8b3kCSi3q2o7OrQHbN2fzaCeMRxQqSNi9lG0GsdNsqnd2/JfOWMM"
    "uOa3d+Z7JH5GkcLTNJnEXPyDZcWECnlAU8UAMowLRpSS6jcEpGPZqcMhNZNWh4dQlqdQks"
    "HNmYJTYXeQzUQlPQdSEn+XWOk/w67SQPSPvOZNCMgTjTxZgO9kcqzYeDEfboM/qmjfUaWj"
    "Ac/8LxCNOPH6WZNOgJAX6pi/2+dL8gl4CiQNMh1wZSHy+t5NoKKirSg+e8un2U1+g4b40O"
    "biP4AW0E+JVHq6NGPY7kBzvV2v5Xn7Isr/0ql3y0QhDSzkZsHMR5PWxnyy5iw2xqO6WMTT"
    "2WpHIK2VBmcQnsRvJAWkpu/OWtVX7ODK7xprFdGI8ww4oZuX+Rb8P0WsrOrinP12nSUnqR"
    "Y4D0xpQ5diqO4tFTB/WpNdCQyhT4vkdUpbC+Ym5UEfPAdbZ54DqdWlCT2livLXhVHQTIC2"
    "1UGoDDowB5FCCPAiTl3ryMAfkRMu2ZCVhFUX9tkkt4xN+PYPHzZUn5+MGmdtBC236bBt21"
    "j7LkR2DcjF/n8bXgE9bCjxniOJKPcp1HmTtis2Wj9jpiebA2D9aulZ+jtsHahgrnUHEt5L"
    "x0aE6O6P2LXCcHbkkyxvZND6aqz4MscstVoS0AXQArDemIwBzDEmzo2IIJLYF0nc5HZ0af"
    "4DohfbAo0mH71ln2y6rKledQcUyZnCKKghi9hBkvrxBLCnvGeiy7K40qyBJTeMzVkaJSHM"
    "lFpbqIShQJeVcF5ejDkMrbfOZwo2Wc1xPeyt1y7EijUj3qv6WjXhXVtR1893fubX/NOiX4"
    "Z9H34cOx5iG2zo7KzuzLSOp5Is1SH0nizIskxxueVZtAcl5Fk1fRbD7L0W/GwHQC1r6yGD"
    "eFyL7JIfuGko3l0rSnnNMvXKr2xOYYrhnN5/YAv3K+T83YrzzdJ5AOi0t8EQQ/7oCaCbBG"
    "bKtGBFKPiJJWnfFto++U0ci2pgfNz2dJv2zIzOYVhs9m0Ao9eA9sFbNjqBYK1DzblVsOy3"
    "Cycntx20a9BHtxRAPxfLr2FpknViMPbMHjXX8NnBBZfuJKC5Knicu2tMfZPWhzl7V4+wJl"
    "ycM8SlI+3AEvAikfLgTd9QTDhLrwvMUCvPDHH67uIPWPPwRkez+JVov8xN6KVAILf6pvnP"
    "d66eBGqRJhwR0mTwCvEEbunaNCmI0CZwDLBrUDtXBvau5eRBFBvFePVfoIQTxys85jy8ts"
    "VGWCiG9sRS06MRDntUCE5D484dQYyX1PDaO4cHxkbHYdrrHBS5iwsFuohMkrxQBFwn9p2k"
    "k8OjhHL/ECbLV9S15io0nLaK4E7z78C9Lq6eQksu4h7QvBLb34g2tDizWsJ4ppHcXlW8hX"
    "yDZV8CKz0pzEtdAdUUl8jwls+9nAmxNrZZ4UsIWMV1J6g6Q8UAy9OVE+IaAe3vpW1X/gTu"
    "azOZnXAKlwJavGBtGOXc2U/lI4HiqRpFY1FJJmfZSRL4nltr462/qOPK2On1J3zE7tsaYC"
    "25FtB5psvqk0tkXRi2euluXR6K3/R4RQpMB8gavzAscjpLJfvmbGyvAIqR9x1LMipKKj/m"
    "ABXdmyeddimBZtqVX51ny+SvD+3O06aha/RV0/sYnFXF89soFhuk6M4xNdfNVC371mfXyt"
    "gctWZhwfpfrmiXTdW8YTWkFr7vfWVrJixfFPpCxZkr8tfFXpgF3gBcIGStZZrdHbF3kOWC"
    "fR8KyntD4YYUE+L0ATKIrh7qIJIjd5jGYtYzT3I8QoJseALZSSmysVp5UhoJF3Mj3CY0MP"
    "pLW0R2IHSY4tVJAG1LcD/2+7RnYg9YdjcfSme3nRTbgfJl/GEpbZgluJJCzXsqCusOW6RT"
    "BnPGGgP/mlKk9bIlaiSKhEdqRE2otvwd0Ol+b4cA2aWAd19ix3+jNpMFz0BMWCK+SQc03v"
    "yMcVfEDeC8k6ErcFRuI2cyRuU5N9C3QdUrxCxcYhAq/1KNzNxEn/c0/wtbilfv8ZL849wc"
    "TfGC716YQcNdsTDJ0cNLvUx9O7ISkfpBkPiBQQEhfjngAcDeOmc4wy7KX+TcKM4oF8hpgD"
    "PK7SWByOegLUAFJJyaHFQpqRikNOUJzg9QsOKXgYNobFtq5FMHUe4COXtZtiRVpyarSkSC"
    "YbLbRMYDlsRCdwLXTBFQpP6uaEJ3V5+aFXLT8U1wYLGmTjIJ7uQCuvwBN0zmPsDuZiCdZu"
    "cd9Twyguau+Ov7cZBm+eSVJFJslrH9gqQgsp2w7FiBncucizX4J9G5460qSF8yLHsHhE/b"
    "tTK9/V7c0+x6mLJiWKLJvhoHkL2a0klQE/0aGmkWaH1kcg5w+ufx2jaWlh9Ay1bsrfzP76"
    "fwhm2EY="
)
