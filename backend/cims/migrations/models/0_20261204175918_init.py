"""Migration 0_20261204175918_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
CREATE TABLE IF NOT EXISTS "credit_assessment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "inputs" JSON NOT NULL,
    "model_kind" VARCHAR(64) NOT NULL,
    "model_version" VARCHAR(16) NOT NULL,
    "algorithm" VARCHAR(32) NOT NULL,
    "probability" REAL NOT NULL,
    "grade" VARCHAR(2) NOT NULL,
    "points" INT NOT NULL,
    "factors" JSON NOT NULL,
    "recommended_limit" NUMERIC(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
DECIDED: decided */,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_credit_asse_created_545f8f" ON "credit_assessment" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_credit_asse_custome_44911e" ON "credit_assessment" ("customer_id", "created_at");
CREATE TABLE IF NOT EXISTS "credit_decision" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "decision" VARCHAR(16) NOT NULL /* APPROVE: approve
REDUCE: reduce
DECLINE: decline */,
    "approved_limit" NUMERIC(20,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "decided_by" VARCHAR(64) NOT NULL,
    "decided_at" TIMESTAMP NOT NULL,
    "second_approver" VARCHAR(64),
    "second_approved_at" TIMESTAMP,
    "needs_second" INT NOT NULL,
    "assessment_id" INT NOT NULL UNIQUE REFERENCES "credit_assessment" ("id") ON DELETE RESTRICT
);
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
CREATE TABLE IF NOT EXISTS "alert" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "score" REAL NOT NULL,
    "reasons" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: open
ESCALATED: escalated
DISMISSED: dismissed
CONFIRMED: confirmed */,
    "reviewer" VARCHAR(64),
    "review_reason" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "reviewed_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "transaction_id" BIGINT NOT NULL UNIQUE REFERENCES "transaction" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_alert_status_06d429" ON "alert" ("status");
CREATE INDEX IF NOT EXISTS "idx_alert_created_547878" ON "alert" ("created_at");
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
CREATE TABLE IF NOT EXISTS "credit_assessment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "inputs" JSONB NOT NULL,
    "model_kind" VARCHAR(64) NOT NULL,
    "model_version" VARCHAR(16) NOT NULL,
    "algorithm" VARCHAR(32) NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,
    "grade" VARCHAR(2) NOT NULL,
    "points" INT NOT NULL,
    "factors" JSONB NOT NULL,
    "recommended_limit" DECIMAL(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_credit_asse_created_545f8f" ON "credit_assessment" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_credit_asse_custome_44911e" ON "credit_assessment" ("customer_id", "created_at");
COMMENT ON COLUMN "credit_assessment"."status" IS 'PENDING: pending
DECIDED: decided';
CREATE TABLE IF NOT EXISTS "credit_decision" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "decision" VARCHAR(16) NOT NULL,
    "approved_limit" DECIMAL(20,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "decided_by" VARCHAR(64) NOT NULL,
    "decided_at" TIMESTAMPTZ NOT NULL,
    "second_approver" VARCHAR(64),
    "second_approved_at" TIMESTAMPTZ,
    "needs_second" BOOL NOT NULL,
    "assessment_id" INT NOT NULL UNIQUE REFERENCES "credit_assessment" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "credit_decision"."decision" IS 'APPROVE: approve
REDUCE: reduce
DECLINE: decline';
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
CREATE TABLE IF NOT EXISTS "alert" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "reviewer" VARCHAR(64),
    "review_reason" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "reviewed_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "transaction_id" BIGINT NOT NULL UNIQUE REFERENCES "transaction" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_alert_status_06d429" ON "alert" ("status");
CREATE INDEX IF NOT EXISTS "idx_alert_created_547878" ON "alert" ("created_at");
COMMENT ON COLUMN "alert"."status" IS 'OPEN: open
ESCALATED: escalated
DISMISSED: dismissed
CONFIRMED: confirmed';
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
    "eJztXelz2ziW/1dY+jK9Ve4uR46TrHZrq2iJTjitwyXJSfe0ujgUBUkY89DwsOPe7f99AV"
    "7iAVIERcokG18Si8SDxN8DgXe//+1pxgao1k+8ohiObvcG3P/2dFkD6I/krSuuJx8Oxxv4"
    "gi2vVXesHBm0tmxTVvBcW1m1ALq0AZZiwoMNDR1d1R1VxRcNBQ2E+u54ydHhvx0g2cYO2H"
    "tgohu//Y4uQ30DvgMr+Hh4krYQqJvYj4Ub/N3udcl+PbjXRN2+dwfib1tLiqE6mn4cfHi1"
    "94Yejobez98BHZiyDfD0tungn49/nf+gwRN5v/Q4xPuJEZoN2MqOakcedy0dr/UkaTpbSg"
    "thKUk9CoAUQ8fgop9quU+/wz/hx/679x/ff7r58P4TGuL+zPDKxz+9rz4C4xG68EyXvT/d"
    "+7IteyNcjI+g6o62RmxIATvcyyYZ2SNFAl30s5PoBlg2F15N/i6pQN/Ze/Tx5n0Oll/5+f"
    "ALP//h5v1/4C800AvgvRhT/07fvYXhPsKrOKYJdOWVBuAoTTUQBxeOGB9f2xDQ4fTX3mVQ"
    "LgJyNsZJiNeyKusKSCM8MXTwSoY4QpNAeAMUqMnqTyPv/7rQvq4J6RxoR8JQnPDjH/rXV3"
    "0XXevfKrQ9dB8nwlwc+rcSK9gEG2hLKtSgTYVxkvBsoP19gQrnGreO6qE2DgiAjYR+Rgrn"
    "EYKFDHOMKIkxorKhBn7Cf9S1lN8IYn4pJFeqaljU8MWIzoSvRQs0jZ5ly7Zjkc8pAZ35Ln"
    "wi+oJg44zBeKS+4ImFJFD4DCgPrR4/XIpfhQHnUa/00Ww+4afLAbcxTE3W7ZV+P5/9Q5ii"
    "rzSNP4C+0ofj2UIYDThvrfRKHHnvPhQ48959yDz08K2kYGHZhgZMiUoqTlCdFo9bsElUIy"
    "EfkT2YxsZRbDpg40QMVx9XrMttn4iKR7AU0yDfGyaAO/1nX7CI7jkJYH31dRiZqmUg/xks"
    "pODq8Rgx5ZdQCU6+uAgD9OTAEynmwmKJRAqEN2EZVwDvw3GmjqIbf3szwMVreS0rTy+yuZ"
    "GyFrWhHVTv61O43/m09z/PgSq7j5K9ooN5Wit1pDCPLU50GWADEpr7TKTE40wdxQrd0a1K"
    "sFoeZ+rQy+y+mEbfiLyQsVc1fUvra8krsi7v3EfC342/KbCMqsAkm0zdG1e5BtNwCDOXtk"
    "loucoxl1oKOj0JZ6pqyBnIhhQJcLeYpL2vIVGrnD3ejQXuYS4MxYU4m+Jv0V6tf6vHm3Fj"
    "yFzgxwnp2wSyRdzo/r6YTckIR0iSCjxUbO7/OBVatSHd+++to7tbKrd2oGpD3foJf9//1G"
    "VLzcEfQ+RibvmYBwrkDxP+l6RuiZTaOxcyw7J3pjuLO8Fdy+wCqd3FtYjRGgVmD1jhx5Qr"
    "XVgM+TG/xBo/GiSr+Oet9JG4mIgL1w6wgZYGLQtfHaJFKc4nrnXA0LfQ1JpiIDDBMwQvdK"
    "6dKE0pfjVMvopj/KGId+dDtnfnQ8q74+EleRtQGugl+J5xKKQIu4B2DrpL4Zdl/s4UnhPj"
    "2fRzMDy5XaU8ExgbSSYouSPfdJvpmohQ5ll98R817VN1rnv0fJuZrr72Qn0ikzPiBGm4/O"
    "Qhxh5sH8Z3+vEj3L/6Q3IfCifhvonLLxz+yP1jNhWS50s4bvkPbKzoyY5tSLrxIsmbCETB"
    "1QBG0rZWhusJ0grY3qIXsEFsDjDJ5bPvlynxbkcJGY8bzWPmw6jJhxGxGRHBvYO7THzTtN"
    "VA3AS7wH/2+zc3H/vXNx8+3b7/+PH203WIdPpWHuR34meMeuzVYS4Pmh2sIpdHtlU+bRYk"
    "vh9pZsx0sDTQPwVZcaZV9U1fi6K8SO8JRdhxnuXV2UBbeAYZEavHu1e5Nlg8TgLhwMZYYv"
    "N24I4ZYy+w6V7lmGwNxQ2oLCNLJki7pyh2SZpEr7VBZe0KCS5mmryYqetd/1MRe2L/U7ZB"
    "Ed/7Mwkw8bzMRZjskOwAxNVbE9EZBW2qSPEjxeWi7loPMFEhOoUxWROqykzbpVXsTYQ/UT"
    "nxEmTMkVe5I88ECAyLHNeY5xKKUnXBTVH3C6CoEO0ZWHJBzMhwnGaZLpOUDO/TeB9M8Czt"
    "ZWtPA3WMiB2eBWCmRbhacBuUJFgNtCkzIY0hq0orC+KOCf9wIweH6FqPaGxJDrrKt7lEhq"
    "MV4Y9vjOnlr2J3qS0IDrOUeseNEbFNoagYQSetxYjYsVYohGcDTaDYkmNCOrk4TtdBsG+v"
    "rwugjUZlwu3eS4QTKsaBEECbDXRIcMHEwrpUvji+/dvbAviiUZn4uvfi+OoGMRc+p5yDQf"
    "Zutd+2UQu+7jGm7GUVfw0V0GnKDu4ZtRie48hJGpICDbpjMWuCDnKgCP7Z6KeN/kiYlwLn"
    "VnEXZoysSyE6F3FmRuDXCC6tbCuqP5xZTyu3nlrAsrA6+wSoPDQJMmbPK+BAkDWoUoF8pO"
    "gevjdFEkNushNDblKJIeD7AWkuVolwiDgli4ZocjSEUy562mGx0+3gr2XL2y1d4HSUpEsi"
    "WV0VSly80vhSx+ou8DwTEFRNbBnIRUNEo6srFhw65BdDfiTQhepW5+G4MxF39j2CW8O/c5"
    "Xny1gfxzD/RZve66sT/gta80EnvRbVZx27/1NAG4zvoCHmXSHz+bsc8/m7tPkc/y8BqiDM"
    "CAlDuRjKCmUcptLdKMzbYj6gHBcQoaBsi9K2Lwt9t/K2KWJc0kly51ZQ616CXOwtYhXUim"
    "PlRUWcCdMMR0EN3Zk6ClOGvksDEp2q20qQHPMZvEpoYzygcaQYdyq83Nnm/mQdgqxOjf5Y"
    "HJOg1McqZ2br9UpsWJ2q/W+RGlgbNBQJL2jEbz3ZsuBOBy7T/RHudRvImm9GiV5OZEObQA"
    "Hw2ZOFfmfWg4taD/ayrgOVrB+crogWIW+yutC7m/PT4ZcB51nAVvrDFyQYDrgD+sVgpc+m"
    "YxF/NHQV4s+T2Z04Rp81Yw1V9HkhjO/R1POv4hBdtYC6lSxgPkMF3RMmvDgecECTobrSvw"
    "lIUVgOuBeAkLFX+lhYLoX5gFOBbXunyNtbNSzwDMxMnbBAFbwIfaOZPp59Q8gbL4ihwkh8"
    "nCCGgg10tJX+RfyMFsMe7tBSGM7FpTjkEQ8RrQ0Vr3vHGweqRJ8kxabsSmwJsiZzpxI/Vx"
    "2F2JpeIpIQrhKcnz3KF2QuDAXxKy73GMyw0vnhz9PZt7Ew+oyvIxEH6cAq2OzwPXH6FWnO"
    "4md+KU4/DzioPwPLhjskFuq7rEqTc2ExG/vfYRmq+x3xFhR4DK5Y6Y3xOsA0Y6eMSjVFrW"
    "dRmu4FcNQRsn6U/VIwnyqBFyPtoAmtJSazQj7+6FZSgtkEchbT0WR+B9t9qRc7Rsr43GQ+"
    "s9qW3edxKM+VibNM0DJON5nTgQBeateOkTI+N5nPSJySfAMuvSAWoWRCd6PZ7EtSJVmdpm"
    "bsbjS7y7G5UvayPbu+PduWTGg9ldmzY5SMy03m8toEsrIvJYElSBmfm8xnw7EVIyu++LSj"
    "IULeYDNzb4LQW/LzX6W5MBaFe+xT1YEtmzjoRIVgu9Kns6mUGqWj50mNFH55GPNTfinOpg"
    "MOfD+osu5GpOA5IpT++DIuhH4R83Y/27zdT5u3DcOWFNmxCIzO6agUo2owfxvrxTOBW3ZQ"
    "kjXD0Qkb6QQtrtcsqTdJmtxIgQI1Wf1p5P3fKWaMhKE44cc/9K+v+i72x/6G08eJMBeH/i"
    "0y3G6FcV2hijcn0V7QeTqc/tqrCedE8nOR3Ofs1Oc05NjcgnAkru/MwKgk2eVyJ6/rQrni"
    "djOW4ZhZVYcKBACE1Bdcw5qsO37cCs3ZzE8fcdyLR73SxcnDbL4ccFA7GKa90vkHccDJB1"
    "jmJK3eGY8OS2DqsoqOd0Jcb07J6wRdJadpg9LebvpF9pV+9saS2syDzJQ1XdpQjKoToUe1"
    "V0VkyUN/keShWDGLw6Yk1+OUjOtN4TpB30+lWjwD0yJGc2ZKahGKywlp71oipMmKK8HS1Q"
    "yJE5UCtWGaXNWwKujJd4ZJbiuS3cQyTsXKsZCQZe1Ba0L2YBobR6HcCuJEbCsgdF09pm4V"
    "xDRCwQBl/VMLgVy0IFOx/qmko6wKfIP8ymFkzq4CHT/LCwDtb6UV4PxwnKldW0VRcOOnTg"
    "FsfYm1Amz540zdxDYu3BfAFh9XFQC79KfpJqqRM526Z3XEdvt8fsmKcBMOGyV3ZAcmVWSA"
    "+jO05QrqoXg1GcRwuu6sVFbI4jzI0BTyDqBBJu78cv5KW7rzDcPpuvSGXqQASChc5hUCiU"
    "qgBQqCSFEp+GRlkB7P2S/GjyrarlXOlr8buqG9XnG+1MLZe6Bz0LLwWjd0wJnGC3cAJneQ"
    "oflT0kl47lyEWiS/RUVNl9arFsJKj75R8ZBMyT+vVWVI0kEX4bt+ofqN/Zz6jf1UiUFvpV"
    "NgHBJ0EOF+oQqZ/ZwKmf10hUzDhDuYUYa0QCRmSH3BiI+1rD/16BDvDe8f7gacsj2sV/od"
    "P/15wIWzvHFbHiQwPJN68hiGCmQ9y5kTECVgXyOqunAPdu/LBuXdzWbjmJvzTkyGQD5O7g"
    "S0syRC9ghuCBZy0DHnc7X1SgPBsSplvYXrgGlPbdSePKtQnuoU2o2K6E0gHHxSaZoh9QXX"
    "wdsBDuqczIWT/M3i9tCykfY14F72xhX6B+j4X9nmZH2D/nhNq01nz1akiOPxOT1VJyjjmP"
    "CyeFs9+puuKGNeK72OqVYXaaCXrYA9oYcvK7YGtE1WEnr34hiXBdtCFdcJW8756UL08n8Q"
    "L3QLeuk//GIhfp5OhOlywHn1tzT09uK6YkN0+H6ezcWFX+TMs4ZAqykVxramoUnnVZxLTN"
    "HgZCFWb+7EakAS3HlrITYBWwntXQlI4DAIkSE5ZQcDgiZv540JvC+TQd9RrbclWi4hxDod"
    "WY8UeIuuYO6RosG7ZSW8rCPJ1tNTCKdVdk/nCEkz+jrjr+1MX+eWJBk03uVFMIhRxm0nyB"
    "i2LCT+DUONo9bYqmJhWwhz4RjYxNtbJNqYRXNXHs2d7bCo1aJsgg20ecsClqVl2ZSTY65y"
    "rcruaEmOD6+3TU8C4YjzjjXYuWiMDNQPDsmbli0iHymYhFy5hOy+nlK23ZzMkjgVM7EUML"
    "F4kGUqJKewztZLugB3DQZDFfs17D0hoyHHaBgl6iDM1ZdGOZjGWl5Dldg+61415Ox00yhd"
    "AustJmwh2nl1xGaPd2OBe5gLQ3Eh+ht5aCx0b+JLx1ClucCPE2DvTJmutX1I0MG1XGQpZ6"
    "/k9EI2yEE+2QnTIQHTuAm2jK3rgKGS8yIkzRD08Pd1RtAzAdLikbK1QVqPCjVIWwOSQH12"
    "GcimvQR5+3e5OpBl6j+yuo9UdR9b2J/wgF4kjBcd3L0HYTpy3f0+/UrHq3KEvfX43ds0xV"
    "nP6uWxenkE6C9qxepW7DrzErGCNMyFQWISPvjIFrUg22Cmg6WB/imQpOH6JUaRGVsZ7kJO"
    "OKD2+IQ4ZPp7okid9PZEGVWrr4e5cy7pzsl+/4rJ31H6Jst8Pf7hYT77KuAC4AfTeAY4Vn"
    "b0OBRwpOzGUYArjI/FqeAK4yrUQTOEcf/nllH606RM4z+p8V885rJFkNYSdOmrvpTaZpyq"
    "E8DXrW0GkJVoqBej7GDQeIfVTQugZ0Ws884CqhwMAmkXosrrfs/isJV538gzsPZ3Tc7V0A"
    "HYWJLHOYIym1f5I0l6wfof4ZXWFgA5RiFS1s5P0lVjUmu9skhRZiNt8iGxJc2TwKJT1PhG"
    "CE5tFVuKmuBSS7KIEe682ODArkmyEUVsnjnWoegoZhZq05t+lWMWCq3BukHlA4yTVaOWNa"
    "g3WaFyeDnV8NLF8Dpf8UKcjsSv4shtzIemhs9w4zbnG87mD7M5ktwGnGKYBwP/1GZY3Lbo"
    "WyX3A8XKjxE1mSGlV34NdQq3sgbVV3qs42Td00nfFQL7XQ7Y79Jg7+Az0KmxjlMxqAtBjf"
    "+XsLeSKlEgTtU9qGvZQlzQngCV7ThKU9dW/XYyyvtCML/Pgfk9YfPAoaMZxsPTgsqR+oJB"
    "eo6OC+7oPUp5ZcKPBdxCWAUr/V7wPm2B9/lxiiv6TAdcdO43l1fW0LT30saXn9J2RvJLEK"
    "fKsy22b9/J8woiiTO1heD5ZXIOTN4uEiO7aKQv5aJuRooG9FEtuYlEyBt8NmIzjTgSpktJ"
    "9Ap1wY1nz1npD/xi4TUkP8iW5bUk//KzNOGH/Ex6EOYTEd3aP0marMiGdACmBtGIJS9+46"
    "fhfVuGL7Ie3l3MhiI/loZzYSQupeFshHYry1CgrEp+3I5ibNDONVt+EeYDznCNK2WWQhEv"
    "ST/bS9JPeUkQOxHL13QeqRhRg1dB2Rfu9rYIzLe32TjjexlAS+4zloL7SFoT6G8nLlXv/z"
    "MUxTmEoYpFsY5TdW9t16JoAe2gGq90e0iUpnsw16Jk4QA56gUdI+oe0LdFcL7Nhvk2hbIm"
    "m9BGB/d5CVHpWZqvcy3E6WesZ1kIfqxnTfj5XMRpUehhTIjrmo7Er7P50M2Ugs+GqeBr38"
    "TR7Bu+9AI3xgu+shAe+LlXN9UCB9n06qY2U2vTjDVUgXRArKEyyCXpuvdm1SIFRWGjF4TI"
    "1EwWOikLAU2GKt3p7BN0b13fviuiUKNR2WfGu5RS7eJFv6ATZGwln1zJ8maDtHnCsZwdGB"
    "4h6cJqvnRgOMu9T6/rinPvZV13ZLwPKAbJLZiXW5KkPDu1pD2rvWRmCQ7vIpWoyUM5JGHw"
    "noJXhV5BKkgq4J2DcYKOAX0K6DYW7DAN6wC8Nq00iunDfLZ4EIbYZO/PgNt6LEU3j9Dt14"
    "hU09l8wuNOPRvD1GTcpifelKMZ6ubTq3KmYSE+QxurrXxFS/retSs8AxNuXcOC8MuDOHcb"
    "rXw/QNNrofJ3xHGvhcq/EMebwkFb3lGV4wrGs1pc+ZJpiVpcXpirJNvoZ60dm7JjBIm4GU"
    "zqVGVc068XYe3hQfIi4Kn8BFn0XVDlak+BMxxTKe3pP1Jf8JRBHHY8+Y4uWmjqRjZ71Ctd"
    "nHgefqh5/n3+QcQVB2AzjhBWb+ovmADsHDYlmR6nZExvCNMJ6aipds4taZz0ri7OVlwNVz"
    "aVPSyXy50gZUnczXlr0nvl2kQCyZ4ukThGw+ryna7L5wGWRpi6Kt9dOFHLAC6aEBxbWtQV"
    "+aLdVxXDIZZHD4rs3f98urwe783SIbzje7wKzLMhwnN0FaCwi9iZIHWx4xoZKAk8g+rgEp"
    "5LFj9oBWbJnmLnolZB0Yg24IYuA1xzARuqzkNMPM7UVbDCLghyBXjNY5N1FTIL7NyCJBrA"
    "eQDYFnombAtvwkk4X2eRc8xn8CpB/RnaVay3hTufGE7XcdyQVndA40i+FXrU5v5kXcUM3d"
    "GtSk6B5XGmLoGVLlWVU0QpUqACyLZj5q1Biurkfm2c+8icrbT05C/FZ1l1CJ6f8nh9DSbs"
    "CFglS3SFyyanVFd0aZ0u2SVFVzer3dUq89oVl127S7YkY0s2U2dFGfoEZ1YBaOhpULAMAH"
    "r9KBajP7qUvbdhO1XVzhIb6GhXkTRDt/c0HRlTdAxcQl9GaFq2ZBwQCEhsITj4sl9zAulf"
    "uezHwTQ2jmJb0t4Hq+AyTdFdzudz3ZJFukcnygYcDIvUsCK3FHKCklVCpqiEjLHDb+8Z0C"
    "fJGf6U+AdFV5CmUwL+BDVDnxJ91ZBJjcROwR6QMbwp8dYM094R5eaTmEdJGe6UuL8AWbUJ"
    "ERQnUT8SMswpMYe65ZhBPAol7DFahjwF8r4sIq1llYz9Pdq8MwR1Am0C+y0mbpuwnqflzB"
    "7vxgL3MBeG4kL0cyrCADv3ZhzwucCPE4h7W0QpwNOkDO+TePsyXxm806QM75N4n0h5z4H7"
    "VMp7UbRbZDWpAG8PLrRIy/c5SEzR/HpWyYpTK308+zbgVOPF/UuYSxNxNMIVr9AlYEoa3G"
    "zculf+1eDz48NDZKxzOETGfhE/fxlwe7hzxbm3zy0ygYILb0gb+ZXG6JskYzbftBCkypYt"
    "RVz8JbIQMqZg2QhNzkbYmgBhSqyAk/k+xWiYZTr5KmmGDmzZJCCac/BHiZiEdVqDQM+EFj"
    "rlQZCgutzSvflw25LFu4E7r7QnkpooVeEkJVvGJ5exn3xDD3aSkGF9WgneI+UKqEi4JVQx"
    "zCmlESdjRTRikk0llU5ycn4yt/I4ERNCkvs4xscpWYchTtq9nPwuye9+2qWkyeYTwWsAd9"
    "nRZQnKzrxD/9nv39x87F/ffPh0+/7jx9tP1+HLlL6V91bdiZ/xixXjLSEULaLx0nOBRM04"
    "UY4TYdAxVchvgoq16K6yRXe0dXOcH7QNuiMTtYoZRfPwE8swlok/5BdDfiTU0ZXby3zIif"
    "cPUyMKBPuHeRks0r9VL/sVxyL9K478DXwOlmKQVPuFJqvqSYdFSNylki83/Y8fwkWKP+St"
    "z8WEH48JEeqBBbocvgRyhjDZiF0O4DQ1wzexP2w1sqs6Y0fwhnew6Xs93QaQKrUjdcY+HX"
    "pxpLykTbW9sRcq3LrHupSRlJuDeJqUQV4EchuWb5Md0DZ5J+k9jPmlOH2cDLiD26ve0Vb6"
    "59l4NOB2hop7sInjr7jVrAXVZ2Cu9Lv5bPoPYcCtTUP/w3vmN49V2ZgQl7ukcTVESJiboX"
    "I3g6u4SplFS/MasyUIm/zulDyFqy/P3TYHRFMOiNZ5IJjVlVldG8eMhlpdRbdk/9+NdY9g"
    "cT3evMqztnpl/6V/+eNOWVoxy7mN+cqZjs4ZJocLykGbM7aczG2hCv6Lg7bFmQBPyu2ReG"
    "Vxmmw9gQ3nSuUWZ+jq609Jmaq6WZm9t1n2XqDb0Kbqh3ikuGDUfHSLu4CRokhX1Zvspqo3"
    "qQZn+CWR3A8USMeIOiiF1tKV2QXN2sv92w/UWB/J6kK7S+1r0XkgofMgjXJu8mqE6oJpq2"
    "8j3FeYtdq+DoklDEHzx+nU7a+HFoju9tcbfhGGP7uND/dAecK99IazyURcus30PCnE9jrs"
    "3T8uvAZ7W8fCV+55cYwvbGX0Zjel356BI6ZN44WqhlWMqDPBQtWFPvp9pChhTZIxYJPAgu"
    "/QstEX0iKbomPQJqE9mAZ6Sk0Ku18UhDZFx6BNZbQ4BxUq6OGpwSVQMnhTjmxXx6dxcxwp"
    "mJejci9HcIqtqVT4OFWTRcKSys67/qcislv/U7bwhu+1udXlZdFvZ9vDIr0ut1CH1r4U2x"
    "OkLDO+yX4tG+AMM3T4U5mZE1Ss1MTJVn0BYmmQqZv1eR6UZWTCdiFd1GuVWGQxrxX6Ddz0"
    "cTwu1rUPdysyN+d2dXJhn7tTtfCsykKdrqFHKU+gj1mmM/CI6Ul/oHkcetIluNwDzmuAjs"
    "1jwATorXJ9d7rfVBxsOKSrc/Zetrm9bHG6wYkj9Ai4nxIeiJ17xouedgtWNvNKX+k8muNH"
    "j4xDR+fGQmQAk//Nwp93wDyg70XzoO9B37DhVCA/A29U4B/iZNXQQR2exrysvo45Gy+Sx5"
    "ftkozwms6DEyOrRqt5W3bUHbMVREPoBpX2GCfroPrYvy7il7zOdkteJ6H+l7GmEyyPBF1K"
    "pahLqPSjYyqRJ/2InJYBXFSWPK4r6ubP9ctHoSifKSFFhf2TMlJU1TgtJfGchcSJDee9g5"
    "yGpkeAD9z4JiRzyBskXfz4P5z7QFdo1Aa4pkvrivOZif4y3NmstKBU9eQsjKpZYVS0oT3V"
    "RvU0SEp5d13k7ESjsi2v16nTkwWpXSRIzYOPKoclQsK8O9V7d9A5ILnnAB1PolSMLZWzJT"
    "iSaZgSpWEsqZwlvmxEw5EICWNI9VsXc0wzx3QD0O+uY9o5bEpyPU7JuN4UrhP81KFjqmCa"
    "YMwkVomfr5g5rCWe1Xp9fLoNTK+2Y49kwIrcvsq1XiUG1llc7bdUSqSiOKYZbg7o4u/MTd"
    "ZIN5lfqZosXp1OCYmQN1nO6t3N+enwCy72gUugr/SHL2hjHXAH9IvBSp9NxyL+aOgqxJ8n"
    "szvRbXdjrCFuabMQxvdo6vlXcYiuWkDdShYwn6GC7gkTXhwPOKDJUF3p3wQkXy0H3AtAyN"
    "grfSwsl7joiAps2zfpvHn+yAaaINwXyjA9NkGj2S5O72aP09GAg/racPQNYvXj0r9kOLZ7"
    "rQxTiojf2cJ3SvQ+OCY64KlMvxGSJnOgSfZfy9E0YoeVJfiecdZESDqBcp4IK/yyzNffQw"
    "l2PJt+DoYnlfpUvuGWUAc0e1mHBKXgPi0/dinwIiFk0ehuCdIOKm/tVdbSOroXG1f2tD5S"
    "X9CJhdQbR1YpzZC9CT995JEw5VGvdHHyMJsjacrzxK90/kEccPIBNkOO8oInqa2TCbJOnC"
    "u1x5gx22THrFRFbJNBsxGqWJM4EUulSCdf+m3AqFCN0TBQG91GpGPIHkxj4yiUu0CciC3Y"
    "k7Gv2dX/qANgz6n/1wyt4awKgMcg2PSmWwG6d+FE7Vq/RaGNnTQFgPXP+wqQ5Y8zdRPauG"
    "hUAFt/F60A24fjTN3ENn7gUEfFR62U5jN4laD+DG05IxyJxv+6cOcTw+m6w4KEcdeFDSkf"
    "BzQOVALa3J+sQ5DV6bme8Y69H6oQuF+X8lxHb1/lea4NpBTuJeU4kvUFa5OQeZXnbXaZSh"
    "Tlc8L5okSdS3Wo3lj2tlkkb60mXcCPCBQT2NJetgjyfI5rK05Wk4OrU2ZfE3ihBpJjQqqo"
    "7BRhM2Kz8fd1JjYb35dUY2c4uI5ESUblTsKYVjnTdki7tv0vomBTgowxpnLGWIpxoDq1Q4"
    "ILenXrAvsCBd1NQ6Vb8iEBW+yVL3YclvxMWO25Jd+PRBes+B7oBa2t+M4859m7Tnc958zF"
    "W7/HjHl0ghVUgUfnberFBF4JgrUy4rDItlRG/CPMSNmq9/oqz0iJGE1ln/THd840WX1tEG"
    "aarNc0if+XAFWj2ggJQ7kYyri7w84gZZIUTJqL0DcZ895IeJgtxOWA2wAkoEJ7pWPZVAov"
    "u33Yw3vDuTASl9KQn+OuStiaZ0sKOqNX+njGTwecasg6zq2bLz/zn93sOtPeoYMZZ83x4+"
    "UXnDUnq/Z+pYvTxSNO2BNw4pblmCGKbx7z7aZN6ApdOYoIzQWNNcPpr5ex19wUOSWyD4kk"
    "xMw4UKtxoFQZAD9y6MyoiuIBVk07VAqFoOAO5KpHchZMw2Ce7qiEMZwilQnOrS0Rr3HQQa"
    "xwspCmAX1TRSjYPDZZl17Dmo0Ez3ADzAWwrIyiHMkhVyeMBu5gyYqMLlBXdo0b4QHzbxZn"
    "wZ3+I9Q52Xar1gNtDTYbsOGCmbkfcEF8xTCeIPD7aONxT+D1P0g1ZaubmFkymmXJQIyhDl"
    "OJ0nTOolF9iApS8XZ0ftuAoMmaX1ltu3J9yw0FDfxLiZMvp0ZQjKxLWVUXqRYUgV8jJARl"
    "+8z94cxjXrnH/ICkNtwM1zbsg+RFEtJsOhnk3YtBrCV2BHw/QMSbEj70OOVlfOiXPF1b4j"
    "IPQMr1mbNIiex3rLuREm7BIbpAiShJl2SLugIlMopAUcdJLPA8E6yUtlFSLhotEV1dsWCJ"
    "Ib8Y8iPhrWIlEsYjghUkbV7KNoKY6bEXLVCKULYdi1UlbWhVUlPWn9L4LzRZVTM5ENB0aU"
    "u+6X/8EAKPP+RBvZjw43Fah7MUtNEStl/VkLMOuIAiAeUWk7QQzBzMRrPHu7HAPcyFobgQ"
    "fcUtlE/cm3En2lzgx6ksJdlCKNGFXcSIOmgKuikUeHGTE3hxkw688EH7g8qgGSNiSBdD2j"
    "8fiTAXKDkYUl8w3sHY4tbBAf8Lx7jM7u+FuYDrAXv0K50fDoWHJb4kKwo42PjaSBjiEtEj"
    "HAqj4CLRpcoGV28fdUUr6RmYgSep6FuRIuzgm8HqEDIbQRU2AvTKw00prscpK+B6w4yvLW"
    "FyMfsfq+DXsQp+XcQ1x87GSvj1KOxseSX8QlPbWxdDayu4Z1ZDq9eOuUWHxn5pPIEMK2bk"
    "/lW+DdMdKdnhUJYD1qat9CrHAOnylDp2Kk7FoqdO6lNbWYMqVTLFkaIuhfUN8+2KmAduss"
    "0DN+l0lYbUW3trwavuIEBWvKXWABwWBciiAFkUIC4h6GYMSE+A6sxMkLHWWic3dBbx91ew"
    "+HmypFSe2cQJOmjb7xLTHatct3OLmfFbwV8TPCMtvAyL45SMy03mMnPEZstG3XXEsmBtFq"
    "zdKD9HY4O1DRUsgOKY0H7tkZwc0ftXuU4ONBJnjB2HnkxVX/hZ5KajAouTdU7eaFCHmMw2"
    "TM4CtsUdgMnhqdP56NTUZ7hO8Bw0inQwvnOW/aoqveU5VOyDZIJ/O9CP0UuY8fKK+6RoL1"
    "jjJ7zSqiI/MYXnsCkpKsUpmajUFFGJICGHVVAKlnaq8/BZgJ2W0QMquJV75FiRQZV61H9L"
    "R70qqmPZ6O7vzNv+lnVK0GORz+HTseYBbZMdlb3541gYuCLNSh8L/NyNJEcHntmYQHJWmZ"
    "VVZm0/ytFfRoF0gqx7ZTFuC4F9mwP2LSEbyyFpTzkdVRyi9kTnGG4YzJf2AL9xvk/D0K89"
    "3ceXDotLfBEK1kKDmAmwhXS7RoSkGREl+Gu7E1EC/yBwI9ua7g+/nCX9uiUrm1WtvphBK/"
    "DgremqsMeoOihQs2xXZjmswsnK7MVd43oF9uKIBuL6dK09PJxZjdy3BU/C+Vq4ILL8xLUW"
    "JE8Dl21pj6N70uYuafHxBcqSB3mUuHy4Lb9yuHw450834IwD0LmXPRLguX/+09FtqP7znx"
    "y03Eci1SI/c7YilcCCR/WM8+4sPTQoVSLMv0PlCWAVwvC9S1QIs6DvDKA5oEKiDp5N7T2L"
    "CCKI++rRSh8BEYvcbDJvWZmNukwQ8YOtqEUnRsRwLRAheQxPODdG8jhTyyAuHB8ZW12na2"
    "ywEiY06BYqYfJGMUCR8F+SdhKPDs7RS9wAW+04kpXYaNM2mivBO+t/AVI9nZxE1iNJ90Jw"
    "Ky/+4FjApA3ridJ0DuLqLeQbaB1U+VWihTlJ10F3RC3xPQfZsl4MdDjRVuZJEXYQ8VpKb+"
    "CUB4KhNyfKJyBohre+U/UfmJP5Yk7mrQxVsJFUYwdJbVczpb8UHQuVSEKrGgpOsy5l5EvS"
    "Mltfk219JbvVsS51ZU5qFzVVtmzJssGBzjeVpu1Q9OKFq2W5MLr7f4kQihQx2+CavMGxCK"
    "nsl6+dsTIsQuqvyPWsCKko19emrCt7Ou9ajKZDR2pdvjUPrwq8P3fhRO3Ct6jrJ7awqOur"
    "Rw4wBNeZcXy8g66a8A932BBda+G2lRnHR6i+eSZcD6bxDDfAXHizdRWsWHH8MyFLluTvCl"
    "61OmAd8xm8ivoztDMbtqbGXOW6Yt3REowPLxAhaiFwVPCjYwFOhfrTf3EGkg84mcOmeM7Y"
    "ctC2OHeZ4FDOJ3CwSYGh5SZhPt9m+Xw7X+hhuOCXA06xZHulTx8WaA4vTJ7WQvSpgH3oU6"
    "Z16FPaNsTaWVwwYYplprHMNGZeO9+81q4y7IzNJdnMSnJ3m7+KoR1U/GSUMf8JMmY/I+TC"
    "s2yKmpBF8wKs2eLGKdSpfinaDq3dC7hTcyzELEOgR2EmzssQOBqKM5Z9BRCL8dnatd6Lgp"
    "x+2wvgHB5uVSzk6FzdxDgpC9TbUjZqxrYO6LeRYi590pkOlgb6p0DBA9eAOo/M2A1e/VnK"
    "NB3ikGmYjiJ10iwdZVQBo7TOybr1Aswr7gXae+5lL9sctLHtWF4bjs0pxgGCDS4/sDVMzg"
    "QHw7QRNtz6lduZhnMgmKgrmbJIAYPEpu59a6gKoYt0NQuYUZsZtVtp1LYUdFCmgV9osqpm"
    "5zsHRF1Sem76Hz+Eqxp/yFvQiwk/HhM0SUMjpzUvwfdsBT0g6UKMbp7JRfhlGbO2pLI5Qo"
    "vLeDb9HAxPpngkEN/Lug4IIfDFto4IeaN3j7s5Px1+GXBeyMpKf/gymwoD7oB+MVjpsyla"
    "i+ijoasQf57M7kRcK10z1hBXS18I43s09fyrOERXLaBuJQuYz1BB94QJL44HHNBkqK70bw"
    "JiCNqnXgBCxsZ11pdLYY7LrNt+Rda3r7Ke0V0pJ+M1IOjCC1a3VyghCdHYkhOkrG9rk+3J"
    "LBKzDksyM9IzI33bkGVG+mbkPB2DAunWeIqumlXeenMDc4AwB0h7QGYOkAss5GIOkLSYXA"
    "G8LJmGzrNEOhfTbAgcRwWZQArWb9W5WHw3ScgERThyVq7EEshaj+CGcq9f5Tmf7GAEK0vX"
    "JvHqKsebo/gZbIWjt/3xnQuPr6onNOsxeanqaCwqPhv9dualZ1UjSOmHxXJ9fRHyzHTMDk"
    "rbsdfI74FxHkhYdjgWuG3Z2/ImGasRxDJksSIFg7FEVlu94N9Cgc/zy7Gu4W9aQPiyztSG"
    "OfTqdqa6LxLVuo1QMGfFaUNusJWcaZwJlNSWgVvUGhBZVPXG/NKeVqasW75hl3RcRW7nn1"
    "eJgXUaElKho2vDePKk/t9xAyxZUQwntDBGblKda6wHVrVetuwD8MihFBPy1b0YYQe1vZZo"
    "d4WCXWQNv5NpDk8M3T8jUuw9kiR5CxSoyepPI+//bnF2JAzFCT/+oX991U+Ud54+TgR0WP"
    "i3ksEZpgl0ha5iQ4Tmcsap3nD6a+8i0uRNEctftuEv3SXBBBkO1WKhrrEJmmwN7A3nwkjE"
    "wfIm2EB7pY+EO/xxA9bQfSHfOGSehRwXCDnml5MBJ9saopstEJVhpYOL46HHTQw1VhAbdo"
    "ZJt69FaJrM4JLb2m0Rm/tttsn9Nm1xxwctMA+yadMBnaDrXnR3v5CDo5/j4OinHRzRX0aB"
    "doKse2DfFgL7Ngfs2zTYcW2woA0oTsTMQCwa+O0MbP5arMDGxh9nahnERc1s8fe2SPgeC0"
    "OtPAy18uoFsgpMwvqnL13ABxO165SsqmLB0oToxtAwAzWUaPFNjLnKN/vi0eiXxYafrFvg"
    "9k3l0PNsoamBDWeYnD8F+iBzlrPbAQv/HUjy+HnRg+M6A9iMmC5bUMmMLIatYZ7RgGvSwT"
    "Q2Dm2TVQJx92Tmd/1CEVj9nAisfkpmPmIHLcuhCnYjkHYP9Fq0Qnfz2gBfxkgII6ohZ2Yu"
    "RskSWG8xXfvQzjOPzx7vxgL3MBeG4kL0m1OGng73ZtxoPhf4cQJp9yCTnoFpUWrgKcLuLe"
    "0aihwH5zBBgstr+Bmju2DPz7dZ1xX2/ESil0FQaLKXdUjQQWMpK9rNwpOraJYW6A2U5q44"
    "FTN3NaxiQxexzUu6fqNk1abBXGO2ara/sjzCw8icXUU6vlE2KkaSByZU9j2Cscy/c5VnIp"
    "OPY1h2ZZv20ascy1QJ3fFcrbFpb/YFWoHjl4oCYX94B9GtJ83S0G1ipcy/L2bTTFuTTa6U"
    "uYGKzf0fp0KrxfIACVwMRkxFSZXMTFbHvIrrHniCO5JYdsnD7M//B6VJ990="
)
