"""Migration 0_20261204175037_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
CREATE TABLE IF NOT EXISTS "import_template" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL UNIQUE,
    "entity" VARCHAR(32) NOT NULL,
    "columns" JSON NOT NULL,
    "code_lists" JSON NOT NULL,
    "defaults" JSON NOT NULL,
    "options" JSON NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* A saved column mapping: file header -> field, code lists, defaults, options. */;
CREATE TABLE IF NOT EXISTS "import_job" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "entity" VARCHAR(32) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "file_sha256" VARCHAR(64) NOT NULL,
    "dry_run" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* RUNNING: running
CHECKED: checked
COMMITTED: committed
REFUSED: refused
FAILED: failed */,
    "total_rows" INT NOT NULL,
    "created_rows" INT NOT NULL,
    "existing_rows" INT NOT NULL,
    "problem_count" INT NOT NULL,
    "duplicate_count" INT NOT NULL,
    "report" JSON NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP,
    "template_id" INT REFERENCES "import_template" ("id") ON DELETE SET NULL
) /* One dry run or commit of a file; its report holds masked values only. */;
CREATE INDEX IF NOT EXISTS "idx_import_job_file_sh_5c1eec" ON "import_job" ("file_sha256");
CREATE TABLE IF NOT EXISTS "import_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "fingerprint" VARCHAR(64) NOT NULL UNIQUE,
    "customer_no" VARCHAR(20) NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_job" ("id") ON DELETE RESTRICT
) /* The source reference of an imported row that has no ID number of its own. */;
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
CREATE TABLE IF NOT EXISTS "import_template" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL UNIQUE,
    "entity" VARCHAR(32) NOT NULL,
    "columns" JSONB NOT NULL,
    "code_lists" JSONB NOT NULL,
    "defaults" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "import_template" IS 'A saved column mapping: file header -> field, code lists, defaults, options.';
CREATE TABLE IF NOT EXISTS "import_job" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "entity" VARCHAR(32) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "file_sha256" VARCHAR(64) NOT NULL,
    "dry_run" BOOL NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "total_rows" INT NOT NULL,
    "created_rows" INT NOT NULL,
    "existing_rows" INT NOT NULL,
    "problem_count" INT NOT NULL,
    "duplicate_count" INT NOT NULL,
    "report" JSONB NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "template_id" INT REFERENCES "import_template" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_import_job_file_sh_5c1eec" ON "import_job" ("file_sha256");
COMMENT ON COLUMN "import_job"."status" IS 'RUNNING: running
CHECKED: checked
COMMITTED: committed
REFUSED: refused
FAILED: failed';
COMMENT ON TABLE "import_job" IS 'One dry run or commit of a file; its report holds masked values only.';
CREATE TABLE IF NOT EXISTS "import_record" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "fingerprint" VARCHAR(64) NOT NULL UNIQUE,
    "customer_no" VARCHAR(20) NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_job" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "import_record" IS 'The source reference of an imported row that has no ID number of its own.';
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
    "eJztXWtzm0jW/iuUvuxslWcqkeMkq31rq7CME3Z0cUlyMhdNsQhaUq+h0QKy49md//52cx"
    "N30QgkYPpLYkGfRnpO033u57893VCBZv3AK4qxR3ZvwP23h2Qd4D/it664nrzbHW6QC7a8"
    "0pyxcmjQyrJNWSFzrWXNAviSCizFhDsbGghfRXtNIxcNBQ+EaHO4tEfwP3sg2cYG2Ftg4h"
    "u//oYvQ6SCb8DyP+6epDUEmhr5slAlz3auS/brzrkmIvveGUietpIUQ9vr6DB492pvDRSM"
    "hu7X3wAETNkGZHrb3JOvT76d90P9X+R+08MQ9yuGaFSwlveaHfq5K+lwrSdJk+lCmgsLSe"
    "pRAKQYiICLv6rl/PoN+Qrf99+++/Du4/X7dx/xEOdrBlc+/OE++gCMS+jAM1n0/nDuy7bs"
    "jnAwPoCK9voKsyEB7HArm+nIHihi6OKvHUfXx7K58OryN0kDaGNv8cfrdzlYfuFnw8/87L"
    "vrd38lDzTwC+C+GBPvTt+5ReA+wKvsTRMg5ZUG4DBNNRD7Fw4YH17bANDh5OfeeVAuAnI2"
    "xnGIV7ImIwUkER4bCLymQxyiiSGsAgXqsvbDnft/XWi/qQnpHGjvhKE45kff9d9c9R10rf"
    "9o0HbRfRwLM3Ho3YqtYBOo0JY0qEObCuM44clAe/sCFc41bh3VQ23sMACqhL9GAuc7DEs6"
    "zBGiOMaYyoY6+IH8UddSvhDE/EKIr1TNsKjhixCdCF+LFmgSPcuW7b2Vfk4J+Mx34BPxA/"
    "yNMwLjgfqMJxaWQOEzoDy0evxwIX4RBpxLvUR309mYnywGnGqYuozsJbqfTX8RJviRpvE7"
    "QEs0HE3nwt2Ac9dKr8SR9/Z9gTPv7fvMQ4/cigsWlm3owJSopOIY1XHxuAWbRDUS8gHZnW"
    "moe8WmAzZKxHD1cCW63PopVfHwl2IS5HvDBHCDfvQEi/CeEwPWU1+HoalaBvIf/kLyrx6O"
    "EVN+CZTg+IuLMcC/HLgixUyYL7BIgfFOWcYVwPtwmKmj6Ebf3gxwyVpeycrTi2yqUtaiNv"
    "Sd5j4+gfutR3v/4wxosvNTsle0P09rpY4E5pHFiS8DYkDCc5+IlHiYqaNY4TvIqgSrxWGm"
    "Dr3Mzotp9I3QCxl5VZO39L4evyIjeeP8JPJs8iTfMrrHOqzwDDLspoe7V7mmUzJOAsHAxp"
    "hPb+Hmz2JB/Vu/f339of/m+v3Hm3cfPtx8fBMINMlbeZLNrfiJCDcRSf24ndVQHLOeKskp"
    "R/Kdp2hmaPhR0jwllfxRzat9Tg7lgL0Qx/gA5scPZHrdsv6j9Tz1ldzpO1dfY1e/i+tRwS"
    "TcV3HxmSMfuV+mE8FB07Dsjek88TBu8QuRpfBraxsSMl4kWQ0D6V/2L0V2a/xaG1Tm9ICg"
    "LsX5cub0t/2PRdTe/sdsvZfc+yMOMEwz8eQinH4sdgDi90U8Fu+zPRbvEx4LfEZBm8pfca"
    "A4n+2n9QCnmheOYZxuXigG83HRt0ur2J2IfEqRmf85n07SYY6RxY9aqNjc/zgNWrUpw73/"
    "W++Rs19xqz3UbIisH8jz/lGXay4HeAJT5Nj1Af9uzP8U58VwNL2Nn6dkgtsYY0yAwbDSrW"
    "vZyz9KVdP679Quo2gQ7xlEcsHMyDDrZ3lE4pQM7+N470zwLG1la0sDdYSIHZ4FYKZFuFpw"
    "GxSqUg20Cft8tpGzXisL5o4Jf3fsV0N8rZdqbIkPusq3uYSG4xXhjW+M6eXPYnepLXKNsJ"
    "R6x40QsU2hqBhBJ61FiNixVgBmEiplAsWW9iakk4ujdB0E++bNmwJo41GZcDv3YsEuirFL"
    "iRjMBjogOGN4S10qXxTf/s1NAXzxqEx8nXtRfJGRGpGZE1RspLug22/bqAVf5xhTtrJGHk"
    "MFdJKyg3tGLYbnKHKSjqVAg+5YzJqggxwogn82+kmjPxbmJd+5VdyFGSHrUlDWWZyZIfj1"
    "FJdWthXVG86sp5VbTy1gWUSdfQJUHpoYGbPnFXAgyDrUqEA+UHQP3+si8cvX2fHL14n4Zf"
    "BthzUXq0Q4RJSSRUM0ORpib5WKeAmRVcDfhr1ZXeKvZcvrNV2kfJikSyJZXXHyDl5JfKmj"
    "uOdknjHwc3dbBnLRSO7w6orEcQ/5+ZC/E/LCuOv0cNyamDvbXopbw7tzlefLWB3GMP9Fm9"
    "7rqyP+C1rzQSe9FtUnxzn/U0Drj++gIeZtIfP52xzz+duk+Zz8LwGqIMwQCUO5GMoKZRym"
    "0t0ozJtiPqAcF1BKWQMCRgnlJEp5Hv3zvNDjH6hOkfbaC7KR2qCweAdYQl+hiHFJZqeems"
    "fXvcxUlsdXEis3KuJEmKYkCmrozNRRmDL0XRqQ6FTdVoK0N5/Bq4Q3xh0elxbjToWXM9vM"
    "m6xDkNWp0R9StFOU+kj+drZer0SG1ana/xqq0KLioVh4wSN+7cmWBTcIOEz3RjjXbSDrnh"
    "klfDlWhsAECoDPriz0G7MenNV6sJURAlq6fnC8Xk+IvMnqQu92xk+GnwecawFboofPWDAc"
    "cDv8jcESTScjkXw0kAbJ5/H0Vhzhz7qxghr+PBdG93jq2RdxiK9aQFtLFjCfoYLvCWNeHA"
    "04oMtQW6KvAlYUFgPuBWBk7CUaCYuFMBtwGrBt9xS5vFXDAs/AzNQJC9RoCtE3mumj6VeM"
    "vPGCGSrciY9jzFCgwr2+RJ/FT3gxbOEGL4XhTFyIQx7zENPaUHFryF04UCX8SxJsWoBvGb"
    "tejKzJ3KnEzyX8tIhojInYiEBrHE0nn/zh8YCJ1hcw88/PHuULMhOGgviFlCTzZ1gifvjj"
    "ZPp1JNx9ItexiIN1YA2oG3JPnHzBmrP4iV+Ik08DDqJnYNlwg8VCtME74Ry/RVg5x2T4Mb"
    "JGfuUSzYT5dOQ9wzI05xnRQmhkzPRBmLhj3DqEzdgpw1JNUetZmKZ7ARx1hKwfZL8EzPkW"
    "tBhpB01oLTGZFfLxh7eSEsxOIWcxHU3mt7/dl3qxI6SMz03ms1f5toQDJEzIeNxkHgfyXJ"
    "k4yxgt43STOe0L4KV27Qgp43OT+YzFKckz4NILYiFKJnQ3ms2eJFWS1Ulqxu5Gs7scmytl"
    "L9uz69uzbcmE1lOZPTtCybjcZC6vTCAr21ISWIyU8bnJfDb2tmJkxRcfdzSEyBtsZu6NMX"
    "oLfvazNBNGonBPfKoI2LJJgk40CNZLNJlOpMQohH9PYqTw08OIn/ALcToZcODbTpORE5FC"
    "5ghReuPLuBD6Rczb/Wzzdj9p3jYMW1LkvZXC6Gw/XpSqwfxtrBfPBE7ZQUnW/WaTUexzGo"
    "4lSVnLMQfmnJZjPmZl+hSm0bJ+hYnU5yTkxNwiKenrOzMwKk52vtzJunoVVt24yTL2ZlbV"
    "oQIBAAH1GdewLqO9F7dCczbzk0cS9+JSL5E4fpjOFgMO6jvDtJeIfxAHnLyDZU7S6p3x+L"
    "AEJpI1fLynxPXmlLyO0VVymjYo7e26X2Rf6WdvLGmtOh17/YoubShC1YnQo9qrIrLkoT9J"
    "8lCkmMVOLcn1KCXjelO4nqLvJ1ItnoFppUZzZkpqIYrzCWlvWyKkyYojwdLVDIkSlQK1YZ"
    "pc1bAq+JdvDDO9rUh2O9goFSvHkoYsa7TbsUa7Hd8KQqlbBTENUTBAWePiQiAXLchE37jY"
    "P5SqwNfPrxyG5uwq0NGzvKEdohu2VRQFt1CD6BQxtwJs+cNM3cQ2KtwXwJYcVxUAu/Cm6S"
    "aqoTP9hH7mTsviqnqZB42SO7IDp1VkgOgZ2nIF9VDcmgxiMF13ViorZHEaZHgKeQPwIJN0"
    "fqmiKzyZbxhM16U39CwFQALhMq8QSFgCLVAQRApLwUcrg/R4zn4xvtfwdq1xtvzNQIb+es"
    "V5UgtnbwHioGWRtW4gwJnGC7cDJreToflD3El46lwptUh+DYuaDq1bLYSVHr1Q8ZBMyT+v"
    "VWVA0kEX4dt+ofqN/Zz6jf1EiUF3pVNgHBB0EOF+oQqZ/ZwKmf1khUzDhBuYUYa0QCRmQH"
    "3GiI+VjJ56dIj3hvcPtwNOWe9WS3TLT34ccMEsF27LgwWG57SePIahARllOXN8ohjsK0xV"
    "F+7+7n3eoLzb6XQUcXPeivEQyMfxrYB3lljIXoobgoUcdMz5XG29Ul9wrEpZb+E6YNpTG7"
    "Un1yqUpzoFdqMiehMIBh9VmqZYfSF18DaAg4iTuWCSv1jcFlo21r4G3MvWuML/AET+lW1O"
    "Rir+4zWpNp08W5Eijoff6ao6fhnHmJfF3erx33RFGfNa6XVMtTpLA71sBewJ//iyYqtP22"
    "QloXcvjkhZsDXUSJ2wxYyfzEU3/wfzAlnQTf/h53Px02QsTBYDzq2/peO3l9QVG+LD99N0"
    "Js69ImeuNQRaTakwtjYNXTqt4lxsigYnC7F6c0dWA5bgTlsLkQnYSmjvSsACh5ESGZJTdt"
    "AnaPJ23pjA+zIZ9B3Velui5aaEWCcj67ECb9EVzD1QNHi3rISXdSTZunpKymmV3dM5RNKM"
    "vs7ksZ3p69ySJIPGu7xSDGKUcdsxMoYtC4m/YKhx2BpbVSxsC2EuHAMbe3uLRBuzaO7Ko7"
    "mzHRa1WpR9+NNsySHW5FiRw6NYo902baJXOcbWYNEig0Yzj5F1ru1uoZCXnIiXZMBL563a"
    "4uRO/CLeOcU38NTwGapOAY7hdPYwnWFNesAphrkzyFdthj1qjZ8q0bZDjhA1mSFNikVayz"
    "rUXumxjpJ1wZpxhtbIG/gMEDXWUSoGdfFe3yQKgr7dd0DVPahr2UIc0J4AVfWeME1dW/Xl"
    "ZJR3hWB+lwPzu5TNA+BfluGkOS6oHKjPGDW6R8SphijNnb0x73RDlEkvxHvB/bQG7ufHCf"
    "HaTQZceO6LyysraNpbSfXkp6SjJ/0liFLlOXvat+/kIEx8N4kthMwva5ltIrN2kQjZWas4"
    "1mXDj23YRbbr7M06EdvvoVpyEwmRN/hsJCYd8U6YLCTRdcZDFTi2tSV64Odzt+jgTrYst+"
    "zg5x+lMT/kp9KDMBuL+Nb2SdJlRTakHTB1iEcsePErPwnu2zJ8kVFwdz4divxIGs6EO3Eh"
    "Dad3pGeroUBZkxQTqNDGAKqk6+viM2nNajjGlTJLofJiwZidmOWrrEMly3wTImrwKij7wt"
    "3cFIH55iYbZ3IvA2jJ+Y2l4D6Q1gT65cSl6gMuDEXZ74IQ6KJYR6m6t7ZrUbSAvtOMV7o9"
    "JEzTPZhrUbKAuleoF3SEqHtA3xTB+SYb5psEyrpsQhsf3KeFRSZnab7ONRcnn4ieZWH4iZ"
    "415mczkQQq4h9jQhK7eCd+mc6G5JIKnw1TIde+infTr+TSC1SNF3JlLjzwMzc20gI72XRj"
    "I5uptenGCmpA2mHWUBnk4nTde7NqkYLCsNELQunUTBY6KgsBXYYa3ensEXRvXd+8LaJQ41"
    "HZZ8bbhFLt4EW/oGNkbCUfXcmy6nTuSIKcHXAbIunCaj57xG2J/iqsrwpVXxUZkW4YeB9I"
    "786V0zgoQcn6BjlY5/QNki0LpOWa56EckDB4j8GrQRkLadCGaUH6ORjH6BjQx4A+TT+9iF"
    "66Mw1rB9xSTDSK6cNsOn8QhsRk781AUvcW4heBJO2RmixYNZ3OxjzJxlUNU5dJKm408a4Z"
    "6ubTq3KiYSE6wzmZB5BKoKPlnTC5cxIoPfol+oKX9L1jV3gGJlw7hgXhpwdx5iRTfttB00"
    "2T/CfmuJsm+W/M8aZw0JY3VNlH/vhmpB6R53Um9cgNc5VkG3+t1d6mzApLI24GkzqVH2Z6"
    "dWisLdxJbgQ8lZ8gi74LqlzdyjJrK9jItoLtKoh2VutRt+qhtbcFG2M668DWlPSokOnGVL"
    "akcEuJlyhGWsFb1DBZor1vTXKvXJlYINnS5WhHaFiG9vEMbRewJMLUycO3wUQtA7ho6nBk"
    "aZ3QksRrF3Ni2c7iXXXagnd69QtWDrYgUBJrdVMUM3wZkNT404vnioeZugqWCfAS0wFSq2"
    "gKNItM1lXILLAhZUAlHZBwbWKyOrUtkDvhOJivs8hdvglVm3G7VBeqVmLm1PGt5BRYHGbq"
    "ElhUtW5CdQSAbO/NvDU4RWBh4H8KyCNeCZP70JytVMjzl+KzrKU12imP1xd/wo6AVbKSUr"
    "BscioqhZfW8cpKUnh1sxJLrbKCXHHZJZZkSzLW6dbErGAwj+DEZO2GngYFs7Xx60exGL3R"
    "rEV7Ws97hHcVSTeQvU05OTMhTdAxcJPgrqFp2ZJbZV1K88Nkv+YppH/m6gxeE0VL2npgFV"
    "ymCbrzmebftGSRbvGJooKdYcEUr1ZuP7oY5Rmb0gVXWtuVjmBH3t4ToI+TM/wp8fdrY2BN"
    "pwT8MWqGPiX6miGnnIhHYffJGN6UeOuGaW9S5eajmIdJGe6UuL8AWbNTHN1HUT8QMswpMY"
    "fI2pt+2AAl7BFahjwF8p4sIq1kLR37e7x5ZwjqKbQx7NeEuG3Cep6WM328HQncw0wYinPR"
    "C30P4qCcm1HAZwI/iiHubhGlAE+SMryP4u3JfGXwTpIyvI/ifSQzOQfuY5nJRdFukdWkAr"
    "xduPAiLV+OPjZF88sOxQsDLdFo+nXAacaL85cwk8bi3R0pTIQvAVPSoao65Ym8q/7nx4eH"
    "0Nj9bhca+1n89HnAbeHGEecunwJCWlAi5VVS5Vcao2+cjNl8k0KQJlu2FHLxlwgWz5iCBY"
    "03OWh8bQKMaWqhksz3KULDLNPxV0k3ELBlMwXRnIM/TMQkrOMaBP5NeKFTHgQxqvMt3ev3"
    "Ny1ZvCrcuBUYsdREqQrHKdkyPrqMvRwJerDjhAzr40rwFitXQMPCbUqxufw+uCEyVusgIt"
    "lUUpAiJ3clu7lohIgJIWntcPcl0+WjpN1Lne6S/O5lx0m6bD6leA3gJju6LEbZmXfob/3+"
    "9fWH/pvr9x9v3n34cPPxTfAyJW/lvVW34ifyYkV4mxKKFtJ46bmQRs04UY4TDWpT3frg30"
    "QKdHaqbjLvoUi3ZT9Iv2C69Cm9li/KjKLp0nmdlof8fMjfCbF86UqaJ7uZDznx/kFqRIFg"
    "/yAvg0X6t+plv+JYpH/Fkb++z8FSjDTVfq7LmnbUYREQd6kyx3X/w/tgkZIPeetzPuZHo5"
    "QIdd8CXQ7fFHKGcLoRuxzASWqGb2x/WOvpruqMHcEd3sHe3PUUhceq1CatgfHx0IsD5Tlt"
    "qu2NvdDg2jnWpYyk3BzEk6QM8iKQ27B8N2Oftsk7Se9hxC/EyeN4wO2cluJ7fYk+TUd3A2"
    "5jaKRVljj6QjqCWlB7BuYS3c6mk1+EAbcyDfS7+5svHquimpBUJaRxNYRImJuhcjeDo7hK"
    "mbUl8/pnxQib/O6UPIWrr6LcNgdEUw6I1nkgmNWVWV0bx4yGWl1Fp7L6P41VL8Xierh5lW"
    "dtdauzS//2xh2ztBKWc6r5ypl7xBkmRwrKQZsz1pzMraEG/s5B2+JMQCbltli8sjhdtp6A"
    "yjlSucUZSHv9IS5TVTcrs/c2y94LkA1tqrZ1B4ozRs2Ht7gzGCmKNL+8zu59eZ3oQ0VeEs"
    "n5QIF0hKiDUmgtzXMd0Kyt3L95T431gawutLvUZRSfBxI+D5Io5yavhqjOmLZ6GeG+wqzV"
    "9jWyK2EImj1OJk4bNLxAkNMGbfhZGP7o9KfbAuWJtDwbTsdjceH0PHOlENtthHb/OHf7oK"
    "33Frlyz4sjcmEt4ze7KW3RDBIxbRovVDWsIkSdCRaqLvTRa/dDCWucjAEbBxZ8g5aNH0iL"
    "bIKOQRuHdmca+FfqUtCkoCC0CToGbSKjZb/ToIJ/PDW4KZQM3oQj29HxadwcBwrm5ajcy+"
    "GfYiu6zvMRqiaLhCWVnbf9j0Vkt/7HbOGN3GtzR8Lzot/O7nRFWhKuIYLWthTbY6QsM77J"
    "fi0bkAwzfPhTmZljVKzUxNGOaj5iSZCpe6q5HpRFaMJ2IV3UaxVbZBGvFf4O3ORxNCrWXI"
    "10KzLVU7s6ObDPnKlaeFZloU7X0KOUJ9DDLNMZeMD0qD/QPAw96hJcbAHn9qkm5jFgAvxW"
    "Ob475PV+BiqHdXXO3so2t5UtDhmceId/AumnRAYS557xgpJuwcpmXqIl4vEc37tkHD46VQ"
    "uTAUL+F4t83gBzh5+L58HPwU9QOQ3Iz8Ad5fuHOFkzEKjD05iX1dcxZ+NZ8viyXZIhXtN5"
    "cCJk1Wg1l2VH3TFbfjQEMqi0xyhZB9XH/psifsk32W7JN3Go/22s6ATLA0GXUinqEiq96J"
    "hK5EkvIqdlABeVJQ/rirpHb/3yUSDKZ0pIYWH/qIwUVjWOS0k8Z2FxQuXcd5DT8fQY8IET"
    "34RlDlnF0sX3/+CcH3SFR6nAMV1aV5zHTPyX4cxmJQWlqidnYVTNCqOiDe2pNqqnQVLK2z"
    "dFzk48Ktvy+iZxerIgtbMEqbnwUeWwhEiYd6d67w4+ByTnHKDjSZiKsaVytvhHMg1TwjSM"
    "JZWzxJONaDgSImEMqX7rYo5p5phuAPrddUzvd2pJrkcpGdebwvUUP3XgmCqYJhgxiVXi5y"
    "tmDmuJZ7VeHx+ygenWduylGbBCt69yrVexgXUWV/s1kRKpKHvTDDYHfPE35iZrpJvMq1Sd"
    "Ll4dTwkJkTdZzurdzvjJ8DMp9kFKoC/Rw2e8sQ64Hf7GYImmk5FIPhpIg+TzeHorOu1ujB"
    "UkLW3mwugeTz37Ig7xVQtoa8kC5jNU8D1hzIujAQd0GWpL9FXA8tViwL0AjIy9RCNhsSBF"
    "RzRg255J5+L5Iyo0QbAvlGF6ZIJGs12c3E4fJ3cDDqKVsUcqZvXjwrtk7G3nWhmmFBG/s4"
    "XvhOi925v4gKcy/YZImsyBJtl/rb2up3ZYWYBvGWdNiKQTKOeJsMJPi3z9PZBgR9PJJ394"
    "XKlP5BuuU+qAZi/rgKAU3Mflxy4FXsSELBrdLUbaQeWtvcpaUkd3Y+PKntYH6jM6sbB6s5"
    "c1SjNkb8xPHnksTLnUSySOH6YzLE25nvgl4h/EASfvYDPkKDd4kto6GSPrxLlSe4wZs012"
    "zEpVxDbpNxuhijWJErFUimTypdcGjArVCA0DtdFtRDqG7M401L1CuQtEidiCPRr7ml39jz"
    "oA9pT6f83QGk6qAHgIgk1uuhWgextM1K71WxTayElTAFjvvK8AWf4wUzehjYpGBbD1dtEK"
    "sH04zNRNbKMHDnVUfNhKaT6DVwmiZ2jLGeFINP7XuTOfGEzXHRbEjLsObFj52OFxoBLQZt"
    "5kHYKsTs/1lN/b26EGgfO4hOc6fPsqz3NtYKVwKymHkawvWJuEzKs8b7PD1FRRPiecL0zU"
    "uVSH6o1ll80iubSadAY/IlBMYEtb2UqR53NcW1GymhxcnTL7msANNZD2JqSKyk4QNiM2mz"
    "yvM7HZ5L6kGRtjT+pIlGRU7iSMaZUzbYO1a9t7EAWbYmSMMZUzxlKMHdWpHRCc0atbF9hn"
    "KOhuGhrdkg8I2GKvfLGTsOTnlNWeW/L9QHTGiu++XtDaiu/Mc56963TXc85cvPV7zJhHx1"
    "9BFXh0LlMvxvdKpFgrQw6LbEtlyD/CjJSteq+v8oyUmNFU9klvfOdMk9XXBmGmyXpNk+R/"
    "CVA1qg2RMJSLoUy6O2yMtEySgklzIfomY967Ex6mc3Ex4FSABVRoLxGRTaXgstOHPbg3nA"
    "l34kIa8jPSVYlY82xJwWf0Eo2m/GTAaYaMSG7dbPGJ/+Rk15n2Bh/MJGuOHy0+k6w5WbO3"
    "SyRO5o8kYU8giVvW3gxQvHjMt5M2gRS6chQhmjMaa4aTn89jr7kuckpkHxJxiJlxoFbjQK"
    "kyAF7k0IlRFcUDrJp2qBQKQSEdyDWX5CSYhv483VEJIziFKhOcWlsiWuOgg1iRZCFdB0it"
    "IhRsFpmsS69hzUaCZ6gCcw4sK6MoR3zI1RGjgTNYskKjC9SVXZFGeMD8i8VZcIO+h4iTba"
    "dqPdBXQFWByvkzc9+RgviKYTxB4PXRJuOewOtf02rKVjcxs2Q0y5KBGUMdphKm6ZxFo/oQ"
    "Fazibej8tj5BkzW/stp25fqWEwrq+5diJ19OjaAIWZeyqs5SLSgEv56SEJTtM/eGM4955R"
    "7zHZbaSDNc27B3khtJSLPpZJB3LwaxltgR8G0HMW9K+NCjlOfxoZ/zdG2Jy9wHKddnziIl"
    "st+x7kZKOAWH6AIlwiRdki3qCpTIKAJFHScxJ/OMiVLaRkm5aLREeHVFgiWG/HzI3wmXip"
    "WIGY9SrCBJ81K2EcRMjj1rgVKMsr23WFXShlYlNWX0lMR/rsualskBn6ZLW/J1/8P7AHjy"
    "IQ/q+ZgfjZI6nKXgjTZl+9UMOeuA8yliUK4JSQvBzMHsbvp4OxK4h5kwFOeip7gF8olzM+"
    "pEmwn8KJGlJFsYJbqwiwhRB01B14UCL65zAi+uk4EXHmi/Uxk0I0QM6WJIe+djKswFSg4G"
    "1GeMdzDWpHWwz//CMS7T+3thJpB6wC79EvHDofCwIJdkRQE7m1y7E4akRPQdCYVRSJHoUm"
    "WDq7ePOqKV9AxM35NU9K1IEHbwzWB1CJmNoAobAX7loVqK61HKCrjeMONrS5hczP7HKvh1"
    "rIJfF3HNsbOxEn49CjtbXgm/wNR26WJobQX3xGpo9dox1/jQ2C6MJ5BhxQzdv8q3YTojJT"
    "sYynLA2rSVXuUYIB2eUsdORalY9NRRfWot61CjSqY4UNSlsF4w366IeeA62zxwnUxXaUi9"
    "tUsLXnUHAbLiLbUG4LAoQBYFyKIASQlBJ2NAegJUZ2aMjLXWOrqhs4i/P4PFz5UlpfLMTp"
    "2gg7b9LjF9b5Xrdm4xM34r+GuCZ6yFl2FxlJJxuclcZo7YbNmou45YFqzNgrUb5edobLC2"
    "oYE5UPYmtF97aU6O8P2rXCcHHkkyxg5Dj6aqz70scnOvAYuTESerOkSQkNmGyVnAtrgdMD"
    "kydTIfnZr6BNcJmYNGkfbHd86yX1WltzyHir2TTPCfPfRi9GJmvLziPgnaM9b4Ca60qshP"
    "ROHZqSVFpSglE5WaIiqlSMhBFZSCpZ3qPHzmYKNn9IDyb+UeOVZoUKUe9V+TUa+KtrdsfP"
    "c35m2/ZJ0S/LPSz+HjseY+bZMdlb3Z40gYOCLNEo0EfuZEkuMDz2xMIDmrzMoqs7Yf5fA3"
    "o0A6Rta9shg3hcC+yQH7JiUba5+mPeV0VNmnak90juGGwXxuD/CF830ahn7t6T6edFhc4g"
    "tRsBYaqZkAa0i3a4RImhFRQh7bnYgS+HsKN7Kt6d7w81nS37RkZbOq1WczaPkevBVdFfYI"
    "VQcFapbtyiyHVThZmb24a1yvwF4c0kAcn661hbsTq5F7tuBxMF8LF0SWn7jWguRJ4LIt7V"
    "F0j9rcJT06vkBZcj+PkpQPt+VXjpQP57zpBpyxA4h72WIBnvvXv/bIhtq//sVBy/lJabXI"
    "T5ytSCUw/6e6xnlnlh4elCgR5t2h8gSwCmHk3jkqhFnQcwbQHFABUQfPpvaeRSkiiPPq0U"
    "ofPhGL3Gwyb1mZjbpMENGDrahFJ0LEcC0QIXkITzg1RvIwU8sgLhwfGVldx2tssBImNOgW"
    "KmFyoRigUPhvmnYSjQ7O0UucAFv9MJKV2GjTNporwe9X/wZp9XRyElkPJN0Lwa28+MPeAi"
    "ZtWE+YpnMQV28hV6G10+RXiRbmOF0H3RG1xPfsZMt6MfDhRFuZJ0HYQcRrKb1BUh5SDL05"
    "UT4+QTO89Z2q/8CczGdzMq9lqAFV0owNTGu7min9JehYqEQcWs1QSJp1KSNfnJbZ+pps6y"
    "vZrY51qStzUjuoabJlS5YNdnS+qSRth6IXz1wty4HR2f9LhFAkiNkG1+QNjkVIZb987YyV"
    "YRFSf0auZ0VIhbm+MmWkbOm8axGaDh2pdfnWXLwq8P7cBhO1C9+irp/IwqKurx46wDBcJ8"
    "bx8Xt81YS/O8OG+FoLt63MOL6U6psnwvVgGs9QBebcna2rYEWK458IWbwkf1fwqtUBuzef"
    "wauInqGd2bA1MeYq1xXrjJZgdHiBCFELg6OB7/cW4DSInv7OGVg+4GSOmOI5Y81B2+KcZU"
    "JCOZ/Azk4LDC03CfP5Nsvn2/lCD8M5vxhwiiXbSzR5mOM53DB5WgvRxwL2oY+Z1qGPSdsQ"
    "a2dxxoQplpnGMtOYee1081q7yrAzNpdkMyvJ3W3+Koa+08gvo4z5j5Ex+1lKLjzLpqgJWT"
    "wvIJotaZxCneqXoO3Q2j2DOzXHQswyBHoUZuK8DIGDoThj2VcAsRidrV3rvSjIybe9AM7B"
    "4VbFQg7P1U2M47JAvS1lw2Zsa4e/W1rMpUc6RWBh4H8KFDxwDKiz0Izd4NUfpUzTAQ6Zhu"
    "kwUkfN0mFGFTBKI05G1gswr7gXaG+5l61sc9AmtmN5ZextTjF2EKik/MDaMDkT7AzTxthw"
    "q1duYxr7XYqJupIpixQwiG3q7lMDVQhfpKtZwIzazKjdSqO2peCDMgn8XJc1LTvf2Sfqkt"
    "Jz3f/wPljV5EPegp6P+dEoRZM09PS05gX4lq2g+yRdiNHNM7kIPy0i1pZENkdgcRlNJ5/8"
    "4fEUjxjiWxkhkBICX2zrCJE3eve4nfGT4ecB54asLNHD5+lEGHA7/I3BEk0neC3ijwbSIP"
    "k8nt6KpFa6bqwgqZY+F0b3eOrZF3GIr1pAW0sWMJ+hgu8JY14cDTigy1Bboq8CZgjep14A"
    "RsYmddYXC2FGyqzbXkXWy1dZz+iulJPx6hN04QWr2ysUk4RobMkxUta3tcn2ZBaJWYclmR"
    "npmZG+bcgyI30zcp4OQYF0azxBV80qb725gTlAmAOkPSAzB8gZFnIxB0hSTK4AXpZMQ+dZ"
    "SjsXk2zwHUcFmZAWrN+qc7H4bhKTCYpw5KRciQWQ9V6KG8q5fpXnfLL9EawsXZvEq6scb4"
    "7iZbAVjt72xncuPL6qntCsx+S5qqOxqPhs9NuZl55VjSChHxbL9fVEyBPTMTsobUdeI68H"
    "xmkgEdnhUOC2ZW/LRTJWQ4hlyGJFCgYTiay2esG/BgKf65djXcMvWkD4vM7Uhjn06namOi"
    "8S1boNUTBnxXFDrr+VnGic8ZXUloFb1BoQWlT1xvzSnlamjCzPsJt2XIVu559XsYF1GhIS"
    "oaMrw3hypf7fSAMsWVGMfWBhDN2kOtdYD6xqvWzZB+CBQwkm5Kt7EcIOanst0e4KBbvIOn"
    "knkxweG8g7IxLsPZDEeQsUqMvaD3fu/93i7J0wFMf86Lv+m6t+rLzz5HEs4MPCuxUPzjBN"
    "gBS6ig0hmvMZp3rDyc+9s0iT10Usf9mGv2SXBBNkOFSLhbpGJmiyNbA3nAl3IgmWN4EK7S"
    "W6E27JRxWsoPNCXjhknoUcFwg55hfjASfbOqabzjGVYSWDi6Ohx00MNVYwGzaGSbevhWia"
    "zOCS29pNEZv7TbbJ/SZpcScHLTB3smnTAR2j6150d7+Qg6Of4+DoJx0c4W9GgXaMrHtg3x"
    "QC+yYH7Jsk2FFtsKANKErEzEAsGvhyBjZvLVZgY+MPM7UM4qJmtuh7WyR8j4WhVh6GeilL"
    "JsQ3hobp61ip5szYmKt8myYZjVGJDD+alO80BeUwlmto6kDlDJPzpsAfZM7abzbAIn/7Yi"
    "rBGoNOkuiJjSyZk1/JjCxAq2FuP59r0s401D1tB9EU4u4JhG/7hcKL+jnhRf2EQHjADlrW"
    "niqSK4W0e6DXovI4m5cKvAM0dtJqhpyZlhcmi2G9JnTtQzvP9jt9vB0J3MNMGIpz0eu8GJ"
    "jxnZtRi/BM4EcxpJ2DTHoGpkWpXiYIu7e0a6jg65/DKQ7EvG6WEbozNrS8zLqusKElFr2M"
    "FGk9e1kHBB20BLKK1Cz2topOYL7eQGnLiVIxW07DyhF0Edu8jOILZWI2DeYaUzGznXHlER"
    "6G5uwq0tGNslFmMx6YUNn2Uoxl3p2rPBOZfBjDUgfbtI9e5VimSuiOp2qNTXuzz9DnmrxU"
    "FAh7wzuIbj05hAayU8tA/nM+nWTamuz0MpAqVGzuf5wGrRbLA2ngEjAiKkqiHmS89ONVVP"
    "cgE9ymiWXnPMz++H8HVb3Y"
)
