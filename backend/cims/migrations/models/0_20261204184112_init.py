"""Migration 0_20261204184112_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "erased_at" TIMESTAMP,
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
    "erased_at" TIMESTAMPTZ,
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
    "eJztXetzm8iW/1cofbmzVZ4pR46TrHZrq7CEE+7o4ZLkZOaOprgIWlJfI9DlYcezO//7dv"
    "MSjwbRCGRg+ktiQZ+W+J2m+7zP//b2hgo06ydeUQxHt3sD7n97urwH6I/krSuuJx8Oxxv4"
    "gi2vNXesHBm0tmxTVvBcG1mzALqkAksx4cGGho6u6o6m4YuGggZCfXu85Ojw3w6QbGML7B"
    "0w0Y3ffkeXoa6C78AKPh6epA0Emhr7sVDF3+1el+zXg3tN1O17dyD+trWkGJqz14+DD6/2"
    "ztDD0dD7+VugA1O2AZ7eNh388/Gv8x80eCLvlx6HeD8xQqOCjexoduRx19LxWk+SprOltB"
    "CWktSjAEgxdAwu+qmW+/Rb/BN+7L97//H9p5sP7z+hIe7PDK98/NP76iMwHqELz3TZ+9O9"
    "L9uyN8LF+Aiq7uzXiA0pYIc72SQje6RIoIt+dhLdAMvmwruXv0sa0Lf2Dn28eZ+D5Vd+Pv"
    "zCz3+4ef8f+AsN9AJ4L8bUv9N3b2G4j/AqjmkCXXmlAThKUw3EwYUjxsfXNgR0OP21dxmU"
    "i4CcjXES4rWsyboC0ghPDB28kiGO0CQQVoEC97L208j7vy60r2tCOgfakTAUJ/z4h/71Vd"
    "9F1/q3Bm0P3ceJMBeH/q3ECjaBCm1Jg3toU2GcJDwbaH9foMK5xq2jeqiNAwJAldDPSOE8"
    "QrCQYY4RJTFGVDbcg5/wH3Ut5TeCmF8KyZWqGRY1fDGiM+Fr0QJNo2fZsu1Y5HNKQGe+C5"
    "+IviDYOGMwHqkveGIhCRQ+A8pDq8cPl+JXYcB51Ct9NJtP+OlywKmGuZd1e6Xfz2f/EKbo"
    "K03jD6Cv9OF4thBGA85bK70SR967DwXOvHcfMg89fCspWFi2sQemRCUVJ6hOi8ct2CSqkZ"
    "CPyB5MQ3UUmw7YOBHD1ccV63KbJ6LiESzFNMj3hgngVv/ZFyyie04CWF99HUamahnIfwYL"
    "Kbh6PEZM+SVUgpMvLsIAPTnwRIq5sFgikQLhTVjGFcD7cJypo+jG394McPFaXsvK04tsql"
    "LWojb2B837+hTudz7t/c9zoMnuo2Sv6GCe1kodKcxjixNdBtiAhOY+EynxOFNHsUJ3dKsS"
    "rJbHmTr0MrsvptE3Ii9k7FVN39r398krsi5v3UfC342/KbCMasAkm0zdG1e5BtNwCDOXtk"
    "loucoxl1oKOj0JZ6pmyBnIhhQJcDeYpL2vIVGrnD3ejQXuYS4MxYU4m+Jv2b9a/9aON+PG"
    "kLnAjxPStwlki7jR/X0xm5IRjpAkFXio2Nz/cRq0akO6998bR3e3VG7tQM2GuvUT/r7/qc"
    "uWmoM/hsjF3PIxDxTIHyb8L0ndEim1dy5khmVvTXcWd4K7ltkFUruLaxGjNQrMHrDCjylX"
    "urAY8mN+iTV+NEjW8M9b6SNxMREXrh1AhdYeWha+OkSLUpxPXOuAoW+guW+KgcAEzxC80L"
    "l2ojSl+NUw+SqO8Yci3p0P2d6dDynvjoeX5G1AaaCX4HvGoZAi7ALaOeguhV+W+TtTeE6M"
    "Z9PPwfDkdpXyTGBsJJmg5I58022mayJCmWf1xX/UtE/Vue7R86kzXXvthfpEJmfECdJw+c"
    "lDjD3YPozv9ONHuH/1h+Q+FE7CfROXXzj8kfvHbCokz5dw3PIf2FjRkx3bkHTjRZLVCETB"
    "1QBG0rZWhusJ0grY3qIXsEFsDjDJ5bPvlynxbkcJGY8bzWPmw6jJhxGxGRHBvYPbTHzTtN"
    "VA3AS7wH/2+zc3H/vXNx8+3b7/+PH203WIdPpWHuR34meMeuzVYS4Pmh2sIpdHtlU+bRYk"
    "vh9pZsx0sDTQPwVZcaZV9U1fi6K8SO8JRdhxnuXVUaEtPIOMiNXj3atcGyweJ4FwYGMssX"
    "k7cMeMsRfYdK9yTLaG4gZUlpElE6TdUxS7JE2i19qgsnaFBBczTV7M1PWu/6mIPbH/Kdug"
    "iO/9mQSYeF7mIkx2SHYA4uqtieiMgjZVpPiR4nJRd60HmKgQncKYrAlVZabt0ir2JsKfqJ"
    "x4CTLmyKvckWcCBIZFjmvMcwlFqbrgpqj7BVA0iPYMLLkgZmQ4TrNMl0lKhvdpvA8meJZ2"
    "srWjgTpGxA7PAjDTIlwtuA1KEqwG2pSZkMaQVaWVBXHHhH+4kYNDdK1HNLYkB13l21wiw9"
    "GK8Mc3xvTyV7G71BYEh1lKvePGiNimUFSMoJPWYkTsWCsUwqNCEyi25JiQTi6O03UQ7Nvr"
    "6wJoo1GZcLv3EuGEinEgBNBmAx0SXDCxsC6VL45v//a2AL5oVCa+7r04vrpBzIXPKedgkL"
    "1b7bdt1IKve4wpO1nDX0MFdJqyg3tGLYbnOHLSHkmBBt2xmDVBBzlQBP9s9NNGfyTMS4Fz"
    "q7gLM0bWpRCdizgzI/DvCS6tbCuqP5xZTyu3nlrAsrA6+wSoPDQJMmbPK+BAkPdQowL5SN"
    "E9fG+KJIbcZCeG3KQSQ8D3A9JcrBLhEHFKFg3R5GgIp1z0tMNip9vBX8uWNxu6wOkoSZdE"
    "sroqlLh4pfGljtVd4HkmIKia2DKQi4aIRldXLDh0yC+G/EigC9WtzsNxZyLu7HoEt4Z/5y"
    "rPl7E+jmH+iza911cn/Be05oNOei2qzzp2/6eANhjfQUPMu0Lm83c55vN3afM5/l8CVEGY"
    "ERKGcjGUFco4TKW7UZi3xXxAOS4gQkHZFqVtXxb6buVtU8S4pJPkzq2g1r0EudhbxCqoFc"
    "fKi4o4E6YZjoIaujN1FKYMfZcGJDpVt5UgOeYzeJXQxnhA40gx7lR4ubPN/ck6BFmdGv2x"
    "OCZBqY9VzszW65XYsDpV+98iNbBUNBQJL2jEbz3ZsuBWBy7T/RHudRvIe9+MEr2cyIY2gQ"
    "LgsycL/c6sBxe1HuxkXQcaWT84XREtQt5kdaF3N+enwy8DzrOArfSHL0gwHHAH9IvBSp9N"
    "xyL+aOgaxJ8nsztxjD7vjTXU0OeFML5HU8+/ikN01QLaRrKA+QwVdE+Y8OJ4wIG9DLWV/k"
    "1AisJywL0AhIy90sfCcinMB5wGbNs7Rd7eqmGBZ2Bm6oQFquBF6BvN9PHsG0LeeEEMFUbi"
    "4wQxFKjQ2a/0L+JntBh2cIuWwnAuLsUhj3iIaG2oeN073jhQJfokKTZlV2JLkDWZO5X4ue"
    "ooxNb0EpGEcJXg/OxRviBzYSiIX3G5x2CGlc4Pf57Ovo2F0Wd8HYk4SAfWgLrF98TpV6Q5"
    "i5/5pTj9POCg/gwsG26RWKhvsypNzoXFbOx/h2Vo7nfEW1DgMbhipTfG6wDTjJ0yKtUUtZ"
    "5FaboXwFFHyPpR9kvBfKoEXoy0gya0lpjMCvn4o1tJCWYTyFlMR5P5HWz3pV7sGCnjc5P5"
    "zGpbdp/HoTxXJs4yQcs43WROBwJ4qV07Rsr43GQ+I3FK8g249IJYhJIJ3Y1msy9JlWR1mp"
    "qxu9HsLsfmStnL9uz69mxbMqH1VGbPjlEyLjeZy2sTyMqulASWIGV8bjKfDcdWjKz44tOO"
    "hgh5g83MvQlCb8nPf5XmwlgU7rFPVQe2bOKgEw2CzUqfzqZSapSOnic1UvjlYcxP+aU4mw"
    "448P2gybobkYLniFD648u4EPpFzNv9bPN2P23eNgxbUmTHIjA6p6NSjKrB/G2sF88EbtlB"
    "Sd4bjk7YSCdocb1mSb1J0uRGChS4l7WfRt7/nWLGSBiKE378Q//6qu9if+xvOH2cCHNx6N"
    "8iw+1WGNcVqnhzEu0FnafD6a+9mnBOJD8XyX3OTn1OQ47NLQhH4vrODIxKkl0ud/K6LpQr"
    "bjdjGY6ZVXWoQABASH3BNbyXdcePW6E5m/npI4578ahXujh5mM2XAw7uD4Zpr3T+QRxw8g"
    "GWOUmrd8ajwxKYuqyh450Q15tT8jpBV8lp2qC0t5t+kX2ln72xpDbzIDNlTZc2FKPqROhR"
    "7VURWfLQXyR5KFbM4qCW5HqcknG9KVwn6PupVItnYFrEaM5MSS1CcTkh7V1LhDRZcSVYup"
    "ohcaJSoDZMk6saVgU9+dYwyW1FsptYxqlYORYSsqw9aE3IHkxDdRTKrSBOxLYCQtfVY+pW"
    "QUwjFAxQ1j+1EMhFCzIV659KOsqqwDfIrxxG5uwq0PGzvADQ/lZaAc4Px5natVUUBTd+6h"
    "TA1pdYK8CWP87UTWzjwn0BbPFxVQGwS3+abqIaOdOpe1ZHbLfP55esCDfhsFFyR3ZgUkUG"
    "qD9DW66gHopXk0EMp+vOSmWFLM6DDE0hbwEaZOLOL+evtKU73zCcrktv6EUKgITCZV4hkK"
    "gEWqAgiBSVgk9WBunxnP1i/Kih7VrjbPm7oRv71yvOl1o4ewd0DloWXuuGDjjTeOEOwOQO"
    "MjR/SjoJz52LUIvkt6io6dJ61UJY6dE3Kh6SKfnntaoMSTroInzXL1S/sZ9Tv7GfKjHorX"
    "QKjEOCDiLcL1Qhs59TIbOfrpBpmHALM8qQFojEDKkvGPGxlvWnHh3iveH9w92AUzaH9Uq/"
    "46c/D7hwljduy4MEhmdSTx7D0ICsZzlzAqIE7GtEVRfuwe592aC8u9lsHHNz3onJEMjHyZ"
    "2AdpZEyB7BDcFCDjrmfK62XmkgOFalrLdwHTDtqY3ak2cVylOdQrtREb0JhINPKk0zpL7g"
    "OnhbwEGdk7lwkr9Z3A5aNtK+BtzLzrhC/wAd/yvbnKyr6I/XtNp09mxFijgen9NTdYIyjg"
    "kvi7fVo7/pijLmtdLrmGp1kQZ62QrYE3r4smJrQNtkJaF3L45xWbAN1HCdsOWcny5EL/8H"
    "8UK3oJf+wy8W4ufpRJguB5xXf2uP3l5cV2yIDt/Ps7m48IucedYQaDWlwtjGNPbSeRXnEl"
    "M0OFmI1Zs7sRqQBHfeWohNwFZCe1cCEjgMQmRITtnBgKDJ23ljAu/LZNB3VOttiZZLCLFO"
    "R9YjBd6iK5h7pGjwblkJL+tIsvX0FMJpld3TOULSjL7O+Gs709e5JUkGjXd5EQxilHHbCT"
    "KGLQuJf8NQ46g1tqpY2BbCXDgGNvH2Fok2ZtHclUdzZzssarUom0CFNm9ZwLL2WTbl5Jir"
    "XKuyO1qS48PrbdOTQDjivGMNdi4aIwP1g0PypmWLyEcKJiFXLiG7r6eUbTcnsyROxUwsBU"
    "wsHmSZCskprLP1ki7AXYPBUMN+DXtHyGjIMRpGiToIc/WlUQ6msZbXUCO2z7rXDDk73TRK"
    "l8B6gwlbiHZeHbHZ491Y4B7mwlBciP5GHhoL3Zv40jFUaS7w4wTYW1Oma20fEnRwLRdZyt"
    "krOb2QDXKQT3bCdEjANG6CLWPjOmCo5LwISTMEPfx9nRH0TIC0eKRsqUjr0eAe0taAJFCf"
    "XQayaS9B3v5drg5kmfqPrO4jVd3HFvYnPKAXCeNFB3fvQZiOXHe/T7/S8aocYW89fvfUpj"
    "jrWb08Vi+PAP1FrVjdil1nXiJWkIa5MEhMwgcf2aIWZBvMdLA00D8FkjRcv8QoMmMrw13I"
    "CQfUHp8Qh0x/TxSpk96eKKNq9fUwd84l3TnZ718x+TtK32SZr8c/PMxnXwVcAPxgGs8Ax8"
    "qOHocCjpRVHQW4wvhYnAquMK5BHTRDGPd/bhmlP03KNP6TGv/FYy5bBGktQZe+6kupbcap"
    "OgF83dpmAFmJhnoxyg4GjXdY3bQAelbEOu8soMrBIJB2Iaq87vcsDluZ9408A2t/1+RcDR"
    "0A1ZI8zhGU2bzKH0nSC9b/CK+0tgDIMQqRsnZ+kq4ak1rrlUWKMhtpkw+JLWmeBBadosY3"
    "QnBqq9hS1ASXWpJFjHDnxQYHdk2SjShi88yxDkVHMbNQm970qxyzUGgN1g0qH2CcrBq1rE"
    "G9yQqVw8uphpcuhtf5ihfidCR+FUduYz40NXyGqtucbzibP8zmSHIbcIphHgz8U5thcdug"
    "b5XcDxQrP0bUZIaUXvk11CncyHuovdJjHSfrnk76rhDY73LAfpcGewufgU6NdZyKQV0Iav"
    "y/hL2VVIkCcaruQV3LFuKC9gSobMdRmrq26reTUd4Xgvl9DszvCZsHDh3NMB6eFlSO1BcM"
    "0nN0XHBH71HKKxN+LOAWwhpY6feC92kDvM+PU1zRZzrgonO/ubyyhqa9k1RffkrbGckvQZ"
    "wqz7bYvn0nzyuIJM7UFoLnl8k5MHm7SIzsopG+lIu6GSka0Ee15CYSIW/w2YjNNOJImC4l"
    "0SvUBVXPnrPSH/jFwmtIfpAty2tJ/uVnacIP+Zn0IMwnIrq1e5L2siIb0gGYe4hGLHnxGz"
    "8N79syfJH18O5iNhT5sTScCyNxKQ1nI7RbWYYCZU3y43YUQ0U712z5RZgPOMM1rpRZCkW8"
    "JP1sL0k/5SVB7EQsX9N5pGJEDV4FZV+429siMN/eZuOM72UALbnPWAruI2lNoL+duFS9/8"
    "9QFOcQhioWxTpO1b21XYuiBfYHzXil20OiNN2DuRYlCwfIUS/oGFH3gL4tgvNtNsy3KZT3"
    "sgltdHCflxCVnqX5OtdCnH7GepaF4Md61oSfz0WcFoUexoS4rulI/DqbD91MKfhsmAq+9k"
    "0czb7hSy9QNV7wlYXwwM+9uqkWOMimVze1mVrb3lhDDUgHxBoqg1ySrntvVi1SUBQ2ekGI"
    "TM1koZOyENjLUKM7nX2C7q3r23dFFGo0KvvMeJdSql286Bd0goyt5JMrWVZVpM0TjuXswP"
    "AISRdW86UDw1nufXpdV5x7L+u6I+N9QDFIbsG83JIk5dmpJe1Z7SUzS3B4F6lETR7KIQmD"
    "9xS8GvQKUkFSAe8cjBN0DOhTQLexYIdpWAfgtWmlUUwf5rPFgzDEJnt/BtzWYym6eYRuv0"
    "akms7mEx536lENcy/jNj3xphzNUDefXpUzDQvxGdpYbeUrWtL3rl3hGZhw4xoWhF8exLnb"
    "aOX7AZpeC5W/I457LVT+hTjeFA7a8paqHFcwntXiypdMS9Ti8sJcJdlGP2vt2JQdI0jEzW"
    "BSpyrjmn69CGsHD5IXAU/lJ8ii74IqV3sKnOGYSmlP/5H6gqcM4rDjyXd00UJTN7LZo17p"
    "4sTz8MO959/nH0RccQA24whh9ab+ggnAzkEtyfQ4JWN6Q5hOSEdNtXNuSeOkd3VxtuJquL"
    "Kp7GC5XO4EKUvibs5bk94rEexWKS7HCBmPm8zjtYmEzh1dsniMhtVePF170QMsjTB15cW7"
    "cKKWAVw06Tu2tKirLkY77CqGQyyBHxRSvP/5dAlF3pulQ3jHz3ENmGdDhOfoKkBhp7gzQe"
    "piVz0yUBJ4BtXBJTyXLHDRCsySfePORa2CwiBtwA1dBriuBjZGnoeYeJypq2CFnS7kCvCa"
    "xybrKmQW2LpFZ/YA53pge/eZsC28CSfhfJ1FzjGfwasE9WdoV7HeFu58Yjhdx3FDWt0BjS"
    "P5z+hRm/uTdRUzdEe3KjkFlseZugRWuhxZTqGsSBESINuOmbcGKSrQ+/WP7iNzttLSk78U"
    "n2XNIXj3yuP1NZiwI2CVLMMWLpuccmzRpXW6LJsUXd2sPlurzGtXXHZ9NtmSjA3ZSJ0VSe"
    "oTnFnpoaGnQcFSD+j1o1iM/uhS9t6G7VRVO8RsoKNdRdobur2j6bqZomPgEnpvQtOyJeOA"
    "QEBiC8GJm/2aE0j/yqVdDqahOoptSTsfrILLNEV3OZ/PdUsW6Q6dKCo4GBapKUluuesEJa"
    "t2TVHtGmOH394zoE+SM/wp8Q8K6yBNpwT8CWqGPiX6miGTmsWdgj0gY3hT4r03THtLlJtP"
    "Yh4lZbhT4v4CZM0mRFCcRP1IyDCnxBzqlmMG8SiUsMdoGfIUyPuyiLSWNTL292jzzhDUCb"
    "QJ7DeYuG3Cep6WM3u8Gwvcw1wYigvRz5sJA+zcm3HA5wI/TiDubRGlAE+TMrxP4u3LfGXw"
    "TpMyvE/ifaKsQQ7cp8oaFEW7RVaTCvD24EKLtHwvi8QUza9ZlqwqttLHs28DTjNe3L+EuT"
    "QRRyNc1QxdAqa0h6rq1jbzrwafHx8eImOdwyEy9ov4+cuA28GtK869ff6YCRRcXEVS5Vca"
    "o2+SjNl800KQJlu2FHHxl8hByJiCZSM0ORthYwKEKbHKUeb7FKNhlunkq7Q3dGDLJgHRnI"
    "M/SsQkrNMaBHomtNApD4IE1eWW7s2H25YsXhVuvfKtSGqiVIWTlGwZn1zGfvINPdhJQob1"
    "aSV4h5QroCHhllCpMqdcSpyMFUqJSTaVVLPJyfnJ3MrjREwISe7jGB+nZK2NOGn36i50SX"
    "730y6lvWw+EbwGcJsdXZag7Mw79J/9/s3Nx/71zYdPt+8/frz9dB2+TOlbeW/VnfgZv1gx"
    "3hJC0SIaLz0XSNSME+U4EQYdU4X8JqhYG/Yq27BH23PH+UHbhD0yUauYUTQPP7EMY5n4Q3"
    "4x5EdCHZ3XvcyHnHj/MDWiQLB/mJfBIv1b9bJfcSzSv+LI38DnYCkGSbVf7GVNO+mwCIm7"
    "VPLlpv/xQ7hI8Ye89bmY8OMxIUI9sECXw5dAzhAmG7HLAZymZvgm9ofNnuyqztgRvOGXc0"
    "vXieIFOkogVWpL6n5+OvTiSHlJm2p7Yy80uHGPdSkjKTcH8TQpg7wI5DYs3wo9oG3yTtJ7"
    "GPNLcfo4GXAHnMGNHmqlf56NRwNua2i4z544/orbCVtQewbmSr+bz6b/EAbc2jT0P7xnfv"
    "NYFdWEuKQpjashQsLcDJW7GVzFVcosTJvXfC9B2OR3p+QpXH0J9rY5IJpyQLTOA8Gsrszq"
    "2jhmNNTqKrptGf5urHsEi+vx5lWetdVr7SD9yx93ytKKWc6p5itnOjpnmBwuKAdtzthwMr"
    "eBGvgvDtoWZwI8KbdD4pXF7WXrCaicK5VbnKFrrz8lZarqZmX23mbZe4FuQ5uq5+WR4oJR"
    "89Et7gJGiiKdc2+yG+fepJrY4ZdEcj9QIB0j6qAUWkvnbRc0ayf3bz9QY30kqwvtLrUoRu"
    "eBhM6DNMq5yasRqgumrb6NcF9h1mr7umCWMATNH6dTt4ciWiC620Nx+EUY/uw2t9wB5Qn3"
    "SxzOJhNx6TZM9KQQ2+uieP+48JoobhwLX7nnxTG+sJHRm92UnooGjpg2jReqGlYxos4EC1"
    "UX+uj3CqOENUnGgE0CC75Dy0ZfSItsio5Bm4T2YBroKfdS2P2iILQpOgZtKqPFOWhQQQ9P"
    "DS6BksGbcmS7Oj6Nm+NIwbwclXs5glNsTaXCx6maLBKWVHbe9T8Vkd36n7KFN3yvze1ML4"
    "t+O1tbFulnuoE6tHal2J4gZZnxTfZr2QBnmKHDn8rMnKBipSZOtuoLEEuDTN2sz/OgLCMT"
    "tgvpol6rxCKLea3Qb+Cmj+Nxsa59uFuRqZ7b1cmFfe5O1cKzKgt1uoYepTyBPmaZzsAjpi"
    "f9geZx6EmX4HIHOK/JPTaPAROgt8r13el+43igckhX5+ydbHM72eJ0gxNH6BFwPyU8EDv3"
    "jBc97RasbOaVvtJ5NMePHhmHjk7VQmQAk//Nwp+3wDyg70XzoO9B36ByGpCfgTcq8A9xsm"
    "booA5PY15WX8ecjRfJ48t2SUZ4TefBiZFVo9W8LTvqjtkKoiF0g0p7jJN1UH3sXxfxS15n"
    "uyWvk1D/y1jTCZZHgi6lUtQlVPrRMZXIk35ETssALipLHtcVdfPn+uWjUJTPlJCiwv5JGS"
    "mqapyWknjOQuKEynnvILdH0yPAB258E5I5ZBVJFz/+D+c+0BUapQLXdGldcT4z0V+GO5uV"
    "FpSqnpyFUTUrjIo2tKfaqJ4GSSnvroucnWhUtuX1OnV6siC1iwSpefBR5bBESJh3p3rvDj"
    "oHJPccoONJlIqxpXK2BEcyDVOiNIwllbPEl41oOBIhYQypfutijmnmmG4A+t11TDsHtSTX"
    "45SM603hOsFPHTqmCqYJxkxilfj5ipnDWuJZrdfHp9vA9Go79kgGrMjtq1zrVWJgncXVfk"
    "ulRCqKY5rh5oAu/s7cZI10k/mVqsni1emUkAh5k+Ws3t2cnw6/4GIfuAT6Sn/4gjbWAXdA"
    "vxis9Nl0LOKPhq5B/HkyuxPddjfGGuKWNgthfI+mnn8Vh+iqBbSNZAHzGSronjDhxfGAA3"
    "sZaiv9m4Dkq+WAewEIGXulj4XlEhcd0YBt+yadN88fUaEJwn2hDNNjEzSa7eL0bvY4HQ04"
    "qK8NR1cRqx+X/iXDsd1rZZhSRPzOFr5TovfBMdEBT2X6jZA0mQNNsv9azn5P7LCyBN8zzp"
    "oISSdQzhNhhV+W+fp7KMGOZ9PPwfCkUp/KN9wQ6oBmL+uQoBTcp+XHLgVeJIQsGt0tQdpB"
    "5a29ylpaR/di48qe1kfqCzqxkHrjyBqlGbI34aePPBKmPOqVLk4eZnMkTXme+JXOP4gDTj"
    "7AZshRXvAktXUyQdaJc6X2GDNmm+yYlaqIbTJoNkIVaxInYqkU6eRLvw0YFaoxGgZqo9uI"
    "dAzZg2mojkK5C8SJ2II9GfuaXf2POgD2nPp/zdAazqoAeAyCTW+6FaB7F07UrvVbFNrYSV"
    "MAWP+8rwBZ/jhTN6GNi0YFsPV30QqwfTjO1E1s4wcOdVR81EppPoNXCerP0JYzwpFo/K8L"
    "dz4xnK47LEgYd13YkPJxQONAJaDN/ck6BFmdnusZ79i7oQaB+3Upz3X09lWe59pASuFOUo"
    "4jWV+wNgmZV3neZpepRFE+J5wvStS5VIfqjWVvm0Xy1mrSBfyIQDGBLe1kiyDP57i24mQ1"
    "Obg6ZfY1gRdqIDkmpIrKThE2IzYbf19nYrPxfUkztoaD60iUZFTuJIxplTNti7Rr2/8iCj"
    "YlyBhjKmeMpRgHqlM7JLigV7cusC9Q0N00NLolHxKwxV75Ysdhyc+E1Z5b8v1IdMGK74Fe"
    "0NqK78xznr3rdNdzzly89XvMmEcnWEEVeHTepl5M4JUgWCsjDotsS2XEP8KMlK16r6/yjJ"
    "SI0VT2SX9850yT1dcGYabJek2T+H8JUDWqjZAwlIuhjLs7bA1SJknBpLkIfZMx742Eh9lC"
    "XA44FSABFdorHcumUnjZ7cMe3hvOhZG4lIb8HHdVwtY8W1LQGb3SxzN+OuA0Q9Zxbt18+Z"
    "n/7GbXmfYWHcw4a44fL7/grDlZs3crXZwuHnHCnoATtyzHDFF885hvN21CV+jKUURoLmis"
    "GU5/vYy95qbIKZF9SCQhZsaBWo0DpcoA+JFDZ0ZVFA+watqhUigEBXcg1zySs2AaBvN0Ry"
    "WM4RSpTHBubYl4jYMOYoWThfZ7oKtVhILNY5N16TWs2UjwDFVgLoBlZRTlSA65OmE0cAdL"
    "VmR0gbqya9wID5h/szgLbvUfoc7Jtlu1HuzXQFWBygUzcz/ggviKYTxB4PfRxuOewOt/kG"
    "rKVjcxs2Q0y5KBGEMdphKl6ZxFo/oQFaTiben8tgFBkzW/stp25fqWGwoa+JcSJ19OjaAY"
    "WZeyqi5SLSgC/56QEJTtM/eHM4955R7zA5LacDNc27APkhdJSLPpZJB3LwaxltgR8P0AEW"
    "9K+NDjlJfxoV/ydG2JyzwAKddnziIlst+x7kZKuAWH6AIloiRdki3qCpTIKAJFHSexwPNM"
    "sFLaRkm5aLREdHXFgiWG/GLIj4S3ipVIGI8IVpC0eSnbCGKmx160QClC2XYsVpW0oVVJTV"
    "l/SuO/2MualsmBgKZLW/JN/+OHEHj8IQ/qxYQfj9M6nKWgjZaw/WqGnHXABRQJKDeYpIVg"
    "5mA2mj3ejQXuYS4MxYXoK26hfOLejDvR5gI/TmUpyRZCiS7sIkbUQVPQTaHAi5ucwIubdO"
    "CFD9ofVAbNGBFDuhjS/vlIhLlAycGQ+oLxDsYGtw4O+F84xmV2fy/MBVwP2KNf6fxwKDws"
    "8SVZUcDBxtdGwhCXiB7hUBgFF4kuVTa4evuoK1pJz8AMPElF34oUYQffDFaHkNkIqrARoF"
    "ceqqW4HqesgOsNM762hMnF7H+sgl/HKvh1EdccOxsr4dejsLPllfALTW1vXQytreCeWQ2t"
    "XjvmBh0au6XxBDKsmJH7V/k2THekZIdDWQ5Ym7bSqxwDpMtT6tipOBWLnjqpT23kPdSoki"
    "mOFHUprG+Yb1fEPHCTbR64SaerNKTe2lsLXnUHAbLiLbUG4LAoQBYFyKIAcQlBN2NAegJU"
    "Z2aCjLXWOrmhs4i/v4LFz5MlpfLMJk7QQdt+l5juWOW6nVvMjN8K/prgGWnhZVgcp2Rcbj"
    "KXmSM2WzbqriOWBWuzYO1G+TkaG6xtaGABFMeE9muP5OSI3r/KdXKgkThj7Dj0ZKr6ws8i"
    "Nx0NWJysc7K6hzrEZLZhchawLe4ATA5Pnc5Hp6Y+w3WC56BRpIPxnbPsV1XpLc+hYh8kE/"
    "zbgX6MXsKMl1fcJ0V7wRo/4ZVWFfmJKTwHtaSoFKdkolJTRCWChBxWQSlY2qnOw2cBtvuM"
    "HlDBrdwjx4oMqtSj/ls66lXRHMtGd39n3va3rFOCHot8Dp+ONQ9om+yo7M0fx8LAFWlW+l"
    "jg524kOTrwzMYEkrPKrKwya/tRjv4yCqQTZN0ri3FbCOzbHLBvCdlYDkl7yumo4hC1JzrH"
    "cMNgvrQH+I3zfRqGfu3pPr50WFzii1CwFhrETIANpNs1IiTNiCjBX9udiBL4B4Eb2dZ0f/"
    "jlLOnXLVnZrGr1xQxagQdvTVeFPUbVQYGaZbsyy2EVTlZmL+4a1yuwF0c0ENena+3g4cxq"
    "5L4teBLO18IFkeUnrrUgeRq4bEt7HN2TNndpHx9foCx5kEeJy4fb8iuHy4dz/nQDzjgAnX"
    "vZIQGe++c/Hd2G2j//yUHLfSRSLfIzZytSCSx4VM84787SQ4NSJcL8O1SeAFYhDN+7RIUw"
    "C/rOAJoDKiTq4NnU3rOIIIK4rx6t9BEQscjNJvOWldmoywQRP9iKWnRiRAzXAhGSx/CEc2"
    "MkjzO1DOLC8ZGx1XW6xgYrYUKDbqESJm8UAxQJ/yVpJ/Ho4By9xA2w3R9HshIbbdpGcyV4"
    "Z/0vQKqnk5PIeiTpXghu5cUfHAuYtGE9UZrOQVy9hVyF1kGTXyVamJN0HXRH1BLfc5At68"
    "VAhxNtZZ4UYQcRr6X0Bk55IBh6c6J8AoJmeOs7Vf+BOZkv5mTeyFADqqQZW0hqu5op/aXo"
    "WKhEElrNUHCadSkjX5KW2fqabOsr2a2Odakrc1K7qGmyZUuWDQ50vqk0bYeiFy9cLcuF0d"
    "3/S4RQpIjZBtfkDY5FSGW/fO2MlWERUn9FrmdFSEW5vjZlXdnReddiNB06UuvyrXl4VeD9"
    "uQsnahe+RV0/sYVFXV89coAhuM6M4+MddNWEf7jDhuhaC7etzDg+QvXNM+F6MI1nqAJz4c"
    "3WVbBixfHPhCxZkr8reNXqgHXMZ/Aq6s/QzmzYmhpzleuKdUdLMD68QISohcDRwI+OBTgN"
    "6k//xRlIPuBkDpviOWPDQdvi3GWCQzmfwMEmBYaWm4T5fJvl8+18oYfhgl8OOMWS7ZU+fV"
    "igObwweVoL0acC9qFPmdahT2nbEGtnccGEKZaZxjLTmHntfPNau8qwMzaXZDMryd1t/irG"
    "/qDhJ6OM+U+QMfsZIReeZVPUhCyaF2DNFjdOoU71S9F2aO1ewJ2aYyFmGQI9CjNxXobA0V"
    "CcsewrgFiMz9au9V4U5PTbXgDn8HCrYiFH5+omxklZoN6WslEztnVAv40Uc+mTznSwNNA/"
    "BQoeuAbUeWTGbvDqz1Km6RCHTMN0FKmTZukoowoYpXVO1q0XYF5xL9DecS872eagjW3H8t"
    "pwbE4xDhCouPzAxjA5ExwM00bYcOtXbmsazoFgoq5kyiIFDBKbuvetoSqELtLVLGBGbWbU"
    "bqVR21LQQZkGfrGXNS073zkg6pLSc9P/+CFc1fhD3oJeTPjxmKBJGntyWvMSfM9W0AOSLs"
    "To5plchF+WMWtLKpsjtLiMZ9PPwfBkikcC8Z2s64AQAl9s64iQN3r3uJvz0+GXAeeFrKz0"
    "hy+zqTDgDugXg5U+m6K1iD4augbx58nsTsS10vfGGuJq6QthfI+mnn8Vh+iqBbSNZAHzGS"
    "ronjDhxfGAA3sZaiv9m4AYgvapF4CQsXGd9eVSmOMy67ZfkfXtq6xndFfKyXgNCLrwgtXt"
    "FUpIQjS25AQp69vaZHsyi8Ssw5LMjPTMSN82ZJmRvhk5T8egQLo1nqKrZpW33tzAHCDMAd"
    "IekJkD5AILuZgDJC0mVwAvS6ah8yyRzsU0GwLHUUEmkIL1W3UuFt9NEjJBEY6clSuxBPK+"
    "R3BDudev8pxPdjCClaVrk3h1lePNUfwMtsLR2/74zoXHV9UTmvWYvFR1NBYVn41+O/PSs6"
    "oRpPTDYrm+vgh5ZjpmB6Xt2Gvk98A4DyQsOxwL3LbsbXmTjNUIYhmyWJGCwVgiq61e8G+h"
    "wOf55VjX8DctIHxZZ2rDHHp1O1PdF4lq3UYomLPitCE32ErONM4ESmrLwC1qDYgsqnpjfm"
    "lPK1PWLd+wSzquIrfzz6vEwDoNCanQ0bVhPHlS/++4AZasKIYTWhgjN6nONdYDq1ovW/YB"
    "eORQign56l6MsIPaXku0u0LBLvIev5NpDk8M3T8jUuw9kiR5CxS4l7WfRt7/3eLsSBiKE3"
    "78Q//6qp8o7zx9nAjosPBvJYMzTBPoCl3FhgjN5YxTveH0195FpMmbIpa/bMNfukuCCTIc"
    "qsVCXWMTNNka2BvOhZGIg+VNoEJ7pY+EO/xRBWvovpBvHDLPQo4LhBzzy8mAk+09opstEJ"
    "VhpYOL46HHTQw1VhAbtoZJt69FaJrM4JLb2m0Rm/tttsn9Nm1xxwctMA+yadMBnaDrXnR3"
    "v5CDo5/j4OinHRzRX0aBdoKse2DfFgL7Ngfs2zTYcW2woA0oTsTMQCwa+O0MbP5arMDGxh"
    "9nahnERc1s8fe2SPgeC0OtPAy18uoFsgZMwvqnL13ABxO165SsqmLB0oToxtAwAzWUaPFN"
    "jLnKN/vi0eiXxYafrFvg9k3l0PNsoLkHKmeYnD8F+iBzlrPdAgv/HUjy+HnRg+M6A9iMmC"
    "5bUMmMLIatYZ7RgGvSwTRUh7bJKoG4ezLzu36hCKx+TgRWPyUzH7GDluVQBbsRSLsHei1a"
    "obt5qcCXMRLCiGbImZmLUbIE1htM1z6088zjs8e7scA9zIWhuBD95pShp8O9GTeazwV+nE"
    "DaPcikZ2BalBp4irB7S7uGIsfBOUyQ4PIafsboLtjz823WdYU9P5HoZRAUmuxlHRJ00FjK"
    "inaz8OQqmqUFegOluStOxcxdDavY0EVs85Ku3yhZtWkw15itmu2vLI/wMDJnV5GOb5SNip"
    "HkgQmVXY9gLPPvXOWZyOTjGJZd2aZ99CrHMlVCdzxXa2zam32BVuD4paJA2B/eQXTrSbM0"
    "dJtYKfPvi9k009ZkkytlqlCxuf/jNGi1WB4ggYvBiKkoqZKZyeqYV3HdA09wRxLLLnmY/f"
    "n/3y+RyQ=="
)
