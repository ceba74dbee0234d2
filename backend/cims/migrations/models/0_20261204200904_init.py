"""Migration 0_20261204200904_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "4oVuQS/9h18sxM/TiTBdDjiv/tYOvb24rtgQHb6fZ3Nx4Rc586wh0GpKhbG1aeyk8yrOJa"
    "ZocLIQqzd3YjUgCe68tRCbgK2E9q4EJHAYhMiQnLKDAUGTt/PGBN6XyaDvqNbbEi2XEGKd"
    "jqxHCrxFVzD3SNHg3bISXtaRZOvpKYTTKrunc4SkGX2d8dd2pq9zS5IMGu/yIhjEKOO2E2"
    "QMWxYS/4ahxlFrbFWxsC2EuXAMbOLtLRJtzKK5K4/mznZY1GpRNoEKbd6ygGXtsmzKyTFX"
    "uVZld7Qkx4fX26YngXDEecca7Fw0Rgbqe4fkTcsWkY8UTEKuXEJ2X08p225OZkmciplYCp"
    "hYPMgyFZJTWGfrJV2AuwaDoYb9GvaWkNGQYzSMEnUQ5upLo+xN40l+ghqxfda9ZsjZ6aZR"
    "ugTWa0zYQrTz6ojNHu/GAvcwF4biQvQ38tBY6N7El46hSnOBHyfA3pgyXWv7kKCDa7nIUs"
    "5eyemFbJCDfLITpkMCpnETbBlr1wFDJedFSJoh6OHv64ygZwKkxSNlS0VajwZ3kLYGJIH6"
    "7DKQTXsJ8vbvcnUgy9R/ZHUfqeo+trA/4R69SBgvOrh7D8J05Lr7ffqVjlflCHvr8bunNs"
    "VZz+rlsXp5BOgvasXqVuw68xKxgjTMhUFiEj74yBa1INtgpoOlgf4pkKTh+iVGkRlbGe5C"
    "Tjig9viEOGT6e6JInfT2RBlVq6+HuXMu6c7Jfv+Kyd9R+ibLfD3+4WE++yrgAuB70zgAHC"
    "s7ehwKOFJWdRTgCuNjcSq4wrgGddAMYdz/uWWU/jQp0/hPavwXj7lsEaS1BF36qi+lthmn"
    "6gTwdWubAWQlGurFKDsYNN5hddMC6FkR67yzgCoHg0Dahajyut+zOGxl3jfyDKz9XZNzNX"
    "QAVEvyOEdQZvMqfyRJL1j/I7zS2gIgxyhEytr5SbpqTGqtVxYpymykTT4ktqR5Elh0ihrf"
    "CMGprWJLURNcakkWMcKdFxsc2DVJNqKIzTPHOhQdxcxCbXrTr3LMQqE1WDeofIBxsmrUsg"
    "b1JitUDi+nGl66GF7nK16I05H4VRy5jfnQ1PAAVbc533A2f5jNkeQ24BTD3Bv4pzbD4rZG"
    "3yq5HyhWfoyoyQwpvfJrqFO4lndQe6XHOk7WPZ30uhDY1zlgX6fB3sAD0KmxjlMxqAtBjf"
    "+XsLeSKlEgTtU9qGvZQlzQngGV7ThKU9dW/XYyyvtCML/Pgfk9YfPAoaMZxsPTgsqR+oJB"
    "eo6OC+7oPUp5ZcKPBdxCWAMr/V7wPq2B9/lxiiv6TAdcdO43l1eeoGlvJdWXn9J2RvJLEK"
    "fKsy22b9/J8woiiTO1heD5ZXIOTN4uEiO7aKQv5aJuRooG9FEtuYlEyBt8NmIzjTgSpktJ"
    "9Ap1QdWz56z0B36x8BqS72XL8lqSf/lZmvBDfiY9CPOJiG5tn6WdrMiGtAfmDqIRS178xk"
    "/D+7YMX2Q9vLuYDUV+LA3nwkhcSsPZCO1WlqFAWZP8uB3FUNHONVt+EeYDznCNK2WWQhEv"
    "ST/bS9JPeUkQOxHLn+g8UjGiBq+Csi/c7W0RmG9vs3HG9zKAltxnLAX3kbQm0N9OXKre/2"
    "coirMPQxWLYh2n6t7arkXRAru9ZrzS7SFRmu7BXIuShQPkqBd0jKh7QN8Wwfk2G+bbFMo7"
    "2YQ2OrjPS4hKz9J8nWshTj9jPctC8GM9a8LP5yJOi0IPY0Jc13Qkfp3Nh26mFDwYpoKvfR"
    "NHs2/40gtUjRd8ZSE88HOvbqoF9rLp1U1tpta2M56gBqQ9Yg2VQS5J1703qxYpKAobvSBE"
    "pmay0ElZCOxkqNGdzj5B99b17XURhRqNyj4zrlNKtYsX/YJOkLGVfHIly6qKtHnCsZwdGB"
    "4h6cJqvnRgOMu9T6/rinPvZV13ZLwPKAbJLZiXW5KkPDu1pD2rvWRmCQ7vIpWoyUM5JGHw"
    "noJXg15BKkgq4J2DcYKOAX0K6DYW7DANaw+8Nq00iunDfLZ4EIbYZO/PgNt6LEU3j9Dt14"
    "hU09l8wuNOPaph7mTcpifelKMZ6ubzq3KmYSE+QxurrXxFS/retSscgAnXrmFB+OVBnLuN"
    "Vr7voem1UPk74rjXQuVfiONN4aAtb6jKcQXjWS2ufMm0RC0uL8xVkm30s54cm7JjBIm4GU"
    "zqVGVc068XYW3hXvIi4Kn8BFn0XVDlak+BMxxTKe3pP1Jf8JRBHHY8+Y4uWmjqRjZ71Ctd"
    "nHgefrjz/Pv8g4grDsBmHCGs3tRfMAHY2aslmR6nZExvCNMJ6aipds4taZx0XRdnK66GK5"
    "vKFpbL5U6QsiTu5rw16b0SwW6V4nKMkPG4yTx+MpHQuaVLFo/RsNqLp2sveoClEaauvHgX"
    "TtQygIsmfceWFnXVxWiHXcVwiCXwg0KK9z+fLqHIe7N0CO/4Oa4B82yI8BxdBSjsFHcmSF"
    "3sqkcGSgIHUB1cwqFkgYtWYJbsG3cuahUUBmkDbugywHU1sDHyPMTE40xdBSvsdCFXgNc8"
    "NllXIbPAxi06swM41wPbu8+EbeFNOAnn6yxyjnkArxLUD9CuYr0t3PnEcLqO44a0uj0aR/"
    "Kf0aM29yfrKmbojm5VcgosjzN1Cax0ObKcQlmRIiRAth0zbw1SVKD36x/dR+ZspaUnfyke"
    "ZM0hePfK4/U1mLAjYJUswxYum5xybNGldbosmxRd3aw+W6vMa1dcdn022ZKMNdlInRVJ6h"
    "OcWemhoadBwVIP6PWjWIz+6FL23obtVFU7xGygo11F2hm6vaXpupmiY+ASem9C07IlY49A"
    "QGILwYmb/ZoTSP/KpV32pqE6im1JWx+sgss0RXc5n8+7lizSLTpRVLA3LFJTktxy1wlKVu"
    "2aoto1xg6/vWdAnyRn+FPiHxTWQZpOCfgT1Ax9SvQ1QyY1izsFe0DG8KbEe2eY9oYoN5/E"
    "PErKcKfE/QXImk2IoDiJ+pGQYU6JOdQtxwziUShhj9Ey5CmQ92UR6UnWyNjfo807Q1An0C"
    "awX2PitgnreVrO7PFuLHAPc2EoLkQ/byYMsHNvxgGfC/w4gbi3RZQCPE3K8D6Jty/zlcE7"
    "TcrwPon3ibIGOXCfKmtQFO0WWU0qwNuDCy3S8r0sElM0v2ZZsqrYSh/Pvg04zXhx/xLm0k"
    "QcjXBVM3QJmNIOqqpb28y/Gnx+fHiIjHX2+8jYL+LnLwNuCzeuOPf2+WMmUHBxFUmVX2mM"
    "vkkyZvNNC0GabNlSxMVfIgchYwqWjdDkbIS1CRCmxCpHme9TjIZZppOv0s7QgS2bBERzDv"
    "4oEZOwTmsQ6JnQQqc8CBJUl1u6Nx9uW7J4VbjxyrciqYlSFU5SsmV8chn7yTf0YCcJGdan"
    "leAtUq6AhoRbQqXKnHIpcTJWKCUm2VRSzSYn5ydzK48TMSEkuY9jfJyStTbipN2ru9Al+d"
    "1Pu5R2svlM8BrATXZ0WYKyM+/Qf/b7Nzcf++9uPny6ff/x4+2nd+HLlL6V91bdiZ/xixXj"
    "LSEULaLx0nOBRM04UY4TYdAxVchvgoq1Ya+yDXu0PXecH7RN2CMTtYoZRfPwE8swlok/5B"
    "dDfiTU0Xndy3zIifcPUyMKBPuHeRks0r9VL/sVxyL9K478DXwOlmKQVPvFTta0kw6LkLhL"
    "JV9u+h8/hIsUf8hbn4sJPx4TItQDC3Q5fAnkDGGyEbscwGlqhm9if1jvyK7qjB3BG345t3"
    "SdKF6gowRSpTak7uenQy+OlJe0qbY39kKDa/dYlzKScnMQT5MyyItAbsPyrdAD2ibvJL2H"
    "Mb8Up4+TAbfHGdzooVb659l4NOA2hob77Injr7idsAW1AzBX+t18Nv2HMOCeTEP/w3vmN4"
    "9VUU2IS5rSuBoiJMzNULmbwVVcpczCtHnN9xKETX53Sp7C1Zdgb5sDoikHROs8EMzqyqyu"
    "jWNGQ62uotuW4e/GU49gcT3evMqztnqtHaR/+eNOWVoxyznVfOVMR+cMk8MF5aDNGWtO5t"
    "ZQA//FQdviTIAn5bZIvLK4nWw9A5VzpXKLM3Tt9aekTFXdrMze2yx7L9BtaFP1vDxSXDBq"
    "PrrFXcBIUaRz7k1249ybVBM7/JJI7gcKpGNEHZRCa+m87YJmbeX+7QdqrI9kdaHdpRbF6D"
    "yQ0HmQRjk3eTVCdcG01bcR7ivMWm1fF8wShqD543Tq9lBEC0R3eygOvwjDn93mllugPON+"
    "icPZZCIu3YaJnhRie10U7x8XXhPFtWPhK/e8OMYX1jJ6s5vSU9HAEdOm8UJVwypG1Jlgoe"
    "pCH/1eYZSwJskYsElgwXdo2egLaZFN0TFok9DuTQM95U4Ku18UhDZFx6BNZbQ4ew0q6OGp"
    "wSVQMnhTjmxXx6dxcxwpmJejci9HcIo9Uanwcaomi4QllZ3r/qcislv/U7bwhu+1uZ3pZd"
    "FvZ2vLIv1M11CH1rYU2xOkLDO+yX4tG+AMM3T4U5mZE1Ss1MTJVn0BYmmQqZv1eR6UZWTC"
    "diFd1GuVWGQxrxX6Ddz0cTwu1rUPdysy1XO7Ormwz92pWnhWZaFO19CjlCfQxyzTGXjE9K"
    "Q/0DwOPekSXG4B5zW5x+YxYAL0Vrm+O91vHA9UDunqnL2VbW4rW5xucOIIPQLup4QHYuee"
    "8aKn3YKVzbzSVzqP5vjRI+PQ0alaiAxg8r9Z+PMGmHv0vWge9D3oG1ROA/IBeKMC/xAna4"
    "YO6vA05mX1dczZeJE8vmyXZITXdB6cGFk1Ws3bsqPumK0gGkI3qLTHOFkH1cf+uyJ+yXfZ"
    "bsl3Saj/ZTzRCZZHgi6lUtQlVPrRMZXIk35ETssALipLHtcVdfPn+uWjUJTPlJCiwv5JGS"
    "mqapyWknjOQuKEynnvILdD0yPAB258E5I5ZBVJFz/+D+c+0BUapQLXdGldcT4z0V+GO5uV"
    "FpSqnpyFUTUrjIo2tKfaqJ4GSSnX74qcnWhUtuX1Xer0ZEFqFwlS8+CjymGJkDDvTvXeHX"
    "QOSO45QMeTKBVjS+VsCY5kGqZEaRhLKmeJLxvRcCRCwhhS/dbFHNPMMd0A9LvrmHb2akmu"
    "xykZ15vCdYKfOnRMFUwTjJnEKvHzFTOHtcSzWq+PT7eB6dV27JEMWJHbV7nWq8TAOour/Z"
    "ZKiVQUxzTDzQFd/J25yRrpJvMrVZPFq9MpIRHyJstZvbs5Px1+wcU+cAn0lf7wBW2sA26P"
    "fjFY6bPpWMQfDV2D+PNkdie67W6MJ4hb2iyE8T2aev5VHKKrFtDWkgXMA1TQPWHCi+MBB3"
    "Yy1Fb6NwHJV8sB9wIQMvZKHwvLJS46ogHb9k06b54/okIThPtCGabHJmg028Xp3exxOhpw"
    "UH8yHF1FrH5c+pcMx3avlWFKEfE7W/hOid57x0QHPJXpN0LSZA40yf5rObsdscPKEnzPOG"
    "siJJ1AOU+EFX5Z5uvvoQQ7nk0/B8OTSn0q33BNqAOavaxDglJwn5YfuxR4kRCyaHS3BGkH"
    "lbf2KmtpHd2LjSt7Wh+pL+jEQuqNI2uUZsjehJ8+8kiY8qhXujh5mM2RNOV54lc6/yAOOH"
    "kPmyFHecGT1NbJBFknzpXaY8yYbbJjVqoitsmg2QhVrEmciKVSpJMv/TZgVKjGaBiojW4j"
    "0jFk96ahOgrlLhAnYgv2ZOxrdvU/6gDYc+r/NUNrOKsC4DEINr3pVoDuXThRu9ZvUWhjJ0"
    "0BYP3zvgJk+eNM3YQ2LhoVwNbfRSvA9uE4UzexjR841FHxUSuleQCvEtQP0JYzwpFo/K8L"
    "dz4xnK47LEgYd13YkPKxR+NAJaDN/ck6BFmdnusZ79jboQaB+3Upz3X09lWe59pASuFWUo"
    "4jWV+wNgmZV3neZpepRFE+J5wvStS5VIfqjWVvm0Xy1mrSBfyIQDGBLW1liyDP57i24mQ1"
    "Obg6ZfY1gRdqIDkmpIrKThE2IzYbf19nYrPxfUkzNoaD60iUZFTuJIxplTNtg7Rr2/8iCj"
    "YlyBhjKmeMpRh7qlM7JLigV7cusC9Q0N00NLolHxKwxV75YsdhyQfCas8t+X4kumDF90Av"
    "aG3Fd+Y5z951uus5Zy7e+j1mzKMTrKAKPDpvUy8m8EoQrJURh0W2pTLiH2FGyla911d5Rk"
    "rEaCr7pD++c6bJ6muDMNNkvaZJ/L8EqBrVRkgYysVQxt0dNgYpk6Rg0lyEvsmY90bCw2wh"
    "LgecCpCACu2VjmVTKbzs9mEP7w3nwkhcSkN+jrsqYWueLSnojF7p4xk/HXCaIes4t26+/M"
    "x/drPrTHuDDmacNcePl19w1pys2duVLk4XjzhhT8CJW5Zjhii+ecy3mzahK3TlKCI0FzTW"
    "DKe/XsZec1PklMg+JJIQM+NArcaBUmUA/MihM6MqigdYNe1QKRSCgjuQax7JWTANg3m6ox"
    "LGcIpUJji3tkS8xkEHscLJQrsd0NUqQsHmscm69BrWbCQ4QBWYC2BZGUU5kkOuThgN3MGS"
    "FRldoK7sE26EB8y/WZwFN/qPUOdk261aD3ZPQFWBygUzcz/ggviKYTxD4PfRxuOewet/kG"
    "rKVjcxs2Q0y5KBGEMdphKl6ZxFo/oQFaTibej8tgFBkzW/stp25fqWGwoa+JcSJ19OjaAY"
    "WZeyqi5SLSgC/46QEJTtM/eHM4955R7zPZLacDNc27D3khdJSLPpZJB3LwaxltgR8H0PEW"
    "9K+NDjlJfxoV/ydG2JyzwAKddnziIlst+x7kZKuAWH6AIloiRdki3qCpTIKAJFHSexwPNM"
    "sFLaRkm5aLREdHXFgiWG/GLIj4S3ipVIGI8IVpC0eSnbCGKmx160QClC2XYsVpW0oVVJTV"
    "l/TuO/2MmalsmBgKZLW/JN/+OHEHj8IQ/qxYQfj9M6nKWgjZaw/WqGnHXABRQJKNeYpIVg"
    "5mA2mj3ejQXuYS4MxYXoK26hfOLejDvR5gI/TmUpyRZCiS7sIkbUQVPQTaHAi5ucwIubdO"
    "CFD9ofVAbNGBFDuhjS/vlIhLlAycGQ+oLxDsYatw4O+F84xmV2fy/MBVwP2KNf6fxwKDws"
    "8SVZUcDextdGwhCXiB7hUBgFF4kuVTa4evuoK1pJB2AGnqSib0WKsINvBqtDyGwEVdgI0C"
    "sP1VJcj1NWwPWGGV9bwuRi9j9Wwa9jFfy6iGuOnY2V8OtR2NnySviFpra3LobWVnDPrIZW"
    "rx1zjQ6N7dJ4BhlWzMj9q3wbpjtSssOhLAesTVvpVY4B0uUpdexUnIpFT53Up9byDmpUyR"
    "RHiroU1jfMtytiHrjJNg/cpNNVGlJv7a0Fr7qDAFnxlloDcFgUIIsCZFGAuISgmzEgPQOq"
    "MzNBxlprndzQWcTfX8Hi58mSUnlmEyfooG2/S0x3rHLdzi1mxm8Ff01wQFp4GRbHKRmXm8"
    "xl5ojNlo2664hlwdosWLtRfo7GBmsbGlgAxTGh/dojOTmi969ynRxoJM4YOw49maq+8LPI"
    "TUcDFifrnKzuoA4xmW2YnAVsi9sDk8NTp/PRqanPcJ3gOWgU6WB85yz7VVV6y3Oo2HvJBP"
    "92oB+jlzDj5RX3SdFesMZPeKVVRX5iCs9eLSkqxSmZqNQUUYkgIYdVUAqWdqrz8FnIB6B+"
    "heCFdPIcb+YeOxYeJh2CcZU61n/rGS+6J5a4P+535ml/Q097yIuih3BI0EHXZC3eM1Z0te"
    "ZyoEg0BiaUaXxkUZpmOMrw13bHUWaYVPUxgvEdXPLVF3HGP8urJ0Ipx8cJmRDP2nj8hYX4"
    "LHtnU4R4sNllNHINbuUL8JFBFUvvqdQ1RXMsdJoyQf5tiw2ixyKfuacTRgPaJp+/vfnjWB"
    "i4dsmVPhb4uZsOik47szHZoEzSZ+0V2o9y9JdRIJ0g615tu9tCYN/mgH1LKKngkFwgOW0R"
    "HaILhE5pbRjMl9ZO3zhpv2Ho156z70uHxSW+CAXrg0dM511Dul0jQsKsXdVbu+AfBG5kh8"
    "T4wy8XDvOuJSubtZ65mEEr8/TLXLbZx16NK/e6JSs3sPI90XWmilF1UD9hFYCYIbaKwFMW"
    "Q9M1rlcQQxNR6Nw4V2sL92d2aPJN65NwvhYuiKzY2VqbNKWBy3ZcxNE96cKQdvHxBVo1Bb"
    "VlcEslW37lcEslzp9uwBl7oHMvW6QPcf/8p6PbUPvnPzlouY9E6s905mxFqiMHj+r5OtxZ"
    "emhQqmyyf4fKscKqJuN7l6iabEHft0JzQIVEHTyb2nsWEUQQ99WjlT4CIpbN1mTestKDde"
    "nF8YOtqIEsRsRwLZA1doz2ODdv7DhTyyAunDMWW12n6w6yso406BYq6/hGIVWRlEiSdhLP"
    "mMzRS9ykw91xJCs72KZtNFeCd57+BUg1RnNCl48k3UtLrLwgnmMBkzZKKkrTOYirt5Cr0N"
    "pr8qtEC3OSroPuiFrCpfayZb0Y6HCirVaaIuwg4rUkVOE0cIKhNydoKiBoRvBDp2riMZ/9"
    "xXz2axlqQJU0Y4NWEYX0l6JjkSdJaDVDwaWnShn5krTM1tdkW1/JDt6sc3eZk9pFTZMtW7"
    "JssKfzTaVpOxQMeuEKwi6M7v5fIoQiRcw2uCZvcCxCKvvla2esDIuQ+ityPStCKsr1J1PW"
    "lS2ddy1G06EjtS7fmodXBd6fu3CiduFb1PUTW1jUPaciBxiC68w4Pt5BV034hztsiK61cN"
    "vKjOMjdCQ4E64H0zhAFZgLb7aughVrGHYmZMk2ZV3Bq1YHrGMewKuoH6At+z847YVNjrnK"
    "dcW6oyUYH14gQtRC4GjgR8cCnAb15//iDCQfcDKHTfGcseagbXHuMsGhnM9gb5MCQ8tNwn"
    "y+zfL5dr5uxnDBLwecYsn2Sp8+LNAcXpg8rYXoUwH70KdM69CntG2Itfi7YMIUy0xjmWnM"
    "vHa+ea1drakYm0uymbUp6jZ/FWO31/CTUcb8J8iY/YyQC8+yKWpCFs0LsGaLm0lSp/qlaD"
    "u0di/gTs2xELMMgR6FmTgvQ+BoKM5Y9hVALMZna9d6Lwpy+m0vgHN4uFWxkKNzdRPjpCxA"
    "7fKgsrVGzdjWHv02UsylTzrTwdJA/xQoeOAaUOeRGbvBqz9LmaZDHDIN01GkTpqlo4wqYJ"
    "TWOVm3XoB5xb1Ae8u9bGWbgza2HctPhmNzirGHQMXlB9aGyZlgb5g2woZ7euU2puHsCSbq"
    "SqYsUsAgsal73xqqQugiXc0CZtRmRu1WGrUtBR2UaeAXO1nTsvOdA6IuKT03/Y8fwlWNP+"
    "Qt6MWEH48JmqSxI6c1L8H3bAU9IOlCjG6eyUX4ZRmztqSyOUKLy3g2/RwMT6Z4JBDfyroO"
    "CCHwxbaOCHmjd4+7OT8dfhlwXsjKSn/4MpsKA26PfjFY6bMpWovoo6FrEH+ezO5EXHp+Zz"
    "xBXHx+IYzv0dTzr+IQXbWAtpYsYB6ggu4JE14cDziwk6G20r8JiCFon3oBCBkbl61fLoU5"
    "rlpv+wVu375ofUbH2ZyM14CgCy9Y3V6hhCREY0tOkF7GYXBJIahL9mQWiVmHJZkZ6ZmRvm"
    "3IMiN9M3KejkGBdGs8RVfNKm+9uYE5QJgDpD0gMwfIBRZyMQdIWkyuAF6WTEPnWSKdi2k2"
    "BI6jgkwgBeu36lwsvpskZIIiHDkrV2IJ5F2P4IZyr1/lOZ/sYAQrS9cm8eoqx5uj+Blsha"
    "O3/fGdC4+vvpk2a9lZb3U0FhWfjX4789IraJxNkLjPTMfsoLQde438HhjngYRlh2OB25a9"
    "LW+SsRpBLEMWK1IwGEtktdUL/i0U+Dy/HGvC/qYFhC/rTG2YQ69uZ6r7IlGt2wgFc1acNu"
    "QGW8mZxplASW0ZuEWtAZFFVW/ML+1pZcq65Rt2ScdV5Hb+eZUYWKchIRU6+mQYz57U/ztu"
    "gCUriuGEFsbITapzjfXAqtbLln0AHjmUYkK+uhcj7KC21xLtrlCwi7zD72SawxND98+IFH"
    "uPJEneAgXuZO2nkfd/tzg7EobihB//0H931U+Ud54+TgR0WPi3ksEZpgl0ha5iQ4Tmcsap"
    "3nD6a+8i0uRNEctftuEv3SXBBBkO1WKhrrEJmmwN7A3nwkjEwfImUKG90kfCHf6ogifovp"
    "BvHDLPQo4LhBzzy8mAk+0dopstEJVhpYOL46HHTQw1VhAbNoZJt69FaJrM4JLb2m0Rm/tt"
    "tsn9Nm1xxwctMPeyadMBnaDrXnR3v5CDo5/j4OinHRzRX0aBdoKse2DfFgL7Ngfs2zTYcW"
    "2woA0oTsTMQCwa+O0MbP5arMDGxh9nahnERc1s8fe2SPgeC0OtPAy18uoFsgZMwvqnL13A"
    "BxO165SsqmLB0oToxtAwAzWUaPFNjLnKN/vi0eiXxYafrFvg9k3l0POsobkDKmeYnD8F+i"
    "BzlrPZAAv/HUjy+HnRg+M6A9iMmC5bUMmMLIatYZ7RgGvS3jRUh7bJKoG4ezLzdb9QBFY/"
    "JwKrn5KZj9hBy3Kogt0IpN0DvRat0N28VODLGAlhRDPkzMzFKFkC6zWmax/aeebx2ePdWO"
    "Ae5sJQXIh+c8rQ0+HejBvN5wI/TiDtHmTSAZgWpQaeIuze0q6hyHFwDhMkuLyGnzG6C/b8"
    "fJt1XWHPTyR6GQSFJntZhwQdNJayot0sPLmKZmmB3kBp7opTMXNXwyo2dBHbvKTrN0pWbR"
    "rMNWarZvsryyM8jMzZVaTjG2WjYiR5YEJl2yMYy/w7V3kmMvk4hmVXtmkfvcqxTJXQHc/V"
    "Gpv2Zl+gFTh+qSgQ9od3EN160iwN3SZWyvz7YjbNtDXZ5EqZKlRs7v84DVotlgdI4GIwYi"
    "pKqmRmsjrmVVz3wBPckcSySx5mf/4/k2O4zQ=="
)
