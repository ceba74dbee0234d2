"""Migration 0_20261204201019_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
CREATE TABLE IF NOT EXISTS "saved_view" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "owner" VARCHAR(255) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "criteria" JSON NOT NULL,
    "sort" VARCHAR(32) NOT NULL,
    "descending" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_saved_view_owner_6e1c1c" UNIQUE ("owner", "name")
);
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
    "version" INT NOT NULL,
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
CREATE TABLE IF NOT EXISTS "saved_view" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "owner" VARCHAR(255) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "criteria" JSONB NOT NULL,
    "sort" VARCHAR(32) NOT NULL,
    "descending" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_saved_view_owner_6e1c1c" UNIQUE ("owner", "name")
);
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
    "version" INT NOT NULL,
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
    "eJztXetzm8iW/1cofbmzVZ6pWI6TrHZrq7CEE+7o4ZLkZOaOprgYWlJfI9DlIcezO//7dv"
    "MSjwbRCGRg+ktiQZ+W+J2m+7zP//Z2hgo06ydeUQxHt3sD7n97urwD6I/krSuuJ+/3xxv4"
    "gi0/ae5YOTLoybJNWcFzrWXNAuiSCizFhHsbGjq6qjuahi8aChoI9c3xkqPDfztAso0NsL"
    "fARDd++x1dhroKvgMr+Lh/ltYQaGrsx0IVf7d7XbJf9+41Ubfv3YH4254kxdCcnX4cvH+1"
    "t4Yejobez98AHZiyDfD0tungn49/nf+gwRN5v/Q4xPuJERoVrGVHsyOP+yQdr/UkaTpbSg"
    "thKUk9CoAUQ8fgop9quU+/wT/hx/71+4/vP918eP8JDXF/Znjl45/eVx+B8QhdeKbL3p/u"
    "fdmWvREuxkdQdWf3hNiQAna4lU0yskeKBLroZyfRDbBsLrw7+bukAX1jb9HHm/c5WH7l58"
    "Mv/PyHm/f/gb/QQC+A92JM/Tt99xaG+wiv4pgm0JVXGoCjNNVAHFw4Ynx8bUNAh9Nfe5dB"
    "uQjI2RgnIX6SNVlXQBrhiaGDVzLEEZoEwipQ4E7Wfhp5/9eF9ruakM6BdiQMxQk//qH/7q"
    "rvomv9W4O2h+7jRJiLQ/9WYgWbQIW2pMEdtKkwThKeDbS/L1DhXOPWUT3Uxh4BoEroZ6Rw"
    "HiFYyDDHiJIYIyob7sBP+I+6lvIbQcwvheRK1QyLGr4Y0ZnwtWiBptGzbNl2LPI5JaAz34"
    "VPRF8QbJwxGI/UFzyxkAQKD4Dy0Orxw6X4VRhwHvVKH83mE366HHCqYe5k3V7p9/PZP4Qp"
    "+krT+APoK304ni2E0YDz1kqvxJF3/aHAmXf9IfPQw7eSgoVlGztgSlRScYLqtHjcgk2iGg"
    "n5iOzeNFRHsemAjRMxXH1csS63fiYqHsFSTIN8b5gAbvSffcEiuuckgPXV12FkqpaB/Gew"
    "kIKrx2PElF9CJTj54iIM0JMDT6SYC4slEikQ3oRlXAG8D8eZOopu/O3NABev5SdZeX6RTV"
    "XKWtTGbq95X5/C/c6nvf95DjTZfZTsFR3M01qpI4V5bHGiywAbkNDcZyIlHmfqKFbojm5V"
    "gtXyOFOHXmb3xTT6RuSFjL2q6Vu7/i55RdbljftI+LvxNwWWUQ2YZJOpe+Mq12AaDmHm0j"
    "YJLVc55lJLQacn4UzVDDkD2ZAiAe4ak7T3NSRqlbPHu7HAPcyFobgQZ1P8LbtX69/a8Wbc"
    "GDIX+HFC+jaBbBE3ur8vZlMywhGSpAIPFZv7P06DVm1I9/577ejulso9OVCzoW79hL/vf+"
    "qypebgjyFyMbd8zAMF8ocJ/0tSt0RK7Z0LmWHZG9OdxZ3grmV2gdTu4lrEaI0Cswes8GPK"
    "lS4shvyYX2KNHw2SNfzzVvpIXEzEhWsHUKG1g5aFrw7RohTnE9c6YOhraO6aYiAwwQGCFz"
    "rXTpSmFL8aJl/FMf5QxLvzIdu78yHl3fHwkrwNKA30EnzPOBRShF1AOwfdpfDLMn9nCs+J"
    "8Wz6ORie3K5SngmMjSQTlNyRb7rNdE1EKPOsvviPmvapOtc9ej51pmuvvVCfyOSMOEEaLj"
    "95iLEH24fxnX78CPev/pDch8JJuG/i8guHP3L/mE2F5PkSjlv+AxsrerJjG5JuvEiyGoEo"
    "uBrASNrWynA9QVoB21v0AjaIzQEmuXz2/TIl3u0oIeNxo3nMfBg1+TAiNiMiuHdwk4lvmr"
    "YaiJtgF/jPfv/m5mP/3c2HT7fvP368/fQuRDp9Kw/yO/EzRj326jCXB80OVpHLI9sqnzYL"
    "Et+PNDNmOlga6J+CrDjTqvqmr0VRXqT3hCLsOM/y6qjQFg4gI2L1ePcq1waLx0kgHNgYS2"
    "zeDtwxY+wFNt2rHJOtobgBlWVkyQRp9xTFLkmT6LU2qKxdIcHFTJMXM3Vd9z8VsSf2P2Ub"
    "FPG9P5MAE8/LXITJDskOQFy9NRGdUdCmihQ/Ulwu6q71ABMVolMYkzWhqsy0XVrF3kT4E5"
    "UTL0HGHHmVO/JMgMCwyHGNeS6hKFUX3BR1vwCKBtGegSUXxIwMx2mW6TJJyfA+jffeBAdp"
    "K1tbGqhjROzwLAAzLcLVgtugJMFqoE2ZCWkMWVVaWRB3TPiHGzk4RNd6RGNLctBVvs0lMh"
    "ytCH98Y0wvfxW7S21BcJil1DtujIhtCkXFCDppLUbEjrVCITwqNIFiS44J6eTiOF0Hwb59"
    "964A2mhUJtzuvUQ4oWLsCQG02UCHBBdMLKxL5Yvj27+9LYAvGpWJr3svjq9uEHPhc8o5GG"
    "TvVvttG7Xg6x5jylbW8NdQAZ2m7OCeUYvhOY6ctENSoEF3LGZN0EEOFME/G/200R8J81Lg"
    "3CruwoyRdSlE5yLOzAj8O4JLK9uK6g9n1tPKracWsCyszj4DKg9NgozZ8wo4EOQd1KhAPl"
    "J0D9+bIokhN9mJITepxBDwfY80F6tEOESckkVDNDkawikXPe2w2Ol28Ney5fWaLnA6StIl"
    "kayuCiUuXml8qWN1F3ieCQiqJrYM5KIhotHVFQsOHfKLIT8S6EJ1q/Nw3JmIO9sewa3h37"
    "nK82U8Hccw/0Wb3uurE/4LWvNBJ70W1Wcdu/9TQBuM76Ah5rqQ+fw6x3x+nTaf4/8lQBWE"
    "GSFhKBdDWaGMw1S6G4V5W8wHlOMCIhSUbVHa9mWh71beNkWMSzpJ7twKat1LkIu9RayCWn"
    "GsvKiIM2Ga4SiooTtTR2HK0HdpQKJTdVsJkmMewKuENsY9GkeKcafCy51t7k/WIcjq1OiP"
    "xTEJSn2scma2Xq/EhtWp2v8WqYGloqFIeEEjfuvJlgU3OnCZ7o9wr9tA3vlmlOjlRDa0CR"
    "QAD54s9DuzHlzUerCVdR1oZP3gdEW0CHmT1YXe3ZyfDr8MOM8CttIfviDBcMDt0S8GK302"
    "HYv4o6FrEH+ezO7EMfq8M56ghj4vhPE9mnr+VRyiqxbQ1pIFzANU0D1hwovjAQd2MtRW+j"
    "cBKQrLAfcCEDL2Sh8Ly6UwH3AasG3vFHl7q4YFDsDM1AkLVMGL0Dea6ePZN4S88YIYKozE"
    "xwliKFChs1vpX8TPaDFs4QYtheFcXIpDHvEQ0dpQ8bp3vHGgSvRJUmzKrsSWIGsydyrxc9"
    "VRiK3pJSIJ4SrB+dmjfEHmwlAQv+Jyj8EMK50f/jydfRsLo8/4OhJxkA6sAXWD74nTr0hz"
    "Fj/zS3H6ecBB/QAsG26QWKhvsipNzoXFbOx/h2Vo7nfEW1DgMbhipTfG6wDTjJ0yKtUUtZ"
    "5FaboXwFFHyPpR9kvBfKoEXoy0gya0lpjMCvn4o1tJCWYTyFlMR5P5HWz3pV7sGCnjc5P5"
    "zGpbdp/HoTxXJs4yQcs43WROBwJ4qV07Rsr43GQ+I3FK8g249IJYhJIJ3Y1msy9JlWR1mp"
    "qxu9HsLsfmStnL9uz69mxbMqH1XGbPjlEyLjeZy08mkJVtKQksQcr43GQ+G46tGFnxxacd"
    "DRHyBpuZexOE3pKf/yrNhbEo3GOfqg5s2cRBJxoE65U+nU2l1CgdPU9qpPDLw5if8ktxNh"
    "1w4Ptek3U3IgXPEaH0x5dxIfSLmLf72ebtftq8bRi2pMiORWB0TkelGFWD+dtYL54J3LKD"
    "krwzHJ2wkU7Q4nrNknqTpMmNFChwJ2s/jbz/O8WMkTAUJ/z4h/67q76L/bG/4fRxIszFoX"
    "+LDLdbYVxXqOLNSbQXdJ4Op7/2asI5kfxcJPc5O/U5DTk2tyAcies7MzAqSXa53Ml3daFc"
    "cbsZy3DMrKpDBQIAQuoLruGdrDt+3ArN2cxPH3Hci0e90sXJw2y+HHBwtzdMe6XzD+KAk/"
    "ewzElavTMeHZbA1GUNHe+EuN6cktcJukpO0walvd30i+wr/eyNJbWZB5kpT3RpQzGqToQe"
    "1V4VkSUP/UWSh2LFLPZqSa7HKRnXm8J1gr6fSrU4ANMiRnNmSmoRissJadctEdJkxZVg6W"
    "qGxIlKgdowTa5qWBX05BvDJLcVyW5iGadi5VhIyLL2oDUhuzcN1VEot4I4EdsKCF1Xj6lb"
    "BTGNUDBAWf/UQiAXLchUrH8q6SirAt8gv3IYmbOrQMfP8gJA+1tpBTg/HGdq11ZRFNz4qV"
    "MAW19irQBb/jhTN7GNC/cFsMXHVQXALv1puolq5Eyn7lkdsd0ezi9ZEW7CYaPkjuzApIoM"
    "UD9AW66gHopXk0EMp+vOSmWFLM6DDE0hbwAaZOLOL+evtKU73zCcrktv6EUKgITCZV4hkK"
    "gEWqAgiBSVgk9WBunxnP1i/Kih7VrjbPm7oRu71yvOl1o4ewt0DloWXuuGDjjTeOH2wOT2"
    "MjR/SjoJz52LUIvkt6io6dJ61UJY6dE3Kh6SKfnntaoMSTroIrzuF6rf2M+p39hPlRj0Vj"
    "oFxiFBBxHuF6qQ2c+pkNlPV8g0TLiBGWVIC0RihtQXjPh4kvXnHh3iveH9w92AU9b7p5V+"
    "x09/HnDhLG/clgcJDAdSTx7D0ICsZzlzAqIE7E+Iqi7cg937skF5d7PZOObmvBOTIZCPkz"
    "sB7SyJkD2CG4KFHHTM+VxtvdJAcKxKWW/hOmDaUxu1J88qlKc6hXajInoTCAefVJpmSH3B"
    "dfA2gIM6J3PhJH+zuC20bKR9DbiXrXGF/gE6/le2OVlX0R+vabXp7NmKFHE8Pqen6gRlHB"
    "NeFm+rR3/TFWXMa6XXMdXqIg30shWwZ/TwZcXWgLbJSkLvXhzjsmBrqOE6Ycs5P12IXv4P"
    "4oVuQS/9h18sxM/TiTBdDjiv/tYOvb24rtgQHb6fZ3Nx4Rc586wh0K06NpxNPBL0Nuz8t/"
    "3tw5zXprGTzqtBl5iiwelDrALdidWAZLrz1kJsArYS2rsSkAhiEGJFcgoRBgRN3uAbE4pf"
    "Jqe+o3pwS/ReQtB1OtYeqfQWXQndI0WDd8tKeFlH2q2nuRBOq+wuzxGSZnR6xl/bmU7PLU"
    "k7aLwTjGAio4zkTpAxbFmQ/BsGH0fts1VFx7YQ5sJRsYm3t0j8MYvvrjy+O9uFUauN2QQq"
    "tHnLApa1y7IyJ8dc5dqZ3dGSHB9eb+OeBMIRdx5ruXPRqBmo7x2Sfy1bRD5SMAm5cgnZfT"
    "2lbEs6mSVxKmZiKWBi8SDLVEhOYZ2tl3QB7hoMhhr2dNhbQo5DjtEwStRBmKsvlrI3jSf5"
    "CWrEhlr3miFnJ6BG6RJYrzFhC9HOqyw2e7wbC9zDXBiKC9HfyENjoXsTXzoGL80FfpwAe2"
    "PKdM3uQ4IOruUiSzl7JacXskEO+8lOoQ4JmMZNsGWsXQcMlZwXIWmGoIe/rzOCngk8R7+K"
    "tB4N7iBtVUgC9dmFIZv2EuTt3+UqQ5apCMkqQVJVgmxhx8I9epEwXnRw9x6E6ch19/v0Kx"
    "2vyhH21uN3T22Ks55V0GMV9AjQX9SK1a1oduYlYiVqmAuDxCR88JEtakH+wUwHSwP9UyBt"
    "w/VLjCIztjLchZyCQO3xCXHI9PdEkTrp7YkyqlZfD3PnXNKdk/3+FZO/o/RNlvl6/MPDfP"
    "ZVwCXB96ZxADhWdvQ4FHCkrOoowBXGx+JUcIVxDeqgGcK4/3PLKP1pUqbxn9T4Lx5z2SJI"
    "awm69FVfSm0zTtUJ4OvWNgPISrTYi1F2MGi8w+qmBdCzItZ5ZwFVDgaBtAtR5XW/Z3HYyr"
    "xv5BlYQ7wm52roAKiW5HGOoMzm1QJJkl6wIkh4pbUlQY5RiJTV9JN01ZjUWq8sUhTeSJt8"
    "SGxJ8ySw6BQ1vhGCU1vFlqImuNSSLGKEOy82OLBrkmxEEZtnjnUoOoqZhdr0pl/lmIVCa7"
    "BuUPkA42TVqGUN6lZWqEBeTn28dHm8ztfAEKcj8as4clv1oanhAapuu77hbP4wmyPJDVew"
    "MPcG/qnNsLit0bdK7geKlR8jajJDSq/8GioXruUd1F7psY6TdU8nvS4E9nUO2NdpsDfwAH"
    "RqrONUDOpCUOP/JeytpEoUiFN1D+pathAXtGdAZTuO0tS1Vb+djPK+EMzvc2B+T9g8cOho"
    "hvHwtKBypL5gkJ6j44I7eo9SXpnwYwE3FdbASr8XvE9r4H1+nOKKPtMBF537zeWVJ2jaW0"
    "n15ae0nZH8EsSp8myL7dt38ryCSOJMbSF4fpmcA5O3i8TILhrpS7mom5GiAX1US24iEfIG"
    "n43YTCOOhOlSEr1CXVD17Dkr/YFfLLwW5XvZsrwm5V9+lib8kJ9JD8J8IqJb22dpJyuyIe"
    "2BuYNoxJIXv/HT8L4twxdZD+8uZkORH0vDuTASl9JwNkK7lWUoUNYkP25HMVS0c82WX4T5"
    "gDNc40qZpVDES9LP9pL0U14SxE7E8ic6j1SMqMGroOwLd3tbBObb22yc8b0MoCX3GUvBfS"
    "StCfS3E5eq9/8ZiuLsw1DFoljHqbq3tmtRtMBurxmvdHtIlKZ7MNeiZOEAOeoFHSPqHtC3"
    "RXC+zYb5NoXyTjahjQ7u8xKi0rM0X+daiNPPWM+yEPxYz5rw87mI06LQw5gQ1zUdiV9n86"
    "GbKQUPhqnga9/E0ewbvvQCVeMFX1kID/zcq5tqgb1senVTm6m17YwnqAFpj1hDZZBL0nXv"
    "zapFCorCRi8IkamZLHRSFgI7GWp0p7NP0L11fXtdRKFGo7LPjOuUUu3iRb+gE2RsJZ9cyb"
    "KqIm2ecCxnB4ZHSLqwmi8dGM5y79PruuLce1nXHRnvA4pBcgvm5ZYkKc9OLWnPai+ZWYLD"
    "u0glavJQDkkYvKfg1aBXkAqSCnjnYJygY0CfArqNBTtMw9oDr3ErjWL6MJ8tHoQhNtn7M+"
    "C2HkvRzSN0Ozgi1XQ2n/C4EY9qmDsZN+6JN+Vohrr5/KqcaViIz9DGaitf0ZK+d+0KB2DC"
    "tWtYEH55EOduo5Xve2h6LVT+jjjutVD5F+J4UzhoyxuqclzBeFaLK18yLVGLywtzlWQb/a"
    "wnx6bsGEEibgaTOlUZ1/TrRVhbuJe8CHgqP0EWfRdUudpT4AzHVEp7+o/UFzxlEIcdT76j"
    "ixaaupHNHvVKFyeehx/uPP8+/yDiigOwGUcIqzf1F0wAdvZqSabHKRnTG8J0QjpqqsFzSx"
    "onXdfF2Yqr4cqmsoXlcrkTpCyJuzlvTXqvRLBbpbgcI2Q8bjKPn0wkdG7pksVjNKz24una"
    "ix5gaYSpKy/ehRO1DOCiSd+xpUVddTHaYVcxHGIJ/KCQ4v3Pp0so8t4sHcI7fo5rwDwbIj"
    "xHVwEKO8WdCVIXu+qRgZLAAVQHl3AoWeCiFZgl+8adi1oFhUHagBu6DHBdDWyMPA8x8ThT"
    "V8EKO13IFeA1j03WVcgssHGLzuwAzvXA9u4zYVt4E07C+TqLnGMewKsE9QO0q1hvC3c+MZ"
    "yu47ghrW6PxpH8Z/Sozf3JuooZuqNblZwCy+NMXQIrXY4sp1BWpAgJkG3HzFuDFBXo/fpH"
    "95E5W2npyV+KB1lzCN698nh9DSbsCFgly7CFyyanHFt0aZ0uyyZFVzerz9Yq89oVl12fTb"
    "YkY002UmdFkvoEZ1Z6aOhpULDUA3r9KBajP7qUvbdhO1XVDjEb6GhXkXaGbm9pum6m6Bi4"
    "hN6b0LRsydgjEJDYQnDiZr/mBNK/cmmXvWmojmJb0tYHq+AyTdFdzufzriWLdItOFBXsDY"
    "vUlCS33HWCklW7pqh2jbHDb+8Z0CfJGf6U+AeFdZCmUwL+BDVDnxJ9zZBJzeJOwR6QMbwp"
    "8d4Zpr0hys0nMY+SMtwpcX8BsmYTIihOon4kZJhTYg51yzGDeBRK2GO0DHkK5H1ZRHqSNT"
    "L292jzzhDUCbQJ7NeYuG3Cep6WM3u8Gwvcw1wYigvRz5sJA+zcm3HA5wI/TiDubRGlAE+T"
    "MrxP4u3LfGXwTpMyvE/ifaKsQQ7cp8oaFEW7RVaTCvD24EKLtHwvi8QUza9ZlqwqttLHs2"
    "8DTjNe3L+EuTQRRyNc1QxdAqa0g6rq1jbzrwafHx8eImOd/T4y9ov4+cuA28KNK869ff6Y"
    "CRRcXEVS5Vcao2+SjNl800KQJlu2FHHxl8hByJiCZSM0ORthbQKEKbHKUeb7FKNhlunkq7"
    "QzdGDLJgHRnIM/SsQkrNMaBHomtNApD4IE1eWW7s2H25YsXhVuvPKtSGqiVIWTlGwZn1zG"
    "fvINPdhJQob1aSV4i5QroCHhllCpMqdcSpyMFUqJSTaVVLPJyfnJ3MrjREwISe7jGB+nZK"
    "2NOGn36i50SX730y6lnWw+E7wGcJMdXZag7Mw79J/9/s3Nx/67mw+fbt9//Hj76V34MqVv"
    "5b1Vd+Jn/GLFeEsIRYtovPRcIFEzTpTjRBh0TBXym6BibdirbMMebc8d5wdtE/bIRK1iRt"
    "E8/MQyjGXiD/nFkB8JdXRe9zIfcuL9w9SIAsH+YV4Gi/Rv1ct+xbFI/4ojfwOfg6UYJNV+"
    "sZM17aTDIiTuUsmXm/7HD+EixR/y1udiwo/HhAj1wAJdDl8COUOYbMQuB3CamuGb2B/WO7"
    "KrOmNH8IZfzi1dJ4oX6CiBVKkNqfv56dCLI+Ulbartjb3Q4No91qWMpNwcxNOkDPIikNuw"
    "fCv0gLbJO0nvYcwvxenjZMDtcQY3eqiV/nk2Hg24jaHhPnvi+CtuJ2xB7QDMlX43n03/IQ"
    "y4J9PQ//Ce+c1jVVQT4pKmNK6GCAlzM1TuZnAVVymzMG1e870EYZPfnZKncPUl2NvmgGjK"
    "AdE6DwSzujKra+OY0VCrq+i2Zfi78dQjWFyPN6/yrK1eawfpX/64U5ZWzHJONV8509E5w+"
    "RwQTloc8aak7k11MB/cdC2OBPgSbktEq8sbidbz0DlXKnc4gxde/0pKVNVNyuz9zbL3gt0"
    "G9pUPS+PFBeMmo9ucRcwUhTpnHuT3Tj3JtXEDr8kkvuBAukYUQel0Fo6b7ugWVu5f/uBGu"
    "sjWV1od6lFMToPJHQepFHOTV6NUF0wbfVthPsKs1bb1wWzhCFo/jiduj0U0QLR3R6Kwy/C"
    "8Ge3ueUWKM+4X+JwNpmIS7dhoieF2F4XxfvHhddEce1Y+Mo9L47xhbWM3uym9FQ0cMS0ab"
    "xQ1bCKEXUmWKi60Ee/VxglrEkyBmwSWPAdWjb6QlpkU3QM2iS0e9NAT7mTwu4XBaFN0TFo"
    "Uxktzl6DCnp4anAJlAzelCPb1fFp3BxHCublqNzLEZxiT1QqfJyqySJhSWXnuv+piOzW/5"
    "QtvOF7bW5neln029naskg/0zXUobUtxfYEKcuMb7JfywY4wwwd/lRm5gQVKzVxslVfgFga"
    "ZOpmfZ4HZRmZsF1IF/VaJRZZzGuFfgM3fRyPi3Xtw92KTPXcrk4u7HN3qhaeVVmo0zX0KO"
    "UJ9DHLdAYeMT3pDzSPQ0+6BJdbwHlN7rF5DJgAvVWu7073G8cDlUO6OmdvZZvbyhanG5w4"
    "Qo+A+ynhgdi5Z7zoabdgZTOv9JXOozl+9Mg4dHSqFiIDmPxvFv68AeYefS+aB30P+gaV04"
    "B8AN6owD/EyZqhgzo8jXlZfR1zNl4kjy/bJRnhNZ0HJ0ZWjVbztuyoO2YriIbQDSrtMU7W"
    "QfWx/66IX/JdtlvyXRLqfxlPdILlkaBLqRR1CZV+dEwl8qQfkdMygIvKksd1Rd38uX75KB"
    "TlMyWkqLB/UkaKqhqnpSSes5A4oXLeO8jt0PQI8IEb34RkDllF0sWP/8O5D3SFRqnANV1a"
    "V5zPTPSX4c5mpQWlqidnYVTNCqOiDe2pNqqnQVLK9bsiZycalW15fZc6PVmQ2kWC1Dz4qH"
    "JYIiTMu1O9dwedA5J7DtDxJErF2FI5W4IjmYYpURrGkspZ4stGNByJkDCGVL91Mcc0c0w3"
    "AP3uOqadvVqS63FKxvWmcJ3gpw4dUwXTBGMmsUr8fMXMYS3xrNbr49NtYHq1HXskA1bk9l"
    "Wu9SoxsM7iar+lUiIVxTHNcHNAF39nbrJGusn8StVk8ep0SkiEvMlyVu9uzk+HX3CxD1wC"
    "faU/fEEb64Dbo18MVvpsOhbxR0PXIP48md2Jbrsb4wniljYLYXyPpp5/FYfoqgW0tWQB8w"
    "AVdE+Y8OJ4wIGdDLWV/k1A8tVywL0AhIy90sfCcomLjmjAtn2Tzpvnj6jQBOG+UIbpsQka"
    "zXZxejd7nI4GHNSfDEdXEasfl/4lw7Hda2WYUkT8zha+U6L33jHRAU9l+o2QNJkDTbL/Ws"
    "5uR+ywsgTfM86aCEknUM4TYYVflvn6eyjBjmfTz8HwpFKfyjdcE+qAZi/rkKAU3Kflxy4F"
    "XiSELBrdLUHaQeWtvcpaWkf3YuPKntZH6gs6sZB648gapRmyN+GnjzwSpjzqlS5OHmZzJE"
    "15nviVzj+IA07ew2bIUV7wJLV1MkHWiXOl9hgzZpvsmJWqiG0yaDZCFWsSJ2KpFOnkS78N"
    "GBWqMRoGaqPbiHQM2b1pqI5CuQvEidiCPRn7ml39jzoA9pz6f83QGs6qAHgMgk1vuhWgex"
    "dO1K71WxTa2ElTAFj/vK8AWf44UzehjYtGBbD1d9EKsH04ztRNbOMHDnVUfNRKaR7AqwT1"
    "A7TljHAkGv/rwp1PDKfrDgsSxl0XNqR87NE4UAloc3+yDkFWp+d6xjv2dqhB4H5dynMdvX"
    "2V57k2kFK4lZTjSNYXrE1C5lWet9llKlGUzwnnixJ1LtWhemPZ22aRvLWadAE/IlBMYEtb"
    "2SLI8zmurThZTQ6uTpl9TeCFGkiOCamislOEzYjNxt/XmdhsfF/SjI3h4DoSJRmVOwljWu"
    "VM2yDt2va/iIJNCTLGmMoZYynGnurUDgku6NWtC+wLFHQ3DY1uyYcEbLFXvthxWPKBsNpz"
    "S74fiS5Y8T3QC1pb8Z15zrN3ne56zpmLt36PGfPoBCuoAo/O29SLCbwSBGtlxGGRbamM+E"
    "eYkbJV7/VVnpESMZrKPumP75xpsvraIMw0Wa9pEv8vAapGtREShnIxlHF3h41ByiQpmDQX"
    "oW8y5r2R8DBbiMsBpwIkoEJ7pWPZVAovu33Yw3vDuTASl9KQn+OuStiaZ0sKOqNX+njGTw"
    "ecZsg6zq2bLz/zn93sOtPeoIMZZ83x4+UXnDUna/Z2pYvTxSNO2BNw4pblmCGKbx7z7aZN"
    "6ApdOYoIzQWNNcPpr5ex19wUOSWyD4kkxMw4UKtxoFQZAD9y6MyoiuIBVk07VAqFoOAO5J"
    "pHchZMw2Ce7qiEMZwilQnOrS0Rr3HQQaxwstBuB3S1ilCweWyyLr2GNRsJDlAF5gJYVkZR"
    "juSQqxNGA3ewZEVGF6gr+4Qb4QHzbxZnwY3+I9Q52Xar1oPdE1BVoHLBzNwPuCC+YhjPEP"
    "h9tPG4Z/D6H6SastVNzCwZzbJkIMZQh6lEaTpn0ag+RAWpeBs6v21A0GTNr6y2Xbm+5YaC"
    "Bv6lxMmXUyMoRtalrKqLVAuKwL8jJARl+8z94cxjXrnHfI+kNtwM1zbsveRFEtJsOhnk3Y"
    "tBrCV2BHzfQ8SbEj70OOVlfOiXPF1b4jIPQMr1mbNIiex3rLuREm7BIbpAiShJl2SLugIl"
    "MopAUcdJLPA8E6yUtlFSLhotEV1dsWCJIb8Y8iPhrWIlEsYjghUkbV7KNoKY6bEXLVCKUL"
    "Ydi1UlbWhVUlPWn9P4L3aypmVyIKDp0pZ80//4IQQef8iDejHhx+O0DmcpaKMlbL+aIWcd"
    "cAFFAso1JmkhmDmYjWaPd2OBe5gLQ3Eh+opbKJ+4N+NOtLnAj1NZSrKFUKILu4gRddAUdF"
    "Mo8OImJ/DiJh144YP2B5VBM0bEkC6GtH8+EmEuUHIwpL5gvIOxxq2DA/4XjnGZ3d8LcwHX"
    "A/boVzo/HAoPS3xJVhSwt/G1kTDEJaJHOBRGwUWiS5UNrt4+6opW0gGYgSep6FuRIuzgm8"
    "HqEDIbQRU2AvTKQ7UU1+OUFXC9YcbXljC5mP2PVfDrWAW/LuKaY2djJfx6FHa2vBJ+oant"
    "rYuhtRXcM6uh1WvHXKNDY7s0nkGGFTNy/yrfhumOlOxwKMsBa9NWepVjgHR5Sh07Fadi0V"
    "Mn9am1vIMaVTLFkaIuhfUN8+2KmAduss0DN+l0lYbUW3trwavuIEBWvKXWABwWBciiAFkU"
    "IC4h6GYMSM+A6sxMkLHWWic3dBbx91ew+HmypFSe2cQJOmjb7xLTHatct3OLmfFbwV8THJ"
    "AWXobFcUrG5SZzmTlis2Wj7jpiWbA2C9ZulJ+jscHahgYWQHFMaL/2SE6O6P2rXCcHGokz"
    "xo5DT6aqL/wsctPRgMXJOierO6hDTGYbJmcB2+L2wOTw1Ol8dGrqM1wneA4aRToY3znLfl"
    "WV3vIcKvZeMsG/HejH6CXMeHnFfVK0F6zxE15pVZGfmMKzV0uKSnFKJio1RVQiSMhhFZSC"
    "pZ3qPHwW8gGoXyF4IZ08x5u5x46Fh0mHYFyljvXfesaL7okl7o/7nXna39DTHvKi6CEcEn"
    "TQNVmL94wVXa25HCgSjYEJZRofWZSmGY4y/LXdcZQZJlV9jGB8B5d89UWc8c/y6olQyvFx"
    "QibEszYef2EhPsve2RQhHmx2GY1cg1v5AnxkUMXSeyp1TdEcC52mTJB/22KD6LHIZ+7phN"
    "GAtsnnb2/+OBYGrl1ypY8Ffu6mg6LTzmxMNiiT9Fl7hfajHP1lFEgnyLpX2+62ENi3OWDf"
    "EkoqOCQXSE5bRIfoAqFTWhsG86W10zdO2m8Y+rXn7PvSYXGJL0LB+uAR03nXkG7XiJAwa1"
    "f11i74B4Eb2SEx/vDLhcO8a8nKZq1nLmbQyjz9Mpdt9rFX48q9bsnKDax8T3SdqWJUHdRP"
    "WAUgZoitIvCUxdB0jesVxNBEFDo3ztXawv2ZHZp80/oknK+FCyIrdrbWJk1p4LIdF3F0T7"
    "owpF18fIFWTUFtGdxSyZZfOdxSifOnG3DGHujcyxbpQ9w//+noNtT++U8OWu4jkfoznTlb"
    "kerIwaN6vg53lh4alCqb7N+hcqywqsn43iWqJlvQ963QHFAhUQfPpvaeRQQRxH31aKWPgI"
    "hlszWZt6z0YF16cfxgK2ogixExXAtkjR2jPc7NGzvO1DKIC+eMxVbX6bqDrKwjDbqFyjq+"
    "UUhVJCWSpJ3EMyZz9BI36XB3HMnKDrZpG82V4J2nfwFSjdGc0OUjSffSEisviOdYwKSNko"
    "rSdA7i6i3kKrT2mvwq0cKcpOugO6KWcKm9bFkvBjqcaKuVpgg7iHgtCVU4DZxg6M0JmgoI"
    "mhH80KmaeMxnfzGf/VqGGlAlzdigVUQh/aXoWORJElrNUHDpqVJGviQts/U12dZXsoM369"
    "xd5qR2UdNky5YsG+zpfFNp2g4Fg164grALo7v/lwihSBGzDa7JGxyLkMp++doZK8MipP6K"
    "XM+KkIpy/cmUdWVL512L0XToSK3Lt+bhVYH35y6cqF34FnX9xBYWdc+pyAGG4Dozjo930F"
    "UT/uEOG6JrLdy2MuP4CB0JzoTrwTQOUAXmwputq2DFGoadCVmyTVlX8KrVAeuYB/Aq6gdo"
    "y/4PTnthk2Oucl2x7mgJxocXiBC1EDga+NGxAKdB/fm/OAPJB5zMYVM8Z6w5aFucu0xwKO"
    "cz2NukwNBykzCfb7N8vp2vmzFc8MsBp1iyvdKnDws0hxcmT2sh+lTAPvQp0zr0KW0bYi3+"
    "LpgwxTLTWGYaM6+db15rV2sqxuaSbGZtirrNX8XY7TX8ZJQx/wkyZj8j5MKzbIqakEXzAq"
    "zZ4maS1Kl+KdoOrd0LuFNzLMQsQ6BHYSbOyxA4Goozln0FEIvx2dq13ouCnH7bC+AcHm5V"
    "LOToXN3EOCkLULs8qGytUTO2tUe/jRRz6ZPOdLA00D8FCh64BtR5ZMZu8OrPUqbpEIdMw3"
    "QUqZNm6SijChildU7WrRdgXnEv0N5yL1vZ5qCNbcfyk+HYnGLsIVBx+YG1YXIm2BumjbDh"
    "nl65jWk4e4KJupIpixQwSGzq3reGqhC6SFezgBm1mVG7lUZtS0EHZRr4xU7WtOx854CoS0"
    "rPTf/jh3BV4w95C3ox4cdjgiZp7MhpzUvwPVtBD0i6EKObZ3IRflnGrC2pbI7Q4jKeTT8H"
    "w5MpHgnEt7KuA0IIfLGtI0Le6N3jbs5Ph18GnBeystIfvsymwoDbo18MVvpsitYi+mjoGs"
    "SfJ7M7EZee3xlPEBefXwjjezT1/Ks4RFctoK0lC5gHqKB7woQXxwMO7GSorfRvAmII2qde"
    "AELGxmXrl0thjqvW236B27cvWp/RcTYn4zUg6MILVrdXKCEJ0diSE6SXcRhcUgjqkj2ZRW"
    "LWYUlmRnpmpG8bssxI34ycp2NQIN0aT9FVs8pbb25gDhDmAGkPyMwBcoGFXMwBkhaTK4CX"
    "JdPQeZZI52KaDYHjqCATSMH6rToXi+8mCZmgCEfOypVYAnnXI7ih3OtXec4nOxjBytK1Sb"
    "y6yvHmKH4GW+HobX9858Ljq2+mzVp21lsdjUXFZ6Pfzrz0ChpnEyTuM9MxOyhtx14jvwfG"
    "eSBh2eFY4LZlb8ubZKxGEMuQxYoUDMYSWW31gn8LBT7PL8easL9pAeHLOlMb5tCr25nqvk"
    "hU6zZCwZwVpw25wVZypnEmUFJbBm5Ra0BkUdUb80t7WpmybvmGXdJxFbmdf14lBtZpSEiF"
    "jj4ZxrMn9f+OG2DJimI4oYUxcpPqXGM9sKr1smUfgEcOpZiQr+7FCDuo7bVEuysU7CLv8D"
    "uZ5vDE0P0zIsXeI0mSt0CBO1n7aeT93y3OjoShOOHHP/TfXfUT5Z2njxMBHRb+rWRwhmkC"
    "XaGr2BChuZxxqjec/tq7iDR5U8Tyl234S3dJMEGGQ7VYqGtsgiZbA3vDuTAScbC8CVRor/"
    "SRcIc/quAJui/kG4fMs5DjAiHH/HIy4GR7h+hmC0RlWOng4njocRNDjRXEho1h0u1rEZom"
    "M7jktnZbxOZ+m21yv01b3PFBC8y9bNp0QCfouhfd3S/k4OjnODj6aQdH9JdRoJ0g6x7Yt4"
    "XAvs0B+zYNdlwbLGgDihMxMxCLBn47A5u/FiuwsfHHmVoGcVEzW/y9LRK+x8JQKw9Drbx6"
    "gawBk7D+6UsX8MFE7Tolq6pYsDQhujE0zEANJVp8E2Ou8s2+eDT6ZbHhJ+sWuH1TOfQ8a2"
    "jugMoZJudPgT7InOVsNsDCfweSPH5e9OC4zgA2I6bLFlQyI4tha5hnNOCatDcN1aFtskog"
    "7p7MfN0vFIHVz4nA6qdk5iN20LIcqmA3Amn3QK9FK3Q3LxX4MkZCGNEMOTNzMUqWwHqN6d"
    "qHdp55fPZ4Nxa4h7kwFBei35wy9HS4N+NG87nAjxNIuweZdACmRamBpwi7t7RrKHIcnMME"
    "CS6v4WeM7oI9P99mXVfY8xOJXgZBocle1iFBB42lrGg3C0+uollaoDdQmrviVMzc1bCKDV"
    "3ENi/p+o2SVZsGc43Zqtn+yvIIDyNzdhXp+EbZqBhJHphQ2fYIxjL/zlWeiUw+jmHZlW3a"
    "R69yLFMldMdztcamvdkXaAWOXyoKhP3hHUS3njRLQ7eJlTL/vphNM21NNrlSpgoVm/s/To"
    "NWi+UBErgYjJiKkiqZmayOeRXXPfAEdySx7JKH2Z//DxnCvvc="
)
