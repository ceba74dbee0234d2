"""Migration 0_20261204214410_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "columns" JSON NOT NULL,
    "visibility" VARCHAR(16) NOT NULL /* PRIVATE: private
TEAM: team */,
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
    "team" VARCHAR(64),
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
CREATE INDEX IF NOT EXISTS "idx_staff_membe_team_6d1982" ON "staff_member" ("team");
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
    "columns" JSONB NOT NULL,
    "visibility" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_saved_view_owner_6e1c1c" UNIQUE ("owner", "name")
);
COMMENT ON COLUMN "saved_view"."visibility" IS 'PRIVATE: private
TEAM: team';
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
    "team" VARCHAR(64),
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
CREATE INDEX IF NOT EXISTS "idx_staff_membe_team_6d1982" ON "staff_member" ("team");
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
    "eJztXWtz4zaW/SssfZlslZPqluPuXu/WVtES3ea0XiXJ3clEKQ5NQhbGFKnhw25nN/99Ab"
    "7EB0gREimTCL4kbRIXkg5eF/dx7v/2tpYODOcnUdMsz3R718L/9kx1C9A/sq8uhJ662+1f"
    "4Aeu+mD4bdVEowfHtVUN97VWDQegRzpwNBvuXGiZ6KnpGQZ+aGmoITQf9488E/7bA4prPQ"
    "J3A2z04rff0WNo6uA7cKI/d0/KGgJDT31ZqOPP9p8r7uvOfyab7q3fEH/ag6JZhrc19413"
    "r+7GMuPWMPj6j8AEtuoC3L1re/jr428X/tDoFwXfdN8k+IoJGR2sVc9wEz/3Qdk/6ynKZL"
    "pUFtJSUXoUAGmWicFFX9Xxf/0j/go/9t///PHnT5cffv6EmvhfM37y8c/go/fABII+PJNl"
    "70//veqqQQsf4z2oprd9QMOQA3awUW0ysnuJDLroa2fRjbBsL7xb9btiAPPR3aA/L38uwf"
    "KrOB/cifMfLn/+D/yBFloAwcKYhG/6/isM9x5ezbNtYGqvNAAnZeqBOHqwx3i/bGNAB5Nf"
    "e+dBuQrIxRhnIX5QDdXUQB7hsWWCVzLECZkMwjrQ4FY1fhoG/28K7XcNIV0C7VAayGNx9E"
    "P/3UXfR9f5twHdAN37sTSXB+GrzAy2gQ5dxYBb6FJhnBU8GehwX6DCucGto36orR0CQFfQ"
    "18jhPESwkGFOCWUxRlIu3IKf8D+amspvBLG4lLIz1bAcavhSQifC16EJmkfPcVXXc8jnlI"
    "TOfB8+GX1AtHGmYNxLn/HEQhoofAaUh1ZPHCzlr9K1EEivzOF0PhYny2tBt+ytaror83Y+"
    "/Yc0QR9pW38Ac2UORtOFNLwWgrnSO+LIe/+hwpn3/kPhoYdfZRULx7W2wFaotOKM1GH1uA"
    "ObRD0a8h7ZnW3pnubSAZsW4riGuOK73PqJePGIpmIe5FvLBvDR/BIqFsk9JwNseH0dJLrq"
    "GMh/RhMpero/Rmz1Jb4EZxcuwgD9chCoFHNpsUQqBcKbMI1rgHe274lRdNOrtwBcPJcfVO"
    "3pRbV1pWhSW9udEXx8DvebUPb2yxwYqv9Timd01E9ntY4c5qnJiR4DbEBCfZ+IlLzviVGs"
    "0BvTqQWr5b4nhhazvzCtvpVYkKmlmn+17W+zT1RTffR/Ev5s/EmRZdQANtlk6r+4KDWYxk"
    "24ubRLSstFibnU0dDpSThTDUstQDaWyIC7xiLdXYbEW+X0/mYkCbO5NJAX8nSCP2X76vzb"
    "2L9MG0PmkjjKaN82UB3iRvf3xXRCRjghkr3AQ80V/k8woNMY0r3/Xnumv6UKDx40XGg6P+"
    "HP+5+mbKkl+GOIfMydEPPoAvnDWPwle7dEl9obHzLLcR9tvxe/g5uO2QVyu4tvEaM1Ckxn"
    "+MKPJVemtBiII3GJb/yokWrgr7cyh/JiLC98O4AOnS10HPx0gCalPB/71gHLXEN72xYDgQ"
    "2eIXihc+0kZY4ar5bpV2mMP1Tx7nwo9u58yHl3AryUYAPKA70E3wsOhZwgC2iXoLuUflmW"
    "70zxOTGaTj5HzbPbVc4zgbFRVMIldxiabgtdEwnJMqsv/kdD+1ST8x79Pn1qGq+9+D5ROD"
    "LyGN1wxfEsNTzYPozf9NNHePj0h+w+FHcifJOXdwL+U/jHdCJlz5e43fIf2FjRUz3XUkzr"
    "RVH1BETR0whG0rZ2zKhnRGsY9g4twBYNc4RJ6TiHfpkj1nZSkI9xq8eY+zAa8mEkbEZEcG"
    "/gYyG+edl6IG6DXeA/+/3Ly4/9d5cfPl39/PHj1ad3MdL5V2WQ38ifMeqppcNdHjQ7WE0u"
    "j2KrfN4sSFwf+cGYmmBpof9UHIoTrapvuiyqjkV+T6gyHKdZXj0dutIzKIhY3b+9KLXB4n"
    "YKiBu2xhJbtgMzZow9w6Z7UWKytTQ/oPIYXTIjyt5FkSVtEi1ri8raFQuczTR5NlPX+/6n"
    "KvbE/qdigyJ+92cWYOJ5WYow2SHJAMT1WxPRGQVdqkjxvcT5ou46DzDxQnQIY/JNqC4zLU"
    "uzOOgI/0XlxMuIcUde7Y48GyAwHHJcY5lLKCnFgpui6QWgGRDtGVhzQYNR4DgtMl1mJTne"
    "h/He2eBZ2ajOhgbqlBA/PCvATItwveC2KEmwHmhzZkIaQ1adVhY0Ojb8w48cHKBnPaKxJd"
    "vootzmkmiOZkTYvjWml7+K3aWxIDg8pNQ7bkqIbwpV1Qg6bS0lxI+1SiE8OrSB5iqeDen0"
    "4rQcg2BfvXtXAW3UqhBu/10mnFCzdoQA2mKgY4EzJhY2deVL49u/uqqAL2pViK//Lo2vaR"
    "Fz4UvoHCyyd6v7to1G8PWPMW2jGvhjqIDOSzK4ZzRieE4jp2yRFmjRHYtFHTA4AlXwL0Y/"
    "b/RHyrwSObequzBTYiyF6JzFmZmAf0twaRVbUcPm3Hpau/XUAY6Dr7NPgMpDkxHj9rwKDg"
    "R1Cw0qkPcS7OF7WSUx5LI4MeQylxgCvu/QzcU5IhwiLcmjIdocDeEdFz3t8djpboyv46rr"
    "NV3gdFKEJZWsKYYSH688vtSxugvczxhErIkdA7lqiGhydqWCQwfiYiAOJbpQ3fo8HDc2Gp"
    "1Nj+DWCN9clPkyHvZtuP+iS+v64oD/gtZ8wKTXov6sY///FNBG7Rk0xLyvZD5/X2I+f583"
    "n+P/K4AqCDMhwlGuhrJGGYepsRuFeVXNB1TiAiIQynYobfu80LOVt00R45JPkjuVQY29BL"
    "nUKuIMatWxCqIiToRpiqOgBn5PjMJUcN+lAYnuqttJkDz7GbwqaGPcoXakGHcqvPze5mFn"
    "DEHW5I1+T45JuNSnmDOL7/VaqlmTV/vfEhxYOmqKlBfU4ree6jjw0QT+oIct/OcuULehGS"
    "X5OJMNbQMNwOdAF/qdWw/Oaj3YqKYJDPL94DAjWkK8zdeF3s1cnAzuroXAArYyZ3dIMbwW"
    "dugbg5U5nYxk/KdlGhD/PZ7eyCP099Z6gAb6eyGNblHX86/yAD11gLFWHGA/Qw29k8aiPL"
    "oWwFaFxsr8JqGLwvJaeAEIGXdljqTlUppfCwZw3eAUeXurhgOegV14J6zAgpeQb/Wgj6bf"
    "EPLWCxpQaSjfj9GAAh1625V5J39Gk2EDH9FUGMzlpTwQ0RgiWRdqQfWONw5USf6S3DAVM7"
    "FlxNo8OrX4uZogYms7RSQhXCU6P3uUC2QuDST5K6Z7jHpYmeLgy2T6bSQNP+PnSMVBd2AD"
    "6I/4nTz5im7O8mdxKU8+XwvQfAaOCx+RWmg+FjFNzqXFdBR+hmMZ/mekS1DgNpixMmgTVI"
    "Bpx06Z1GqqWs+SMuwFcDQRsr7X/XIwH6LAS4kyaELriMmsko8/uZUcMdgEcR7T0ebxjrb7"
    "oxZ2SpSPc5vHmXNbsj/GsT53TJxlRpaPdJtHOlLAj9q1U6J8nNs8zkidUkIDLr0ilpDkSn"
    "erhznUpI4c6rw0H+5WD/dxw1zr8PI9u7k921Vs6Dwds2enJPkot3mUH2ygapujNLCMKB/n"
    "No+z5bmaVRRffNjRkBBvsZm5N0boLcX5r8pcGsnSLfapmsBVbRx0YkCwXpmT6UTJtTLR78"
    "m1lH6ZjcSJuJSnk2sBfN8ZqulHpOA+EpJh+2NcCP0q5u1+sXm7nzdvW5araKrnEAa6pKJS"
    "SqrF49taL54NfNpBRd1anknYSMdocr0Wab1Z0exGCjS4VY2fhsH/mRqMoTSQx+Loh/67i7"
    "6P/b6+4eR+LM3lQfiKDLfPMG5qVPHmJNkzOk8Hk197DeGcSX6ukvtcnPqchxybWxCOxPld"
    "GBiVFTtf7uS7plCuudyMY3l2EetQhQCAWPqMc3irml4Yt0JzNouTexz3EkivTHk8m86X1w"
    "Lc7izbXZniTL4W1B085iSt3xmPDktgm6qBjndCXG8J5XVGrpbTtEVpb5f9KvtKv3hjyW3m"
    "UWbKA13aUEqKidCjxlkRefLQXyR5KEVmsdOPHPW0JB/1tow64b6fS7V4BrZDjOYs1NQSEu"
    "dT0t53RElTNV+DpeMMSQsdBWrLbnJ1w6qhX/5o2eSyIsVFLNNSnI6FhCwvD9oQsjvb0j2N"
    "citIC/GtgFB1dZ+6VRHThAQHlNdPrQRyVUKmavVTSUdZHfhG+ZWDRJ+sAp0+yysAHW6lNe"
    "A82/fUra2iKrjpU6cCtqHGWgO24r4nNrFNK/cVsMXHVQ3ALsNu2EQ1caZT16xO2G6fT6es"
    "iDfhuFAyIzswiZEBms/QVWvgQwk4GeS4O3ZmKieyOA0y1IX6CFAjG1d+OX2mLf3+BnF3LK"
    "3QsxCAxMplGRFIUgOtQAiiJLXgg8wgPVFwX6wfDbRdG4KrfrdMa/t6IYRai+BugClAx8Fz"
    "3TKBYFsvwg7Ywk6F9k9ZJ+GpfRG4SH5Lqpq+bMAWwqlH34g8pFDzLytVGYsw6CJ836/E39"
    "gv4W/s5ygGg5lOgXEswCDC/UoMmf0Shsx+niHTsuEjLKAhrRCJGUufMeLjQTWfenSI9wa3"
    "s5trQVvvHlbmjTj5ci3EvbxxWR6kMDyTavJYlgFUs8iZEwllYH9AUk3hHu3e5w3Ku5lORy"
    "k3542cDYG8H99IaGfJhOwR3BA85IAx53O9fKWR4ljXZb2D84Dfnrp4ewqsQmVXp9huVOXe"
    "BOLGBy9NU3R9wTx4j0CApqAKcSd/c4QNdFx0+7oWXjbWBfoPMPF/VVdQTR394zV/bTq5ty"
    "okjvvfGVx1IhrHjJcl2OrRv+lIGctK6TF2tTpLAb3iC9gT+vHHqq2RbJsvCb1beYRpwdbQ"
    "wDxhy7k4WchB/g8aC9OBQfqPuFjInydjabK8FgL+rS1avZhXbIAO38/TubwISc4Cawj0Wc"
    "cG03EgglbDNlztbx/mvLatrXIaB12mixanD3EGugOzAel0p82FVAd8JnR3JiAVxCLEipQQ"
    "EUYCbd7gWxOKf0xOPaP34I7cewlB1/lYe3Sld+godPcSLd4taxnLJtJug5sL4bQqrvKcEG"
    "lHpWf8scxUeu5I2kHrnWAEExllJHdGjGPLg+TfMPg4aZ+tKzq2gzBXjorNrN4q8cc8vrv2"
    "+O5iF0azNmbTAaY7B5plp62fxAYX5RZmv6li79s2W68nuzl6NlIZ/LkWfIWw6g62/ibeBV"
    "wcwYq2VRNPN16Y57yxNfvBOMbukxBv8/2/NxbnX6TAhLNV7ScQmG/Q3VFUFkj19V/4GDno"
    "Z/vvBnNpKC+VwZ00+IJrtgAduoq2AdrTypzNp7fyyBfa2dYaGngEqw1nw5wK0SrKDWdpjE"
    "NC6oxBDm9zH60zyIEXtTpc1CpduGomznCdqp26A3a2jFU7DKDJ4yo3sAcLhSRFz2OzO+dh"
    "xJbJLhwsOvqZjFibF+7RwaVVwu5Qq5Lg0lzoHfi+g2jwFJKJCC8qMthpqbL1xJTJFK+PnM"
    "UiVpQpzvWEFA9epDjXuXmI56Zz2wWV7cK/H4mOAxxnWxQhl21zUWrBCG5carr5WY0YiVBk"
    "bpU4q1UCmjuPFBtc7N7bS3DvXu3ePX95KsVRgOQhSUsxqCnXHx4SQFboTD2EdbFPlQW4Gw"
    "h2MnCUprsh8DOUBDwlhRiEuX6j5M62HtQHaBCLgd8allpMnpWUy2C9xoIdRLvs4je9vxlJ"
    "wmwuDeSFHG7ksdXEf5m+u8wlcZS3AOtUaZyxAINzucpULp7J+YlskVOWiunfYgF+HSRctN"
    "d+8CiVnpcQaYeihz+PGUUPWzdxkgI2cBpwC2krWhCkTy5q0bZFULZ/H1fV4phqFryKBVUV"
    "i9OyG05MbTgO6h1aSJFfmcJbN5Mmw8AzHcivTDwrhzjTAK89vS2JBpz9n7P/v7E7k7FMfO"
    "7C4C4M7sIgDRI++MgWtYg7YWqCpYX+U4FywvdLDBM9dtLvTKZPoPb4xDgU+nuSSB309iQH"
    "qlFfD3fnnNOdU7z+qunfSfk263w9cTabT79KuJzZzraeAc7zHd4PJJzlq3sa8JXxIF4O/S"
    "YcMNcOZTz8usdc+vOi/MZ/8MZ/9nzRDkHaSMJoePWlvG2mpZgAvunbZgQZ/W0zLclgwjvD"
    "100HoN+Khi44C6j4IwiiLGTEN73O0rAds97IPdSw7lo2Eh1ZZpWC1k0AdEcJRo5wmS2LBc"
    "6KnjEgOH7S2YjgfRQiZSXArFw9JrXOXxZzBjUakw9pWPJjEll0qhrfCMGpnRqWqia43JSs"
    "YoQ7LTY4smuSbEQJm2eJdSjZipuFurTSL0rMQrE12LSofIBpsXquZS2qtF6J3L+E2z9P7c"
    "88f6c8Gcpf5eG9OMIUfTp8hrqnGph7cz6bzpHmhtk37Z1lh6lib29xW6NPVfw/KGZ+SqjN"
    "A3L0zG+g6sJa3ULjlR7rtBh7d9L3lcB+XwL2+zzYj/AZmNRYp6U41JWgxv9XsLeSKlEgLc"
    "Ue1I1sIT5oT4DKdpyUaWqrfjsd5edKMP9cAvPPhM0Dh44WGA8PKyp76TMG6XkmJgs2e5T6"
    "ylj0KTJUTJBxKwV/rUHw9/0EsxFProVk32+urzxA290oUap93s5IXgRpqb9yAr/ph5Wo5B"
    "yYsl0kJXbWSF/KSd2OFA0YonrkJpIQb/HZiM008lCaLBU5IBmHemDPwQQ7iwW68iwxx47j"
    "oBuPuzLvvihjcSBOlZk0H8vo1eZJ2aqaaik7YG8harEU5W/iJH7vqvBFNeO3i+lAFkdKxI"
    "g1HaLdyrE0qBpKxItl6ZgKaHmHyX0s37hyzFSo4iXpF3tJ+jkvCRpONOQPdB6plFCLZ8Gx"
    "C+7qqgrMV1fFOON3BUAr/m88Cu69aEOgv526VL//z9I0bxeHKlbFOi3F3txu5KIFtjvDeq"
    "XbQ5Iy7MHcyCULB8hRT+iUEHtAX1XB+aoY5qscylvVhi46uE9LiMr30v4710KefMb3LAfB"
    "j+9ZY3E+l3FaFPoxNsQ1WYby1+l84GdKwWfL1vCzb/Jw+g0/eoG69YKfLKSZOA9qvjhgp9"
    "pBzZd23toCEkbFp2qkWVZZOfZWViNaUBI2ekWILM11oYO6kM8tSnc6hwLszeur91Uu1KhV"
    "8ZnxPnep9vGin9AZMT6TD85kVdfRbZ5wLBcHhidEWJjN5w4M57n3+Xldc+69apqeivcBzS"
    "K5BctyS7KSJ6eWdGe2H5lZgsO7SBQ1ZSjHIhzeQ/AaMCCkgqTiYyUYZ+Q40IeA7iJhh205"
    "O6C5tBfT2Xy6mEmDpV9Mwu8BlyRdyn4eoeZCnEY4nM7HIi4irFv2VsVFh9MFRdtx3Xx61U"
    "40LKR76CLbylc0pW99u8IzsOHaNyxIv8zkuV8k1ic098u//h2NeFD+9V9oxNsygq76SEXH"
    "FbXnXFzlmukRXFxBmKuiuuhrPXguZbVLknA7BokpZlw75ItwNnCnBBHwVH6CInkWrnKNp8"
    "BZnq0d7enfS5/xlEEj7AX6HV200MSPbA6kV6Y8Djz8cBv498WZjBkHYDuOEM439RdMAPZ2"
    "+pGDnpbkg96SQSeko4bfvnNFn983NbI1s+GqtraBx+VyZ0R5End7Vk1+r0SwO0eNckqQj3"
    "GbxziolUiXLJ6S4dyLh7kXA8DyCFMzL97EHXUM4KpJ36mpRc26mDiiNM3yiBT4EZHi7ZfD"
    "FIpi0AtDeKfPcQPYJ0OE+2AVoLjK/YkgDaJ+mAdKAc+gPrik5yMJLrqBmV/5/mSs/F7mfr"
    "VXZqHKltg7FbQaOFS6gFtstFUsj1SSlQaykMsi2ZJtyEjpyhyxPGLoMcA8Nxi00xCT9z2x"
    "ChZ2G6OuvBo2sS+v2jDsiVW04jo9ag2za57qjFXIHPDoU2ZtAc5Uw966E2FbBB2O4/6YRc"
    "6zn8Er2vafoVvHfFv4/clxd4zjZgNnh3XRWlCbh52xihl6Yzq1nJnLfU8sgZUnUyyh+UtQ"
    "KAHV9eyyOUhRPyPU324TfXbSTl0+FZ9VwyPEJhyP19eoQ0bAOpJEMp42JWSSyal1mFRSSc"
    "5uzi7ZKefAhVDMLqmi6/ma7GIrioMPBU7kqWnpaVCRqAYtP4rJGLY+ylvVsp2qbne+C0y0"
    "qyhby3Q3NDWDc3IcXELlYGg7rmLtEAhIbSGYlIqXOUH0r0xMtbMt3dNcR9mEYFWcpjm583"
    "ms33Vkkm7QiaKDneWQSiqVkvVnJDlXPwVXP8YOr94ToM+Kc/wp8Y9owVSbtkwFQZqjT4m+"
    "YakkJ8sh2CMxjjcl3lvLdh+JevNBzJOiHHdK3F+AariE+K+DqO8FOeaUmEPT8ewomo4S9p"
    "QsR54C+VAXUR5Ug4z9Ldq8CxR1gmwG+zUW7pqyXnbLmd7fjCRhNpcG8kIOs/7i8GD/ZRrw"
    "uSSOMogHW8RRgOdFOd4H8Q51vmPwzotyvA/ifYCUpQTuQ6QsVdHukNWkBrwDuNAkPb4ST6"
    "aL9jMuZjkRV+Zo+u1aMKwX/1/SXBnLwyHmZESPgK1soa77zIzh0+jv+9ks0dbb7RJt7+TP"
    "d9fCBj766tzbZ7/aQMPUUIquvtIYfbNi3OabV4IM1XGVhIv/iAyqgi54LlWbc6nWNkCYEj"
    "naCtdTSoZbprNLaWuZwFVtAqIlB39SiGtYh28Q6DehiU55EGSkzjd1Lz9cdWTy6vAxIJ9G"
    "WhPlVTgryafxwWkcpg7Sg50V5FgfvgRv0OUKGEi5JfDslpA9pcU4zVNKs6mFi6skY7FwK0"
    "8LcSUku49jfLwjmYLSouyxxrCkv4dJ48pWtZ8IXgP4WBxdlpFkZg39Z79/efmx/+7yw6er"
    "nz9+vPr0Ll5M+Vdlq+pG/owXVmpsCaFoiRsv/SiQpPlIHDcScdAxVchvRqoe8Dsf/JtjBi"
    "lmsMjnPeSHJD8eUZB+RRaRQaKjTg1GVRaRzDRM8YgMxMVAHEoZGpF8rskRIf9xjkRJyH8y"
    "j6JCyL+dbM5D/ru06i+E4pD/J3i8dyWSPZ9bhR7o3mI2vV/gGlY7y3MArvY5lyZ+rU8bYF"
    "LwO/z6bjoaKmMJhxZcCxvccGMhOILU1ZX5+V6ci5PlFL189FR0trsWeiqNZ6Ppr1giKl2H"
    "62Ghy6zfUIc20Px2C3ST8j8BN/Xv9rhz3PpGmki3sl8pdPptgl8/INDW0K8Tar2Yx9UEva"
    "xSzuayuJrNJYlZ3napo8bTUn/lgPGIpfWBrmZKSqrNi6z6bpZ2JfY/VfEl9j8VOxPxuy5z"
    "6Z4X/W7yqlYh08WF7I/ih0zIcZdmm00iwUjR7aBJGfbo4RvZPgOOd7q7dkqGs3CSrEmqje"
    "47dKimZDiqh7lNi4obUHObnmKVaMeOf9AukVqyBeym+QnMsa2CbWrhUjPHUvGNHGkeCogx"
    "SmxDMXNGBcNQTNvBrUKd2kkvSqxCnAjiqHt+FJLqaBYp8mOxVQ3jYDxrLMzSmX/Z//ghnq"
    "T4j7L5uRiLoxGBwCAKUDwOX4I4R5gc43gcwHlpjm9mf1hvaa6vYXMGLX/NlEveIsWLxJV7"
    "ODNnL3nOkLvupuYYcO0f60oBZ1sJ4nlRDnkVyF1YVCbxsKMukm3zTtKbjcSlPLkfXws77G"
    "lGP2plfp6OhtfCo2XoK3Mhj776HjRoPPvOs/l08g/pWniwLfMPcIyjrP5UJt2GuF5XfpyK"
    "I1ETIjwKNWWMriMK1b+4KoVV14rP3pxgm9fOkadw/fVFuxaf2pYDonPeGB6Ux4PyWjcYLQ"
    "3Kk/2aw3+3HnoEi+v+5UWZtTWoW6z8K2x3yNKKh1zQ7VfB9kzBsgVcbwC6grUWVGENDfBf"
    "AnQdwQa4UwFHIznCVnWegC74WrkjWKbx+lNWp6qvV27vbZe9F5gudCld65HEGUkVklvcGY"
    "wUtcfR4UWi+H9QIJ0SYlAL7V9dVcAZtSoE2n9HQNrZqP2rD9RY78WaQvusW0fDKj86DxR0"
    "HuRRLuU2S0idkdXsbZT7GknNkOrmegTzQjUz0F66zdtIb34/mciTz9dYzTAR5itzcCcNvk"
    "jDa0HbAA3pE+jJdDyWl0v/ma+FuPjpXLq9X+BnNlh7Dn5yK8oj/GCtopWtt8NI5Fo4od62"
    "XqgozlNCzOSS1ZcZGwbvUsKaFePAZoEF36Hjog+kRTYnx6HNQruzLfQrt0pc2rkitDk5Dm"
    "2O8MTbGVBDP54aXIIkhzfnyPbv+DRujr0E93LU7uXg+UU8v6gN6LObX7SGJnQ2Rw17RpRn"
    "GbXZr+XiVF58+NOlaqSlOBPpwVyNCLE8yNQZBYEHZZnosFtIV04rSE+ylNcKfQdhcj8alS"
    "UWpItZ2/qpJdJ92Od+Vx08q4pQp6v3epQnMMSs0Bm4x/SgP9DeNz3oElxugBCk/WDzGLAB"
    "WlW+784Ugt6ALqC7uuBuVFfYqI5gWoI8RD8BcyDghti5Z72YebdgbT2vzJUpoj5+DMQEdH"
    "TqDhIDWPxvDv77Edg79LmoH/Q56BN0wQDqMwhaRf4hQTUsEzThaSwjfWLM2XgWmqdil2Ri"
    "rOk8OCmxem41bzscTcdsRdEQpkV1e0yLMXh97L+r4pd8V+yWfJeF+l/WA51iuRdgKZWiKa"
    "UyjI6pRZ8MI3I6BnBVXXI/r1qVn5pR5Qs1pKSyf1BHSl41DmtJouAgdUIXgjUobFH3CPBr"
    "P74J6RyqjrSLH/9H8H/QBWqlA9906VwI4WCif1l+b05eUaq7cx5G1a4wKtrQnnqjelqkpb"
    "x/V+XsRK2KLa/vcqcnD1I7S5BaAB9VDktChHt36vfuoHNA8c8BujFJSvFhqX1YoiOZZlCS"
    "MnxIah+SUDeiGZGECB+Q+rcu7pjmjukWoM+uY9rb6UeOelqSj3pbRp3gp44dUxXTBFMmsV"
    "r8fNXMYR3xrDbr4zNdYAelP3okA1bi9UWp9SrTsElytd9yKZGa5tl2vDmgh79zN1kr3WRh"
    "ITOyenU4JSQh3mY9q3czFyeDO0z2gSvkrczZHdpYr4Ud+sZgZU4nIxn/aZkGxH+PpzeyXw"
    "3ZeoC44vFCGt2irudf5QGuBACMteIA+xlqALP4i/IIU/ir0FiZ3ySkXy2vhReAkHFX5kha"
    "LjHpiAFc9zg2/gZIRvzKAoV8FocHPdVBq4ddntxM7yfDawGaD5Zn6mio75fhI8tz/WfHDE"
    "oV9btY+c6p3jvPRgc8lek3IdLmEWiT/dfxtltiAd4l+F7ETL0XYQLlMhVW+mVZfn+PNdjR"
    "dPI5ap691OfyDdcEHtDiaR0LNES3zlLgRUbJorm7ZUQZvLx197KWv6MXEZNXzNqNpc/oxE"
    "LXG081KM2QvbE4uReRMhVIr0x5PJvOkTYVeOJXpjiTrwV1B9uhRwXBk9TWyYwYE+dK4zFm"
    "3DbJmJWqim0yqkVLFWuSFuKpFPnky7BKPBWqKRkOaqurzDKG7M62dE+j3AXSQnzCHox9LW"
    "b/4yVa6BgAyQVwgg20BnRv4o66NX+rQps6aSoAG573NSAr7ntiE9q0alQB23AXrQHb2b4n"
    "NrFNHzjUUfFJK6X9DF4VaD5DVy0IR6Lxvy78/uS4O3aGIGPc9WFDl48dagdqAW0edsYQZE"
    "16rr+8akNL87bA/7ic5zr5+qLMc/30qil6suVZXdchyR2dv/qv4qxuLPPBBlRugrA5c3kP"
    "9Ufjo28Q4ENEt4KvNyHfZlMlPmXloTRZKrLP3+hAHfiqzsqciYtFYEfeqY4TWJLvvihjcS"
    "BOlZk0H8vo1eZJ2aqaaik7YG8harEU5W/iJH7vqvBFNeO3t9O5JH+eKPGnRu3WgWakxN8g"
    "kri5X8gTabFQRvJAmuA4ggfPgSZwHMWAuHIbjkNY3uFgAcvfq1oxfYIce5qluZdo83Q5cn"
    "02wjUcIKb4P5Ae6b0cZxs+7EiAjuNhUkn/IkSKBSiGmyDK4gyvMr+LZzcJb4D0SkKsUXEx"
    "0JTQiQVB26mYk9Al1AMF33cQHSSU8KWlGsfvDSp0VISve2zXvR0wdQwApfIzkyZDn/I6lF"
    "+ZX6W5fCtj6upnYEP0+31666U8D+itXTRDWkJnHX0/Sjd6RqyheCHWknxi1Og96RlRzkPY"
    "5pChcIVTh6YkpfiSqrSkItDoV1Raki+oLiwoG6gOXSXIvCR7C6tfKV67XxKv3c/Ha/PkX5"
    "782wb02Q2wK6xrW+jPKC5o22Cw0vumRpbHgLUYWR6sdNZgpbdh7JuKnrsZGLDAZ5x8fVHm"
    "M7bQPrdRtH3LJn3G3DV8TtdwMKjEPbVEC0wKMecmrt8v8rbMg299Wp0h9xQgPdlVNqpDiA"
    "EtSYdMi7F3cax/JqOrtp+erng2pGLyygm2g88Lfx4zfF74vWJYj5aHaw8cOVClnfBBq33Q"
    "Hm0VHaXBB1EMU0aMD0ztA+NoVlFgV8FxEgmc0aPZFNhnCMyxLYNuyscCfLLXPtkxldUzYb"
    "aXlgnfC52xSnh0L+hslXBuDC7eddg1BvO04OYNlzwLMJpBNWQBvo3FMspkI1grE0luxZbK"
    "RE4dN1J2al1flBkp0UBT2SfD9syZJhtIQeCmyUZNk/j/CqAKaUmIcJSroawhNB6tooyDCk"
    "SrCfk2Y94bSrPpAmdC6QApqH4mFdJNlfgxVvyV+N1gLg3lpTIQ58NrQcPWPFfR0Bm9MkdT"
    "cXItGJZqYj7W+fKz+NlnZLXdR3QwY6ZVcbS8w0yrquFuVqY8WdxjklcJk306nh2j+OYBzj"
    "7VnqnRRTElZM5orBlMfj2PveayyilRfEhkIebGgUaNA7kbTRUig5Bt4sRM/OqkHG07VCrR"
    "FmgWLi4IT4ZpEPXDzpUwnUe2Z7M/tR5BmhefQawwweR2C0y9DvqQeaozlpZhw0aCZ6gDew"
    "Ecp6CQQ7bJxQGjgd9YcRKtK9QifbCtFwfYf3MEBz6aP0JTUF2/0jnYPgBdB7oQ9Sz8gIuo"
    "a5b1BIGwsYywbvoTeP0PUh3S+jrmlox2WTLQwFCHqSRlmLNo1B+igq54j3R+20igzTe/Y2"
    "/btd+3/FDQyL+UOflK6sqkxFiKwj5LhZkE/FtCXHaxzzxszj3mtXvMw1xwdLS6OyWIJKTZ"
    "dArE2YtBbCR2JCJhoPehpyXP40NvCYdDm1zmEUilPnMeKVG8xtiNlPCL1NAFSiRFWNItmg"
    "qUKCgcRB0nscD9jEFESdYxkKtGSyRnVypYYiAuBuJQeqtYiYzxiGAFyZuXio0gdr5t+5lB"
    "eSXLeu8ZJRSiqvmUx3+xVQ2jcAQiGZa25Mv+xw8x8PiPMqgXY3E0yt/hHA1ttITt17DUog"
    "MukshAucYiHQSzBLPh9P5mJAmzuTSQF3J4cYv1E/9l2ok2l8RRLksJk4FQhl2khBg0BV1W"
    "Cry4LAm8uMwHXoSg/UFl0EwJcaSrId1Buj1rvQYRER5FjMv09lbyifRC+ZUpDgbSbIkfqZ"
    "oGdi5+NpQGuKzwEIfCaLiwcEsI93zVSink/iheFTlBBlcGr13HbQR12AjQkof6UaOeluSs"
    "cK22/3HGH8aqvrGIK2dSOgOTUmxqe+sCWl0F98QKWs3aMdfo0NgsrSdQYMVMvL8ot2H6LR"
    "U3bspzwLq0lV6UGCD9MaWOnUpL8eipg/eptbqFBlUyxV6CvRIpl1XMA5fF5oHLfLpKS/jW"
    "3lrxajoIkJO3NBqAw6MAeRQgjwLEFIJ+xoDyBKjOzIxYQ1F/LOklPOLvr2DxC3RJ5fjBJn"
    "bAoG2fpUH3nKMs+QkxbsZv8/ja4Bndwo8r4ZOU5KPc5lHmjthi3YhdRywP1ubB2q3yc7Q2"
    "WNsywAJong3d1x7JyZF8f1Hq5EAtccbYvunBVPVFmEVuewZwBNUUVH0LTYjFXMsWHOA6wg"
    "7YAu46n49OLX2C6wT3QXORjtozZ9mvi+mtzKHi7hQb/NuLitVmzHhl5D452TNy/MRPOkXy"
    "k7rw7PQjVaW0JFeV2qIqETTkmAWlIrVTk4fPQn0G+lcIXkgnz/5l6bHj4GbKc9SuVsf6bz"
    "3rxQzUEv/L/c497W/oaY/HouohHAsw6JpsxHvGSVcbpgNFqjGwoUrjI0vKtMNRhj+WHUeZ"
    "ZVPxY0TtGZzy9ZM4468V8IlQ6vFpQa7E05Tx8EGkKmCTEGnHDsOUK/4ZOvABGqFR5JgkuX"
    "QPZwwE2tnwGfVJORK92Vz+ii4210IovzKXkjhGyihQt1krTqWzuH5yZu4UYOymW+QUaMtN"
    "FzxuC6odR68uSm+5iUY1X3Fz+Z2a4TlI5eS33bdl5EQ/69gDI5Jts5Lam9+P0BGBjfcrcy"
    "SJcz9nGqmEdmtSpvl1mNcg6T7KyW9GgXRGjD0CyKtKYF+VgH1F4B3xSH7CktqhHtFPSHfv"
    "ahnM575gvTGzRcvQb5zYItQOq2t8CQleLJKY876GdLtGQqQdBhu2TMLwD8JoFMeNhc3PFz"
    "P2riMzm9dnOpvVt/D0K5y2xcdegzP3fUdmbmTle6Ar35aSYvB+wmmyuCG2juhsHmjG2qjX"
    "EGiWuND5weDOBu5OLGMWmtbHcX8dnBBFAeaNVjLLA1fsuEije9CFoWzT7SvUM4sImHDdMV"
    "d9FXDdMSHs7lqwdsAUXjboPiT885+e6ULjn/8UoOP/JFIRsxN7q0IhHv3UwNfh99JDjXLc"
    "4uEbKscKpxbH785BLe7A0LdCc0DFQgyeTd09iwgqiL/0aLWPSIinfLZ5bDk/Z1P34vTBVt"
    "VAlhLiuFZIrdxHe5yaXLnvqWMQV06sTM2uw+ScnPuUBt1K3KdvFFKVyBsm3U7SacUl9xI/"
    "M3e7b8m5Obu0jZZq8N7DvwCJiLckvn8vwl7ubu2skZ4DbNooqaQMcxDXbyHXobMz1FeFFu"
    "asHIPuiEbCpXaq47xY6HCipfTNCTKIeCNZh5grgSpfJRZoR/ADU9kqUY5G1VkftedUkQd3"
    "ch4OcbZwiLUKDaArhvUISalwhYp1To4H9WShNSwNU98dZT/NynIzapvNqD6ZjgM0G1DdoD"
    "Ji7MXUNqIE+agZquMqjgt2dG6/vCxDcbZnZjD3YfT3/yOiU3LCfINr8wbHg8+KF183w5B4"
    "8NlfcdSLgs+So/5gq6a2oXNcpmQYOlKbclsGeNXgWLuJO+oWvlW9aqmJRV3zLsn1opMsZz"
    "QhkqKHntrwD7/ZAD3r4LZVGCJJqIhyIlwz23qGOrAXQW+sgpUqWHgiZNkyiazg1ahv27Of"
    "watsPkNXDb9w3sGdbXNR6uX2Wysw3bxC8K2DwDHAj54DBAOaT/8lWEg/EFQBezkEay1A1x"
    "H8aYKjZJ/AziXF3B7XCXent8udzjwlyWAhLq8FzVHdlTmZLVAfQQYCrYXoUwX70KdC69Cn"
    "vG2Ilxg9Yy4aT/rjSX/cvHa6ea1bpfH4MB85zLxMGtvjq1nbnYF/GWU6RUaM288INAM8Ua"
    "UhZFG/AN9scTFb6izKnCxDc/cM7tQSCzFPvuhRmInLki/2huKCaV8DxHK6t27N96og51d7"
    "BZzjw62OiZzsi02Ms7oAtcuDytaaNGM7O/TdSDGXoejUBEsL/acCl4RvQJ0nemRjrP48yj"
    "Qd41BomE4iddAsnRyoCkZpU1BN5wXYF8ILdDfCy0Z1Behi27H6YHmuoFk7CHTM7LC2bMEG"
    "O8t2ETbCw6vwaFvejmCirqXLKtwQmU09+NT4KoQe0tFBcKM2N2p30qjtaOigzAO/2KqGUZ"
    "xKHgmxdOm57H/8EM9q/EfZhF6MxdGIVPVlS84YX4LvxRf0SISFGN0yk4v0yzJlbcklysQW"
    "l9F08jlqns2eySC+UU0TEELgq20dCfFW7x43c3EyuLsWgpCVlTm7m05wZRf0jcHKnE7QXE"
    "R/WqYB8d/j6Y2MWf231gPEvP4LaXSLup5/lQfoqQOMteIA+xlq6J00FuXRtQC2KjRW5jcJ"
    "DQjap14AQsbFFQGWS2mOCwK4IXfw29cDKKh4XZJMHAmwsMAaT49Ka0I0tuSM6HkcBudUgl"
    "iyJ/NIzCYsydxIz430XUOWG+nbkfO0Dwqkm+M5uXpmeefNDdwBwh0g3QGZO0DOMJGrOUDy"
    "anIN8PJkGjrPEulczA9D5DiqOAikYP1OnYvVd5OMTlBlRE7KlVhiBhqCG2oZMtMUO58i7h"
    "rO+Ncp9eqixJujhRlslaO3w/bMhcdf9qtw/fWLuf76vBrqeYnneFR8MfrdzEuvoSY5QeM+"
    "MR2TQW07tYzC8iKngYR1hz13cMdWy5tkrCYQK9DFqnAxY42sMSrm32KFL/DL8fr2b8rNfF"
    "5nasscek07U/2FRDVvExLcWXHYkEvmSaU2zkSX1I6BW9UakJhUzcb80p5Wtmo6oWGXdFwl"
    "XpefV5mGTRoScqGjD5b1FGj9v+PaYqqmWV5sYUy8pDrXeHmxer1sxQfgfoRyg1B+3UsJMn"
    "jb68jtrlKwi7rFazI/wmPLDM+I3PDuRbJjCzS4VY2fhsH/2RrZoTSQx+Loh/67i36G3nly"
    "P5bQYRG+ygZn2DYwNTrGhoTM+YxTvcHk195ZtMnLKpa/YsNfvgCFDQocqtVCXVMdtNka2B"
    "vMpaGMg+VtoEN3ZQ6lG/ynDh6gvyDfOGSehxxXCDkWl+NrQXW3SG66QFKWkw8uTocetzHU"
    "WEPD8GjZdPtaQqbNA3zktnZVxeZ+VWxyv8pb3PFBC+ydart0QGfk2Ivu7ldycPRLHBz9vI"
    "Mj+c0o0M6IsQf2VSWwr0rAvsqDnb4NVrQBpYW4GYhHA7+dgS2cizXY2MR9Tx2DuKqZLb1u"
    "q4Tv8TDU2sNQa2cvUA1gE+Y/PXWBGHXUrVOyLsaCpQ3Ri4FlR9dQosU30+ai3OyLW6Nvlm"
    "p+kLfAL0kroN+zhvYW6IJlC2EX6A9VcLzHR+Dgf0eaPP696IdjngFsRszTFtTSI49ha5ln"
    "NBo1ZWdbukdbv5YgzJ7O/L5fKQKrXxKB1c/pzHvsoON4VMFuBFH2QG/kVuhvXjoIdYyMMm"
    "JYamHmYlIsg/Uay3UP7TLz+PT+ZiQJs7k0kBdyWPcz9nT4L9NG87kkjjJI+weZ8gxsh/IG"
    "nhNkb2o3QHIcncMEDa6s4GdK7ow1P99mXtdY8xOpXhbhQlM8rWMBBo2lnLSbhyfXUSwtuj"
    "dQmrvSUtzc1TLGBhaxLUu6fqNk1bbB3GC2arG/8niEB4k+WUU6vVG2KkZSBDbUNj2CsSx8"
    "c1FmIlP3bXh2ZZf20YsSy9QRd8dTb41tW9lnKAWOFxUFwmFzBtFtJs3SMl0iU+bfF9NJoa"
    "3JJTNl6lBzhf8TDOh0WB8ggYvBSF1RcpSZWXbMi/TdA3dwQ1LLznmY/fn/feK4Jw=="
)
