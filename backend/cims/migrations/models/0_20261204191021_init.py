"""Migration 0_20261204191021_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
RECATEGORISED: recategorised
COMMENT: comment */,
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
RECATEGORISED: recategorised
COMMENT: comment';
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
    "L3QLeuk//GIhfp5OhOlywHn1tzT09uK6YkN0+H6ezcWFX+TMs4ZAt+rYcDbxSNDboPlv+9"
    "uHOW9NQ5POq0GXmKLB6UOsAt2J1YBkuvPWQmwCthLauxKQCGIQYkVyChEGBE3e4BsTil8m"
    "p76jenBL9F5C0HU61h6p9BZdCd0jRYN3y0p4WUfarae5EE6r7C7PEZJmdHrGX9uZTs8tST"
    "tovBOMYCKjjOROkDFsWZD8GwYfR+2zVUXHthDmwlGxibe3SPwxi++uPL4724VRq43ZBBto"
    "85YFLEvLsjInx1zl2pnd0ZIcH15v454EwhF3Hmu5c9GoGagfHJJ/LVtEPlIwCblyCdl9Pa"
    "VsSzqZJXEqZmIpYGLxIMtUSE5hna2XdAHuGgyGKvZ02HtCjkOO0TBK1EGYqy+WcjCNtbyG"
    "KrGh1r1qyNkJqFG6BNZbTNhCtPMqi80e78YC9zAXhuJC9Dfy0Fjo3sSXjsFLc4EfJ8DemT"
    "Jds/uQoINruchSzl7J6YVskMN+slOoQwKmcRNsGVvXAUMl50VImiHo4e/rjKBnAs/Rv0Fa"
    "jwo1SFsVkkB9dmHIpr0Eeft3ucqQZSpCskqQVJUgW9ix8IBeJIwXHdy9B2E6ct39Pv1Kx6"
    "tyhL31+N3bNMVZzyrosQp6BOgvasXqVjQ78xKxEjXMhUFiEj74yBa1IP9gpoOlgf4pkLbh"
    "+iVGkRlbGe5CTkGg9viEOGT6e6JInfT2RBlVq6+HuXMu6c7Jfv+Kyd9R+ibLfD3+4WE++y"
    "rgkuAH03gGOFZ29DgUcKTsxlGAK4yPxangCuMq1EEzhHH/55ZR+tOkTOM/qfFfPOayRZDW"
    "EnTpq76U2macqhPA161tBpCVaLEXo+xg0HiH1U0LoGdFrPPOAqocDAJpF6LK637P4rCVed"
    "/IM7CGeE3O1dAB2FiSxzmCMptXCyRJesGKIOGV1pYEOUYhUlbTT9JVY1JrvbJIUXgjbfIh"
    "sSXNk8CiU9T4RghObRVbiprgUkuyiBHuvNjgwK5JshFFbJ451qHoKGYWatObfpVjFgqtwb"
    "pB5QOMk1WjljWoW1mhAnk59fHS5fE6XwNDnI7Er+LIbdWHpobPcOO26xvO5g+zOZLccAUL"
    "82Dgn9oMi9sWfavkfqBY+TGiJjOk9MqvoXLhVtag+kqPdZysezrpu0Jgv8sB+10a7B18Bj"
    "o11nEqBnUhqPH/EvZWUiUKxKm6B3UtW4gL2hOgsh1Haeraqt9ORnlfCOb3OTC/J2weOHQ0"
    "w3h4WlA5Ul8wSM/RccEdvUcpr0z4sYCbCqtgpd8L3qct8D4/TnFFn+mAi8795vLKGpr2Xt"
    "r48lPazkh+CeJUebbF9u07eV5BJHGmthA8v0zOgcnbRWJkF430pVzUzUjRgD6qJTeRCHmD"
    "z0ZsphFHwnQpiV6hLrjx7Dkr/YFfLLwW5QfZsrwm5V9+lib8kJ9JD8J8IqJb+ydJkxXZkA"
    "7A1CAaseTFb/w0vG/L8EXWw7uL2VDkx9JwLozEpTScjdBuZRkKlFXJj9tRjA3auWbLL8J8"
    "wBmucaXMUijiJelne0n6KS8JYidi+ZrOIxUjavAqKPvC3d4Wgfn2NhtnfC8DaMl9xlJwH0"
    "lrAv3txKXq/X+GojiHMFSxKNZxqu6t7VoULaAdVOOVbg+J0nQP5lqULBwgR72gY0TdA/q2"
    "CM632TDfplDWZBPa6OA+LyEqPUvzda6FOP2M9SwLwY/1rAk/n4s4LQo9jAlxXdOR+HU2H7"
    "qZUvDZMBV87Zs4mn3Dl17gxnjBVxbCAz/36qZa4CCbXt3UZmptmrGGKpAOiDVUBrkkXffe"
    "rFqkoChs9IIQmZrJQidlIaDJUKU7nX2C7q3r23dFFGo0KvvMeJdSql286Bd0goyt5JMrWd"
    "5skDZPOJazA8MjJF1YzZcODGe59+l1XXHuvazrjoz3AcUguQXzckuSlGenlrRntZfMLMHh"
    "XaQSNXkohyQM3lPwqtArSAVJBbxzME7QMaBPAd3Ggh2mYR2A17iVRjF9mM8WD8IQm+z9GX"
    "Bbj6Xo5hG6HRyRajqbT3jciGdjmJqMG/fEm3I0Q918elXONCzEZ2hjtZWvaEnfu3aFZ2DC"
    "rWtYEH55EOduo5XvB2h6LVT+jjjutVD5F+J4UzhoyzuqclzBeFaLK18yLVGLywtzlWQb/a"
    "y1Y1N2jCARN4NJnaqMa/r1Iqw9PEheBDyVnyCLvguqXO0pcIZjKqU9/UfqC54yiMOOJ9/R"
    "RQtN3chmj3qlixPPww81z7/PP4i44gBsxhHC6k39BROAncOmJNPjlIzpDWE6IR011eC5JY"
    "2T3tXF2Yqr4cqmsoflcrkTpCyJuzlvTXqvXJtIINnTJRLHaFhdvtN1+TzA0ghTV+W7Cydq"
    "GcBFE4JjS4u6Il+0+6piOMTy6EGRvfufT5fX471ZOoR3fI9XgXk2RHiOrgIUdhE7E6Qudl"
    "wjAyWBZ1AdXMJzyeIHrcAs2VPsXNQqKBrRBtzQZYBrLmBD1XmIiceZugpW2AVBrgCveWyy"
    "rkJmgZ1bkEQDOA8A20LPhG3hTTgJ5+ssco75DF4lqD9Du4r1tnDnE8PpOo4b0uoOaBzJt0"
    "KP2tyfrKuYoTu6VckpsDzO1CWw0qWqcoooRQpUANl2zLw1SFGd3K+Ncx+Zs5WWnvyl+Cyr"
    "DsHzUx6vr8GEHQGrZImucNnklOqKLq3TJbuk6OpmtbtaZV674rJrd8mWZGzJZuqsKEOf4M"
    "wqAA09DQqWAUCvH8Vi9EeXsvc2bKeq2lliAx3tKpJm6PaepiNjio6BS+jLCE3LlowDAgGJ"
    "LQQHX/ZrTiD9K5f9OJjGxlFsS9r7YBVcpim6y/l8rluySPfoRNmAg2GRGlbklkJOULJKyB"
    "SVkDF2+O09A/okOcOfEv+g6ArSdErAn6Bm6FOirxoyqZHYKdgDMoY3Jd6aYdo7otx8EvMo"
    "KcOdEvcXIKs2IYLiJOpHQoY5JeZQtxwziEehhD1Gy5CnQN6XRaS1rJKxv0ebd4agTqBNYL"
    "/FxG0T1vO0nNnj3VjgHubCUFyIfk5FGGDn3owDPhf4cQJxb4soBXialOF9Em9f5iuDd5qU"
    "4X0S7xMp7zlwn0p5L4p2i6wmFeDtwYUWafk+B4kpml/PKllxaqWPZ98GnGq8uH8Jc2kijk"
    "a44hW6BExJg5uNW/fKvxp8fnx4iIx1DofI2C/i5y8Dbg93rjj39rlFJlBw4Q1pI7/SGH2T"
    "ZMzmmxaCVNmypYiLv0QWQsYULBuhydkIWxMgTIkVcDLfpxgNs0wnXyXN0IEtmwREcw7+KB"
    "GTsE5rEOiZ0EKnPAgSVJdbujcfbluyeDdw55X2RFITpSqcpGTL+OQy9pNv6MFOEjKsTyvB"
    "e6RcARUJt4QqhjmlNOJkrIhGTLKppNJJTs5P5lYeJ2JCSHIfx/g4JeswxEm7l5PfJfndT7"
    "uUNNl8IngN4C47uixB2Zl36D/7/Zubj/3rmw+fbt9//Hj76Tp8mdK38t6qO/EzfrFivCWE"
    "okU0XnoukKgZJ8pxIgw6pgr5TVCxFt1VtuiOtm6O84O2QXdkolYxo2gefmIZxjLxh/xiyI"
    "+EOrpye5kPOfH+YWpEgWD/MC+DRfq36mW/4likf8WRv4HPwVIMkmq/0GRVPemwCIm7VPLl"
    "pv/xQ7hI8Ye89bmY8OMxIUI9sECXw5dAzhAmG7HLAZymZvgm9oetRnZVZ+wI3vAONn2vp9"
    "sAUqV2pM7Yp0MvjpSXtKm2N/ZChVv3WJcyknJzEE+TMsiLQG7D8m2yA9om7yS9hzG/FKeP"
    "kwF3cHvVO9pK/zwbjwbczlBxDzZx/BW3mrWg+gzMlX43n03/IQy4tWnof3jP/OaxKhsT4n"
    "KXNK6GCAlzM1TuZnAVVymzaGleY7YEYZPfnZKncPXludvmgGjKAdE6DwSzujKra+OY0VCr"
    "q+iW7P+7se4RLK7Hm1d51lav7L/0L3/cKUsrZjm3MV8509E5w+RwQTloc8aWk7ktVMF/cd"
    "C2OBPgSbk9Eq8sTpOtJ7DhXKnc4gxdff0pKVNVNyuz9zbL3gt0G9pU/RCPFBeMmo9ucRcw"
    "UhTpqnqT3VT1JtXgDL8kkvuBAukYUQel0Fq6MrugWXu5f/uBGusjWV1od6l9LToPJHQepF"
    "HOTV6NUF0wbfVthPsKs1bb1yGxhCFo/jiduv310ALR3f56wy/C8Ge38eEeKE+4l95wNpmI"
    "S7eZnieF2F6HvfvHhddgb+tY+Mo9L47xha2M3uym9NszcMS0abxQ1bCKEXUmWKi60Ee/jx"
    "QlrEkyBmwSWPAdWjb6QlpkU3QM2iS0B9NAT6lJYfeLgtCm6Bi0qYwW56BCBT08NbgESgZv"
    "ypHt6vg0bo4jBfNyVO7lCE6xNZUKH6dqskhYUtl51/9URHbrf8oW3vC9Nre6vCz67Wx7WK"
    "TX5Rbq0NqXYnuClGXGN9mvZQOcYYYOfyozc4KKlZo42aovQCwNMnWzPs+DsoxM2C6ki3qt"
    "Eoss5rVCv4GbPo7Hxbr24W5F5ubcrk4u7HN3qhaeVVmo0zX0KOUJ9DHLdAYeMT3pDzSPQ0"
    "+6BJd7wHkN0LF5DJgAvVWu7073m4qDDYd0dc7eyza3ly1ONzhxhB4B91PCA7Fzz3jR027B"
    "ymZe6SudR3P86JFx6OjcWIgMYPK/WfjzDpgH9L1oHvQ96Bs2nArkZ+CNCvxDnKwaOqjD05"
    "iX1dcxZ+NF8viyXZIRXtN5cGJk1Wg1b8uOumO2gmgI3aDSHuNkHVQf+9dF/JLX2W7J6yTU"
    "/zLWdILlkaBLqRR1CZV+dEwl8qQfkdMygIvKksd1Rd38uX75KBTlMyWkqLB/UkaKqhqnpS"
    "Ses5A4seG8d5DT0PQI8IEb34RkDnmDpIsf/4dzH+gKjdoA13RpXXE+M9FfhjublRaUqp6c"
    "hVE1K4yKNrSn2qieBkkp766LnJ1oVLbl9Tp1erIgtYsEqXnwUeWwREiYd6d67w46ByT3HK"
    "DjSZSKsaVytgRHMg1TojSMJZWzxJeNaDgSIWEMqX7rYo5p5phuAPrddUw7h01JrscpGdeb"
    "wnWCnzp0TBVME4yZxCrx8xUzh7XEs1qvj0+3genVduyRDFiR21e51qvEwDqLq/2WSolUFM"
    "c0w80BXfyducka6SbzK1WTxavTKSER8ibLWb27OT8dfsHFPnAJ9JX+8AVtrAPugH4xWOmz"
    "6VjEHw1dhfjzZHYnuu1ujDXELW0WwvgeTT3/Kg7RVQuoW8kC5jNU0D1hwovjAQc0Gaor/Z"
    "uA5KvlgHsBCBl7pY+F5RIXHVGBbfsmnTfPH9lAE4T7QhmmxyZoNNvF6d3scToacFBfG46+"
    "Qax+XPqXDMd2r5VhShHxO1v4ToneB8dEBzyV6TdC0mQONMn+azmaRuywsgTfM86aCEknUM"
    "4TYYVflvn6eyjBjmfTz8HwpFKfyjfcEuqAZi/rkKAU3Kflxy4FXiSELBrdLUHaQeWtvcpa"
    "Wkf3YuPKntZH6gs6sZB648gqpRmyN+GnjzwSpjzqlS5OHmZzJE15nviVzj+IA04+wGbIUV"
    "7wJLV1MkHWiXOl9hgzZpvsmJWqiG0yaDZCFWsSJ2KpFOnkS78NGBWqMRoGaqPbiHQM2YNp"
    "bByFcheIE7EFezL2Nbv6H3UA7Dn1/5qhNZxVAfAYBJvedCtA9y6cqF3rtyi0sZOmALD+eV"
    "8Bsvxxpm5CGxeNCmDr76IVYPtwnKmb2MYPHOqo+KiV0nwGrxLUn6EtZ4Qj0fhfF+58Yjhd"
    "d1iQMO66sCHl44DGgUpAm/uTdQiyOj3XM96x90MVAvfrUp7r6O2rPM+1gZTCvaQcR7K+YG"
    "0SMq/yvM0uU4mifE44X5Soc6kO1RvL3jaL5K3VpAv4EYFiAlvayxZBns9xbcXJanJwdcrs"
    "awIv1EByTEgVlZ0ibEZsNv6+zsRm4/uSauwMB9eRKMmo3EkY0ypn2g5p17b/RRRsSpAxxl"
    "TOGEsxDlSndkhwQa9uXWBfoKC7aah0Sz4kYIu98sWOw5KfCas9t+T7keiCFd8DvaC1Fd+Z"
    "5zx71+mu55y5eOv3mDGPTrCCKvDovE29mMArQbBWRhwW2ZbKiH+EGSlb9V5f5RkpEaOp7J"
    "P++M6ZJquvDcJMk/WaJvH/EqBqVBshYSgXQxl3d9gZpEySgklzEfomY94bCQ+zhbgccBuA"
    "BFRor3Qsm0rhZbcPe3hvOBdG4lIa8nPcVQlb82xJQWf0Sh/P+OmAUw1Zx7l18+Vn/rObXW"
    "faO3Qw46w5frz8grPmZNXer3RxunjECXsCTtyyHDNE8c1jvt20CV2hK0cRobmgsWY4/fUy"
    "9pqbIqdE9iGRhJgZB2o1DpQqA+BHDp0ZVVE8wKpph0qhEBTcgVz1SM6CaRjM0x2VMIZTpD"
    "LBubUl4jUOOogVThbSNKBvqggFm8cm69JrWLOR4BlugLkAlpVRlCM55OqE0cAdLFmR0QXq"
    "yq5xIzxg/s3iLLjTf4Q6J9tu1XqgrcFmAzZcMDP3Ay6IrxjGEwR+H2087gm8/geppmx1Ez"
    "NLRrMsGYgx1GEqUZrOWTSqD1FBKt6Ozm8bEDRZ8yurbVeub7mhoIF/KXHy5dQIipF1Kavq"
    "ItWCIvBrhISgbJ+5P5x5zCv3mB+Q1Iab4dqGfZC8SEKaTSeDvHsxiLXEjoDvB4h4U8KHHq"
    "e8jA/9kqdrS1zmAUi5PnMWKZH9jnU3UsItOEQXKBEl6ZJsUVegREYRKOo4iQWeZ4KV0jZK"
    "ykWjJaKrKxYsMeQXQ34kvFWsRMJ4RLCCpM1L2UYQMz32ogVKEcq2Y7GqpA2tSmrK+lMa/4"
    "Umq2omBwKaLm3JN/2PH0Lg8Yc8qBcTfjxO63CWgjZawvarGnLWARdQJKDcYpIWgpmD2Wj2"
    "eDcWuIe5MBQXoq+4hfKJezPuRJsL/DiVpSRbCCW6sIsYUQdNQTeFAi9ucgIvbtKBFz5of1"
    "AZNGNEDOliSPvnIxHmAiUHQ+oLxjsYW9w6OOB/4RiX2f29MBdwPWCPfqXzw6HwsMSXZEUB"
    "BxtfGwlDXCJ6hENhFFwkulTZ4Orto65oJT0DM/AkFX0rUoQdfDNYHUJmI6jCRoBeebgpxf"
    "U4ZQVcb5jxtSVMLmb/YxX8OlbBr4u45tjZWAm/HoWdLa+EX2hqe+tiaG0F98xqaPXaMbfo"
    "0NgvjSeQYcWM3L/Kt2G6IyU7HMpywNq0lV7lGCBdnlLHTsWpWPTUSX1qK2tQpUqmOFLUpb"
    "C+Yb5dEfPATbZ54CadrtKQemtvLXjVHQTIirfUGoDDogBZFCCLAsQlBN2MAekJUJ2ZCTLW"
    "Wuvkhs4i/v4KFj9PlpTKM5s4QQdt+11iumOV63ZuMTN+K/hrgmekhZdhcZyScbnJXGaO2G"
    "zZqLuOWBaszYK1G+XnaGywtqGCBVAcE9qvPZKTI3r/KtfJgUbijLHj0JOp6gs/i9x0VGBx"
    "ss7JGw3qEJPZhslZwLa4AzA5PHU6H52a+gzXCZ6DRpEOxnfOsl9Vpbc8h4p9kEzwbwf6MX"
    "oJM15ecZ8U7QVr/IRXWlXkJ6bwHDYlRaU4JROVmiIqESTksApKwdJOdR4+C7DTMnpABbdy"
    "jxwrMqhSj/pv6ahXRXUsG939nXnb37JOCXos8jl8OtY8oG2yo7I3fxwLA1ekWeljgZ+7ke"
    "TowDMbE0jOKrOyyqztRzn6yyiQTpB1ryzGbSGwb3PAviVkYzkk7Smno4pD1J7oHMMNg/nS"
    "HuA3zvdpGPq1p/v40mFxiS9CwVpoEDMBtpBu14iQNCOiBH9tdyJK4B8EbmRb0/3hl7OkX7"
    "dkZbOq1RczaAUevDVdFfYYVQcFapbtyiyHVThZmb24a1yvwF4c0UBcn661h4czq5H7tuBJ"
    "OF8LF0SWn7jWguRp4LIt7XF0T9rcJS0+vkBZ8iCPEpcPt+VXDpcP5/zpBpxxADr3skcCPP"
    "fPfzq6DdV//pODlvtIpFrkZ85WpBJY8Kiecd6dpYcGpUqE+XeoPAGsQhi+d4kKYRb0nQE0"
    "B1RI1MGzqb1nEUEEcV89WukjIGKRm03mLSuzUZcJIn6wFbXoxIgYrgUiJI/hCefGSB5nah"
    "nEheMjY6vrdI0NVsKEBt1CJUzeKAYoEv5L0k7i0cE5eokbYKsdR7ISG23aRnMleGf9L0Cq"
    "p5OTyHok6V4IbuXFHxwLmLRhPVGazkFcvYV8A62DKr9KtDAn6TrojqglvucgW9aLgQ4n2s"
    "o8KcIOIl5L6Q2c8kAw9OZE+QQEzfDWd6r+A3MyX8zJvJWhCjaSauwgqe1qpvSXomOhEklo"
    "VUPBadaljHxJWmbra7Ktr2S3OtalrsxJ7aKmypYtWTY40Pmm0rQdil68cLUsF0Z3/y8RQp"
    "EiZhtckzc4FiGV/fK1M1aGRUj9FbmeFSEV5fralHVlT+ddi9F06Eity7fm4VWB9+cunKhd"
    "+BZ1/cQWFnV99cgBhuA6M46Pd9BVE/7hDhuiay3ctjLj+AjVN8+E68E0nuEGmAtvtq6CFS"
    "uOfyZkyZL8XcGrVgesYz6DV1F/hnZmw9bUmKtcV6w7WoLx4QUiRC0Ejgp+dCzAqVB/+i/O"
    "QPIBJ3PYFM8ZWw7aFucuExzK+QQONikwtNwkzOfbLJ9v5ws9DBf8csAplmyv9OnDAs3hhc"
    "nTWog+FbAPfcq0Dn1K24ZYO4sLJkyxzDSWmcbMa+eb19pVhp2xuSSbWUnubvNXMbSDip+M"
    "MuY/QcbsZ4RceJZNUROyaF6ANVvcOIU61S9F26G1ewF3ao6FmGUI9CjMxHkZAkdDccayrw"
    "BiMT5bu9Z7UZDTb3sBnMPDrYqFHJ2rmxgnZYF6W8pGzdjWAf02UsylTzrTwdJA/xQoeOAa"
    "UOeRGbvBqz9LmaZDHDIN01GkTpqlo4wqYJTWOVm3XoB5xb1Ae8+97GWbgza2Hctrw7E5xT"
    "hAsMHlB7aGyZngYJg2woZbv3I703AOBBN1JVMWKWCQ2NS9bw1VIXSRrmYBM2ozo3YrjdqW"
    "gg7KNPALTVbV7HzngKhLSs9N/+OHcFXjD3kLejHhx2OCJmlo5LTmJfieraAHJF2I0c0zuQ"
    "i/LGPWllQ2R2hxGc+mn4PhyRSPBOJ7WdcBIQS+2NYRIW/07nE356fDLwPOC1lZ6Q9fZlNh"
    "wB3QLwYrfTZFaxF9NHQV4s+T2Z2Ia6VrxhriaukLYXyPpp5/FYfoqgXUrWQB8xkq6J4w4c"
    "XxgAOaDNWV/k1ADEH71AtAyNi4zvpyKcxxmXXbr8j69lXWM7or5WS8BgRdeMHq9golJCEa"
    "W3KClPVtbbI9mUVi1mFJZkZ6ZqRvG7LMSN+MnKdjUCDdGk/RVbPKW29uYA4Q5gBpD8jMAX"
    "KBhVzMAZIWkyuAlyXT0HmWSOdimg2B46ggE0jB+q06F4vvJgmZoAhHzsqVWAJZ6xHcUO71"
    "qzznkx2MYGXp2iReXeV4cxQ/g61w9LY/vnPh8VX1hGY9Ji9VHY1FxWej38689KxqBCn9sF"
    "iury9CnpmO2UFpO/Ya+T0wzgMJyw7HArcte1veJGM1gliGLFakYDCWyGqrF/xbKPB5fjnW"
    "NfxNCwhf1pnaMIde3c5U90WiWrcRCuasOG3IDbaSM40zgZLaMnCLWgMii6remF/a08qUdc"
    "s37JKOq8jt/PMqMbBOQ0IqdHRtGE+e1P87boAlK4rhhBbGyE2qc431wKrWy5Z9AB45lGJC"
    "vroXI+ygttcS7a5QsIus4XcyzeGJoftnRIq9R5Ikb4ECNVn9aeT93y3OjoShOOHHP/Svr/"
    "qJ8s7Tx4mADgv/VjI4wzSBrtBVbIjQXM441RtOf+1dRJq8KWL5yzb8pbskmCDDoVos1DU2"
    "QZOtgb3hXBiJOFjeBBtor/SRcIc/bsAaui/kG4fMs5DjAiHH/HIy4GRbQ3SzBaIyrHRwcT"
    "z0uImhxgpiw84w6fa1CE2TGVxyW7stYnO/zTa536Yt7vigBeZBNm06oBN03Yvu7hdycPRz"
    "HBz9tIMj+sso0E6QdQ/s20Jg3+aAfZsGO64NFrQBxYmYGYhFA7+dgc1fixXY2PjjTC2DuK"
    "iZLf7eFgnfY2GolYehVl69QFaBSVj/9KUL+GCidp2SVVUsWJoQ3RgaZqCGEi2+iTFX+WZf"
    "PBr9stjwk3UL3L6pHHqeLTQ1sOEMk/OnQB9kznJ2O2DhvwNJHj8venBcZwCbEdNlCyqZkc"
    "WwNcwzGnBNOpjGxqFtskog7p7M/K5fKAKrnxOB1U/JzEfsoGU5VMFuBNLugV6LVuhuXhvg"
    "yxgJYUQ15MzMxShZAustpmsf2nnm8dnj3VjgHubCUFyIfnPK0NPh3owbzecCP04g7R5k0j"
    "MwLUoNPEXYvaVdQ5Hj4BwmSHB5DT9jdBfs+fk267rCnp9I9DIICk32sg4JOmgsZUW7WXhy"
    "Fc3SAr2B0twVp2LmroZVbOgitnlJ12+UrNo0mGvMVs32V5ZHeBiZs6tIxzfKRsVI8sCEyr"
    "5HMJb5d67yTGTycQzLrmzTPnqVY5kqoTueqzU27c2+QCtw/FJRIOwP7yC69aRZGrpNrJT5"
    "98VsmmlrssmVMjdQsbn/41RotVgeIIGLwYipKKmSmcnqmFdx3QNPcEcSyy55mP35/+GF/g"
    "c="
)
