"""Migration 0_20261204164221_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "redress_amount" VARCHAR(40),
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
    "eJztXWtz2sia/isqvmxOlSflEJNk2a2tEli2NQFEAXHmTJhSNaKBXkstRhJ2vOfMf99uXU"
    "B3S0KApOkviZH6bUnP25f33v9qafoSquZ7XlH0HbZaXe5fLQw0SP4I37riWmC7PdygFyyw"
    "UO22wNdoYVoGUGhfK6CakFxaQlMx0NZCOiZX8U5V6UVdIQ0RXh8u7TD6cwdlS19DawMNcu"
    "PHH+Qywkv4E5rez+2TvEJQXQZeFi3ps+3rsvW6ta+J2LqzG9KnLWRFV3caPjTevlobHe9b"
    "I+f11xBDA1iQdm8ZO/r69O3cD/W+yHnTQxPnFX00S7gCO9Xyfe5CPlxryfJImslTYSbLrR"
    "wAKTqm4JJXNe2vX9NX+KX94ebzzZePn26+kCb2a+6vfP7LefQBGIfQhmc0a/1l3wcWcFrY"
    "GB9AxTttQdgQAba/AUY8sgeKELrktcPoelhWF14N/JRViNfWhvz8eJOC5SM/6T/wk3cfb/"
    "5BH6iTCeBMjJF7p23fonAf4FV2hgGx8poHYD9NORB7Fw4YH6btHtD+6J+t86CcBeRkjMMQ"
    "L4AKsAKjCN9CBWlAjQfZRxXCeOmQvXfJT4X39YmwTgH3VuiLQ37wrn191bbxNf9UkQX9uN"
    "9cR0awAZfIklWkISsnxmHSo4F2V4ZcOJ9w8Sgban1LPn8pk5eI4kxAiQc5QBRGmFBZSIPv"
    "6R+nGsgXApifCeGRqupmbvgCREfCV6PhGUXPtIC1M+P3KYHs+TZ8InmAt2wGYDxQn3HHIh"
    "IoeoY5N60W35+Jj0KXc6jn+FaaDPnRrMstdUMD2Jrju4n0uzAijzT0/4N4jvsDaSrcdjln"
    "rLQKbHkfPmXY8z58Stz06K2wYGFaugYNOZdUHKJ6WzyuwSJRjoR8QHZr6MudYuUDNkjEcH"
    "Vxpbrc6ilW8fCGYhTkO92AaI2/wtfImhMC1lVf+76uagbyX95A8q4ethEDvOyV4PDEJRiQ"
    "L4eOQDERprOJ2Cd4xwzjEuAdH3pqKLrB2ZsALh3LC6A8vQBjKScNal3bqs7jI7j3XNq7rx"
    "OoAvtTkke0109tpY4I5oHBSS5DakAifR+JlHjoqaFYkTvYLAWr2aGnBk1me2Lqbd03IQNT"
    "NXpLa2vhKwCDtf1J9Nn0SS5kPQKZsmnF2EzdO1dpJtPFoQ2zmNZJbrlKsZgqhM+5zHlu+8"
    "ZZS8tXauz/c0DrtT+fznk+cK+vs6B7fZ0M73XEwET/l2GMfSQdYpeEoZwNZQVZ+ez9bvsG"
    "4tvJAm8nGd1OnDmagiGDOGO0a69LtEb7KNNMffSPOkJPPnApYfX1IEUmQT8Th0Sv4Ydj+j"
    "jNNP9UW65VkN5p21dfQ1ffhVfyfSfcd3H2wNGf3O/SSLDh1U1rbdhPPLSb/U5V1BbYWbqM"
    "9RcZLH0bmHfVQy1qO8ikgLl68rH6V/MsCkz/KoiVuTOe4atMBvOWtINH4jW1e5u4nTUIsl"
    "NqYQdzSIwiFrCVJOtiSqDZKdWxHz5vyJI0JRsOafGjBUwTrTG0me62sK9bEGiu6cl/OWTy"
    "M6AC0bOzf/3BNL6zanwbgDFUi/rGfORVFvFavQk/6j90OcdqMcfjB7KZd7kteWM4x9JoIN"
    "KfOlYR/T2UeuKA/Nb0BVLJ76kwuCNdTx7FPrlqQnUlm9B4Rgq5Jwx5cdDloAaQOsffBSLc"
    "zbrcCyTIWHM8EGYzYdLlVGhZzpZ7eU3UhM/QSJTjM/hDffSVZvpA+k6Q118IQ4Vb8duQMB"
    "Qu0U6b4wfxngyGDVqTodCfiDOxzxMeEloLKU60Rl42fcnApS+JTPoS5pH/SyJsmsGfCate"
    "iKzK3CnD1T8TfpsFpHwP0XdD/rd/BCT9gTS695r7ONAfSL36Bwt4+2fecIGJ0BfER+r+93"
    "qYY77/dSR9Hwi39/Q6EXGI3qLC5ZreE0ePRNsR7/mZOLrvcgg/Q9NCayIW4jVZCadkFhGF"
    "ipCRxwCVfuUcT4SpNHCfYeqq/Yxg0AFtI42FkdPGifmpxkrpl2qyWjz8NIWGQMWE4iDGn7"
    "JEkX5KjiL9FIki9ct+EZjTrR4h0gaaPWpi5vAwidg5ApPJt5QUYHYMeQkMr9hkaxK/veW+"
    "0MQOkDI+V5nPbpRpAaO1n5DxuMo83stzBdgcpmWcrjKnPQG80KodIGV8rjKfiTgluwbc/I"
    "KYj5IJ3ZVmsytJFWR1lJqxu9LsLsbmUtnL1uzTrdmWbCDzqciaHaBkXK4ylxcGBMqmkAQW"
    "ImV8rjKf9Z2l6EkxoW87GnzkFTYzt4YEvRk/+ac8EQaicEd9qhhawKBBJyqCqzkeSSM50g"
    "qT74m0FH4bD/gRPxOlUZeDP7cqwHZECu3DR+m2L+JCaGcxb7eTzdvtqHlb1y1ZATszhtHJ"
    "frwgVYX5W1kvngGXZK6aMtC8wi45kvujxCy93z8Doun9HmJFaoLE0bLaIG/WBnHMLbISP7"
    "4TA6PCZOfL5z1VVZCyk6RNfWfE1VzJGACwpz7jGNYA3rlxK3n2Zn70jca9ONRzLA7H0mTW"
    "5ZC21Q1rjvmx2OXAFhXZSct3xpPNEhoYqGR7X+VZXsJ0peymFUpV+tjOsq60kxeWdlIewi"
    "JfqkeAqhGhR6eOfWAJH8nQNyvhw8/13XZZkOtBSsb1qnA9Rt+PpFo8Q8OMjeZMlNR8FOcT"
    "0j7UREhzK3bmq2QTJCoEasX0uLJhVciXr3XjNWfppSAVKxEUhywratWwolYNXwp8qVsZMf"
    "VRMEBZkbBMIJ+uSJi3KZWBr5df2ff12VSgg3t5RauxVWypKLUYW4yYWwK2vjr4zcQ2KNxn"
    "wJZuVyUAO3O7aSaqvj39iNqB8BmWVzdQoJ01aAWOq8iA8DOyQAk1LJyaDOK+u+aMVFbI4j"
    "jISBdgDUkjw4DlVGCk/fX33TVphp6lAMheuEwrBOKXQDMUBJH9UvCblUFaPGe96L+oZLlW"
    "OQv81LGuvV5xrtTCWRuIOWSadKzrGHKG/sJtocFtATLeh52Ex/YVU4vkh1/UtGmdaiGsXO"
    "SFiockSv7JXkIfSQNdhB/amWrutVNq7rUjsTXOSM+B8Z6ggQi3M1U1bKdUNWxHqxrqBlqj"
    "hNKRGSIx99RnjPhYAPzUyod4q3837nU5ZbVdzHGPH33tcvteLlvt5HDYRUj80HUVApzkzP"
    "GIQrAvCNWpcPdW7/OG5PUkaRBwc/bEcAjkt2FPICtLKGAvxg3BQg4a5nwut8bkBYr8V20c"
    "MO2pjtqTYxVKU532dqMsehPcN35TaZKI+kLr4K0hhzAHuH0n/2FyG2RaRPvqci8b/Yr8Az"
    "H9F1gcwEvyx2tUbTq6tyxFHA/f6ag6XhnHkJfFWerJ3/mKMvbQ+u+iWv1nu/3x4+f29cdP"
    "Xzo3nz93vlzvdazorTRlqyfe0806sEG8rYA9kY8vKrZ6tFVWElp34oCWBVshldYJm0340V"
    "R08n/so0OQk/7DT6fi/Wgo0JPOnPpbGqSHnU2EPtl876WJOHWLnDnWEFSZo85Whq7Jx1Wc"
    "C3VR4WQhVm/ujdFAJLjjxkKgAzYS6jsSiMCh5zq5ek9Q5eW8MoH3RTLoG6r11kTLjQmxjk"
    "bWEwXezFcw90BR4dWyFF6eIsnW0VNidqtfp9IowYp0IAlPJqRY3L85leg4J7Oa/vdqh231"
    "mlvskEo2D/M9fez/5LSklsEQClE6Q8LYhyYM7SDMkJokGVTe5RVjEMsZtx0iY9iykPgLhh"
    "r7rbFlxcLWEObMMbCh2Zsl2phFc5cezZ3ssDipRdmDP86W7GNNihXZ34odjlqnRfQqxdi6"
    "H7RYz6OZh8gad1RqppCXlIiXaMBL463a4uhWfBRv7eIbpGv0jJZ2AY6+NBlLE6JJdzlFN7"
    "Y6fdVq2KNW5Kly3iNsA0RVZkiVYpFWQEPqa36sg2RNsGac4TjbNXqGODfWQSoGdfbzmWkU"
    "RP4jmvdUzYP6JEuIDdoTzFW9x09zqqX6cjLKTSaYb1JgvolZPCD5sgQnzduCyoH6jFGjO0"
    "ydajinubM15O3TEAE9C/FOcH6toPP724h67UZdzt/3xeWVBTKsjbx05aeooyd+EgSp0pw9"
    "9Vt3UhCmvpvIEkL7B2rO495DZGet4ngqG35owc6yXCcv1pHYfhfVgouIj7zCeyM16Yi3wm"
    "gmi44zHi2hbVub4zE/nTpFB7fANJ2ygw9f5SHf5yV5LEyGIrm1eZI1oABd3kJDQ6TFjBe/"
    "86P9fQugF4D3d6dSX+QHcn8i3IozuS/d0jNbdQUBVVYMuEQWAXBJT32dPdCjWXXbuFJkKJ"
    "ReLJiwk7B8kbSpJJlvfEQVHgWVcf7vAZPtDyyE9YH0RIhfTlYqH3BdUXbbffxzVqyDVM0b"
    "2CfRsqC2VfXXfAuIn6Z5MJ9Ew4LLnZJ7QAeImgd0JwvOnWSYOxGUNWAgi+zax8VERnupvs"
    "I1FUf3VMkyCfxUyRryk4lIoxTJxxiIBi7eio/SpE8vLdGzbij02nfxVvpOL72gpf5Cr0yF"
    "MT9xAiNNuAWGExhZTZVN0xdIhfKWsCaXNS5M17yZVX6FZz9m+aWgeGomCL0pCEENIDXf1u"
    "wSNG9QtzuZ1KdOiv7UiQc4/4AOkbGR/OZIBkv7zI48IPtImjeaO5mkzE6KlNmJSplFDlNh"
    "h6jkOkQFYHr0BZn68UdxpZ4SFKFlhwT5uRA9JAiYJoxLLE9HeU/E4E2HV0WAyGXIQnER+a"
    "kYhygZ0OlAH6ePXkQP3Rq6uYVO3aU8iuh4Ik3HQp/a590eaJ7eTHwUaIYeLcBCVFFpMuRp"
    "6u1SNzRA826DWXbVUC+fXpUjDQnBHs7JPIiXFLq8vBNGt3a2pEs/x4/CRLyz7QjP0EAr25"
    "Ag/DYWJ3bm5M8tMpycyF8Jx52cyP8lHK8KBy2wzpVq5LWvRp4RfV5j8oycmFYZWOS1Fjsr"
    "ZwpYHHE1mNSoZDDDLTpjbtBWdsLdc/kFkuibp72Vrx+zMwQreYZgvaqfndVg1KziZ/U9b4"
    "0xnR23VpVcKJ/pxlA2tEpLgUkUIi1hFlVMlqjvrImulQuDCCSbfAnZARqWjv12OrYDWBTh"
    "3JnCvX1HNQM4a55wYGgdcf6IezbMkTU6sx+hUxe840tdsNqvGYGS2bk2WTEjlyHNgz++Uq"
    "546KmpYFXgEKA643apU4BqiZldR7WUiTk79NQksE5Za8S/lsWUGwktdckVR1Co4SmLjkSq"
    "RNNAfcPYK3isXHSyRnHhctG0+B6GCRGIb5ulfeRVrubQ6k34Uf+hyznawxyPH4i23OXseN"
    "U5lkYDkf7UsYro76HUE+30VjuqlcZMD+5I15NHsU8jsKG6kk1oPCOF3BOGvDjocna84Bx/"
    "F/oP/KzLvUCCjDXHA2E2oxllREexiqWUlW/xXiLfgQJFmB7ooNJsF0c96dvolpZUWRA9bU"
    "lY/W3mXtJ3ln2tCFNKPuxmuzO2upkrxN1HUmUOFPS+nSQRytxpGog7/Dm5FqyPpBEop9kl"
    "T1ENliwgq1WeYb0nYAHXbzqUQ0JWHgN8iJTVsK60BZ5FDlQycoAIQbqxJJNokSscP0TWiH"
    "3l1EtdvYI0zgt9PR32WaI0XBdNPtdjkKiQ77FizuSyHfeXceg2HFRWuPxUyLrHQ+cDNkjE"
    "Buzb9eBZsfLSi5VHF90S0M0c4FGx8VtmfEeMkFACstljOWoKbVA0yoCtu4qWgO340FMzsQ"
    "1uOEfEJVXA0V8TFlTJz18XyE7pufbmeIzX2jf9kz3WvtWGHZFRK7nyKs3BTBidxzzmtW/c"
    "oRjll2zKW6S+wecunK4+PcxfnB5W3jFeJZTdA7gTbOgZQlB89FXGvHUrjKUpLU68hFvdtI"
    "sWi0NB3l+mBmh5f8+rVcxPaNUEt0gx2aPneCDxoy6n6gDTSJXJ7J6/t2NVDGtNNmYag8IP"
    "Zg80BgWo1oYelDz9RsNfBBoGQeSkPYoX96CwakYx20TJ1Yzsihwx0rCuqxDgJBu6RxRCeE"
    "GoTgWxtzOf1xnck6RBwB3SE8NxDd+GPYEM7FAtmASLGks9qXHqSV20uCpkUdQFq1NqvBHb"
    "SozqG2d/SdaBI9afTNpwi3fLAv+yMyGnIvz0XzSW9ZUD3AaYG05fccgyOUt/gphDJvcEt9"
    "b7sAhQuBOmcVdL4278WYn9KQ2xVkwaYD0aT0kfW7OIQFtyFK89M2Q6V/LIs0Gqxlk9ThcL"
    "lC/qKkhV5eFdOaBZ0FWjo0udIn9mATYHKRmbK81mItQVqndksjItteDvoQJBvgi0EBkLlW"
    "KxfedD1me8iAU3NQ84QtugsXuGrGAWDHixYMBQbv6REDfSbhcGOTrbM+Cs+G2/xw7k5tmR"
    "IwM5JAvkjmLLZWv1J1Id4qzizdcShjOd/PM3j9zKbZre45BomPYj9aZZ2s+oDEZpzAFsvk"
    "DjintB1oZ72QCLQxa1HYOFvrM4Rd8iuOQQ5la6wRmQJvkRbLjFK7c29N02xkRdSpcFCpo4"
    "Ty1e0IQZtZlRu5ZGbVMhG2UU+KkGVDVxUO+JmqT0fGx//rQf1fRH2oCeDvnBIEaT1DUNxo"
    "kjySUofCRNqLJ/7goUrL7R366+UeWKjjTKKxSShPLYkkOkzSue3yR7MssSP4UlmRnpmZG+"
    "bsgyI/0lS3f6+eAFBeYb4xG6ckZ57c0NzAHCHCD1AZk5QM4wkLM5QFhdj7Of2xL1LMXti1"
    "E2eI6jjEwo41SEi+6L2VeTkEyQhSNH5UrMINBaMW4o+/pVmvPJ8lqwogB1Eq+uUrw5rCgA"
    "KwpQ13R1FhWfiH6zSpEWyu1laavZ0lY1qC2gcezxQkQyGNod1XC2XCRj1YdYgix2wDNdIp"
    "O1Q8NSBbMfe4HP8cv9wSS1C0pqZ3amVsyhd2pnqj2Rco1bHwVzVrxtyPWWkiONM56SWjNw"
    "s1oDfIPqtDG/eXcr3/GBcdtV8HTBlP0q1PCsZ+EtdP3JkfpJyx+hIqy+m7n2NXZAXrletu"
    "QN8MChCBPS1b0AYQO1vZpod5mCXYAWX0P6FipIA2pCONOeKMxdh+q9S90s3t4KfXHID961"
    "r6/aoZJYngh0EzWasEJvpy709jc61dEpjehVRZzjW6HnlFVcIHs6XjhknoUcZwg55mfDLg"
    "csjdBJU0Klm9Hg4mDocRVDjdNrlyasazWpV1pwWetksbl3kk3unejmQbdZaGyBYeUDOkTX"
    "vOjudiYHRzvFwdGOOjj8b5YD7RBZ88DuZAK7kwJ2Jwr2pY44q9wawqKBK4xsioHtEsfvVA"
    "3irGa23OfvsDDUPPBmC0O9lCUTkRt93fB0rFhzZqjNVbpNk7YmqASav5mUP6XuGY5guUKG"
    "BpecbnBuF+QH4Mzdeg1N+rcnplKsCeg0iZ7ayKI5+aX0yAK0Kub287gmJ54BluICjCNunk"
    "D4oZ0pvKidEl7UjgiEB+yQae5yRXLFkDYP9JOoPPbitYQ47pD1O1UHiWl5frIQ1itKVz+0"
    "0yy/0rfeQODGE6EvTkVpFDTj2zeD9uCJwA9CSNsbmfwMDTOnehkhbN7QPkEFX28fjnEgpp"
    "3/EaA74xEglxnXRx4BEjptRY+R1pOH9Z6ggZZAVpGaxd4Wjb2NM7LntOUEqZgtp2LlCJqI"
    "bVpG8YUyMasG8wlTMZOdccUR7vv6bCrSwYWyUmYzHhpI2bRijGXunas0Exk4tGGpg3VaR6"
    "9SLFMFdMdjtcaqzeyQRaTTyWIR6XSSLSL0XkiRIZMqB8Ju8waie5ocQh1bsWUgf51Ko0Rb"
    "kxVfBnKJFIv7N6cis8byQBy4FIyAihKpBxku/XgV1D1oB718h3SWv5n99f+a+Igt"
)
