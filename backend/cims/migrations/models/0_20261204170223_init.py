"""Migration 0_20261204170223_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
CREATE TABLE IF NOT EXISTS "complaint_category" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "product" VARCHAR(120) NOT NULL,
    "issue" VARCHAR(200) NOT NULL,
    "origin" VARCHAR(8) NOT NULL /* CFPB: cfpb
BANK: bank */,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_complaint_c_product_0343e2" UNIQUE ("product", "issue")
) /* A two-level taxonomy, product then issue, one row per pair. */;
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
CREATE TABLE IF NOT EXISTS "interaction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter */,
    "direction" VARCHAR(8) NOT NULL /* INBOUND: inbound
OUTBOUND: outbound */,
    "purpose" VARCHAR(100) NOT NULL,
    "summary" TEXT NOT NULL,
    "staff" VARCHAR(64),
    "occurred_at" TIMESTAMP NOT NULL,
    "source" VARCHAR(16) NOT NULL /* MANUAL: manual
IMPORT: import
API: api */,
    "recorded_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_interaction_staff_87696e" ON "interaction" ("staff");
CREATE INDEX IF NOT EXISTS "idx_interaction_custome_3b3c0c" ON "interaction" ("customer_id", "occurred_at", "id");
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
CREATE TABLE IF NOT EXISTS "team" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "complaint" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter */,
    "severity" VARCHAR(8) NOT NULL /* LOW: low
MEDIUM: medium
HIGH: high
CRITICAL: critical */,
    "description" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened */,
    "assignee" VARCHAR(64),
    "received_at" TIMESTAMP NOT NULL,
    "acknowledged_at" TIMESTAMP,
    "resolved_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "escalated_at" TIMESTAMP,
    "reopened_at" TIMESTAMP,
    "ack_due_at" TIMESTAMP NOT NULL,
    "resolve_due_at" TIMESTAMP NOT NULL,
    "due_at" TIMESTAMP,
    "at_risk_at" TIMESTAMP,
    "breached_at" TIMESTAMP,
    "outcome" VARCHAR(24) /* MONETARY_RELIEF: monetary_relief
NON_MONETARY_RELIEF: non_monetary_relief
EXPLANATION: explanation
NO_RELIEF: no_relief */,
    "root_cause" TEXT,
    "redress_amount" NUMERIC(20,2),
    "redress_currency" VARCHAR(3) NOT NULL,
    "reopen_count" INT NOT NULL,
    "source" VARCHAR(16) NOT NULL /* MANUAL: manual
IMPORT: import
API: api */,
    "external_ref" VARCHAR(32) UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT,
    "team_id" INT REFERENCES "team" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_complaint_status_0dc84e" ON "complaint" ("status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_complaint_assigne_c8f3a8" ON "complaint" ("assignee", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_team_id_b12bd1" ON "complaint" ("team_id", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_custome_d8f91a" ON "complaint" ("customer_id", "received_at");
CREATE TABLE IF NOT EXISTS "complaint_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* FILED: filed
TRANSITION: transition
ASSIGNMENT: assignment
RECATEGORISED: recategorised */,
    "from_status" VARCHAR(16) /* RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened */,
    "to_status" VARCHAR(16) /* RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened */,
    "actor" VARCHAR(64) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "reason" TEXT,
    "changes" JSON NOT NULL,
    "version" INT NOT NULL,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
) /* One change in a complaint's history: who, when, what and why. */;
CREATE INDEX IF NOT EXISTS "idx_complaint_e_complai_5e14fd" ON "complaint_event" ("complaint_id", "at");
CREATE INDEX IF NOT EXISTS "idx_complaint_e_custome_fbc5b8" ON "complaint_event" ("customer_id", "at", "id");
CREATE TABLE IF NOT EXISTS "survey_invitation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* CSAT: csat
NPS: nps */,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT
) /* A single-use link; only a hash of its token is kept. */;
CREATE TABLE IF NOT EXISTS "survey_response" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* CSAT: csat
NPS: nps */,
    "score" SMALLINT NOT NULL,
    "comment" TEXT,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter */,
    "staff" VARCHAR(64),
    "answered_at" TIMESTAMP NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT,
    "invitation_id" INT NOT NULL UNIQUE REFERENCES "survey_invitation" ("id") ON DELETE RESTRICT
) /* An answer, with what it is about copied in for reporting by group. */;
CREATE INDEX IF NOT EXISTS "idx_survey_resp_answere_432180" ON "survey_response" ("answered_at");
CREATE INDEX IF NOT EXISTS "idx_survey_resp_custome_9750e4" ON "survey_response" ("customer_id", "answered_at", "id");
CREATE TABLE IF NOT EXISTS "team_member" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "staff" VARCHAR(64) NOT NULL,
    "team_id" INT NOT NULL REFERENCES "team" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_team_member_team_id_d3d809" UNIQUE ("team_id", "staff")
);
CREATE INDEX IF NOT EXISTS "idx_team_member_staff_8dc536" ON "team_member" ("staff");
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
CREATE TABLE IF NOT EXISTS "triage_correction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "suggested_product" VARCHAR(120),
    "suggested_issue" VARCHAR(200),
    "confidence" REAL,
    "model_version" VARCHAR(64),
    "corrected" INT NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT
) /* Staff confirmed or corrected a suggested category: training data. */;
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
CREATE TABLE IF NOT EXISTS "complaint_category" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "product" VARCHAR(120) NOT NULL,
    "issue" VARCHAR(200) NOT NULL,
    "origin" VARCHAR(8) NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_complaint_c_product_0343e2" UNIQUE ("product", "issue")
);
COMMENT ON COLUMN "complaint_category"."origin" IS 'CFPB: cfpb
BANK: bank';
COMMENT ON TABLE "complaint_category" IS 'A two-level taxonomy, product then issue, one row per pair.';
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
CREATE TABLE IF NOT EXISTS "interaction" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(16) NOT NULL,
    "direction" VARCHAR(8) NOT NULL,
    "purpose" VARCHAR(100) NOT NULL,
    "summary" TEXT NOT NULL,
    "staff" VARCHAR(64),
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "recorded_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_interaction_staff_87696e" ON "interaction" ("staff");
CREATE INDEX IF NOT EXISTS "idx_interaction_custome_3b3c0c" ON "interaction" ("customer_id", "occurred_at", "id");
COMMENT ON COLUMN "interaction"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter';
COMMENT ON COLUMN "interaction"."direction" IS 'INBOUND: inbound
OUTBOUND: outbound';
COMMENT ON COLUMN "interaction"."source" IS 'MANUAL: manual
IMPORT: import
API: api';
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
CREATE TABLE IF NOT EXISTS "team" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "complaint" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(16) NOT NULL,
    "severity" VARCHAR(8) NOT NULL,
    "description" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "assignee" VARCHAR(64),
    "received_at" TIMESTAMPTZ NOT NULL,
    "acknowledged_at" TIMESTAMPTZ,
    "resolved_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "escalated_at" TIMESTAMPTZ,
    "reopened_at" TIMESTAMPTZ,
    "ack_due_at" TIMESTAMPTZ NOT NULL,
    "resolve_due_at" TIMESTAMPTZ NOT NULL,
    "due_at" TIMESTAMPTZ,
    "at_risk_at" TIMESTAMPTZ,
    "breached_at" TIMESTAMPTZ,
    "outcome" VARCHAR(24),
    "root_cause" TEXT,
    "redress_amount" DECIMAL(20,2),
    "redress_currency" VARCHAR(3) NOT NULL,
    "reopen_count" INT NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "external_ref" VARCHAR(32) UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT,
    "team_id" INT REFERENCES "team" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_complaint_status_0dc84e" ON "complaint" ("status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_complaint_assigne_c8f3a8" ON "complaint" ("assignee", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_team_id_b12bd1" ON "complaint" ("team_id", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_custome_d8f91a" ON "complaint" ("customer_id", "received_at");
COMMENT ON COLUMN "complaint"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter';
COMMENT ON COLUMN "complaint"."severity" IS 'LOW: low
MEDIUM: medium
HIGH: high
CRITICAL: critical';
COMMENT ON COLUMN "complaint"."status" IS 'RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened';
COMMENT ON COLUMN "complaint"."outcome" IS 'MONETARY_RELIEF: monetary_relief
NON_MONETARY_RELIEF: non_monetary_relief
EXPLANATION: explanation
NO_RELIEF: no_relief';
COMMENT ON COLUMN "complaint"."source" IS 'MANUAL: manual
IMPORT: import
API: api';
CREATE TABLE IF NOT EXISTS "complaint_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "from_status" VARCHAR(16),
    "to_status" VARCHAR(16),
    "actor" VARCHAR(64) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "reason" TEXT,
    "changes" JSONB NOT NULL,
    "version" INT NOT NULL,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_complaint_e_complai_5e14fd" ON "complaint_event" ("complaint_id", "at");
CREATE INDEX IF NOT EXISTS "idx_complaint_e_custome_fbc5b8" ON "complaint_event" ("customer_id", "at", "id");
COMMENT ON COLUMN "complaint_event"."kind" IS 'FILED: filed
TRANSITION: transition
ASSIGNMENT: assignment
RECATEGORISED: recategorised';
COMMENT ON COLUMN "complaint_event"."from_status" IS 'RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened';
COMMENT ON COLUMN "complaint_event"."to_status" IS 'RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened';
COMMENT ON TABLE "complaint_event" IS 'One change in a complaint''s history: who, when, what and why.';
CREATE TABLE IF NOT EXISTS "survey_invitation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "survey_invitation"."kind" IS 'CSAT: csat
NPS: nps';
COMMENT ON TABLE "survey_invitation" IS 'A single-use link; only a hash of its token is kept.';
CREATE TABLE IF NOT EXISTS "survey_response" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "score" SMALLINT NOT NULL,
    "comment" TEXT,
    "channel" VARCHAR(16) NOT NULL,
    "staff" VARCHAR(64),
    "answered_at" TIMESTAMPTZ NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT,
    "invitation_id" INT NOT NULL UNIQUE REFERENCES "survey_invitation" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_survey_resp_answere_432180" ON "survey_response" ("answered_at");
CREATE INDEX IF NOT EXISTS "idx_survey_resp_custome_9750e4" ON "survey_response" ("customer_id", "answered_at", "id");
COMMENT ON COLUMN "survey_response"."kind" IS 'CSAT: csat
NPS: nps';
COMMENT ON COLUMN "survey_response"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter';
COMMENT ON TABLE "survey_response" IS 'An answer, with what it is about copied in for reporting by group.';
CREATE TABLE IF NOT EXISTS "team_member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "staff" VARCHAR(64) NOT NULL,
    "team_id" INT NOT NULL REFERENCES "team" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_team_member_team_id_d3d809" UNIQUE ("team_id", "staff")
);
CREATE INDEX IF NOT EXISTS "idx_team_member_staff_8dc536" ON "team_member" ("staff");
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
CREATE TABLE IF NOT EXISTS "triage_correction" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "suggested_product" VARCHAR(120),
    "suggested_issue" VARCHAR(200),
    "confidence" DOUBLE PRECISION,
    "model_version" VARCHAR(64),
    "corrected" BOOL NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "triage_correction" IS 'Staff confirmed or corrected a suggested category: training data.';
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
    "eJztXeuT2ji2/1dcfNnZqt6pNJ1Ostxbt4qm3Yl3eHQBSebBlMcYAdr2g7FNd3p253+/kl"
    "/4IRvL2GBr9CVpbB2Bf0eWzvv8p6ObK6DZ3/dV1dwbTqcn/KdjKDpAfyRvXQkdZbc73MAX"
    "HGWpuWOVyKCl7ViKiudaK5oN0KUVsFUL7hxoGuiqsdc0fNFU0UBobA6X9gb8fQ9kx9wAZw"
    "ssdOOXX9FlaKzAN2AHH3dP8hoCbRX7sXCFv9u9LjuvO/eaZDgP7kD8bUtZNbW9bhwG716d"
    "rWmEo6H38zfAAJbiADy9Y+3xz8e/zn/Q4Im8X3oY4v3ECM0KrJW95kQedykfrnVkeTyZyz"
    "NxLssdCoBU08Dgop9qu0+/wT/hH93rt+/ffrh59/YDGuL+zPDK+z+9rz4A4xG68IznnT/d"
    "+4qjeCNcjA+gGnt9idiQAnawVSwysgeKBLroZyfRDbBsLry68k3WgLFxtujjzdscLL/0p4"
    "NP/el3N2//jr/QRC+A92KM/Ttd9xaG+wCvurcsYKivNABHaaqBOLhwwPjw2oaADsY/dc6D"
    "chGQszFOQrxUNMVQQRrhkWmAVzLEEZoEwiugQl3Rvr/3/q8L7Tc1IZ0D7b04kEb94XfdN1"
    "ddF137dw06HrqfR+JUGvi3EivYAivoyBrUoUOFcZLwZKD9fYEK5xq3juqhNncIgJWMfkYK"
    "53sECxnmGFESY0TlQB18j/+oaylfCOL+XEyuVM20qeGLEZ0IX4sWaBo921GcvU0+p0R05r"
    "vwSegLgo0zBuOB+ownFpJA4TOgPLQ6/cFc+iL2BI96YdxPpqP+eN4TVqalK4azMB6mk5/F"
    "MfpKy/wDGAtjMJzMxPue4K2VTokj7/pdgTPv+l3moYdvJQUL2zF1YMlUUnGC6rh43IJNoh"
    "oJ+YDszjJXe9WhAzZOxHH1ccW63PqJqHgESzEN8oNpAbgxfvAFi+iekwDWV18HkalaBvKf"
    "wUIKrh6OEUt5CZXg5IuLMEBPDjyRYirO5kikQHgTlnEF8D4eZmIU3fjbmwEuXstLRX16Ua"
    "yVnLWoTX2neV+fwv3Op334YQo0xX2U7BUdzNNaqSOFeWxxossAG5DQ3CciJR1mYhQrdMew"
    "K8FqfpiJoZfZfTHNrhl5IWOvavqW3tWTVxRD2biPhL8bf1NgGd0jHVZ8Bhl208Pdq1zTKR"
    "4ng3BgY8ynd3DzV7Gg/rPbvbl5331z8+7D7dv3728/vAkFmvStPMnmTvqIhZuYpH7czmqq"
    "rllvJSuEI/neVzQzNPw4aZ6Siv+o5tU+J4dywJ5LI3QA90ePeHrdtn/XOr76iu903auvia"
    "vfJfWocBLhqzT/JOCPws+TseiiadrOxnK/8TBu/jOWpdBr65iyYb7IyioKZHA5uBTbrdFr"
    "bVKZ00OCuhTny5nTr7sfiqi93Q/Zei++92cSYEgy8eQiTD4WGYD4XRGPxbtsj8W7lMcCnV"
    "HQofJXHCjOZ/tpPcBE88IxjMnmhWIwHxd9WVrF3kT4E0Fm/tdsMibDnCBLHrVQdYT/Chq0"
    "a1OGO/+73hvufiUs91BzoGF/j7/v/+pyzeUAj2GKHbsB4N+N+j8meTEYTu6S5yme4C7BGA"
    "sgMGyydS17+cepalr/TO0yqgbRnoElF8SMDLN+lkckScnxPo73zgLP8laxtzRQx4j44VkA"
    "ZlqEqwW3QaEq1UCbss9nGznrtbIg7ljwD9d+NUDXOkRjS3LQVb7NJTIcrQh/fGNML38Vu0"
    "ttkWuYpdQ7boyIbwpFxQg6aS1GxI+1AjDjUCkLqI68tyCdXBynYxDs2zdvCqCNRmXC7d5L"
    "BLuo5o4QMZgNdEhwxvCWulS+OL7d29sC+KJRmfi69+L4GiYxIjMnqNgku6Dbb9uoBV/3GF"
    "O3ioa/hgroNCWDe0Ythuc4crKOpECT7ljMmoBBDhTBPxv9tNEfCfNy4Nwq7sKMkbEUlHUW"
    "Z2YEfp3g0sq2ovrDufW0cuupDWwbq7NPgMpDkyDj9rwCDgRFhxoVyAcK9vC9KRK/fJMdv3"
    "yTil8G33ZIc7FLhEPEKXk0RJOjIfZ2qYiXCFkF/G3Ym8USf21HWa/pIuWjJCyJZHXFybt4"
    "pfGljuKe4XlGIMjdbRnIRSO5o6srFsc96M8G/XsxL4y7Tg/HnYW4s+0Q3Br+nas8X8byMI"
    "b7L9r0Xl8d8V/Qmg+Y9FpUnxzn/k8BbTCeQUPMdSHz+XWO+fw6bT7H/8uAKggzQsJRLoay"
    "ShmHqbIbhXlbzAeU4wIilDXAYJRQTuKU59E/zws9esDVxNBeO2E2UhsUFv8AS+krFDEu6e"
    "zUU/P42MtM5Xl8JbHyoiJOhGmCo6AG7kyMwpSh79KARKfqthKkvfUMXmW0Me7QOFKMOxVe"
    "7mxTfzKGIKtToz+kaBOU+lj+drZer8aG1ana/xKp0LJCQ5Hwgkb80lFsG24M4DLdH+Fed4"
    "Ci+2aU6OVEGQILqAA+e7LQr9x6cFbrwVYxDKCR9YPj9Xoi5E1WFzp30/548KkneBawhfH4"
    "CQmGPWGHfjFYGJPxUMIfTUOD+PNocicN0WfdXEINfZ6Jwwc09fSLNEBXbaCtZRtYz1BF98"
    "RRXxr2BKArUFsYX0WkKMx7wgtAyDgLYyjO5+K0J2jAcbxT5PJWDRs8AytTJyxQoylC32im"
    "DydfEfLmC2KoeC99HiGGghXc6wvjk/QRLYYt3KClMJhKc2nQRzxEtA5UvRpyFw5UiT5Jik"
    "1z8C1j10uQNZk7lfi5xB/nMY0xFRsRao3DyfhjMDwZMNH6AmbB+dmhfEGm4kCUvuCSZMEM"
    "C6M/+GE8+ToU7z/i60jEQTqwBlYbfE8af0Gas/SxP5fGH3sCNJ6B7cANEguNDdoJZ+gtQs"
    "o5IkNfo2j4KRfGVJxNhv532Kbmfke8EBoeM3kUx94Yrw5hM3bKqFRT1HoWpWEvgKOOkPWD"
    "7JeCOd+CliBl0ITWEpNZIR9/dCspwWwCOY/paDK/g+2+1IsdI+V8bjKf/cq3JRwgUULO4y"
    "bzOJTnysRZJmg5p5vM6UAAL7Vrx0g5n5vMZyROyb4Bl14Qi1ByobvRbPYlqZKsTlNzdjea"
    "3eXYXCl7+Z5d357tyBa0n8rs2TFKzuUmc3lpAUXdlpLAEqScz03ms7l3VDMrvvi4oyFC3m"
    "Azc2eE0Jv3pz/JU3EoiQ/Yp2oAR7Fw0IkGwXphjCdjOTXKQM+TGin++Djsj/tzaTLuCeDb"
    "TlMMNyIFzxGh9MeXcSF0i5i3u9nm7W7avG2ajqwqe5vA6Gw/XpyqwfxtrBfPAm7ZQVnRg2"
    "aTcexzGo6lSXnLMRfmnJZjAWZl+hSSaHm/wlTqcxpybG6RVfL6zgyMSpKdL3eyrl6FVTdu"
    "ss29lVV1qEAAQEh9xjWsK8bej1uhOZv748847sWjXhjS6HEynfcEqO9My1kY/UepJyg7WO"
    "Ykrd4Zjw5LYBmKho53QlxvTsnrBF0lp2mD0t5uukX2lW72xkJq1ena65d0aUMxKiZCj2qv"
    "isiTh/4iyUOxYha7VUmuxyk515vCdYK+n0q1eAaWTYzmzJTUIhTnE9KuWyKkKaorwdLVDI"
    "kTlQK1YZpc1bCq6Mk3pkVuK5LdDjZOxcuxkJDljXYZa7TL+FYQSd0qiGmEggPKGxcXArlo"
    "QSb6xsXBoVQFvkF+5SAyJ6tAx8/yhnaIbthWURTcQg2iCWJuBdj2DzOxiW1cuC+ALT6uKg"
    "B27k/DJqqRM/2EfuZuy+KqepmHjZIZ2YFJFRmg8QwdpYJ6KF5NBimcjp2VygtZnAYZmkLZ"
    "ADTIwp1fqugKj+cbhNOx9IaepQBIKFzmFQKJSqAFCoLIUSn4aGWQTl9wXsx/aGi71gRH+W"
    "Yapv56JfhSi+BsgSFA28Zr3TSAYJkvwg5Ywk6B1vdJJ+GpcxFqkfwSFTVdWq9aCC89eqHi"
    "IZmSf16rypCEQRfhdbdQ/cZuTv3GbqrEoLfSKTAOCRhEuFuoQmY3p0JmN10h07TgBmaUIS"
    "0QiRlSnzHiY6kYTx06xDuDh8e7nqCud8uFcdcf/9ATwlku3JYHCQzPpJ48pqkBxchy5gRE"
    "CdiXiKou3IPd+7xBeXeTyTDm5ryTkiGQn0d3ItpZEiF7BDcEDzlgzPlcbb3SQHCsSllv4T"
    "rg2lMbtSfPKpSnOoV2oyJ6EwgHH1WaJkh9wXXwNkCAhqAI4SR/s4UttB2kffWEl615hf4B"
    "Bv5XcQTFWKE/XtNq08mzFSnieHhOT9UJyjgmvCzeVo/+pivKmNdKjzHV6iwN9LIVsCf08G"
    "XF1oC2yUpC50Ea4rJga6jhOmHzaX88k7z8H8QLw4Ze+k9/NpM+jkfieN4TvPpbOnp7cV2x"
    "ATp8P06m0swvcuZZQ6DdlApja8vU5dMqziWmaHCyEK83d2Q1IAnutLUQm4CvhPauBCRwmI"
    "TIkJyygwFBk7fzxgTel8mgZ1TrbYmWSwixTkfWIwXepiuYe6Bo8G5ZCS/rSLL19BTCaZXd"
    "0zlC0oy+zvhrmenr3JIkg8a7vAgGMcq47QQZx5aHxF8w1Dhqja0qFraFMBeOgU28vUWijX"
    "k0d+XR3NkOi1otygH8JFtyhDU5VuToKN5ot02b6FWOsTVctIZJo5knyJhru1so5CUn4iUd"
    "8MK8VVsa30tfpHu3+AaaGj7DlVuAYzCZPk6mSJPuCapp7Uz8U5thj1qjb5Vp2yHHiJrMkC"
    "bFIq0VHWqv9FjHyViwZpyhNfIGPgODGus4FYe6eK9vHAVB3+47pGIP6lq2EBe0J0BVvSdK"
    "U9dWfTkZ5W0hmN/mwPyWsHkA9GQZTprjgsqB+oxRo3sDO9UMSnNnZ9R3uyEquBfig+h9Wg"
    "Pv8+cx9tqNe0J07ovLK0toOVt55ctPaUcP+SWIU+U5e9q37+QgjH03qS0Ez69omW0is3aR"
    "GNlZqzjWZcNPbNhFtuvszToV2++jWnITiZA3+GzEJh3pXhzPZclzxsMVcG1rC+OxP5t5RQ"
    "d3im17ZQc//SCP+oP+RH4UpyMJ3do+ybqiKqa8A5YO0Yh5X/raH4f3HQW+KEZ4dzYZSP2h"
    "PJiK99JcHkzucc9WU4WKJqsWWEEHAbjCXV/nn3BrVtM1rpRZCpUXC0bsRCxfZh0qWeabCF"
    "GDV0HZF+72tgjMt7fZOON7GUDL7jOWgvtAWhPolxOXqg+4MFV1vwtDoItiHadib23XomgB"
    "faeZr3R7SJSGPZhrUbLAaq9SL+gYEXtA3xbB+TYb5tsUyrpiQQcd3KeFRaZnab7ONZPGH7"
    "GeZSP4sZ416k+nEg5URA9jQRy7eC99mUwH+NIKPpuWiq99le4nX/GlF7gyX/CVmfjYn3qx"
    "kTbYKZYXG9lMrU03l1AD8g6xhsogl6Rj782qRQqKwkYvCJGpuSx0VBYCugI1utPZJ2BvXd"
    "9eF1Go0ajsM+M6pVS7eNEv6AQZX8lHV7Kycjt3pEHODriNkLCwms8ecVuivwrvq0LVV0Ux"
    "cDcMtA+Qu3PlNA5KUfK+QS7WOX2DFNsGpFzzPJRDEg7vMXg1qCAhDTqQFKSfg3GCjgN9DO"
    "jT9NOL6KU7y7R3wCvFRKOYPk4ns0dxgE32/gw4dW8ufRFx0h6uyYJU08l01MfZuCvT0hWc"
    "ihtPvGuGuvn0qp5oWIjPcE7mAWOFoaPlnTi+dxMoffqF8QUt6QfXrvAMLLh2DQvij4/S1E"
    "2m/LaDlpcm+S/EcS9N8t+I403hoKNsqLKPgvHNSD3C38dM6pEX5iorDvpZy71DmRVGIm4G"
    "k5jKD7P8OjT2Fu5kLwKeyk+QRc+CKle3sszbCjayrWC7CqKd1XrEVj209rZg40znHdiakh"
    "4VMd1Y6hYXbinxEiVIK3iLGiZLtPetSe+VSwsJJFu6HO0YDc/QPp6h7QGWRpg6efgunKhl"
    "ABdNHY4trRNakvjtYk4s21m8q05b8CZXv+DlYAsCJfNWN0UxQ5cBTo0/vXiudJiJVbAsgJ"
    "aYDoxVFU2BprHJWIXMBhtcBlTWAQ7XxiarU9sCeROOwvmYRe7yTajajNululC1EjO3jm8l"
    "p8D8MBNLYFHVuonUEQCKs7fy1uDEAHMT/VNAHvFLmDxE5mylQp6/FJ8VjdRopzxeX4IJGQ"
    "GrZCWlcNnkVFSKLq3jlZXk6OrmJZZaZQW5ErJLLCm2bK7J1sSsYDCf4MRk7YaeBgWztdHr"
    "R7EY/dG8RTup572BdhVZNw1nSzg5MyFN0XFw0+CuoWU7sldlXSb5YbJfcwLpX7k6g99E0Z"
    "a3PlgFl2mK7nym+TctWaRbdKKswM60IcGrlduPLkF5xqZ04ZXWdqXD2OG39wTok+Qcf0r8"
    "g9oYSNMpAX+CmqNPib5mKoQT8SjsARnHmxJv3bScDVFuPop5lJTjTon7C1A0h+DoPor6gZ"
    "BjTok5NOy9FYQNUMIeo+XIUyDvyyLyUtHI2D+gzTtDUCfQJrBfY+K2Cet5Ws7k891QFB6n"
    "4kCaSX7oexgH5d6MAz4V+8ME4t4WUQrwNCnH+yjevsxXBu80Kcf7KN5HMpNz4D6WmVwU7R"
    "ZZTSrA24MLLdLy5egTUzS/7FCyMNDCGE6+9gTNfHH/EqfySLq/x4WJ0CVgyTpcrdzyRP7V"
    "4PPnx8fI2P1uFxn7Sfr4qSds4cYV5y6fAoJbUBrqq7xSXmmMvkkybvNNC0GaYjtyxMVfIl"
    "g8YwoeNN7koPG1BRCmxEIlme9TjIZbppOvkm4awFEsAqI5B3+UiEtYxzUI9ExooVMeBAmq"
    "8y3dm3e3LVm8K7jxKjAiqYlSFU5S8mV8dBn7ORL0YCcJOdbHleAtUq6AhoRbQrG5/D64ET"
    "Je6yAm2VRSkCIndyW7uWiMiAshpHa4+5Lp8nFS9lKnWZLf/ew4WVesJ4LXAG6yo8sSlMy8"
    "Q//sdm9u3nff3Lz7cPv2/fvbD2/Clyl9K++tupM+4hcrxltCKFpE46XnAomac6IcJxrUpr"
    "r1wb+pFOjsVN103kORbstBkH7BdOlTei1flBlF06XzOi0P+rNB/15M5EtX0jzZy3zIifcP"
    "UyMKBPuHeRk80r9VL/uVwCP9K478DXwOtmqSVPuZrmjaUYdFSMxSZY6b7vt34SLFH/LW52"
    "zUHw4JEeqBBbocvgRyjjDZiF0O4DQ1xzexP6x1sqs6Y0fwhjPYm7ueovBIldqQGhgfD704"
    "UJ7Tptre2AsNrt1jXc5Iys1BPE3KIS8CuQPLdzMOaJu8k3Qeh/25NP486gk7t6X4Xl8YHy"
    "fD+56wMTXcKksafsEdQW2oPQNrYdxNJ+OfxZ6wtEzjD++ZLx6rsrIgrkpI42qIkHA3Q+Vu"
    "BldxlTNrS+b1z0oQNvndKXkKV19FuW0OiKYcEK3zQHCrK7e6No4ZDbW6RuvfEWyuifJ42R"
    "ZXmBhYp7n1lxRIqtuoLNie0cVfqUyyee4wxqyyZ3GAZdtu/diVsrpChLzJIk/nbtofDz5h"
    "8R8HRS2Mx0/oqEO6A254ujAm46GEP5qGBvHn0eROcgPg3baouO/u8AFNPf0iDXAXX6CtZR"
    "tYz1BF98RRXxr2BLfh5ML4KiJhZ94TXgBCxlkYQ3E+x2oI2jAcb49sgNoBLRDuC2WYHpug"
    "0WyXxneTz2OkFEJjae4NpBdOPs/9S+beca+VYcqHAjz5kMmSD0mO7PYWErmo2iRHSJrMgZ"
    "K6xnWhLu/XOV3er9Nd3u29rhNjrrM7nEZImEA5T6moo8Up2kDWBM9g9rIOCXjH3qPqc0LI"
    "olGfE6RcfW60+sy7TTWy2xQu422t0Eu0pGrhnCBj4lyp3VLYqsZe54W+nU2einT2CsKPqa"
    "yGcSKex5uOK7hMEyDGQW2QiZsxZP1Cl3TAxon4gj3atCrbH0DdtuoUj0AztIaTfAKH1lXp"
    "TbcCdAs3BWvY+i0KbZGeYAQhoQJki/f/aim0cdGoALb+LloBto+HmdjENn7gnNDLrgH9el"
    "rCgoRx96LtetoCWTokoDrP9aS/d7YDDQL361Ke6+jtqzzPtYmUwq2sHkbyTKE2CZlXed5m"
    "l6lEUT7bYBYjqsZcdlmQazaWuf9T4BuMZ9ASWY8fEagWcOStYhPk+RzXVpysJgcXU2ZfXF"
    "gUhxrIewtShUmnCJsRLI2/j5lgaXxf1syNuXfk0ozKnYQzrXKmbZB27fhfRMGmBBlnTOWM"
    "sVVzR3VqhwRn9OrWBXb8HOne3hY4SNCozJPEvZc4SkyNbsmHBHyxV77YcVjyM20HgwPRGV"
    "sXBHpBazsXcM959q7Druecu3jr95hxj06wgirw6NAkMVVnsQy8EgRrZcRhkW2pjPhHuJGy"
    "Ve/1VZ6REjGayj7pj2fONHnTLVJ4o5tdeaPLTZPnNU3i/2VAlboeIeEoF0NZRWhsTFImSc"
    "GkuQh9kzHv3IuPk5k07wl+D7OFgWVTObwc7dO6MAZT8V6ay4P+9L4nRHqI4mYz/TFuMqMY"
    "OLduOv/Y/+hm13m9F3HWXH84/4Sz5nDnroUhjWefccKeiBO3Ij3rLh/z7aZNEFth5JwPEZ"
    "ozGmsG45/OY6+pujwTNw7UaRygqB+QCrI6MaqieIBV0w6VQiEoeUXqaWAaBPOwoxLGcIpU"
    "JjgRqUQxBAaxwslCug6MVRWhYNPYZCy9hjUbCZ7hClgzYNsZRTmSQ66OGA3cwbIdGX3Met"
    "Dp48plLzaw/mYLNtwY/4CGoDiCswUC0JdgtQIrIZhZ+A46tqCa5hMEwtZED+mOewKvf/8+"
    "KUZVOjG3ZDTLkoEYQx2mEqVhzqJRfYgKUvFIjedzM9yJ7eYbpfmV1bYr17fcUNDAv5Q4+f"
    "Ial0TJWMqqOnO7DEUnJARl+8z94dxjXrnHfIekNvR70NHq7GQvkpBm08kgZy8GsZbYEfBt"
    "BxFvSvjQ45S8TVaTq2zwSInsd4zdSAm34BBdoESUhCXZoq5AiYwiUNRxEjM8zwgrpW2UlI"
    "tGS0RXV4Fao2eLlUgYjwhWkLR5KdsIYqXHnrVAKULZ2du8KmlDq5JaikFoknikI5JPw9KW"
    "XEUbmYzuPDlNN7I68vBeG8ReG0g4shFKdGEXMSIGTUE3hQIvbnICL27SgRc+aH9QGTRjRB"
    "zpYkj75yMR5gIlB0PqM8Y7mOs1sEDA/8IxLpOHB3Eq4nrAHv3C6A8G4uMcX1JUFewcfO1e"
    "HOAS0fc4FEbFRaJLlQ2u3j7KO5bwOoQNgZ5dGwF65eGqFNfjlBVwvWHG15YwuZj9j1fwY6"
    "yCH4u45tjZeAm/DoWdrVBbn0sXQ2sruCdWQ6vXjrlGh8Z2bj6BDCtm5P5Vvg3THSk74VCe"
    "A9amrfQqxwDp8pQ6dipOxaOnjupTa0WHGlUyxYGiLoX1gvl2RcwDN9nmgZt0ukpD6q1dWv"
    "CqOwiQF2+pNQCHRwHyKEAeBYhLCLoZA/IToDozE2S8tdbRDZ1H/P0VLH6eLCmXZzZxAgZt"
    "+ywxfW+XsuRHyLgZv8n8tcAz0sLLsDhOybncZC5zR2y2bMSuI5YHa/Ng7Ub5ORobrG1qYA"
    "bUvQWd1w7JyRG9f5Xr5EAjccbYYejRVPWZn0Vu7TVgC4ohKCsdGhCTOaYl2MCxhR2wBDx1"
    "Oh+dmvoE1wmeg0aRDsYzZ9mvqtJbnkPF2ckW+H0P/Ri9hBkvr7hPivaMNX7CK60q8hNTeH"
    "arkqJSnJKLSk0RlQgSclgFpWBppzoPnxnY6Bk9oIJbuUeOHRlUqUf9l3TUq6rtbQfd/ZV7"
    "2y9ZpwQ9FvkcPh5rHtA22VHZmX4eij1XpFkYQ7E/dSPJ0YFnNSaQnFdm5ZVZ249y9JdRIJ"
    "0gY68sxm0hsG9zwL4lZGPtSdpTTkeVPVF7onMMNwzmc3uAL5zv0zD0a0/38aXD4hJfhIK3"
    "0CBmAqwh3a4RIWlGRAn+WnYiSuAfBG5kW9P94eezpL9pycrmVavPZtAKPHhLuirsMSoGBW"
    "qe7coth1U4Wbm9mDWuV2Avjmggrk/X3sLdidXIfVvwKJyvhQsiy09ca0HyNHDZlvY4ukdt"
    "7rIeH1+gLHmQR4nLhzvKq4DLhwv+dD3B3AFDeNkiAV747be94UDtt98EaLuPRKpFfuJsRS"
    "qBBY/qGefdWTpoUKpEmH+HyhPAK4The+eoEGZD3xlAc0CFRAyeTe09iwgiiPvq0UofARGP"
    "3Gwyb3mZjbpMEPGDrahFJ0bEcS0QIXkITzg1RvIwU8sgLhwfGVtdx2ts8BImNOgWKmFyoR"
    "igSPgvSTuJRwfn6CVugK1+GMlLbLRpG82V4PfLfwNSPZ2cRNYDCXshuJUXf9jbwKIN64nS"
    "MAdx9RbyFbR3mvIq08KcpGPQHVFLfM9Ose0XEx1OtJV5UoQMIl5L6Q2c8kAw9OZE+QQEzf"
    "DWM1X/gTuZz+ZkXitQAytZMzeQ1HY1U/pL0fFQiSS0mqniNOtSRr4kLbf1NdnWV7JbHe9S"
    "V+akdlHTFNuRbQfs6HxTaVqGohfPXC3LhdHd/0uEUKSI+QbX5A2OR0hlv3ztjJXhEVJ/Ra"
    "5nRUhFub60FEPd0nnXYjQMHal1+dY8vCrw/tyFE7UL36Kun9jCoq6vHjnAEFwnxvH19+iq"
    "Bf9whw3QtRZuW5lxfITqmyfC9WiZz3AFrJk3G6tgxYrjnwhZsiQ/K3jV6oDdW8/gVTKeoZ"
    "PZsDU15irXFeuOlmF8eIEIURuBo4F/7G0gaNB4+h/BRPKBoAjYFC+YawE6tuAuExzK+QR2"
    "DikwtNwk3OfbLJ8v84UeBrP+vCeotuIsjPHjDM3hhcnTWog+FLAPfci0Dn1I24Z4O4szJk"
    "zxzDSemcbNa6eb19pVhp2zuSSbeUlutvmrmvpOw09GGfOfIOP2M0IuPM+mqAlZNC/Ami1u"
    "nEKd6peiZWjtnsGdmmMh5hkCHQozcV6GwMFQnLHsK4BYis/WrvVeFOT0214A5/Bwq2IhR+"
    "diE+OkLFBvS9moGdveod9Girn0SScGmJvonwIFD1wD6jQyIxu8+rOUaTrEIdMwHUXqqFk6"
    "yqgCRmlDUAz7BVhXwgt0tsLLVnEE6GDbsbI0946gmjsIVrj8wNq0BAvsTMtB2AjLV2Fjmf"
    "sdwURdyZRFChgkNnXvW0NVCF2kq1nAjdrcqN1Ko7atooMyDfxMVzQtO985IGJJ6bnpvn8X"
    "rmr8IW9Bz0b94ZCgSZo6Oa15Dr5lK+gBCQsxunkmF/HHeczaksrmCC0uw8n4YzA8meKRQH"
    "yrGAYghMAX2zoi5I3ePe6m/fHgU0/wQlYWxuOnyVjsCTv0i8HCmIzRWkQfTUOD+PNocifh"
    "Wum6uYS4WvpMHD6gqadfpAG6agNtLdvAeoYquieO+tKwJwBdgdrC+CoihqB96gUgZBxcZ3"
    "0+F6e4zLrjV2S9fJX1jO5KORmvAQELL1jdXqGEJERjS06Q8r6tTbYn80jMOizJ3EjPjfRt"
    "Q5Yb6ZuR83QICqRb4ym6alZ5680N3AHCHSDtAZk7QM6wkIs5QNJicgXw8mQaOs8S6VxMsy"
    "FwHBVkAilYv1XnYvHdJCETFOHISbkSc6DoHYIbyr1+led8coIRvCxdm8SrqxxvjupnsBWO"
    "3vbHMxceX1VPaN5j8lzV0XhUfDb67cxLz6pGkNIPi+X6+iLkiemYDErbsdfI74FxGkhYdj"
    "gUuG3Z23KRjNUIYhmyWJGCwVgiq61e8C+hwOf55XjX8IsWED6vM7VhDr26nanui0S1biMU"
    "3Flx3JAbbCUnGmcCJbVl4Ba1BkQWVb0xv7SnlaUYtm/YJR1Xkdv551ViYJ2GhFTo6NI0nz"
    "yp/1fcAEtRVXMfWhgjN6nONd4Dq1ovW/YBeOBQign56l6MkEFtryXaXaFgF0XH72SawyPT"
    "8M+IFHsPJEneAhXqivb9vfc/W5y9FwfSqD/8rvvmqpso7zz+PBLRYeHfSgZnWBYwVLqKDR"
    "Ga8xmnOoPxT52zSJM3RSx/2Ya/dJcEC2Q4VIuFusYmaLI1sDOYivcSDpa3wAo6C+NevMMf"
    "V2AJ3RfywiHzPOS4QMhxfz7qCYqjI7rJDFGZdjq4OB563MRQYxWxYWNadPtahKbJDC65rd"
    "0WsbnfZpvcb9MWd3zQAmunWA4d0Ak69qK7u4UcHN0cB0c37eCI/jIKtBNk7IF9Wwjs2xyw"
    "b9Ngx7XBgjagOBE3A/Fo4MsZ2Py1WIGNrX+YqWUQFzWzxd/bIuF7PAy18jDUS1kyIboxMK"
    "1AxyKaMxNjrvJtmng0QiU2/GhSvtsUVEBYrqGlg5VgWoI/BfqgCPZ+swE2/jsQUzHWCHSc"
    "RI9tZOmc/Epm5AFaDXP7BVyTd5a52tN2ECUQsycQXncLhRd1c8KLuimB8IAdtO09VSQXgZ"
    "Q90GtRedzNawX8AzRx0mqmkpmWFyVLYL3GdO1DO8/2O/l8NxSFx6k4kGaS33kxNOO7N+MW"
    "4anYHyaQdg8y+RlYNqV6mSJkb2nXUME3OIcJDsS8bpYxujM2tLzMuq6woSUSvUyCtJ69rE"
    "MCBi2BvCI1j72tohNYoDdQ2nLiVNyW07ByBCxim5dRfKFMzKbBXGMqZrYzrjzCg8icrCId"
    "3ygbZTbrAwuq2w7BWObfucozkSmHMTx1sE376FWOZaqE7niq1ti0N/sMfa7xS0WBsD+cQX"
    "TrySE0DYdYBvJfs8k409bkkMtArqDqCP8VNGi3WB4ggYvBiKkoqXqQydKPV3HdA09wRxLL"
    "znmY/fn/7HPLyQ=="
)
