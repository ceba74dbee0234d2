"""Migration 0_20261204225630_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
CREATE TABLE IF NOT EXISTS "consent_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "purpose" VARCHAR(32) NOT NULL /* MARKETING: marketing
DATA_SHARING: data_sharing
CREDIT_CHECK: credit_check
PROFILING: profiling */,
    "granted" INT NOT NULL,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
EMAIL: email
PAPER: paper
WECHAT: wechat */,
    "recorded_at" TIMESTAMP NOT NULL,
    "recorded_by" VARCHAR(128) NOT NULL,
    "expires_on" DATE,
    "current" INT NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_consent_rec_recorde_d48070" ON "consent_record" ("recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_custome_2f6414" ON "consent_record" ("customer_id", "purpose", "recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_purpose_6170fe" ON "consent_record" ("purpose", "current", "granted");
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
CREATE TABLE IF NOT EXISTS "customer_relation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL /* SPOUSE: spouse
PARENT: parent
HOUSEHOLD_MEMBER: household_member
GUARANTOR: guarantor
EMPLOYER: employer
DIRECTOR: director
SHAREHOLDER: shareholder
BENEFICIAL_OWNER: beneficial_owner */,
    "started_on" DATE,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "ended_at" TIMESTAMP,
    "ended_by" VARCHAR(128),
    "source_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "target_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
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
CREATE TABLE IF NOT EXISTS "kyc_document" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref" VARCHAR(32) NOT NULL UNIQUE,
    "doc_type" VARCHAR(32) NOT NULL /* RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
FOREIGN_RESIDENT_PERMIT: foreign_resident_permit
BUSINESS_LICENCE: business_licence
OTHER: other */,
    "number" VARCHAR(255) NOT NULL,
    "number_index" VARCHAR(64) NOT NULL,
    "issuing_country" VARCHAR(2) NOT NULL,
    "issued_on" DATE,
    "expires_on" DATE,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
VERIFIED: verified
RETIRED: retired */,
    "verified_by" VARCHAR(128),
    "verified_at" TIMESTAMP,
    "retired_by" VARCHAR(128),
    "retired_at" TIMESTAMP,
    "retired_reason" VARCHAR(200),
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_number__a8a8a4" ON "kyc_document" ("number_index");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_expires_f93b6f" ON "kyc_document" ("expires_on");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_custome_bbef91" ON "kyc_document" ("customer_id", "status");
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
    "reference" VARCHAR(64),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_transaction_account_402808" UNIQUE ("account_id", "reference")
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
CREATE TABLE IF NOT EXISTS "consent_record" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "purpose" VARCHAR(32) NOT NULL,
    "granted" BOOL NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "recorded_at" TIMESTAMPTZ NOT NULL,
    "recorded_by" VARCHAR(128) NOT NULL,
    "expires_on" DATE,
    "current" BOOL NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_consent_rec_recorde_d48070" ON "consent_record" ("recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_custome_2f6414" ON "consent_record" ("customer_id", "purpose", "recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_purpose_6170fe" ON "consent_record" ("purpose", "current", "granted");
COMMENT ON COLUMN "consent_record"."purpose" IS 'MARKETING: marketing
DATA_SHARING: data_sharing
CREDIT_CHECK: credit_check
PROFILING: profiling';
COMMENT ON COLUMN "consent_record"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
EMAIL: email
PAPER: paper
WECHAT: wechat';
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
CREATE TABLE IF NOT EXISTS "customer_relation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "started_on" DATE,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "ended_at" TIMESTAMPTZ,
    "ended_by" VARCHAR(128),
    "source_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "target_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "customer_relation"."kind" IS 'SPOUSE: spouse
PARENT: parent
HOUSEHOLD_MEMBER: household_member
GUARANTOR: guarantor
EMPLOYER: employer
DIRECTOR: director
SHAREHOLDER: shareholder
BENEFICIAL_OWNER: beneficial_owner';
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
CREATE TABLE IF NOT EXISTS "kyc_document" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(32) NOT NULL UNIQUE,
    "doc_type" VARCHAR(32) NOT NULL,
    "number" VARCHAR(255) NOT NULL,
    "number_index" VARCHAR(64) NOT NULL,
    "issuing_country" VARCHAR(2) NOT NULL,
    "issued_on" DATE,
    "expires_on" DATE,
    "status" VARCHAR(16) NOT NULL,
    "verified_by" VARCHAR(128),
    "verified_at" TIMESTAMPTZ,
    "retired_by" VARCHAR(128),
    "retired_at" TIMESTAMPTZ,
    "retired_reason" VARCHAR(200),
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_number__a8a8a4" ON "kyc_document" ("number_index");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_expires_f93b6f" ON "kyc_document" ("expires_on");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_custome_bbef91" ON "kyc_document" ("customer_id", "status");
COMMENT ON COLUMN "kyc_document"."doc_type" IS 'RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
FOREIGN_RESIDENT_PERMIT: foreign_resident_permit
BUSINESS_LICENCE: business_licence
OTHER: other';
COMMENT ON COLUMN "kyc_document"."status" IS 'PENDING: pending
VERIFIED: verified
RETIRED: retired';
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
    "reference" VARCHAR(64),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_transaction_account_402808" UNIQUE ("account_id", "reference")
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
    "eJztXelz20aW/1dQ/DLZKiVlU5bt1W5tFURCNsa8iqTsZMIUBgKbYo9AgINDsrKb/327cR"
    "FHA0SDAAW0+0tiAf2a5O/18e73v72duQa6/YuoaaZrOL1r4X97hroD6B/pVxdCT93vDy/w"
    "A0e9172xamzQve1Yqobn2qi6DdCjNbA1C+4daBroqeHqOn5oamggNB4Oj1wD/tsFimM+AG"
    "cLLPTi9z/QY2iswXdgh3/uH5UNBPo68WXhGn+291xxXvbeM9lwbr2B+NPuFc3U3Z1xGLx/"
    "cbamEY2G/td/AAawVAfg6R3LxV8ff7vgh4a/yP+mhyH+V4zRrMFGdXUn9nPvlcOznqJMpk"
    "tlIS0VpUcBkGYaGFz0VW3v1z/gr/Bz/+27D+8+Xr5/9xEN8b5m9OTDX/5HH4DxCT14Jsve"
    "X9571VH9ER7GB1ANd3eP2JABdrBVLTKyB4oUuuhrp9ENsWwvvDv1u6ID48HZoj8v3xVg+V"
    "WcDz6L858u3/0H/kATbQB/Y0yCN33vFYb7AK/mWhYwtBcagOM09UAcPjhgfNi2EaCDyW+9"
    "86BcBuR8jNMQ36u6amggi/DYNMALGeIYTQrhNdDgTtV/Gfr/bwrtNw0hXQDtUBrIY3H0U/"
    "/NRd9D1/63Dh0f3buxNJcHwavUCrbAGjqKDnfQocI4TXgy0MG5QIVzg0dH/VCbewTAWkFf"
    "I4PzEMFChjlBlMYYUTlwB37B/2hqKb8SxOJSSq9U3bSp4UsQnQhfhxZoFj3bUR3XJt9TEr"
    "rzPfhk9AHhwZmA8UB9xhsLSaDwCVBeWj1xsJS/SteCT70yhtP5WJwsr4W1ae1Uw1kZt/Pp"
    "P6QJ+kjL/BMYK2Mwmi6k4bXgr5VehSvv7fsSd97b97mXHn6VFixsx9wBS6GSilNUx8XjDh"
    "wS9UjIB2T3lrl2NYcO2CQRxzXAFetym0ei4hEuxSzIt6YF4IPxJRAs4mdOCthAfR3EpuoY"
    "yH+FCyl8erhGLPU5UoLTGxdhgH458EWKubRYIpEC4U1YxjXAOzvMxCi6yd2bAy5ey/eq9v"
    "isWmslb1Gbu73uf3wG95uA9vbLHOiq91PyV3Q4T2eljgzmicWJHgNsQEJzn4iUfJiJUazQ"
    "G8OuBavlYSaGNrO3Mc2+GduQia2afbXr79JPVEN98H4S/mz8SaFlVAcW2WTqvbgoNJhGQ7"
    "i5tEtCy0WBudTW0O1JuFN1U81BNqJIgbvBJN3dhkStcnp3M5KE2VwayAt5OsGfsnux/60f"
    "XiaNIXNJHKWkbwuoNvGg+/tiOiEjHCNJK/BQc4T/E3RoN4Z07783ruEdqcK9C3UHGvYv+P"
    "P+pylbagH+GCIPczvAPFQgfxqLv6Z1S6TU3niQmbbzYHmzeBPcdMwukDldPIsYrVFgOsMK"
    "P6ZcGdJiII7EJdb40SBVx19vZQzlxVheeHaANbR30Lbx0wFalPJ87FkHTGMDrV1bDAQWeI"
    "Lgmc61E6epxK+WyVdJjN+X8e68z/fuvM94d3y8FP8AygK9BN9zLoUMIQtoF6C7lH5dFp9M"
    "0T0xmk4+hcPTx1XGM4GxUVSCkjsMTLe5rokYZZHVF/+joXOqyXWPft96augvvUifyOWMPE"
    "YarjieJdiD7cP4TT95hQdPf0qfQ9Ekwjd5+VnAfwr/mE6k9P0SjVv+AxsreqrrmIphPivq"
    "OgZR+DSEkXSsVeF6irQGtndoA7aIzSEmhXwO/DIV9nackPO41TzmPoyGfBgxmxER3Bv4kI"
    "tvlrYeiNtgF/jPfv/y8kP/zeX7j1fvPny4+vgmQjr7qgjyG/kTRj2xdbjLg+YEq8nlkW+V"
    "z5oFifsjy4ypAZYm+k9JVpxoVX3VbVGWF9kzoQw7TrO8umvoSE8gJ2L18Pai0AaLxykgGt"
    "gaS2zRCcyYMfYMh+5FgcnW1LyAyiqyZIqUPUWRJWkSbWuTytoVEZzNNHk2U9fb/scy9sT+"
    "x3yDIn73Vxpg4n1ZiDDZIckAxPVbE9EdBR2qSPEDxfmi7joPMFEhOoYxWROqy0zL0ir2J8"
    "J/UTnxUmTckVe7I88CCAybHNdY5BKKU7Hgpmh6A2g6RGcGllwQM3Icp3mmyzQlx/s43nsL"
    "PClb1d7SQJ0g4pdnCZhpEa4X3BYlCdYDbcZMSGPIqtPKgrhjwT+9yMEBetYjGlvSgy6KbS"
    "6x4WhFBONbY3r5UewujQXBYZZSn7gJIn4olBUj6KS1BBG/1kqF8KyhBTRHcS1IJxcn6RgE"
    "++rNmxJoo1G5cHvvUuGEmrknBNDmAx0RnDGxsCmVL4lv/+qqBL5oVC6+3rskvoZJzIUvKO"
    "dgkr1b3bdtNIKvd41pW1XHH0MFdJaSwTOjEcNzEjllh6RAk+5azJuAQQ6UwT8f/azRHwnz"
    "SujcKu/CTJCxFKJzFmdmDP4dwaWVb0UNhnPrae3WUxvYNlZnHwGVhyZFxu15JRwI6g7qVC"
    "AfKNjD97JMYshlfmLIZSYxBHzfI83FrhAOkaTk0RBtjoZwq0VPuzx2uhv8tR11s6ELnI6T"
    "sCSSNVWhxMMriy91rO4CzzMGYdXEjoFcNkQ0vroSwaEDcTEQhxJdqG59Ho4bC3Fn2yO4NY"
    "I3F0W+jPvDGO6/6NK+vjjiv6A1HzDptag/69j7PwW04XgGDTFvS5nP3xaYz99mzef4/wqg"
    "CsKMkXCUy6GsUcZhauxGYV6V8wEVuIAIBWU7lLZ9XujZytumiHHJJsmdWkGNvQS5xC7iFd"
    "TKY+VHRZwI0xRHQQ28mRiFKUffpQGJTtXtJEiu9QReFHQw7tE4Uow7FV7ebPNgMoYga1Kj"
    "PxTHJCj1icqZ+Xq9lhjWpGr/e6wG1hoNRcILGvF7T7Vt+GAAj+nBCO+5A9RdYEaJP05lQ1"
    "tAA/DJl4X+4NaDs1oPtqphAJ2sHxyviBYjb7O60LuZi5PB52vBt4CtjNlnJBheC3v0jcHK"
    "mE5GMv7TNHSI/x5Pb+QR+ntn3kMd/b2QRrdo6vlXeYCe2kDfKDawnqCG3kljUR5dC2CnQn"
    "1lfJOQorC8Fp4BQsZZGSNpuZTm14IOHMe/RV7fqmGDJ2Dl6oQlquDF6FvN9NH0G0LefEYM"
    "lYby3RgxFKyhu1sZn+VPaDFs4QNaCoO5vJQHIuIhonWg5nfveOVAlfgvybApvxJbiqzN3K"
    "nFz9VEIba2l4gkhKuE92ePcoPMpYEkf8XlHsMZVoY4+DKZfhtJw0/4ORJxkA6sg/UDfidP"
    "viLNWf4kLuXJp2sBGk/AduADEguNh7xKk3NpMR0Fn2GbuvcZyRYUeAyuWOmP8TvAtOOkjE"
    "s1Za1ncRr2AjiaCFk/yH4ZmI+VwEuQMmhC64jJrJSPP36UVGA2gZzHdLSZ3+FxX2ljJ0g5"
    "n9vMZ17bkn0eR/JclTjLFC3ndJs5HQrglU7tBCnnc5v5jMQpJTDg0gtiMUoudLeazYEkVZ"
    "HVWWrO7lazuxqba2UvP7ObO7MdxYL2Y5UzO0HJudxmLt9bQNW2lSSwFCnnc5v5bLqOZubF"
    "Fx93NMTIW2xm7o0Rektx/psyl0aydIt9qgZwVAsHnegQbFbGZDpRMqMM9HsyI6VfZyNxIi"
    "7l6eRaAN/3ump4ESl4jhhlML6KC6Ffxrzdzzdv97PmbdN0FE11bQKjCzoqJahazN/WevEs"
    "4JUdVNSd6RqEg3SMFtdLntSbJk0fpECDO1X/Zej/nylmDKWBPBZHP/XfXPQ97A/9DSd3Y2"
    "kuD4JXZLi9CuOGRhVvTqI9o/N0MPmt1xDOqeTnMrnP+anPWcixuQXhSFzfuYFRabLz5U6+"
    "aQrlmtvN2KZr5VUdKhEAEFGfcQ3vVMMN4lZo7mZxcofjXnzqlSGPZ9P58lqAu71pOStDnM"
    "nXgrqHVW7S+p3x6LIElqHq6HonxPUWlLxO0dVym7Yo7e2yX+Zc6ecfLJnDPMxMuadLG0pQ"
    "MRF61HhVRJ489IMkDyWKWezXFbmepORcbwvXCfp+JtXiCVg2MZozV1KLUZxPSHvbESFN1T"
    "wJlq5mSJKoEqgt0+TqhlVDv/zBtMhtRfKbWCapeDkWErK8PWhDyO4tc+1qlEdBkogfBYSu"
    "q4fUrZKYxig4oLx/aimQyxZkKtc/lXSV1YFvmF85iM3JKtDJu7wE0MFRWgPOs8NM3Toqyo"
    "KbvHVKYBtIrDVgKx5mYhPbpHBfAlt8XdUA7DKYhk1UY3c6dc/qmO326fSSFdEhHDVKZuQE"
    "JlVkgMYTdNQa6qH4NRnkaDp2ViovZHEaZGgK9QGgQRbu/HL6Slt68w2i6VjaoWcpABIJl0"
    "WFQOISaImCIEpcCj5aGaQnCs6z+bOOjmtdcNTvpmHuXi6EQGoRnC0wBGjbeK2bBhAs81nY"
    "A0vYq9D6Je0kPHUuQi2S3+OipkfrVwvhpUdfqXhIruRf1KoyImHQRfi2X6p+Y7+gfmM/U2"
    "LQX+kUGEcEDCLcL1Uhs19QIbOfrZBpWvAB5pQhLRGJGVGfMeLjXjUee3SI9wa3s5trQdvs"
    "71fGjTj5ci1Es7xyWx4kMDyRevKYpg5UI8+ZExKlYL9HVE3hHp7e5w3Ku5lORwk3542cDo"
    "G8G99I6GRJhewR3BA85IAx53O99UpDwbEuZb2D64BrT13UnnyrUJHqFNmNyuhNIBp8VGma"
    "IvUF18F7AAI0BFWIJvmbLWyh7SDt61p43poX6D/AwP9VHUE11ugfL1m16eTZyhRxPPxOX9"
    "UJyzimvCz+UY/+TVeUsaiVHmOq1Vka6OUrYI/ox1cVW0PaNisJvVt5hMuCbaCO64Qt5+Jk"
    "Ifv5P4gXhg399B9xsZA/TcbSZHkt+PW3dmj34rpiA3T5fprO5UVQ5My3hkCv6thgOvZJ0G"
    "7YBbv99cOcN5a5U06rQZeaosXpQ7wC3ZHVgGS609ZCYgK+Erq7EpAIYhJiRQoKEYYEbT7g"
    "WxOKXyWnnlE9uCN6LyHoOhtrj1R6m66E7oGixadlLbxsIu3W11wIt1V+l+cYSTs6PeOPZa"
    "bTc0fSDlrvBCOYyCgjuVNkHFseJP+Kwcdx+2xd0bEdhLl0VGxq95aJP+bx3bXHd+e7MJq1"
    "MRs2MJw50Ewraf0kDrgotjB7QxXrMLbZfj3pw9G1kMjgrTX/KwRdd7D1N/bOr8Xh72hLNf"
    "By4415zhtbc2BGFbtPjLzN+n9vLM6/SL4JZ6daj8A33yDdUVQWSPT1XngY2ehne+8Gc2ko"
    "L5XBZ2nwBfdsAWvoKNoWaI8rYzaf3sojj2hvmRuoYw6WY2fDNRXCXZRhZ2GMQ4zqjEEOr6"
    "OP1hnkwJtaHW9qlWxcNRNnuE/VXt0DK93Gqh0G0Ph1lWHs0UYhcdLz2OzOeRmxZbILmEVX"
    "fiZF1uaNWzm4tEzYHRpVEFyaCb0D3/cQMU8hmYjwpiKDnaQq2k9MmUzx/shYLCJBmeJej1"
    "Hx4EWKe52bh3huOrddUNkuPP1ItG1g27u8CLn0mItCC4avcanJ4Wc1YsRCkblV4qxWCWjs"
    "XVJscL5770DBvXu1e/e87ankRwGSWZKkYlBSrj88xIcs15l6DOt8nyoLcDcQ7KTjKE1nS6"
    "jPUBDwFCdiEOb6jZJ7y7xX76FObAZ+q5tqfvGsOF0K6w0m7CDaRYrf9O5mJAmzuTSQF3Jw"
    "kEdWE+9lUneZS+IoawFeU6VxRgQMruUySzl/JWcXsklOWcov/xYRcHWQoGhvvOBRKjkvRt"
    "IOQQ9/HjOCHrZu4iQFbODU4Q7SdrQgUJ/c1KJtm6Do/K7W1aJKNwvexYKqi8Vp2Q0npjZU"
    "g3qPNlLoV6bw1s2kydD3TPv0KwOvyiHONMB7b92WRANe/Z9X/39ldyZjmfjchcFdGNyFQW"
    "ISvvjIFrWwdsLUAEsT/adEyQnPLzGMzdhJvzO5fAK1xyfCIdffE0fqqLcnzqhGfT3cnXNO"
    "d07+/isnf8fp2yzz9cTZbD79KuF2ZnvLfAI4z3d4N5Bwlu/a1YAnjPvxcug34YC5dgjjwd"
    "etovRnSbnGf1TjP3u+aIcgbSRhNFB9KbXNJBUTwDetbYaQ0WubSUoGE94ZVjdtgH4rYp1/"
    "F1DVjyCQspAR3/Q+S8JWZb+RZ6hh37WMEx3ZZqWC1g0A1rbic46gzBbFAqdJzxgQHD3pbE"
    "TwIQqRshNgmq4ek1rnlcWMQY3G5ENiS5YnoUWnrPGNEJzaKbaUNcFllmQZI9xpscGhXZNk"
    "I4rZPAusQ/FR3CzUpZ1+UWAWiqzBhknlA0yS1aOWtajTeqni/gW1/bOl/Zmv3ylPhvJXeX"
    "gnjnCJvjV8gmtX1XHtzflsOkeSG66+ae1NK0gVe32L2wZ9quL9QbHyE0RtZkjlld9A14WN"
    "uoP6Cz3WSTL2dNK3pcB+WwD22yzYD/AJGNRYJ6k41KWgxv9XsLeSKlEgScUe1I0cIR5oj4"
    "DKdhynaeqofj0Z5V0pmN8VwPyOcHjg0NEc4+FxQeVAfcYgPdfAxYKNHqW8Mha9EhkqLpBx"
    "K/l/bYD/990EVyOeXAvxuV9dXrmHlrNVwlT7rJ2RvAmSVD9yAr/hhZWo5ByYolMkQXbWSF"
    "/KRd2OFA0YoFrxEImRt/huxGYaeShNlorsFxmHa9+egwvsLBZI5VniGju2jTQeZ2V8/qKM"
    "xYE4VWbSfCyjV9tHZadqqqnsgbWDaMRSlL+Jk+i9o8Jn1YjeLqYDWRwpYUWs6RCdVrapQV"
    "VXwrpY5hqXAlp+xsV9TM+4UmUplPGS9PO9JP2MlwSxE7H8ns4jlSBq8SqouuGursrAfHWV"
    "jzN+lwO04v3GSnAfSBsC/fXEpfr9f6amufsoVLEs1kkq9tZ2I4oW2O1184XuDInTsAdzI0"
    "oWDpCjXtAJIvaAviqD81U+zFcZlHeqBR10cZ+WEJWdpf0610KefMJ6lo3gx3rWWJzPZZwW"
    "hX6MBXFPlqH8dTofeJlS8Mm0NPzsmzycfsOPnuHafMZPFtJMnPs9X2ywVy2/50s7tTa/CK"
    "PilWqk2VZpOvZ2ViNSUBw2ekGITM1loaOykFdblO52DgjYW9dXb8so1GhU/p3xNqNUe3jR"
    "L+gUGV/JR1eyul4jbZ5wLecHhsdIWFjN5w4M57n32XVdc+69ahiuis8BzSS5BYtyS9KUJ6"
    "eWdGe1V8wsweFdpBI1RShHJBzeY/Dq0C9IBUnNxwowTtFxoI8B3cWCHZZp74Hm0Cqms/l0"
    "MZMGS6+ZhDcDbkm6lL08Qs2BOI1wOJ2PRdxEeG1aOxU3HU42FG2Huvn4op1oWEjO0MVqK1"
    "/Rkr717ApPwIIbz7Ag/TqT516TWK+gudf+9e+I4377138hjreFg476QFWOKxzPa3EVS6YV"
    "anH5Ya6K6qCvde86lN0uScTtYBJTlXGtoF6EvYV7xY+Ap/IT5NGzoMo1ngJnupZW2dN/oD"
    "7jLYM47PryHV200MSLbPapV4Y89j38cOf798WZjCsOwHZcIbze1A+YAOzu1xWZnqTkTG8J"
    "0wnpqMG371zT57dNcbbmariqpW1htVzuFClP4m7PrsmelQh2uxKXE4Scx23msd8rkS5ZPE"
    "HDay8er73oA5ZFmLry4k00UccALpv0nVha1FUXY1eUppkusQR+WEjx9svxEoqiPwtDeCfv"
    "cR1YJ0OE52AVoKjL/YkgDcJ5mAdKAU+gPrikp4oFLrqBmdf5/mSsvFnmXrdXZqFKt9g7Fb"
    "Qaaqh0AbfIaKuYLqklKw1kQS2L+Ei2ISOlK3PEsoihxwDXucGgnYaYfJiJVbCw2xhN5dZw"
    "iH150YbBTKyiFfXpUWtYXfPEZKxCZoMHr2TWDuBMNeytOxG2hT/hOJqPWeRc6wm8oGP/CT"
    "p1rLeFN58cTcc4bhaw91gWrQW1eTAZq5ihN4Zdy525PMzEEljZYooFZf5iJZSA6rhW0Rqk"
    "6J8RyG+3sTk7aacuXopPqu4SYhOq4/U1nJARsCoWkYyWTUExyfjSOl5UUomvbl5dslPOgQ"
    "shv7qkitTzDdnFlhcHHxCcWKempbdByUI1aPtRLMZgdCVvVctOqrrd+Q4w0Kmi7EzD2dL0"
    "DM7QcXAJnYOhZTuKuUcgILGFYFLK3+YE0h+5MNXeMteu5tjKNgCr5DLN0J3PY/2mI4t0i2"
    "6UNdibNqmlUmGx/hQlr9VPUasfY4d37wnQp8k5/pT4h2XBVIu2TQWBmqNPib5uqiQnyzHY"
    "QzKONyXeO9NyHohy81HM46Qcd0rcn4GqO4T4r6OoHwg55pSYQ8N2rTCajhL2BC1HngL5QB"
    "ZR7lWdjP0tOrxzBHUCbQr7DSbumrBepOVM725GkjCbSwN5IQdZf1F4sPcyCfhcEkcpxP0j"
    "ohLgWVKO91G8A5mvCt5ZUo73UbyPFGUpgPtYUZayaHfIalID3j5caJFW78STmqL9FRfTNR"
    "FXxmj67VrQzWfvX9JcGcvDIa7JiB4BS9nB9dqrzBg8Df++m81iY939Pjb2s/zp87WwhQ+e"
    "OPf62a8W0HBpKGWtvtAYfdNk3OabFYJ01XaUmIu/QgZVzhQ8l6rNuVQbCyBMiTXacvdTgo"
    "ZbptNbaWcawFEtAqIFF3+ciEtYxzUI9JvQQqe8CFJU51u6l++vOrJ41/DBLz6NpCZKVThN"
    "yZfx0WUcpA7Sg50m5FgfV4K3SLkCOhJuCXV2C4o9Jcl4maeEZFNLLa6CjMXcozxJxIWQ9D"
    "mO8XErVgpKkrJXNYYl+T1IGld2qvVI8BrAh/zoshQlM3voP/v9y8sP/TeX7z9evfvw4erj"
    "m2gzZV8V7aob+RPeWAneEkLRYhovPRdI1JwT1TgRBR1ThfymqOoBv/PBv5nKIPkVLLJ5D1"
    "mWZPkRBumXrCIyiE3UKWaUrSKSWoaJOiIDcTEQh1KqjEg216RCyH+UI1EQ8h/PoygR8m/F"
    "h/OQ/y7t+gshP+T/EVb3roS053Or0APdW8ymdwvcw2pvujbA3T7n0sTr9WkBXBT8M379eT"
    "oaKmMJhxZcC1s8cGsiOPzU1ZXx6U6ci5PlFL18cFV0tzsmeiqNZ6Ppb5gibF2H+2EhZdYb"
    "uIYW0LxxC6RJeZ+Ah3q6PZ4cj76RJtKt7HUKnX6b4Nf3CLQN9PqEms9GtZ6gl2Xa2Vzmd7"
    "O5JFWWtxzqqPEk1Y8cMB5Wab2n65mSoGrzJit/miVdif2PZXyJ/Y/5zkT8rsu1dM+Lfjfr"
    "qpYpposb2VeqDxmj4y7NNptEfE7RnaBxGvbKwzdyfPo13ul07QQNr8JJsiapFtJ36FBN0H"
    "BUj9c2zWtuQF3b9BSrRDtO/KN2icSWzaluml3AHNsy2CY2LnXlWKp6IxXNQ35hjALbUFQ5"
    "o4RhKCrbwa1CnTpJLwqsQrwQRCU9PwxJtTWTFPmx2Km6fjSeNSJm6c6/7H94Hy1S/EfR+l"
    "yMxdGIUMAgDFCshi+BnCNMjnGsBnCWmuObOh82Oxr1NRjOoOWvmXbJOyR4kWrlHs/MOVCe"
    "M+Suu6k5Otx417qSU7OtAPEsKYe8DOQOzGuTeNxRF9K2+STpzUbiUp7cja+FPfY0ox+1Mj"
    "5NR8Nr4cHU1ytjIY++eh40qD95zrP5dPIP6Vq4t0zjT1DFUVZ/KtPagrhfV5ZP+ZGoMRIe"
    "hZowRtcRheoprkpu17X8uzdD2Oa9U/EWrr+/aNfiU9tyQXTOG8OD8nhQXuuY0dKgPNnrOf"
    "x3875HsLgeXl4UWVv9vsXKv4JxxyytmOXC2noRLNcQTEvA/QagI5gbQRU2UAf/JUDHFiyA"
    "JxVwNJIt7FT7EawFTyq3BdPQX35Jy1T1zcrtve2y9wLDgQ6laz2kOGNRhfgRdwYjRe1xdH"
    "iTKN4fFEgniBiUQvtXVyVwRqNygfbeEZC2t2r/6j011geyptA+69HRsMiP7gMF3QdZlAtr"
    "m8WozljV7HWE+xqLmiHRzXEJ5oVyZqADdZuPkd78bjKRJ5+usZhhIMxXxuCzNPgiDa8FbQ"
    "s0JE+gJ9PxWF4uvWeeFOLgp3Pp9m6Bn1lg49r4ya0oj/CDjYp29rodRiLHxAn1lvlMVeI8"
    "QcRMLll9mbFB8C4lrGkyDmwaWPAd2g76QFpkM3Qc2jS0e8tEv3KnRK2dS0KboePQZgqeuH"
    "sdaujHU4NLoOTwZhzZno5P4+Y4UHAvR+1eDp5fxPOL2oA+u/lFG2hAe1uJ7SlSnmXUZr+W"
    "g1N58eVPl6qRpOKVSI/maoSIZUGmzijwPSjL2ITdQrp0WkFykSW8Vug7CJO70agosSDZzN"
    "pan9oi3YN97k3VwbsqD3W6fq+VPIEBZrnOwAOmR/2B1mHoUZfgcgsEP+0Hm8eABdCu8nx3"
    "huDPBtYC0tUFZ6s6wla1BcMU5CH6CbgGAh6InXvms5F1C9Y288pYGSKa42efTEBX59pGZA"
    "CT/83Gfz8Aa48+F82DPgd9wlrQgfoE/FGhf0hQddMATXgai4o+MeZsPEuZp3yXZIzXdB6c"
    "BFk9Ws3rsqPpmK0wGsIwqbTHJBmD6mP/TRm/5Jt8t+SbNNT/Mu/pBMsDAUupFE0JlUF0TC"
    "3yZBCR0zGAy8qSh3XVqvzUlCifKyHFhf2jMlJc1TguJYmCjcSJteDvQWGHpkeAX3vxTUjm"
    "UNdIuvj5fwTvB12gUWvgmS7tCyFgJvqX6c1mZwWluifnYVTtCqOiDe2pN6qnRVLK2zdl7k"
    "40Kt/y+iZze/IgtbMEqfnwUeWwxEi4d6d+7w66BxTvHqDjSZyKs6V2toRXMg1T4jScJbWz"
    "JJCNaDgSI+EMqf/o4o5p7phuAfrsOqbd/boi15OUnOtt4TrBTx05pkqmCSZMYrX4+cqZwz"
    "riWW3Wx2c4wPJbf/RIBqzY64tC61VqYJPF1X7PpERqmmtZ0eGAHv7B3WStdJMFjczI4tXx"
    "lJAYeZvlrN7NXJwMPuNiH7hD3sqYfUYH67WwR98YrIzpZCTjP01Dh/jv8fRG9rohm/cQdz"
    "xeSKNbNPX8qzzAnQCAvlFsYD1BDeAq/qI8wiX8VaivjG8Skq+W18IzQMg4K2MkLZe46IgO"
    "HKdaNf4Giox4nQVy61kcZ3piglazXZ7cTO8mw2sBGvema6wRq++WwSPTdbxnVZhSRvzOF7"
    "4zovfetdAFT2X6jZG0mQNtsv/a7m5HbMC7BN/zKlMfSJhAuUiElX5dFuvvkQQ7mk4+hcPT"
    "Sn0m33BDqAOav6wjgobKrbMUeJESsmh0txQpg8pbd5W1rI6eV5i8ZNZuRH1GJxZSb1xVpz"
    "RD9sbi5E5EwpRPvTLk8Ww6R9KU74lfGeJMvhbUPWyHHOUHT1JbJ1NkTNwrjceYcdskY1aq"
    "MrbJsBctVaxJkoinUmSTL4Mu8VSoJmg4qK3uMssYsnvLXLsa5SmQJOIL9mjsa371P96iha"
    "4CILkBjn+A1oDuTTRRt9ZvWWgTN00JYIP7vgZkxcNMbEKbFI1KYBucojVgOzvMxCa2yQuH"
    "Oio+bqW0nsCLAo0n6Kg54Ug0/teFN58cTccOC1LGXQ82pHzs0ThQC2jzYDKGIGvSc/3lRR"
    "uamrsD3sdlPNfx1xdFnuvHF01Zx0ee1XUdFLmj81f/KM7qxjIfLEDlJgiGM5f3UH80PvoG"
    "Pj5EdEv4emP0bTZV4ltWHkqTpSJ79RttuAaeqLMyZuJi4duR96pt+5bkz1+UsTgQp8pMmo"
    "9l9Gr7qOxUTTWVPbB2EI1YivI3cRK9d1T4rBrR29vpXJI/TZToU8NxG18yUqJvEFLc3C3k"
    "ibRYKCN5IE1wHMG9a0MD2LaiQ9y5DcchLD/jYAHTO6tasXz8HHuarXmgaPNyqbg/G6k17C"
    "OmeD+QHukDHa82fNyRAG3bxUUlPUWIFAuQDzeBlMUVXmZ9569uEt4AyZWEWKP8ZqAJohMb"
    "grZTMCehS+gHCr7vIbpIKOFLUjWO3yt06CgJX/eqXff2wFhjACiFn5k0GXolrwP6lfFVms"
    "u3Mi5d/QQsiH6/V956Kc/98tYOWiEtKWcdfj9KN3qKrKF4IdaSfCLU6D3pKVJeh7DNIUPB"
    "DqcOTYlT8S1VakuFoNHvqCQl31Bd2FAWUG26TpBZSvY2Vr9UvHa/IF67n43X5sm/PPm3De"
    "izG2CX29c215+R39C2wWClt01xlseAtRhZHqx01mCl16nYNxVdZzvQYY7POP76oshnbKJz"
    "bqtoh5FN+oy5a/icrmGfqcQztUAKjBMx5yau3y/yupUHX/u2OkPuKUBysqNsVZsQA1qQDp"
    "kkY09xrH8lI1XbS09XXAtSVfLKELajnhf+PGbqeeH3im4+mC7uPVCRUYWTcKbVzrQHS0VX"
    "qf9BFGxKkXHG1M4YWzPzArtyrpOQ4IwezabAPkNgjmXqdEs+IuCLvfbFjktZPRFWe2Gb8A"
    "PRGbuEh3pBZ7uEc2Nw/qnDrjGYpwU3b7jkWYDhCqohC/B1LJZhJhvBWhlLcsu3VMZy6riR"
    "slP7+qLISIkYTWWfDMYzZ5psIAWBmyYbNU3i/yuAKqQlRsJRLoeyhtB4MPMyDkoUWo3Rtx"
    "nz3lCaTRc4E2oNkIDqZVIh2VSJHmPBX4neDebSUF4qA3E+vBY0bM1zFA3d0StjNBUn14Ju"
    "qgauxzpffhI/eRVZLecBXcy40qo4Wn7GlVZV3dmuDHmyuMNFXiVc7NN2rQjFVw9w9krtGR"
    "pdFFOM5ozGmsHkt/PYay7L3BL5l0QaYm4caNQ4kNFoyhQyCKpNnJiJX74oR9sulVJlCzQT"
    "NxeEJ8M0COdhRyVM5pEdqtmf2o8gWRefQaxwgcndDhjrOsqHzBOTsbQNGzYSPME1sBbAtn"
    "MaOaSHXBwxGniDFTs2ukQv0nvLfLaB9TdbsOGD8TM0BNXxOp2D3T1Yr8FaCGcWfsJN1DXT"
    "fIRA2Jp60Df9Ebz8B6kPaX0Tc0tGuywZiDHUYSpxGuYsGvWHqCAV74HObxsStFnzq6pt16"
    "5veaGgoX8pdfMV9JVJkLEUhX2WDjMx+HeEuOx8n3kwnHvMa/eYB7ng6Gp19oofSUhz6OSQ"
    "sxeD2EjsSFiEgd6HnqQ8jw+9JTUc2uQyD0Eq9JnzSIn8PcZupITXpIYuUCJOwpJs0VSgRE"
    "7jIOo4iQWeZwzCkmQdA7lstER8dSWCJQbiYiAOpdeKlUgZjwhWkKx5Kd8IYmXHtr8yKO9k"
    "Wa+eUVBCVDUes/gvdqqu53IgpGHpSL7sf3gfAY//KIJ6MRZHo6wOZ2vooCUcv7qp5l1wIU"
    "UKyg0m6SCYBZgNp3c3I0mYzaWBvJADxS2ST7yXSSfaXBJHmSwlXAyEMuwiQcSgKeiyVODF"
    "ZUHgxWU28CIA7U8qg2aCiCNdDukOltszNxsQFsKjiHGZ3t5KXiG9gH5liIOBNFviR6qmgb"
    "2Dnw2lAW4rPMShMBpuLNySgnueaKXk1v7I3xUZQgZ3Bu9dx20EddgI0JaH60pcT1LyqnCt"
    "tv/xij+MdX1jEVdeSekMlZQiU9trN9DqKrgndtBq1o65QZfGdmk+ghwrZuz9RbEN0xupON"
    "FQngPWpaP0osAA6fGUOnYqScWjp47qUxt1B3WqZIoDBXstUi7LmAcu880Dl9l0lZbUW3tt"
    "wavpIEBevKXRABweBcijAHkUIC4h6GUMKI+A6s5MkTUU9ceSXMIj/n4Ei58vSyrVmU2cgE"
    "HbPktMd+1KlvwYGTfjt5m/FnhCWni1Fj5xSs7lNnOZO2LzZSN2HbE8WJsHa7fKz9HaYG1T"
    "BwuguRZ0XnokJ0f8/UWhkwONxBljh6FHU9UXQRa55erAFlRDUNc7aEBM5piWYAPHFvbAEv"
    "DU2Xx0auoTXCd4DhpFOhzPnGW/rkpvRQ4VZ69Y4N9u2Kw2ZcYrKu6ToT1jjZ/oSaeK/CQU"
    "nv26oqiUpOSiUltEJYKEHFVBKVnaqcnLZ6E+gfVXCJ5JN8/hZeG1Y+NhylM4rlbH+u8989"
    "nwxRLvy/3BPe2v6GmPeFH2Eo4IGHRNNuI940VXGy4HikRjYEGVxkcWp2mHowx/LDuOMtOi"
    "qo8RjmdwyddfxBl/Lb+eCKUcnyTkQjxv4/EDC/F59s62CPHgYZfTyDV8VSzAxwbVLL1nUt"
    "c03bXRbcoF+dctNoh+FvnOPZ4wGtK2+f7tze9G0rVnl1wZI0mce+mg6LazWpMNyiV93l6h"
    "+yjHvxkF0iky9mrbXZUC+6oA7CtCSQWX5AIpaIvoEl0gdEpry2A+t3b6ykn7LUO/8Zz9QD"
    "osL/HFKHgfPGI67wbSnRoxEm7tqt/aBf8kcCM/JCYYfr5wmDcdWdm89czZDFq5t1/uss2/"
    "9hpcuW87snJDK989XWeqBBWD+gmvAMQNsXUEnvIYGta4XkMMTUyh8+Jc7S3cn9ihKTCtj6"
    "P5Orgg8mJnG23SlAUu33GRRPeoC0PZJceXaNUU1pbBLZUc9UXALZWEYLprwdwDQ3jeIn1I"
    "+Oc/XcOB+j//KUDb+0mk/kwnzlamOnL4U31fhzdLDw3KlE0O3lA5VnjVZPzuHFWTbRj4Vm"
    "guqIiIwbupu3cRQQTxth6t9BES8Wy2NvOWlx5sSi9OXmxlDWQJIo5riayxQ7THqXljh5k6"
    "BnHpnLHE6jped5CXdaRBt1RZx1cKqYqlRJK0k2TGZIFe4iUd7g4jednBLh2jhRK8e/8vQK"
    "oxWhC6fCBhLy2x9oJ4rg0s2iipOA1zENdvIV9De6+rLwotzGk6Bt0RjYRL7VXbfjbR5URb"
    "rTRDyCDijSRU4TRwgqG3IGgqJGhH8ANTNfG4z/5sPvuNCnWwVnTzAa0iCukvQ8cjT9LQ6q"
    "aGS09VMvKlabmtr822voodvHnn7io3tYeartqOYjtgT+ebytIyFAx65grCHoze+V8hhCJD"
    "zA+4Nh9wPEIqf/N1M1aGR0j9iFzPi5CKc/3eUg1tS+ddS9AwdKU25Vvz8arB+3MTTdQtfM"
    "u6fhILi7rnVOwCQ3CdGMcnuuipBf/0hg3Qsw4eW7lxfISOBCfCNbPMJ7gG1sKfjVWwEg3D"
    "ToQs3aaMFbwadcC61hN4kY0n6KjBF856YdNjLgpdsd5oBSaHl4gQtRE4OvjZtYGgQ+Pxvw"
    "QTyQeCKmBTvGBuBOjYgrdMcCjnI9g7pMDQapNwn2+7fL7M180YLMTltaDZqrMyJrMFmsMP"
    "k6e1EH0sYR/6mGsd+pi1DfEWf2dMmOKZaTwzjZvXTjevdas1FWdzRTbzNkVs81czd3sd/z"
    "LKmP8UGbefEXLheTZFQ8iieQHWbHEzSepUvwwtQ2v3DO7UAgsxzxDoUZiJizIEDobinGVf"
    "A8RycrZurfeyIGd3ewmco8utjoUcn4tNjNOyALXLg8rWGjdj23v03UgxlwHp1ABLE/2nRM"
    "EDz4A6j83IBq/+qmSajnDINUzHkTpqlo4zqoRR2hBUw34G1oXwDJ2t8LxVHQE62Has3puu"
    "I2jmHoI1Lj+wMS3BAnvTchA2wv2L8GCZ7p5goq5lyjIFDFKHuv+pkSqEHtLVLOBGbW7U7q"
    "RR29bQRZkFfrFTdT0/3zkkYknpuex/eB+tavxH0YJejMXRiKBJmjtyWvMSfM9X0EMSFmJ0"
    "i0wu0q/LhLUlk80RWVxG08mncHg6xSOF+FY1DEAIgS93dMTIW3163MzFyeDzteCHrKyM2e"
    "fpRLoW9ugbg5UxnaC1iP40DR3iv8fTGxmXnt+Z9xAXn19Io1s09fyrPEBPbaBvFBtYT1BD"
    "76SxKI+uBbBTob4yvkmIIeicegYIGQeXrV8upTmuWu8EBW5fv2h9TsfZgozXkICFDda0Vy"
    "glCdHYklOk53EYnFMIYsmezCMxm7AkcyM9N9J3DVlupG9HztMhKJBujWfo6lnlnTc3cAcI"
    "d4B0B2TuADnDQi7nAMmKyTXAy5Np6DxLpHsxy4bQcVSSCaRg/U7di+VPk5RMUIYjJ+VKLI"
    "G66xHcUN7ziyLnkxOO4GXpuiReXRR4c7Qgg6109HYwnrnw+PqbafOWnc1WR+NR8fnodzMv"
    "vYbG2QSJ+8R0TAal7cQ2CnpgnAYSlh0OBW47tlteJWM1hliOLFamYDCWyBqrF/x7JPD5fj"
    "nehP1VCwif15naMode085UbyNRrdsYBXdWHDfkhkfJicaZUEntGLhlrQGxRdVszC/tbWWp"
    "hh0YdknXVex18X2VGljzfaVqmun6u88CG2ABvJbS11YmpPTeNB99beAP3BgrmCT7kuq+47"
    "2x6vW+5V+MBw5lmFCsBiYIGdQCO6L1lQqCUXfhxk5yeGwawd2RYe+BJM1boMGdqv8y9P/P"
    "FmeH0kAei6Of+m8u+qmyz5O7sYQukeBVOmjDwqclXSWHGM35jFa9weS33lmkzMsyFsF8g2"
    "C2e4IFchyt5UJgExO02UrYG8yloYyD6C2whs7KGEo3+M81uIfehnzlUHoeilwiFFlcjq8F"
    "1dkhuukCUZl2Nug4GZLcxhBkDbHhwbTozrUYTZsZXPFYuypji7/KN8VfZS3x+KIF1l61HD"
    "qgU3TsRX33Szk++gWOj37W8RH/ZhRop8jYA/uqFNhXBWBfZcE+6JEUUCeI2AO6gVyGhM5d"
    "0gKXJOJGOB6L/XrmzZjl6UQLp3iYqWMQlzVyJvdtmeBJHgRcexBw7bUjVB1YhPVPXzhCDC"
    "fq1hVZV72IpQXRi4Fphco+0d6eGnNRbHTHo9E3Sww/WjXC61oroN+zgdYOrAXTEoIp0B+q"
    "YLsPD8DG/w71Jfx70Q/HVR6wsTZbNKKWGXkEYcv80iHXlL1lrl3aFrcEYvYE5rf9UvFv/Y"
    "L4t35GMzlgB23bpdJPCKTsgd6I7u0dXmuyPnirm2pu3micLIX1BtN1D+0iJ8T07mYkCbO5"
    "NJAXctAaNPIneS+Trom5JI5SSHsXmfIELJvSzpEhZG9pN1BiOryHCRJcUbvVBN0ZO66+zr"
    "quseMqEr1MgkKTv6wjAgZN0rxkOg8Or6NVXag3UJq7klTc3NWyehksYluU8v5KqcJtg7nB"
    "XOF8r3B1hAexOVlFOnlQtipCVQQW1LY9grEseHNRZCJTD2N4bmuXztGLAstUBd3xVK2xbT"
    "v7DI3Y8aaiQDgYziC6zSS5moZDrFP698V0kmtrcsh1StdQc4T/E3Rod1geIIGLwUioKJmC"
    "penapBdJ3QNPcEMSy855mf31/8ISws0="
)
