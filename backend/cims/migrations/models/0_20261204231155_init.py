"""Migration 0_20261204231155_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "details" JSON,
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
    "details" JSONB,
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
    "eJztXelz20aW/1dQ/DLZKiVlU5bt1W5tFURCNsa8iqTsZMIUBgKaYo9AgINDsrKb/327cR"
    "FHA0STAAW0+0tiAf2a5O/18e73v72tpQPD+UXUNMsz3d618L89U90C9I/sqwuhp+52+xf4"
    "gaveG/5YNTHo3nFtVcNzrVXDAeiRDhzNhjsXWiZ6anqGgR9aGhoIzYf9I8+E//aA4loPwN"
    "0AG734/Q/0GJo6+A6c6M/do7KGwNBTXxbq+LP954r7svOfyaZ76w/En3avaJbhbc394N2L"
    "u7HMeDQMvv4DMIGtugBP79oe/vr424U/NPpFwTfdDwm+YoJGB2vVM9zEz71X9s96ijKZLp"
    "WFtFSUHgVAmmVicNFXdfxf/4C/ws/9t+8+vPt4+f7dRzTE/5rxkw9/BR+9ByYg9OGZLHt/"
    "+e9VVw1G+BjvQTW97T1iQw7YwUa1ycjuKTLooq+dRTfCsr3wbtXvigHMB3eD/rx8V4LlV3"
    "E++CzOf7p89x/4Ay20AYKNMQnf9P1XGO49vJpn28DUXmgATtLUA3H0YI/xftvGgA4mv/XO"
    "g3IVkIsxzkJ8rxqqqYE8wmPLBC9kiBM0GYR1oMGtavwyDP7fFNpvGkK6BNqhNJDH4uin/p"
    "uLvo+u828DugG6d2NpLg/CV5kVbAMduooBt9ClwjhLeDLQ4blAhXODR0f9UFs7BICuoK+R"
    "w3mIYCHDnCLKYoyoXLgFv+B/NLWUXwlicSllV6phOdTwpYhOhK9DCzSPnuOqrueQ7ykJ3f"
    "k+fDL6gOjgTMG4pz7jjYUkUPgEKC+tnjhYyl+layGgXpnD6XwsTpbXgm7ZW9V0V+btfPoP"
    "aYI+0rb+BObKHIymC2l4LQRrpXfElff2fYU77+37wksPv8oKFo5rbYGtUEnFGarD4nEHDo"
    "l6JOQ9sjvb0j3NpQM2TcRxDXHFutz6kah4REsxD/KtZQP4YH4JBYvkmZMBNlRfB4mpOgby"
    "X9FCip7urxFbfY6V4OzGRRigXw4CkWIuLZZIpEB4E5ZxDfDO9jMxim569xaAi9fyvao9Pq"
    "u2rhQtamu7M4KPz+F+E9LefpkDQ/V/SvGKjubprNSRwzy1ONFjgA1IaO4TkZL3MzGKFXpj"
    "OrVgtdzPxNBm9jem1bcSGzK1VfOvtv1t9olqqg/+T8KfjT8psowawCabTP0XF6UG03gIN5"
    "d2SWi5KDGXOhq6PQl3qmGpBcjGFBlw15iku9uQqFVO725GkjCbSwN5IU8n+FO2L86/jf3L"
    "tDFkLomjjPRtA9UhHnR/X0wnZIQTJFkFHmqu8H+CAZ3GkO7999oz/SNVuPeg4ULT+QV/3v"
    "80ZUstwR9D5GPuhJhHCuRPY/HXrG6JlNobHzLLcR9sfxZ/gpuO2QVyp4tvEaM1CkxnWOHH"
    "lCtTWgzEkbjEGj8apBr4663MobwYywvfDqBDZwsdBz8doEUpz8e+dcAy19DetsVAYIMnCJ"
    "7pXDtJmqP41TL5Ko3x+yrenffF3p33Oe9OgJcSHEB5oJfge8GlkCNkAe0SdJfSr8vykym+"
    "J0bTyadoePa4ynkmMDaKSlByh6HpttA1kaAss/rifzR0TjW57tHv06em8dKL9YlCzshjpO"
    "GK41mKPdg+jN/001d4+PSn7DkUTyJ8k5efBfyn8I/pRMreL/G45T+wsaKneq6lmNazouoJ"
    "iKKnEYykY+0YrmdIa2B7hzZgi9gcYVLK59Avc8TeThJyHreax9yH0ZAPI2EzIoJ7Ax8K8c"
    "3T1gNxG+wC/9nvX15+6L+5fP/x6t2HD1cf38RI51+VQX4jf8Kop7YOd3nQnGA1uTyKrfJ5"
    "syBxf+SZMTXB0kL/qciKE62qr7otqvIifyZUYcdplldPh670BAoiVvdvL0ptsHicAuKBrb"
    "HElp3AjBljz3DoXpSYbC3ND6g8RpbMkLKnKLIkTaJtbVFZu2KCs5kmz2bqetv/WMWe2P9Y"
    "bFDE7/7KAky8L0sRJjskGYC4fmsiuqOgSxUpvqc4X9Rd5wEmKkSHMCZrQnWZaVlaxcFE+C"
    "8qJ16GjDvyanfk6cBVoUHFlATJSQzpjg2tEeRtgH62Q44oLXPGJalYcBA1ffRoBkSnNZYZ"
    "ETMKXNZFRuMsJcf7MN47GzwpG9XZ0ECdIuJiSwWYaRGuF9wWpWfWA23OQEtjQqzTvoW4Y8"
    "M//ZjNAXrWI5q5soMuyq1dieFoRYTjW2P0+lEsXo2FH2KWUp+4KSJ+KFQVI+iktRQRv9Yq"
    "BU/p0Aaaq3g2pJOL03QMgn315k0FtNGoQrj9d5lATs3aEUKXi4GOCc6Y0tmUsp3Gt391VQ"
    "FfNKoQX/9dGl/TIlYhKCmkYZH9it23KjWCr3+NaRvVwB9DBXSeksEzoxGTfxo5ZYukQIvu"
    "WiyagEEOVMG/GP28uwUJ80rkVqzuPE6RsRQcdRY3cgL+LcGZWGwqDYdzu3Xt1lMHOA5WZx"
    "8BlW8sQ8bteRVcN+oWGlQg7ynYw/eySkrOZXFKzmUuJQd83yHNxTkiECVNyeNQ2hyH4h0X"
    "t+7xqPVu8Ndx1fWaLmQ9ScKSSNZUbRgfrzy+1FHSCzzPGET1KjsGctXg3OTqSoXlDsTFQB"
    "xKdEHS9Xk4bmzEnU2P4NYI31yU+TLu92O4/6JL+/rigP+C1nzApNei/nxv//8U0EbjGTTE"
    "vK1kPn9bYj5/mzef4/8rgCr8NUHCUa6GskYZAauxG/96Vc0HVOICIpTy7VDC/HmhZytjni"
    "LGJZ+eeGrtOvZSE1O7iNeuq45VEBVxIkxTHAU18GdiFKYCfZcGJDpVt5MgefYTeFHQwbhD"
    "40jZBVR4+bPNw8kYgqxJjX5flpSg1Kdqlhbr9VpqWJOq/e+J6mM6GoqEFzTi957qOPDBBD"
    "7TwxH+cxeo29CMknycyUO3gQbgUyAL/cGtB2e1HmxU0wQGWT84XIsuQd5mdaF3Mxcng8/X"
    "QmABW5mzz0gwvBZ26BuDlTmdjGT8p2UaEP89nt7II/T31rqHBvp7IY1u0dTzr/IAPXWAsV"
    "YcYD9BDb2TxqI8uhbAVoXGyvwmIUVheS08A4SMuzJH0nIpza8FA7hucIu8vlXDAU/ALtQJ"
    "K9QfTNC3mumj6TeEvPWMGCoN5bsxYijQobddmZ/lT2gxbOADWgqDubyUByLiIaJ1oRb0TX"
    "nlQJXkL8mxqbgGXoaszdypxc/VRAm8thfnJISrRPdnj3KDzKWBJH/FhTajGVamOPgymX4b"
    "ScNP+DkScZAObAD9Ab+TJ1+R5ix/Epfy5NO1AM0n4LjwAYmF5kNRjc+5tJiOws9wLMP/jH"
    "TzDzwG1woNxgS9d9pxUialmqrWsyQNewEcTYSs72W/HMyHig+mSBk0oXXEZFbJx588So5g"
    "NoGcx3S0md/RcX/Uxk6Rcj63mc+8qij7PI7luWPiLDO0nNNt5nQkgB91aqdIOZ/bzGckTi"
    "mhAZdeEEtQcqG71WwOJakjWZ2n5uxuNbuPY3Ot7OVndnNntqvY0Hk85sxOUXIut5nL9zZQ"
    "tc1REliGlPO5zXy2PFeziuKLDzsaEuQtNjP3xgi9pTj/TZlLI1m6xT5VE7iqjYNODAjWK3"
    "MynSi5USb6PbmR0q+zkTgRl/J0ci2A7ztDNf2IFDxHgjIcf4wLoV/FvN0vNm/38+Zty3IV"
    "TfUcAqNLelmlqFrM39Z68Wzglx1U1K3lmYSDdIwW10uR1JslzR6kQINb1fhlGPyfKWYMpY"
    "E8Fkc/9d9c9H3s950lJ3djaS4PwldkuP3a7qZGFW9Ooj2j83Qw+a3XEM6Z5Ocquc/Fqc95"
    "yLG5BeFIXN+FgVFZsvPlTr5pCuWaG/04lmcXVR2qEAAQU59xDW9V0wvjVmjuZnFyh+NeAu"
    "qVKY9n0/nyWoDbnWW7K1OcydeCuoPH3KT1O+PRZQlsUzXQ9U6I6y0pNp6hq+U2bVHa22W/"
    "yrnSLz5Ycod5lJlyT5c2lKJiIvSo8aqIPHnoB0keShWz2OlHcj1NybneFq4T9P1cqsUTsB"
    "1iNGehpJagOJ+Q9rYjQpqq+RIsXc2QNNFRoLZMk6sbVg398gfLJjd0KW4fmqbi5VhIyPLG"
    "rA0hu7Mt3dMoj4I0ET8KCP1u96lbFTFNUHBAeefaSiBXLchUrXMt6SqrA98ov3KQmJNVoN"
    "N3eQWgw6O0Bpxn+5m6dVRUBTd961TANpRYa8BW3M/EJrZp4b4Ctvi6qgHYZTgNm6gm7nTq"
    "buEJ2+3T6SUr4kM4blHNyAlMqsgAzSfoqjXUQwlqMsjxdOysVF7I4jTI0BTqA0CDbNz55f"
    "SVtvTnG8TTsbRDz1IAJBYuywqBJCXQCgVBlKQUfLAySE8U3GfrZwMd14bgqt8t09q+XAih"
    "1CK4G2AK0HHwWrdMINjWs7ADtrBTof1L1kl46lyEWiS/J0VNnzaoFsJLj75S8ZBCyb+sVW"
    "VMwqCL8G2/Uv3Gfkn9xn6uxGCw0ikwjgkYRLhfqUJmv6RCZj9fIdOy4QMsKENaIRIzpj5j"
    "xMe9aj726BDvDW5nN9eCtt7dr8wbcfLlWohneeW2PEhgeCL15LEsA6hmkTMnIsrAfo+oms"
    "I9Or3PG5R3M52OUm7OGzkbAnk3vpHQyZIJ2SO4IXjIAWPO53rrlUaCY13KegfXAdeeuqg9"
    "BVahMtUpthtV0ZtAPPig0jRF6guug/cABGgKqhBP8jdH2EDHRdrXtfC8sS7Qf4CJ/6u6gm"
    "rq6B8vebXp5NmqFHHc/85A1YnKOGa8LMFRj/5NV5SxrJUeY6rVWRroFStgj+jHHyu2RrRt"
    "VhJ6t/IIlwVbQwPXCVvOxclCDvJ/EC9MBwbpP+JiIX+ajKXJ8loI6m9t0e7FdcUG6PL9NJ"
    "3Li7DIWWANgX7VscF0HJCg3bANd/vrhzmvbWurnFaDLjNFi9OHeAW6A6sByXSnrYXUBHwl"
    "dHclIBHEIsSKlBQijAjafMC3JhT/mJx6RvXgjui9hKDrfKw9UukduhK6e4oWn5a18LKJtN"
    "tAcyHcVsVdnhMk7ej0jD+WmU7PHUk7aL0TjGAio4zkzpBxbHmQ/CsGHyfts3VFx3YQ5spR"
    "sZndWyX+mMd31x7fXezCaNbGbDrAdOdAs+y09ZM44KLcwuwPVez92Gb79WQPR89GIoO/1o"
    "KvEHbdwdbfxLugFkewo23VxMuNN+Y5b2zNnhnH2H0S5G3W/3tjcf5FCkw4W9V+BIH5BumO"
    "orJAoq//wsfIQT/bfzeYS0N5qQw+S4MvuGcL0KGraBugPa7M2Xx6K498op1traGBOViNnQ"
    "3XVIh2UY6dpTEOCaozBjm8jj5aZ5ADb2p1uKlVunHVTJzhPlU7dQfsbBurdhhAk9dVjrEH"
    "G4UkSc9jszvnZcSWyS5kFl35mQxZmzfu0cGlVcLu0KiS4NJc6B34voOIeQrJRIQ3FRnsNF"
    "XZfmLKZIr3R85iEQvKFPd6gooHL1Lc69w8xHPTue2Cynbh60ei4wDH2RZFyGXHXJRaMAKN"
    "S00PP6sRIxGKzK0SZ7VKQHPnkWKDi917ewru3avdu+dvT6U4CpDMkjQVg5Jy/eEhAWSFzt"
    "RDWBf7VFmAu4FgJwNHabobQn2GkoCnJBGDMNdvlNzZ1r16Dw1iM/Bbw1KLi2cl6TJYrzFh"
    "B9EuU/ymdzcjSZjNpYG8kMODPLaa+C/TustcEkd5C7BOlcYZEzC4lqss5eKVnF/IFjllqb"
    "j8W0zA1UGCor32g0ep5LwESTsEPfx5zAh62LqJkxSwgdOAW0jb0YJAfXJTi7ZtgrLz+7iu"
    "Fsd0s+BdLKi6WJyW3XBiasNxUO/QRor8yhTeupk0GQae6YB+ZeJVOcSZBnjv6W1JNODV/3"
    "n1/1d2ZzKWic9dGNyFwV0YJCbhi49sUYtqJ0xNsLTQfyqUnPD9EsPEjJ30O5PLJ1B7fGIc"
    "Cv09SaQOenuSjGrU18PdOed05xTvv2ryd5K+zTJfT5zN5tOvEm5ntrOtJ4DzfId3Awln+e"
    "qeBnxhPIiXQ78JB8y1QxgPv+4xSn+elGv8BzX+s+eLdgjSRhJGQ9WXUttMUzEBfNPaZgQZ"
    "vbaZpmQw4Z1hddMB6Lci1gV3AVX9CAIpCxnxTe+zNGzH7DfyDDXsu5ZxoiPbrFLQugmA7i"
    "gB5wjKbFkscJb0jAHB8ZPORgTvoxApOwFm6eoxqXVeWcwZ1GhMPiS25HkSWXSqGt8Iwamd"
    "YktVE1xuSVYxwp0WGxzZNUk2ooTNs8Q6lBzFzUJd2ukXJWah2BpsWlQ+wDRZPWpZizqtVy"
    "ruX1LbP1/an/n6nfJkKH+Vh3fiCJfo0+ET1D3VwLU357PpHEluuPqmvbPsMFXs9S1ua/Sp"
    "iv8HxcpPEbWZIUev/Aa6LqzVLTRe6LFOk7Gnk76tBPbbErDf5sF+gE/ApMY6TcWhrgQ1/r"
    "+CvZVUiQJpKvagbuQI8UF7BFS24yRNU0f168ko7yrB/K4E5neEwwOHjhYYDw8LKnvqMwbp"
    "eSYuFmz2KOWVseiXyFBxgYxbKfhrDYK/7ya4GvHkWkjO/eryyj203Y0Spdrn7YzkTZCm+p"
    "ET+E0/rEQl58CUnSIpsrNG+lIu6nakaMAQ1SMPkQR5i+9GbKaRh9JkqchBkXGoB/YcXGBn"
    "sUAqzxLX2HEcpPG4K/PzF2UsDsSpMpPmYxm92jwqW1VTLWUH7C1EI5ai/E2cxO9dFT6rZv"
    "x2MR3I4kiJKmJNh+i0ciwNqoYS1cWydFwKaPkZF/exfOPKMUuhipekX+wl6ee8JIidiOX3"
    "dB6pFFGLV8GxG+7qqgrMV1fFOON3BUAr/m88Cu49aUOgv564VL//z9I0bxeHKlbFOk3F3t"
    "puRNEC251hvdCdIUka9mBuRMnCAXLUCzpFxB7QV1VwviqG+SqH8la1oYsu7tMSovKztF/n"
    "WsiTT1jPchD8WM8ai/O5jNOi0I+xIe7JMpS/TucDP1MKPlm2hp99k4fTb/jRM9StZ/xkIc"
    "3EedDzxQE71Q56vrRTawuKMCp+qUaabZWlY29nNSIFJWGjF4TI1FwWOigL+bVF6W7nkIC9"
    "dX31topCjUYV3xlvc0q1jxf9gs6Q8ZV8cCWruo60ecK1XBwYniBhYTWfOzCc597n13XNuf"
    "eqaXoqPgc0i+QWLMstyVKenFrSndV+ZGYJDu8ilagpQzkm4fAegteAQUEqSGo+VoJxho4D"
    "fQjoLhbssC1nBzSXVjGdzaeLmTRY+s0k/BlwS9Kl7OcRai7EaYTD6Xws4ibCumVvVdx0ON"
    "1QtB3q5uOLdqJhIT1DF6utfEVL+ta3KzwBG659w4L060ye+01i/YLmfvvXvyOOB+1f/4U4"
    "3hYOuuoDVTmuaDyvxVUumR5RiysIc1VUF32te8+l7HZJIm4Hk5iqjGuH9SKcDdwpQQQ8lZ"
    "+giJ4FVa7xFDjLs7WjPf176jPeMojDXiDf0UULTfzI5oB6ZcrjwMMPt4F/X5zJuOIAbMcV"
    "wutN/YAJwN5OP5LpaUrO9JYwnZCOGn77zjV9ftsUZ2uuhqva2gYel8udIeVJ3O3ZNfmzEs"
    "HuHMXlFCHncZt5HPRKpEsWT9Hw2ouHay8GgOURpq68eBNP1DGAqyZ9p5YWddXFxBWlaZZH"
    "LIEfFVK8/XK4hKIYzMIQ3ul73AD2yRDhOVgFKO5yfyJIg2ge5oFSwBOoDy7p6cgCF93AzO"
    "98fzJW/ixzv9srs1BlW+ydCloNNVS6gFtstFUsj9SSlQaysJZFciTbkJHSlTliecTQY4Dr"
    "3GDQTkNM3s/EKljYbYym8mo4xL68aMNwJlbRivv0qDWsrnlqMlYhc8CDXzJrC3CmGvbWnQ"
    "jbIphwHM/HLHKe/QRe0LH/BN061tvCn0+Op2McNxs4OyyL1oLaPJyMVczQG9Op5c5c7mdi"
    "Cax8McWSMn+JEkpAdT27bA1S9M8I5bfbxJydtFOXL8Un1fAIsQnH4/U1mpARsI4sIhkvm5"
    "JiksmldbiopJJc3by6ZKecAxdCcXVJFanna7KLrSgOPiQ4sU5NS2+DioVq0PajWIzh6KO8"
    "VS07qep257vARKeKsrVMd0PTMzhHx8EldA6GtuMq1g6BgMQWgkmpeJsTSH/kwlQ729I9zX"
    "WUTQhWxWWaozufx/pNRxbpBt0oOthZDqmlUmmx/gwlr9VPUasfY4d37wnQZ8k5/pT4R2XB"
    "VJu2TQWBmqNPib5hqSQnyyHYIzKONyXeW8t2H4hy80HMk6Qcd0rcn4FquIT4r4Oo7wk55p"
    "SYQ9Px7CiajhL2FC1HngL5UBZR7lWDjP0tOrwLBHUCbQb7NSbumrBepuVM725GkjCbSwN5"
    "IYdZf3F4sP8yDfhcEkcZxIMj4ijA86Qc74N4hzLfMXjnSTneB/E+UJSlBO5DRVmqot0hq0"
    "kNeAdwoUV6fCeezBTtr7iYrYm4MkfTb9eCYT37/5LmylgeDnFNRvQI2MoW6rpfmTF8Gv19"
    "N5slxnq7XWLsZ/nT52thAx98ce71s19toOHSUIquvtAYfbNk3OabF4IM1XGVhIv/iAyqgi"
    "l4LlWbc6nWNkCYEmu0Fe6nFA23TGe30tYygavaBERLLv4kEZewDmsQ6DehhU55EWSozrd0"
    "L99fdWTx6vAhKD6NpCZKVThLyZfxwWUcpg7Sg50l5FgfVoI3SLkCBhJuCXV2S4o9pcl4ma"
    "eUZFNLLa6SjMXCozxNxIWQ7DmO8fGOrBSUJmWvagxL8nuYNK5sVfuR4DWAD8XRZRlKZvbQ"
    "f/b7l5cf+m8u33+8evfhw9XHN/Fmyr8q21U38ie8sVK8JYSiJTReei6QqDknjuNEHHRMFf"
    "KboaoH/M4H/+YqgxRXsMjnPeRZkudHFKRfsYrIIDFRp5hRtYpIZhmm6ogMxMVAHEqZMiL5"
    "XJMjQv7jHImSkP9kHkWFkH87OZyH/Hdp118IxSH/j/B470pEez63Cj3QvcVserfAPax2lu"
    "cA3O1zLk38Xp82wEXBP+PXn6ejoTKWcGjBtbDBAzcWgiNIXV2Zn+7EuThZTtHLB09Fd7tr"
    "oafSeDaa/oYpotZ1uB8WUmb9gTq0geaPWyBNyv8EPNTX7fHkePSNNJFuZb9T6PTbBL++R6"
    "Ctod8n1Ho2j+sJelmlnc1lcTebS1JleduljhpPU/3IAeNRldZ7up4pKao2b7Lqp1naldj/"
    "WMWX2P9Y7EzE77pcS/e86HezrmqVYrq4kf1R9SETdNyl2WaTSMApuhM0ScNeefhGjs+gxj"
    "udrp2i4VU4SdYk1Ub6Dh2qKRqO6uHapkXNDahrm55ilWjHiX/QLpHasgXVTfMLmGNbBdvU"
    "xqWuHEtVb+RI81BQGKPENhRXzqhgGIrLdnCrUKdO0osSqxAvBHGUnh+FpDqaRYr8WGxVwz"
    "gYzxoTs3TnX/Y/vI8XKf6jbH0uxuJoRChgEAUoHocvgZwjTI5xPA7gPDXHN3M+rLc06ms4"
    "nEHLXzPtkrdI8CLVyj2cmbOnPGfIXXdTcwy49q91paBmWwnieVIOeRXIXVjUJvGwoy6ibf"
    "NJ0puNxKU8uRtfCzvsaUY/amV+mo6G18KDZegrcyGPvvoeNGg8+c6z+XTyD+lauLct809w"
    "jKOs/lQm3Ya4X1eeT8WRqAkSHoWaMkbXEYXqK65KYde14rs3R9jmvXPkLVx/f9Guxae25Y"
    "LonDeGB+XxoLzWMaOlQXmy33P479Z9j2Bx3b+8KLO2Bn2LlX+F4w5ZWjHLBd1+EWzPFCxb"
    "wP0GoCtYa0EV1tAA/yVA1xFsgCcVcDSSI2xV5xHogi+VO4JlGi+/ZGWq+mbl9t522XuB6U"
    "KX0rUeUZyxqELyiDuDkaL2ODq8SRT/DwqkU0QMSqH9q6sKOKNRhUD77whIOxu1f/WeGus9"
    "WVNon/XoaFjkR/eBgu6DPMqltc0SVGesavY6wn2NRc2Q6OZ6BPNCNTPQnrrNx0hvfjeZyJ"
    "NP11jMMBHmK3PwWRp8kYbXgrYBGpIn0JPpeCwvl/4zXwpx8dO5dHu3wM9ssPYc/ORWlEf4"
    "wVpFO1tvh5HItXBCvW09U5U4TxExk0tWX2ZsGLxLCWuWjAObBRZ8h46LPpAW2RwdhzYL7c"
    "620K/cKnFr54rQ5ug4tLmCJ97OgBr68dTgEig5vDlHtq/j07g59hTcy1G7l4PnF/H8ojag"
    "z25+0Rqa0NkcxfYMKc8yarNfy8WpvPjyp0vVSFPxSqQHczUixPIgU2cUBB6UZWLCbiFdOa"
    "0gvchSXiv0HYTJ3WhUlliQbmZt66e2SPdhn/tTdfCuKkKdrt/rUZ7AELNCZ+Ae04P+QHs/"
    "9KBLcLkBQpD2g81jwAZoV/m+O1MIZgO6gHR1wd2orrBRHcG0BHmIfgKugYAHYuee9Wzm3Y"
    "K1zbwyV6aI5vg5IBPQ1ak7iAxg8r85+O8HYO/Q56J50OegT9AFA6hPIBgV+YcE1bBM0ISn"
    "sazoE2POxrOUeSp2SSZ4TefBSZHVo9W8LjuajtmKoiFMi0p7TJMxqD7231TxS74pdku+yU"
    "L9L+ueTrDcE7CUStGUUBlGx9QiT4YROR0DuKosuV9XrcpPzYjyhRJSUtg/KCMlVY3DUpIo"
    "OEic0IVgDwpbND0C/NqPb0Iyh6oj6eLn/xH8H3SBRunAN106F0LITPQvy5/NyQtKdU/Ow6"
    "jaFUZFG9pTb1RPi6SUt2+q3J1oVLHl9U3u9uRBamcJUgvgo8phSZBw70793h10Dyj+PUDH"
    "kyQVZ0vtbImuZBqmJGk4S2pnSSgb0XAkQcIZUv/RxR3T3DHdAvTZdUx7O/1IrqcpOdfbwn"
    "WCnzp2TFVME0yZxGrx81Uzh3XEs9qsj890gR20/uiRDFiJ1xel1qvMwCaLq/2eS4nUNM+2"
    "48MBPfyDu8la6SYLG5mRxavDKSEJ8jbLWb2buTgZfMbFPnCHvJU5+4wO1mthh74xWJnTyU"
    "jGf1qmAfHf4+mN7HdDtu4h7ni8kEa3aOr5V3mAOwEAY604wH6CGsBV/EV5hEv4q9BYmd8k"
    "JF8tr4VngJBxV+ZIWi5x0REDuO5x1fgbKDLidxYorGdxmOmpCVrNdnlyM72bDK8FaN5bnq"
    "kjVt8tw0eW5/rPjmFKFfG7WPjOid47z0YXPJXpN0HSZg60yf7reNstsQHvEnwvqky9J2EC"
    "5TIRVvp1Wa6/xxLsaDr5FA3PKvW5fMM1oQ5o8bKOCRoqt85S4EVGyKLR3TKkDCpv3VXW8j"
    "p6UWHyilm7MfUZnVhIvfFUg9IM2RuLkzsRCVMB9cqUx7PpHElTgSd+ZYoz+VpQd7AdclQQ"
    "PEltncyQMXGvNB5jxm2TjFmpqtgmo160VLEmaSKeSpFPvgy7xFOhmqLhoLa6yyxjyO5sS/"
    "c0ylMgTcQX7MHY1+Lqf7xFC10FQHIDnOAArQHdm3iibq3fqtCmbpoKwIb3fQ3IivuZ2IQ2"
    "LRpVwDY8RWvAdrafiU1s0xcOdVR80kppP4EXBZpP0FULwpFo/K8Lfz45no4dFmSMuz5sSP"
    "nYoXGgFtDm4WQMQdak5/rLiza0NG8L/I/Lea6Try/KPNePL5qiJ0ee1XUdFrmj81f/KM7q"
    "xjIfbEDlJgiHM5f3UH80PvoGAT5EdCv4ehP0bTZV4ltWHkqTpSL79RsdqANf1FmZM3GxCO"
    "zIO9VxAkvy5y/KWByIU2UmzccyerV5VLaqplrKDthbiEYsRfmbOInfuyp8Vs347e10Lsmf"
    "Jkr8qdG4dSAZKfE3iChu7hbyRFoslJE8kCY4juDec6AJHEcxIO7chuMQlp9xsIDln1WtWD"
    "5Bjj3N1txTtHm5HLk/G6k1HCCm+D+QHuk9Ha82fNiRAB3Hw0UlfUWIFAtQDDeBlMUVXmV9"
    "F69uEt4AyZWEWKPiZqApohMbgrZTMCehS+gHCr7vILpIKOFLUzWO3yt06KgIX/eqXfd2wN"
    "QxAJTCz0yaDP2S1yH9yvwqzeVbGZeufgI2RL/fL2+9lOdBeWsXrZCWlLOOvh+lGz1D1lC8"
    "EGtJPjFq9J70DCmvQ9jmkKFwh1OHpiSp+JaqtKUi0Oh3VJqSb6gubCgbqA5dJ8g8JXsbq1"
    "8pXrtfEq/dz8dr8+RfnvzbBvTZDbAr7Gtb6M8obmjbYLDS26Y4y2PAWowsD1Y6a7DS61Ts"
    "m4qeuxkYsMBnnHx9UeYzttA5t1G0/cgmfcbcNXxO13DAVOKZWiIFJomYcxPX7xd53cqDr3"
    "1bnSH3FCA52VU2qkOIAS1Jh0yTsac41r+Skartp6crng2pKnnlCNtRzwt/HjP1vPB7xbAe"
    "LA/3HjiSUaWTcKbVzrQHW0VXafBBFGzKkHHG1M4YR7OKArsKrpOI4IwezabAPkNgjm0ZdE"
    "s+JuCLvfbFjktZPRFWe2mb8D3RGbuER3pBZ7uEc2Nw8anDrjGYpwU3b7jkWYDRCqohC/B1"
    "LJZRJhvBWplIciu2VCZy6riRslP7+qLMSIkYTWWfDMczZ5psIAWBmyYbNU3i/yuAKqQlQc"
    "JRroayhtB4sIoyDioUWk3Qtxnz3lCaTRc4E0oHSED1M6mQbKrEj7Hgr8TvBnNpKC+VgTgf"
    "Xgsatua5iobu6JU5moqTa8GwVBPXY50vP4mf/IqstvuALmZcaVUcLT/jSquq4W5WpjxZ3O"
    "EirxIu9ul4doziqwc4+6X2TI0uiilBc0ZjzWDy23nsNZdVboniSyILMTcONGocyGk0VQoZ"
    "hNUmTszEr16Uo22XSqWyBZqFmwvCk2EaRPOwoxKm88j21exP7UeQrovPIFa4wOR2C0y9jv"
    "Ih89RkLG3Dho0ET1AH9gI4TkEjh+yQiwNGA3+w4iRGV+hFem9bzw6w/+YIDnwwf4amoLp+"
    "p3OwvQe6DnQhmln4CTdR1yzrEQJhYxlh3/RH8PIfpD6k9U3MLRntsmQgxlCHqSRpmLNo1B"
    "+iglS8Bzq/bUTQZs3vWG27dn3LDwWN/EuZm6+kr0yKjKUo7LN0mEnAvyXEZRf7zMPh3GNe"
    "u8c8zAVHV6u7U4JIQppDp4CcvRjERmJHoiIM9D70NOV5fOgtqeHQJpd5BFKpz5xHShTvMX"
    "YjJfwmNXSBEkkSlmSLpgIlChoHUcdJLPA8YxCVJOsYyFWjJZKrKxUsMRAXA3EovVasRMZ4"
    "RLCC5M1LxUYQOz+2/ZVBeSfLevWMkhKiqvmYx3+xVQ2jkAMRDUtH8mX/w/sYePxHGdSLsT"
    "ga5XU4R0MHLeH4NSy16IKLKDJQrjFJB8EswWw4vbsZScJsLg3khRwqbrF84r9MO9HmkjjK"
    "ZSnhYiCUYRcpIgZNQZeVAi8uSwIvLvOBFyFof1IZNFNEHOlqSHew3J61XoOoEB5FjMv09l"
    "byC+mF9CtTHAyk2RI/UjUN7Fz8bCgNcFvhIQ6F0XBj4ZYU3PNFK6Ww9kfxrsgRMrgzeO86"
    "biOow0aAtjzUj+J6mpJXhWu1/Y9X/GGs6xuLuPJKSmeopBSb2l67gVZXwT2xg1azdsw1uj"
    "Q2S+sRFFgxE+8vym2Y/kjFjYfyHLAuHaUXJQZIn6fUsVNpKh49dVCfWqtbaFAlU+wp2GuR"
    "clnFPHBZbB64zKertKTe2msLXk0HAfLiLY0G4PAoQB4FyKMAcQlBP2NAeQRUd2aGrKGoP5"
    "bkEh7x9yNY/AJZUjme2cQJGLTts8R0zznKkp8g42b8NvPXBk9ICz+uhU+SknO5zVzmjthi"
    "2YhdRywP1ubB2q3yc7Q2WNsywAJong3dlx7JyZF8f1Hq5EAjccbYfujBVPVFmEVuewZwBN"
    "UUVH0LTYjJXMsWHOA6wg7YAp46n49OTX2C6wTPQaNIR+OZs+zXVemtzKHi7hQb/NuLmtVm"
    "zHhlxX1ytGes8RM/6VSRn5TCs9OPFJXSlFxUaouoRJCQ4yooFUs7NXn5LNQnoH+F4Jl08+"
    "xfll47Dh6mPEXjanWs/96zns1ALPG/3B/c0/6KnvaYF1Uv4ZiAQddkI94zXnS14XKgSDQG"
    "NlRpfGRJmnY4yvDHsuMos2yq+hjReAaXfP1FnPHXCuqJUMrxaUIuxPM2Hj+wEF9k72yLEA"
    "8etgWNXKNX5QJ8YlDN0nsudU0zPAfdplyQf91ig+hnke/cwwmjEW2b79/e/G4kXft2yZU5"
    "ksS5nw6Kbju7NdmgXNLn7RW6j3Lym1EgnSFjr7bdVSWwr0rAviKUVPBILpCStoge0QVCp7"
    "S2DOZza6evnLTfMvQbz9kPpcPqEl+CgvfBI6bzriHdqZEg4dau+q1d8E8CN4pDYsLh5wuH"
    "edORlc1bz5zNoFV4+xUu2+Jrr8GV+7YjKzey8t3TdaZKUTGon/AKQNwQW0fgKY+hYY3rNc"
    "TQJBQ6P87V2cDdiR2aQtP6OJ6vgwuiKHa20SZNeeCKHRdpdA+6MJRtenyFVk1RbRncUslV"
    "XwTcUkkIp7sWrB0whecN0oeEf/7TM11o/POfAnT8n0Tqz3TibFWqI0c/NfB1+LP00KBc2e"
    "TwDZVjhVdNxu/OUTXZgaFvheaCiokYvJu6excRRBB/69FKHxERz2ZrM2956cGm9OL0xVbV"
    "QJYi4rhWyBrbR3ucmje2n6ljEFfOGUutrsN1B3lZRxp0K5V1fKWQqkRKJEk7SWdMluglft"
    "Lhdj+Slx3s0jFaKsF79/8CpBqjJaHLexL20hJrL4jnOcCmjZJK0jAHcf0Wch06O0N9UWhh"
    "ztIx6I5oJFxqpzrOs4UuJ9pqpTlCBhFvJKEKp4ETDL0lQVMRQTuCH5iqicd99mfz2a9VaA"
    "BdMawHtIoopL8cHY88yUJrWBouPXWUkS9Ly219bbb1HdnBm3fuPuam9lEzVMdVHBfs6HxT"
    "eVqGgkHPXEHYh9E//48IocgR8wOuzQccj5Aq3nzdjJXhEVI/IteLIqSSXL+3VVPb0HnXUj"
    "QMXalN+dYCvGrw/tzEE3UL36qun9TCou45lbjAEFwnxvGJHnpqwz/9YQP0rIPHVmEcH6Ej"
    "wYlwzWzrCerAXgSzsQpWqmHYiZBl25SxglejDljPfgIvsvkEXTX8wnkvbHbMRakr1h+twP"
    "TwChGiDgLHAD97DhAMaD7+l2Ah+UBQBWyKF6y1AF1H8JcJDuV8BDuXFBh63CTc59suny/z"
    "dTMGC3F5LWiO6q7MyWyB5gjC5GktRB8r2Ic+FlqHPuZtQ7zF3xkTpnhmGs9M4+a1081r3W"
    "pNxdl8JJt5myK2+atZ252BfxllzH+GjNvPCLnwPJuiIWTRvABrtriZJHWqX46WobV7Bndq"
    "iYWYZwj0KMzEZRkCe0NxwbKvAWI5PVu31ntVkPO7vQLO8eVWx0JOzsUmxllZgNrlQWVrTZ"
    "qxnR36bqSYy5B0aoKlhf5ToeCBb0CdJ2Zkg1d/HWWajnEoNEwnkTpolk4yqoJR2hRU03kG"
    "9oXwDN2N8LxRXQG62Has3lueK2jWDgIdlx9YW7Zgg51luwgb4f5FeLAtb0cwUdcyZZUCBp"
    "lDPfjUWBVCD+lqFnCjNjdqd9Ko7WjooswDv9iqhlGc7xwRsaT0XPY/vI9XNf6jbEEvxuJo"
    "RNAkrS05rXkJvhcr6BEJCzG6ZSYX6ddlytqSy+aILS6j6eRTNDyb4pFBfKOaJiCEwFc7Oh"
    "LkrT49bubiZPD5WghCVlbm7PN0Il0LO/SNwcqcTtBaRH9apgHx3+PpjYxLz2+te4iLzy+k"
    "0S2aev5VHqCnDjDWigPsJ6ihd9JYlEfXAtiq0FiZ3yTEEHROPQOEjIvL1i+X0hxXrXfDAr"
    "evX7S+oONsScZrRMDCBmvaK5SRhGhsyRnS8zgMzikEsWRP5pGYTViSuZGeG+m7hiw30rcj"
    "52kfFEi3xnN09azyzpsbuAOEO0C6AzJ3gJxhIVdzgOTF5Brg5ck0dJ4l0r2YZ0PkOKrIBF"
    "KwfqfuxeqnSUYmqMKRk3IllkDd9ghuKP/5RZnzyY1G8LJ0XRKvLkq8OVqYwVY5ejscz1x4"
    "fP3NtHnLzmaro/Go+GL0u5mXXkPjbILEfWI6JoPSdmobhT0wTgMJyw77Arcd2y2vkrGaQK"
    "xAFqtSMBhLZI3VC/49FvgCvxxvwv6qBYTP60xtmUOvaWeqv5Go1m2CgjsrDhtyo6PkRONM"
    "pKR2DNyq1oDEomo25pf2trJV0wkNu6TrKvG6/L7KDKz5vlI1zfKC3WeDNbABXkvZaysXUn"
    "pvWY+BNvAHbowVTpJ/SXXf8d5Y9Xrfii/GPYdyTChXA1OEDGqBHdH6KgXBqNtoY6c5PLbM"
    "8O7IsXdPkuUt0OBWNX4ZBv9ni7NDaSCPxdFP/TcX/UzZ58ndWEKXSPgqG7Rh49OSrpJDgu"
    "Z8RqveYPJb7yxS5mUVi2CxQTDfPcEGBY7WaiGwqQnabCXsDebSUMZB9DbQobsyh9IN/lMH"
    "99DfkK8cSs9DkSuEIovL8bWgultEN10gKsvJBx2nQ5LbGIKsITY8WDbduZagaTODjzzWrq"
    "rY4q+KTfFXeUs8vmiBvVNtlw7oDB17Ud/9So6Pfonjo593fCS/GQXaGTL2wL6qBPZVCdhX"
    "ebD3eiQF1Cki9oBuIJchpXNXtMClibgRjsdiv555M2F5OtHCKe5n6hjEVY2c6X1bJXiSBw"
    "HXHgRce+0I1QA2Yf3TF44Qo4m6dUXWVS9iaUP0YmDZkbJPtLdnxlyUG93xaPTNUsMPVo3w"
    "u9YK6Pesob0FumDZQjgF+kMVHO/hATj435G+hH8v+uG4ygM21uaLRtQyI48gbJlfOuKasr"
    "Mt3aNtcUsgZk9gftuvFP/WL4l/6+c0kz120HE8Kv2EQMoe6I3o3v7hpZP1wVvDUgvzRpNk"
    "GazXmK57aJc5IaZ3NyNJmM2lgbyQw9agsT/Jf5l2TcwlcZRB2r/IlCdgO5R2jhwhe0u7gR"
    "LT0T1MkODK2q2m6M7YcfV11nWNHVeR6GURFJriZR0TMGiS5iXTeXB4Ha3qIr2B0tyVpuLm"
    "rpbVy2AR27KU91dKFW4bzA3mChd7hY9HeJCYk1Wk0wdlqyJURWBDbdMjGMvCNxdlJjJ1P4"
    "bntnbpHL0osUwdoTueqjW2bWefoRE73lQUCIfDGUS3mSRXy3SJdUr/vphOCm1NLrlOqQ41"
    "V/g/wYBOh+UBErgYjJSKkitYmq1NepHWPfAENySx7JyX2V//DxqHOnQ="
)
